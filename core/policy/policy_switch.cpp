// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy_switch.h"

#include "audit/audit_log.h"
#include "exceptions/exception_types.h"
#include "exceptions/role_book.h"
#include "policy_store.h"

namespace closeloop {

PolicySwitch switchPolicy(StoreWriter& writer, const std::string& bytes, const std::string& fileName,
                          const std::string& actor, const Clock& clock)
{
    auto policy = std::make_shared<const Policy>(parsePolicy(bytes, fileName));
    return writer
        .run([&](Database& db) {
            PolicySwitch out;
            out.version = policy->version;
            out.name = policy->name;
            {
                Transaction tx(db);
                RoleBook roles(db);
                if (!roles.has(actor, Role::Manager)) {
                    AuditEntry a;
                    a.at = clock.nowIso();
                    a.actor = actor;
                    a.role = roles.describe(actor);
                    a.action = "policy.activate.denied";
                    a.objectType = "policy";
                    a.objectId = policy->version;
                    a.reason = "switching the policy needs the manager role";
                    appendAudit(db, std::move(a));
                    tx.commit();
                    throw ExceptionError(ExceptionError::Kind::Forbidden,
                                         actor + " may not switch the policy: that needs the manager role (roles: " +
                                             roles.describe(actor) + ")");
                }
            }
            Transaction tx(db);
            PolicyStore store(db);
            out.previousVersion = store.activeVersion();
            out.unchanged = out.previousVersion == policy->version;
            const std::string at = clock.nowIso();
            store.store(*policy, fileName, actor, at);
            store.setActive(policy->version, actor, at);
            if (!out.unchanged)
                out.evaluation = PolicyEngine(db, policy, clock).evaluateAll();
            AuditEntry a;
            a.at = at;
            a.actor = actor;
            a.role = RoleBook(db).describe(actor);
            a.action = "policy.activate";
            a.objectType = "policy";
            a.objectId = policy->version;
            a.before = {{"version", out.previousVersion}};
            a.after = {{"version", policy->version},     {"name", policy->name},
                       {"file", fileName},                {"evaluated", out.evaluation.evaluated},
                       {"rerouted", out.evaluation.rerouted}, {"unchanged", out.unchanged}};
            a.policyVersion = policy->version;
            appendAudit(db, std::move(a));
            tx.commit();
            return out;
        })
        .get();
}

} // namespace closeloop
