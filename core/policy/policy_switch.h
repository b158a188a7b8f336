// SPDX-License-Identifier: GPL-3.0-or-later
// Switching a policy on: validated in full first (a bad file leaves the
// policy in force untouched), stored, made active and applied to every
// finding in one transaction with its audit entry. Only a manager switches.
#pragma once

#include "policy.h"
#include "policy_engine.h"
#include "store/store_writer.h"
#include "util/clock.h"

#include <string>

namespace closeloop {

struct PolicySwitch
{
    std::string previousVersion;
    std::string version;
    std::string name;
    bool unchanged = false;   // it was in force already
    PolicyEvaluation evaluation;
};

// Throws PolicyError for a bad file, ExceptionError(Forbidden) when actor is
// not a manager (the refusal is audited), StoreError.
PolicySwitch switchPolicy(StoreWriter& writer, const std::string& bytes, const std::string& fileName,
                          const std::string& actor, const Clock& clock = systemClock());

} // namespace closeloop
