// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: every change of state appends one entry in the same
// transaction as the change. Entries are hash-chained over a canonical JSON
// encoding, so an edited, deleted or reordered entry breaks the chain.
#pragma once

#include "store/database.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace closeloop {

struct AuditEntry
{
    std::string at;           // ISO 8601 UTC; filled when empty
    std::string actor;
    std::string role;
    std::string action;       // e.g. "import"
    std::string objectType;   // e.g. "import"
    std::string objectId;
    nlohmann::json before = nlohmann::json::object();
    nlohmann::json after = nlohmann::json::object();
    std::string reason;
    std::string policyVersion;
};

// Appends inside the caller's transaction; returns the entry's hash.
std::string appendAudit(Database& db, AuditEntry entry);

struct AuditVerification
{
    bool ok = true;
    std::int64_t entries = 0;
    std::optional<std::int64_t> firstBadId;
    std::string problem;
};
AuditVerification verifyAudit(Database& db);

} // namespace closeloop
