// SPDX-License-Identifier: GPL-3.0-or-later
// The exception lifecycle at the level of the workspace, inside the caller's
// transaction: which findings a scope covers, the tier the policy gives,
// activating (findings become accepted_risk, their clocks pause) and ending
// (they reopen, their clocks go on as the policy says). The service checks
// roles and four eyes before it calls this; the sweep and imports call it as
// "closeloop" for expiry, VEX statements and findings that arrive later.
#pragma once

#include "exception_service.h"
#include "exception_types.h"
#include "policy/policy.h"
#include "store/database.h"
#include "util/clock.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace closeloop {

class PolicyEngine;

struct TierDecision
{
    std::string tier;
    std::string rule;
    const ExceptionTier* spec = nullptr;
};

class ExceptionLedger
{
public:
    ExceptionLedger(Database& db, const Clock& clock);
    ~ExceptionLedger();

    const Policy& policy() const { return *m_policy; }

    ExceptionRecord load(std::int64_t id); // throws ExceptionError NotFound
    // Open findings (and ones already under another exception) the scope
    // covers now. products (VEX) narrows a cve scope to findings whose purl
    // or asset is one of them.
    std::vector<std::int64_t> coveredFindings(const ExceptionScope& scope, const nlohmann::json& products = {});
    std::vector<std::int64_t> listedFindings(std::int64_t exceptionId);
    TierDecision tierFor(const std::vector<std::int64_t>& findingIds);

    struct NewException
    {
        ExceptionScope scope;
        std::vector<std::int64_t> findings;
        std::string justification, compensatingControls, requestedBy, source = "manual";
        nlohmann::json provenance = nlohmann::json::object();
        QDateTime requestedExpiry;
        TierDecision tier;
        std::int64_t renewalOf = 0;
    };
    std::int64_t insert(const NewException& e);
    // requested -> active: findings join. Returns the findings covered.
    std::int64_t activate(std::int64_t id, const std::string& decidedBy, const std::string& reason);
    void reject(std::int64_t id, const std::string& decidedBy, const std::string& reason);
    // active or requested -> expired | revoked | renewed. Findings still under
    // it reopen (not for renewed: they move to the renewal). Returns how many
    // reopened.
    std::int64_t end(std::int64_t id, const std::string& state, const std::string& actor, const std::string& reason);

    // Active cve and rule exceptions take in findings new since lastIdBefore
    // whose own tier is no higher than the one granted.
    std::vector<std::int64_t> joinNewFindings(std::int64_t lastIdBefore);
    // Changed findings that came back (reopened) while their exception is
    // still active are accepted again. Returns them.
    std::vector<std::int64_t> rejoinReturning(const std::vector<std::int64_t>& changed);
    // VEX "not_affected" statements of an import become exceptions.
    std::int64_t fromVex(std::int64_t importId);
    // Active exceptions past their expiry end as expired (also those that
    // expired while the app was closed). Returns their ids.
    std::vector<std::int64_t> expireDue();

    void audit(const std::string& action, const ExceptionRecord& before, const ExceptionRecord& after,
               const std::string& actor, const std::string& role, const std::string& reason);
    static nlohmann::json toJson(const ExceptionRecord& r);

    PolicyEngine& engine() { return *m_engine; }

private:
    Database& m_db;
    const Clock& m_clock;
    std::shared_ptr<const Policy> m_policy;
    std::unique_ptr<PolicyEngine> m_engine;
};

} // namespace closeloop
