// SPDX-License-Identifier: GPL-3.0-or-later
// Exceptions (risk acceptance) as the service and the readers hand them out.
#pragma once

#include <QDateTime>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace closeloop {

// States: requested -> active | rejected; active -> expired | revoked |
// renewed (a renewal is a new exception, renewal_of pointing back).
struct ExceptionRecord
{
    std::int64_t id = 0;
    std::string scopeKind;   // findings, cve, rule
    std::string scopeValue;  // the CVE or rule id
    std::string service;     // '' = every service
    std::string justification;
    std::string compensatingControls;
    std::string tier;        // low, medium, high
    std::string tierRule;
    std::string state;
    std::string requestedBy;
    QDateTime requestedAt;
    QDateTime requestedExpiry;
    QDateTime expiresAt;     // granted expiry (= requested until decided)
    std::string decidedBy;
    QDateTime decidedAt;
    std::string decisionReason;
    QDateTime endedAt;
    std::string endedBy;
    std::int64_t renewalOf = 0;
    std::string source;      // manual, vex
    std::string provenance;  // JSON text
    std::string policyVersion;
    std::int64_t findingCount = 0;
};

enum class ExpiryUrgency { Expired, Within7Days, Within30Days, Later };
// Expired when expiresAt <= now; the others by days ahead of now.
ExpiryUrgency expiryUrgency(const QDateTime& expiresAt, const QDateTime& now);

class ExceptionError : public std::runtime_error
{
public:
    enum class Kind { Invalid, Forbidden, NotFound, Conflict };
    ExceptionError(Kind k, const std::string& what) : std::runtime_error(what), m_kind(k) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace closeloop
