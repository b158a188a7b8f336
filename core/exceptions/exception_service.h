// SPDX-License-Identifier: GPL-3.0-or-later
// The exception lifecycle, enforced in the core: request (the policy gives
// the tier; low and medium are approved at once, high waits for a manager),
// approve, reject, renew (a new request with a new justification), revoke.
// Four eyes: whoever requested an exception can never decide it, whatever
// roles they hold. Every change is one transaction with its audit entry;
// findings under an active exception are accepted_risk and their clocks
// pause.
#pragma once

#include "exception_types.h"
#include "store/store_writer.h"
#include "util/clock.h"

#include <cstdint>
#include <string>
#include <vector>

namespace closeloop {

struct ExceptionScope
{
    std::string kind = "findings";      // findings, cve, rule
    std::vector<std::int64_t> findingIds; // kind findings
    std::string value;                  // kind cve or rule
    std::string service;                // '' = across all services
};

struct ExceptionRequest
{
    ExceptionScope scope;
    std::string justification;
    std::string compensatingControls;
    QDateTime requestedExpiry;
    std::string actor;
};

struct ExceptionOutcome
{
    ExceptionRecord exception;
    std::int64_t findingsCovered = 0;
    bool awaitsManager = false;
};

class ExceptionService
{
public:
    ExceptionService(StoreWriter& writer, const Clock& clock = systemClock()) : m_writer(writer), m_clock(clock) {}

    // Throws ExceptionError: Invalid (no justification, expiry missing, in the
    // past or beyond the tier's maximum, empty scope), Forbidden (role).
    ExceptionOutcome request(const ExceptionRequest& r);
    // Manager only, never the requester; the exception must be requested.
    ExceptionOutcome approve(std::int64_t id, const std::string& actor, const std::string& reason);
    ExceptionOutcome reject(std::int64_t id, const std::string& actor, const std::string& reason);
    // A new request for the same scope with a new justification and expiry;
    // the old exception stays active until the renewal is approved (then it
    // ends as renewed).
    ExceptionOutcome renew(std::int64_t id, const ExceptionRequest& r);
    // Ends an active or requested exception at once (manager, or its
    // requester); the findings reopen.
    ExceptionOutcome revoke(std::int64_t id, const std::string& actor, const std::string& reason);

private:
    ExceptionOutcome submit(const ExceptionRequest& r, std::int64_t renewalOf);
    ExceptionOutcome decide(std::int64_t id, const std::string& actor, const std::string& reason, bool approve);

    StoreWriter& m_writer;
    const Clock& m_clock;
};

} // namespace closeloop
