// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_history.h"

#include "audit/audit_log.h"
#include "exceptions/exception_service.h"
#include "exceptions/role_book.h"
#include "policy/sla_sweep.h"
#include "triage/triage_service.h"
#include "util/clock.h"

#include <nlohmann/json.hpp>

namespace closeloop {

std::string demoRolesFile(const std::string& osUser)
{
    nlohmann::json users = {{"maria.lopez", {"analyst"}},
                            {"dev.patel", {"analyst"}},
                            {"sam.okafor", {"manager", "analyst"}},
                            {"lena.fischer", {"manager"}},
                            {"dana.audit", {"auditor"}}};
    users[osUser] = {"analyst", "manager"};
    return nlohmann::json{{"schema", "closeloop-roles/1"}, {"users", users}}.dump(2) + "\n";
}

void addDemoHistory(StoreWriter& writer, const QDateTime& now)
{
    const bool fresh = writer
                           .run([](Database& db) {
                               auto st = db.prepare("SELECT count(*) FROM change_sets");
                               return st.step() && st.int64(0) == 0;
                           })
                           .get();
    if (!fresh)
        return;
    const std::string me = currentOsUser();
    writer
        .run([&](Database& db) {
            Transaction tx(db);
            RoleBook(db).load(demoRolesFile(me), "demo-roles.json");
            AuditEntry a;
            a.at = isoUtc(now.addDays(-21));
            a.actor = "demo";
            a.role = "system";
            a.action = "roles.load";
            a.objectType = "roles";
            a.objectId = "demo-roles.json";
            appendAudit(db, std::move(a));
            tx.commit();
        })
        .get();

    auto ids = [&](const std::string& where, int limit) {
        return writer
            .run([&](Database& db) {
                std::vector<std::int64_t> out;
                auto st = db.prepare("SELECT id FROM findings WHERE " + where + " ORDER BY id LIMIT " + std::to_string(limit));
                while (st.step())
                    out.push_back(st.int64(0));
                return out;
            })
            .get();
    };
    FixedClock clock(now);
    TriageService triage(writer, clock);
    auto apply = [&](double daysAgo, std::vector<std::int64_t> sel, std::vector<TriageChange> changes, const char* reason,
                     const char* note, const char* actor) {
        clock.set(now.addSecs(qint64(-daysAgo * 86400)));
        if (!sel.empty())
            triage.apply({std::move(sel), std::move(changes), note, reason, actor});
    };
    apply(20.8, ids("cves LIKE '%CVE-2021-44228%' AND service LIKE '%payments%'", 5),
          {{TriageField::Status, "in_progress"}, {TriageField::Assignee, me}},
          "log4j upgrade scheduled with the payments team", "PR payments-api#412 bumps log4j-core to 2.17.1", "maria.lopez");
    apply(20.5, ids("kev = 1 AND assignee = ''", 3), {{TriageField::Assignee, me}}, "", "", "maria.lopez");
    apply(19.9, ids("severity <= 1 AND tool = 'Semgrep'", 2), {{TriageField::Status, "false_positive"}},
          "test fixture, not shipped", "", "dev.patel");
    apply(18.2, ids("status = 'new' AND severity = 3", 3), {{TriageField::Status, "triaged"}}, "confirmed reachable", "",
          "dev.patel");
    apply(12.0, ids("status = 'in_progress' AND service LIKE '%payments%'", 2), {{TriageField::Status, "contained"}},
          "WAF rule blocks JNDI lookups at the edge", "", "maria.lopez");
    apply(3.0, ids("status = 'contained'", 1), {{TriageField::Status, "pending_verification"}},
          "log4j-core 2.17.1 deployed", "", "maria.lopez");

    // Exceptions: granted ones expiring over the next weeks, one awaiting a
    // manager, one the OS user asked for (so four eyes shows), one rejected,
    // and one that expired while nobody had the console open.
    ExceptionService exceptions(writer, clock);
    auto request = [&](double daysAgo, const std::string& actor, const std::string& where, int limit, int expiryDaysFromNow,
                       const std::string& why, const std::string& controls) -> std::int64_t {
        clock.set(now.addSecs(qint64(-daysAgo * 86400)));
        ExceptionRequest r;
        r.scope.kind = "findings";
        r.scope.findingIds = ids(where, limit);
        if (r.scope.findingIds.empty())
            return 0;
        r.actor = actor;
        r.justification = why;
        r.compensatingControls = controls;
        r.requestedExpiry = now.addDays(expiryDaysFromNow);
        try {
            return exceptions.request(r).exception.id;
        } catch (const ExceptionError&) {
            return 0; // a demo catalog that changed can make a tier refuse the expiry: skip it
        }
    };
    auto decide = [&](double daysAgo, std::int64_t id, const std::string& actor, bool approve, const std::string& why) {
        if (!id)
            return;
        clock.set(now.addSecs(qint64(-daysAgo * 86400)));
        try {
            if (approve)
                exceptions.approve(id, actor, why);
            else
                exceptions.reject(id, actor, why);
        } catch (const ExceptionError&) {
        }
    };
    const std::string open = "status IN ('new', 'triaged') AND exception_id IS NULL AND ";
    decide(16, request(17, "sam.okafor", open + "service LIKE '%reporting%' AND severity = 2", 2, 40,
                       "reporting-legacy is decommissioned in Q1; the fix would not ship before then",
                       "compensating WAF rule in place; service reachable only from the office network"),
           "lena.fischer", true, "agreed until decommissioning");
    decide(14, request(15, "maria.lopez", open + "service LIKE '%checkout%' AND severity = 1", 2, 5,
                       "low-severity findings in a test-only path of checkout-web",
                       "path excluded from the production bundle"),
           "sam.okafor", true, "fine for now");
    decide(9, request(10, "dev.patel", open + "service LIKE '%orders%' AND severity = 3", 1, 12,
                      "upstream fix lands in the next Go release; our code never calls the affected parser",
                      "input size limited at the gateway"),
           "sam.okafor", true, "re-check when Go 1.23.4 ships");
    decide(6, request(7, "dev.patel", open + "service LIKE '%identity%' AND severity = 3", 1, 20,
                      "vendor patch under test in staging", "rate limiting on the login endpoint"),
           "lena.fischer", false, "patch is ready: deploy it instead of accepting the risk");
    request(2, "dev.patel", open + "service LIKE '%data-pipeline%' AND severity >= 3", 2, 60,
            "pipeline runs in an isolated VPC with no inbound access; upgrade planned with the Spark 3.5 migration",
            "network isolation; no customer data in the affected job");
    request(1, me, open + "service LIKE '%payments%' AND severity = 1", 1, 30,
            "medium finding in an internal admin page behind SSO", "admin page restricted to the VPN");
    decide(24, request(25, "maria.lopez", open + "service LIKE '%orders%' AND severity = 1", 1, -2,
                       "staging-only debug endpoint, removed in the next release", "endpoint disabled by feature flag"),
           "sam.okafor", true, "ok until the release");
    // What happened while the console was closed: expiry, reminders, escalation.
    clock.set(now);
    runSweep(writer, clock);
}

} // namespace closeloop
