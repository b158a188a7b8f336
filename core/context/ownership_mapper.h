// SPDX-License-Identifier: GPL-3.0-or-later
// Writes each finding's service, owner and the reason for them (or for
// their absence) from the loaded catalog: after a catalog load for all
// findings, after an import for the new ones.
#pragma once

#include "store/database.h"

#include <cstdint>

namespace closeloop {

struct OwnershipStats
{
    std::int64_t mapped = 0;  // findings with a service
    std::int64_t unowned = 0; // findings without one
};

// Runs inside the caller's write transaction (the caller opens and commits
// it). For every finding with id > afterId (0: all) sets findings.service,
// findings.owner (unless owner_manual = 1: an analyst's choice stays) and
// findings.ownership, the JSON saying what matched or what was tried and why
// nothing did. Streams the findings in id order in pages and writes only
// rows whose values change, so memory stays flat at a million findings.
OwnershipStats mapOwnership(Database& db, std::int64_t afterId = 0);

} // namespace closeloop
