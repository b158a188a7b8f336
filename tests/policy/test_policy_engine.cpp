// SPDX-License-Identifier: GPL-3.0-or-later
// The policy engine end to end, on real SQLite files: imports route findings
// and store the rule and version that decided; catalog and KEV loads reroute;
// new findings get their clocks (calendar time, and business hours across a
// weekend, DST and holidays); triage stops and starts clocks; a reopened
// finding restarts or continues per policy; escalation notifies the service's
// chain once per person, clock and threshold. Every instant comes from a
// FixedClock.
#include "audit/audit_log.h"
#include "context/catalog_loader.h"
#include "context/intel_loader.h"
#include "policy/notifier.h"
#include "policy/policy_store.h"
#include "policy/policy_switch.h"
#include "policy/sla_sweep.h"
#include "policy_test_support.h"
#include "triage/triage_service.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace closeloop;
using namespace closeloop::test;

namespace {

struct ClockRow
{
    bool present = false;
    std::int64_t budget = 0, consumed = 0;
    std::string started, running, due, risk, stopped, next;
    int level = 0;
};

// A workspace whose every service reads time from one FixedClock.
class Bench : public ClockedWorkspace
{
public:
    explicit Bench(const char* start)
        : ClockedWorkspace(utc(start))
    {
    }

    void loadCatalog(const std::string& file)
    {
        const CatalogLoadResult r = closeloop::loadCatalog(writer(), {file}, "tester");
        if (!r.ok)
            qFatal("catalog %s refused: %s", file.c_str(), r.toJson().dump().c_str());
    }

    void triage(std::int64_t id, const std::string& status)
    {
        TriageRequest r;
        r.findingIds = {id};
        r.changes = {{TriageField::Status, status}};
        r.reason = "test: " + status;
        r.actor = "ana";
        TriageService(writer(), clock).apply(r);
    }

    std::int64_t idOf(const std::string& ruleId, const std::string& artifactRepo = {})
    {
        Database db = reader();
        auto st = db.prepare("SELECT id FROM findings WHERE rule_id = ?1 AND (?2 = '' OR scope_target = ?2)");
        st.bind(1, ruleId).bind(2, artifactRepo);
        if (!st.step())
            qFatal("no finding %s", ruleId.c_str());
        return st.int64(0);
    }

    ClockRow clockOf(std::int64_t id, const std::string& name)
    {
        Database db = reader();
        auto st = db.prepare("SELECT budget_s, consumed_s, started_at, coalesce(running_since, ''), coalesce(due_at, ''),"
                             " coalesce(risk_at, ''), coalesce(stopped_at, ''), escalation_level,"
                             " coalesce(next_escalation_at, '') FROM sla_clocks WHERE finding_id = ? AND clock = ?");
        st.bind(1, id).bind(2, name);
        ClockRow r;
        if (!st.step())
            return r;
        r.present = true;
        r.budget = st.int64(0);
        r.consumed = st.int64(1);
        r.started = st.text(2);
        r.running = st.text(3);
        r.due = st.text(4);
        r.risk = st.text(5);
        r.stopped = st.text(6);
        r.level = int(st.int64(7));
        r.next = st.text(8);
        return r;
    }
};

struct Notification
{
    std::string kind, recipient, contact;
    nlohmann::json body;
};

std::vector<Notification> notifications(Bench& b, std::int64_t afterId = 0)
{
    Database db = b.reader();
    auto st = db.prepare("SELECT kind, recipient, contact, body FROM notifications WHERE id > ? ORDER BY id");
    st.bind(1, afterId);
    std::vector<Notification> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.text(2), nlohmann::json::parse(st.text(3))});
    return out;
}

const Notification* find(const std::vector<Notification>& all, const std::string& recipient, const std::string& clock)
{
    for (const auto& n : all)
        if (n.recipient == recipient && n.body.value("clock", "") == clock)
            return &n;
    return nullptr;
}

} // namespace

class TestPolicyEngine : public QObject
{
    Q_OBJECT
private slots:
    void importRoutesAndRecordsTheDecision()
    {
        Bench b("2026-03-02T10:00:00Z");
        b.importScan("a.json", trivyScan("registry.example/shop/api:1.0",
                                         {{"CVE-2023-4911", "glibc", "HIGH"}, {"CVE-2026-0001", "zlib", "CRITICAL"},
                                          {"CVE-2026-0002", "curl", "MEDIUM"}, {"CVE-2026-0003", "musl", "LOW"}}));
        const std::string version = defaultPolicy().version;
        struct Expect
        {
            const char* cve;
            const char* path;
            const char* cls;
            const char* rule;
        };
        // No catalog yet: nothing is known about the service, so only severity decides.
        for (const Expect& e : {Expect{"CVE-2023-4911", "ticket", "high", "high"},
                                Expect{"CVE-2026-0001", "ticket", "critical", "critical"},
                                Expect{"CVE-2026-0002", "ticket", "standard", "default"},
                                Expect{"CVE-2026-0003", "ticket", "low", "low"}}) {
            const std::int64_t id = b.idOf(e.cve);
            QCOMPARE(b.findingText(id, "path"), std::string(e.path));
            QCOMPARE(b.findingText(id, "sla_class"), std::string(e.cls));
            QCOMPARE(b.findingText(id, "policy_rule"), std::string(e.rule));
            QCOMPARE(b.findingText(id, "policy_version"), version);
        }
        // The default was stored on first use, so its version is on record.
        {
            Database db = b.reader();
            QCOMPARE(PolicyStore(db).activeVersion(), version);
        }

        // The catalog makes the critical one customer-facing production.
        b.loadCatalog(fixture("policy/services.yaml"));
        const std::int64_t crit = b.idOf("CVE-2026-0001");
        QCOMPARE(b.findingText(crit, "service"), std::string("component:default/shop-api"));
        QCOMPARE(b.findingText(crit, "path"), std::string("approve"));
        QCOMPARE(b.findingText(crit, "policy_rule"), std::string("critical-prod-customer"));
        QCOMPARE(b.findingText(b.idOf("CVE-2023-4911"), "path"), std::string("ticket"));

        // KEV on an internet-facing service: an incident in the emergency class.
        IntelLoader(b.writer()).loadKev(fixture("intel/kev_catalog.json"), {"tester", "analyst"});
        const std::int64_t kev = b.idOf("CVE-2023-4911");
        QCOMPARE(b.findingText(kev, "kev"), std::string("1"));
        QCOMPARE(b.findingText(kev, "path"), std::string("incident"));
        QCOMPARE(b.findingText(kev, "sla_class"), std::string("emergency"));
        QCOMPARE(b.findingText(kev, "policy_rule"), std::string("kev-internet"));
        // The emergency class's clocks replace the high class's (which had no contain).
        QCOMPARE(b.clockOf(kev, "acknowledge").budget, 3600);
        QCOMPARE(b.clockOf(kev, "contain").budget, 4 * 3600);
        QCOMPARE(b.clockOf(kev, "acknowledge").started, iso("2026-03-02T10:00:00Z"));
        // The security team is told at once (T26), in the workspace and the outbox.
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE kind = 'known_exploited'"
                         " AND recipient = 'group:default/appsec' AND subject LIKE '% now known exploited (CISA KEV load)'"),
                 1);
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE kind = 'known_exploited' AND outbox_file = ''"), 0);
        // An import of another finding with a listed CVE is flagged and told in its own transaction.
        b.importScan("again.json", trivyScan("registry.example/ops/batch:7", {{"CVE-2023-4911", "glibc", "HIGH"}}));
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE kind = 'known_exploited' AND subject LIKE '1 finding is now known exploited (import of %'"), 1);
        b.verifyAuditChain();
    }

    void kevOnAnInternalServiceNeedsApproval()
    {
        Bench b("2026-03-02T10:00:00Z");
        b.loadCatalog(fixture("policy/services.yaml"));
        b.importScan("b.json", trivyScan("registry.example/ops/batch:7", {{"CVE-2023-46604", "activemq", "CRITICAL"}}));
        const std::int64_t id = b.idOf("CVE-2023-46604");
        QCOMPARE(b.findingText(id, "service"), std::string("component:default/batch-jobs"));
        QCOMPARE(b.findingText(id, "policy_rule"), std::string("critical"));
        IntelLoader(b.writer()).loadKev(fixture("intel/kev_catalog.json"), {"tester", "analyst"});
        QCOMPARE(b.findingText(id, "path"), std::string("approve"));
        QCOMPARE(b.findingText(id, "sla_class"), std::string("emergency"));
        QCOMPARE(b.findingText(id, "policy_rule"), std::string("kev"));
    }

    void catalogReloadReroutes()
    {
        Bench b("2026-03-02T10:00:00Z");
        b.importScan("w.json", trivyScan("registry.example/web/app:3", {{"CVE-2026-0100", "openssl", "CRITICAL"}}));
        const std::int64_t id = b.idOf("CVE-2026-0100");
        QCOMPARE(b.findingText(id, "policy_rule"), std::string("critical"));
        QVERIFY(b.clockOf(id, "contain").present);

        auto catalog = [](const char* lifecycle, const char* customerFacing) {
            return std::string("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web-app\n"
                               "  annotations:\n    closeloop.io/customer-facing: \"") +
                   customerFacing +
                   "\"\n    closeloop.io/environment: prod\n    closeloop.io/images: registry.example/web/app\n"
                   "spec:\n  type: website\n  lifecycle: " +
                   lifecycle + "\n  owner: team-web\n";
        };
        b.write("v1.yaml", catalog("production", "true"));
        b.loadCatalog(b.path("v1.yaml"));
        QCOMPARE(b.findingText(id, "path"), std::string("approve"));
        QCOMPARE(b.findingText(id, "policy_rule"), std::string("critical-prod-customer"));

        // Deprecated now: batch in the maintenance class, which has no contain clock.
        b.write("v2.yaml", catalog("deprecated", "false"));
        b.loadCatalog(b.path("v2.yaml"));
        QCOMPARE(b.findingText(id, "path"), std::string("batch"));
        QCOMPARE(b.findingText(id, "sla_class"), std::string("maintenance"));
        QCOMPARE(b.findingText(id, "policy_rule"), std::string("deprecated"));
        QVERIFY(!b.clockOf(id, "contain").present);
        QCOMPARE(b.clockOf(id, "acknowledge").due, iso("2026-03-07T10:00:00Z")); // 5 days
        QCOMPARE(b.findingText(id, "sla_due"), iso("2026-03-07T10:00:00Z"));
    }

    void policySwitchReroutesEveryFinding()
    {
        Bench b("2026-03-02T10:00:00Z");
        b.importScan("a.json", trivyScan("img", {{"CVE-1", "a", "HIGH"}, {"CVE-2", "b", "LOW"}}));
        const std::string text =
            replacedOnce(defaultPolicyText(), R"({"id": "high", "when": {"severity": ["high"]}, "path": "ticket", "sla_class": "high"})",
                         R"({"id": "high-now", "when": {"severity": ["high"]}, "path": "incident", "sla_class": "critical"})");
        const PolicySwitch s = b.loadPolicy(text);
        QCOMPARE(s.previousVersion, defaultPolicy().version);
        QVERIFY(!s.unchanged);
        QCOMPARE(s.evaluation.evaluated, 2);
        QCOMPARE(s.evaluation.rerouted, 1);
        const std::int64_t id = b.idOf("CVE-1");
        QCOMPARE(b.findingText(id, "path"), std::string("incident"));
        QCOMPARE(b.findingText(id, "policy_rule"), std::string("high-now"));
        QCOMPARE(b.findingText(id, "policy_version"), s.version);
        QCOMPARE(b.findingText(b.idOf("CVE-2"), "policy_version"), s.version);
        QCOMPARE(b.clockOf(id, "acknowledge").due, iso("2026-03-02T14:00:00Z"));
        QCOMPARE(b.count("SELECT count(*) FROM audit_log WHERE action = 'policy.activate'"), 1);
        // The same file again changes nothing.
        QVERIFY(b.loadPolicy(text).unchanged);
        b.verifyAuditChain();
    }

    void calendarClocksOfANewFinding()
    {
        Bench b("2026-03-02T10:00:00Z"); // a Monday
        b.importScan("a.json", trivyScan("img", {{"CVE-1", "a", "CRITICAL"}}));
        const std::int64_t id = b.idOf("CVE-1");
        const ClockRow ack = b.clockOf(id, "acknowledge");
        QVERIFY(ack.present);
        QCOMPARE(ack.budget, 4 * 3600);
        QCOMPARE(ack.started, iso("2026-03-02T10:00:00Z"));
        QCOMPARE(ack.running, iso("2026-03-02T10:00:00Z"));
        QCOMPARE(ack.due, iso("2026-03-02T14:00:00Z"));
        QCOMPARE(ack.risk, iso("2026-03-02T13:00:00Z")); // 75 %
        QCOMPARE(ack.next, iso("2026-03-02T12:00:00Z")); // owner at 50 %
        QCOMPARE(b.clockOf(id, "contain").due, iso("2026-03-03T10:00:00Z"));
        QCOMPARE(b.clockOf(id, "remediate").due, iso("2026-03-09T10:00:00Z"));
        QVERIFY(!b.clockOf(id, "verify").present); // starts only with a fix
        QCOMPARE(b.findingText(id, "sla_due"), iso("2026-03-02T14:00:00Z"));
        QCOMPARE(b.count("SELECT count(*) FROM sla_clocks"), 3);
    }

    void businessHoursAcknowledge_data()
    {
        QTest::addColumn<QString>("importedAt");
        QTest::addColumn<QString>("due");
        // eu-office: Europe/Berlin, Mon-Fri 09-13 and 14-18; high acknowledges in 8 working hours.
        QTest::newRow("friday afternoon, winter") << QStringLiteral("2026-03-06T15:00:00Z") // 16:00 CET
                                                  << QStringLiteral("2026-03-09T15:00:00Z"); // Monday 16:00 CET
        QTest::newRow("friday afternoon before the clocks change")
            << QStringLiteral("2026-03-27T15:00:00Z")  // 16:00 CET
            << QStringLiteral("2026-03-30T14:00:00Z"); // Monday 16:00 CEST
        QTest::newRow("thursday before Easter")
            << QStringLiteral("2026-04-02T15:00:00Z")  // 17:00 CEST; Good Friday and Easter Monday are holidays
            << QStringLiteral("2026-04-07T15:00:00Z"); // Tuesday 17:00 CEST
        QTest::newRow("saturday") << QStringLiteral("2026-03-07T11:00:00Z")
                                  << QStringLiteral("2026-03-09T17:00:00Z"); // Monday 18:00 CET
    }

    void businessHoursAcknowledge()
    {
        QFETCH(QString, importedAt);
        QFETCH(QString, due);
        Bench b(importedAt.toLatin1().constData());
        b.importScan("a.json", trivyScan("img", {{"CVE-1", "a", "HIGH"}}));
        const std::int64_t id = b.idOf("CVE-1");
        QCOMPARE(b.findingText(id, "sla_class"), std::string("high"));
        const ClockRow ack = b.clockOf(id, "acknowledge");
        QCOMPARE(ack.budget, 8 * 3600);
        QCOMPARE(qstr(ack.due), qstr(isoUtc(utc(due.toLatin1().constData()))));
        // Remediate counts calendar time.
        QCOMPARE(b.clockOf(id, "remediate").due,
                 isoUtc(utc(importedAt.toLatin1().constData()).addSecs(30 * 86400)));
        QCOMPARE(b.findingText(id, "sla_due"), ack.due);
    }

    void triageStopsAndStartsClocks()
    {
        Bench b("2026-03-02T10:00:00Z");
        b.importScan("a.json", trivyScan("img", {{"CVE-1", "a", "CRITICAL"}}));
        const std::int64_t id = b.idOf("CVE-1");

        b.clock.set(utc("2026-03-02T11:00:00Z"));
        b.triage(id, "triaged");
        ClockRow ack = b.clockOf(id, "acknowledge");
        QCOMPARE(ack.stopped, iso("2026-03-02T11:00:00Z"));
        QCOMPARE(ack.running, std::string());
        QCOMPARE(ack.consumed, 3600);
        QCOMPARE(ack.due, iso("2026-03-02T14:00:00Z")); // the deadline it had: met
        QCOMPARE(ack.next, std::string());             // a stopped clock escalates no more
        QCOMPARE(b.clockOf(id, "contain").running, iso("2026-03-02T10:00:00Z"));
        QCOMPARE(b.findingText(id, "sla_due"), iso("2026-03-03T10:00:00Z")); // contain is next
        QCOMPARE(b.count("SELECT count(*) FROM finding_events WHERE kind = 'acknowledged' AND at = '" +
                         iso("2026-03-02T11:00:00Z") + "'"),
                 1);

        b.clock.set(utc("2026-03-02T12:00:00Z"));
        b.triage(id, "contained");
        QCOMPARE(b.clockOf(id, "contain").stopped, iso("2026-03-02T12:00:00Z"));
        QCOMPARE(b.clockOf(id, "acknowledge").stopped, iso("2026-03-02T11:00:00Z")); // stays as it was
        QCOMPARE(b.findingText(id, "sla_due"), iso("2026-03-09T10:00:00Z"));         // remediate

        b.clock.set(utc("2026-03-03T09:00:00Z"));
        b.triage(id, "pending_verification");
        QCOMPARE(b.clockOf(id, "remediate").stopped, iso("2026-03-03T09:00:00Z"));
        const ClockRow verify = b.clockOf(id, "verify");
        QVERIFY(verify.present);
        QCOMPARE(verify.started, iso("2026-03-03T09:00:00Z"));
        QCOMPARE(verify.due, iso("2026-03-04T09:00:00Z"));
        QCOMPARE(b.findingText(id, "sla_due"), iso("2026-03-04T09:00:00Z"));
        b.verifyAuditChain();
    }

    void reopenRestartsPerPolicy()
    {
        Bench b("2026-03-02T10:00:00Z");
        b.importScan("1.json", trivyScan("img", {{"CVE-1", "a", "CRITICAL"}, {"CVE-2", "b", "LOW"}}, "t1"));
        const std::int64_t id = b.idOf("CVE-1");
        b.clock.set(utc("2026-03-03T10:00:00Z"));
        b.importScan("2.json", trivyScan("img", {{"CVE-2", "b", "LOW"}}, "t2")); // CVE-1 fixed
        QCOMPARE(b.findingText(id, "status"), std::string("pending_verification"));
        QCOMPARE(b.clockOf(id, "verify").started, iso("2026-03-03T10:00:00Z"));
        QCOMPARE(b.clockOf(id, "remediate").consumed, 86400);

        b.clock.set(utc("2026-03-05T10:00:00Z"));
        b.importScan("3.json", trivyScan("img", {{"CVE-1", "a", "CRITICAL"}, {"CVE-2", "b", "LOW"}}, "t3"));
        QCOMPARE(b.findingText(id, "status"), std::string("reopened"));
        // on_reopen restart: every clock starts over at the reopening with its whole time.
        const ClockRow ack = b.clockOf(id, "acknowledge");
        QCOMPARE(ack.started, iso("2026-03-05T10:00:00Z"));
        QCOMPARE(ack.due, iso("2026-03-05T14:00:00Z"));
        QCOMPARE(b.clockOf(id, "remediate").due, iso("2026-03-12T10:00:00Z"));
        QVERIFY(!b.clockOf(id, "verify").present);
        QCOMPARE(b.findingText(id, "sla_due"), iso("2026-03-05T14:00:00Z"));
    }

    void reopenContinuesPerPolicy()
    {
        Bench b("2026-03-02T10:00:00Z");
        b.loadPolicy(replacedOnce(defaultPolicyText(), R"("on_reopen": "restart")", R"("on_reopen": "continue")"));
        b.importScan("1.json", trivyScan("img", {{"CVE-1", "a", "CRITICAL"}, {"CVE-2", "b", "LOW"}}, "t1"));
        const std::int64_t id = b.idOf("CVE-1");
        b.clock.set(utc("2026-03-03T10:00:00Z"));
        b.importScan("2.json", trivyScan("img", {{"CVE-2", "b", "LOW"}}, "t2"));
        b.clock.set(utc("2026-03-05T10:00:00Z"));
        b.importScan("3.json", trivyScan("img", {{"CVE-1", "a", "CRITICAL"}, {"CVE-2", "b", "LOW"}}, "t3"));
        QCOMPARE(b.findingText(id, "status"), std::string("reopened"));
        // Remediate used one day of seven before the fix: six are left.
        const ClockRow rem = b.clockOf(id, "remediate");
        QCOMPARE(rem.started, iso("2026-03-02T10:00:00Z"));
        QCOMPARE(rem.consumed, 86400);
        QCOMPARE(rem.running, iso("2026-03-05T10:00:00Z"));
        QCOMPARE(rem.due, iso("2026-03-11T10:00:00Z"));
        // Acknowledge ran out before the fix: it keeps the deadline it missed.
        QCOMPARE(b.clockOf(id, "acknowledge").due, iso("2026-03-02T14:00:00Z"));
        QCOMPARE(b.findingText(id, "sla_due"), iso("2026-03-02T14:00:00Z"));
        QVERIFY(!b.clockOf(id, "verify").present);
    }

    void escalationNotifiesTheChainOncePerThreshold()
    {
        Bench b("2026-03-02T10:00:00Z");
        b.loadCatalog(fixture("policy/services.yaml"));
        std::vector<TrivyVuln> five;
        for (int i = 1; i <= 5; ++i)
            five.push_back({"CVE-2026-100" + std::to_string(i), "pkg" + std::to_string(i), "CRITICAL"});
        b.importScan("batch.json", trivyScan("registry.example/ops/batch:7", five));
        QCOMPARE(b.count("SELECT count(*) FROM findings WHERE service = 'component:default/batch-jobs'"
                         " AND sla_class = 'critical'"),
                 5);

        b.clock.set(utc("2026-03-02T11:59:59Z"));
        QCOMPARE(b.sweep().notifications, 0);

        // acknowledge (4h) at 50 %: the owner, once for all five findings.
        b.clock.set(utc("2026-03-02T12:00:00Z"));
        SweepResult s = b.sweep();
        QCOMPARE(s.escalations, 5);
        QCOMPARE(s.notifications, 1);
        auto all = notifications(b);
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all[0].kind, std::string("escalation"));
        QCOMPARE(all[0].recipient, std::string("Jane Doe"));
        QCOMPARE(all[0].contact, std::string("jane.doe@acme.example"));
        QCOMPARE(all[0].body.value("clock", ""), std::string("acknowledge"));
        QCOMPARE(all[0].body.value("count", 0), 5);
        QCOMPARE(all[0].body["findings"].size(), std::size_t(5));
        QCOMPARE(s.outboxWritten, 1);
        QCOMPARE(QDir(qstr(notificationOutboxDir(b.dbPath()))).entryList(QDir::Files).size(), 1);

        // The same instant again sends nothing new.
        s = b.sweep();
        QCOMPARE(s.escalations, 0);
        QCOMPARE(s.notifications, 0);

        // One finding is acknowledged: the backup hears of the other four only.
        const std::int64_t first = b.idOf("CVE-2026-1001");
        b.clock.set(utc("2026-03-02T13:00:00Z"));
        b.triage(first, "triaged");
        b.clock.set(utc("2026-03-02T14:00:00Z"));
        s = b.sweep();
        QCOMPARE(s.notifications, 1);
        all = notifications(b);
        QCOMPARE(all.back().recipient, std::string("Omar Haddad"));
        QCOMPARE(all.back().body.value("count", 0), 4);

        // Past 150 % of acknowledge and 50 % of contain (1d): the manager, and the owner again for contain.
        b.clock.set(utc("2026-03-02T22:00:00Z"));
        const std::size_t before = all.size();
        s = b.sweep();
        QCOMPARE(s.notifications, 2);
        all = notifications(b);
        QCOMPARE(all.size(), before + 2);
        const std::vector<Notification> fresh(all.begin() + std::ptrdiff_t(before), all.end());
        const Notification* manager = find(fresh, "Priya Raman", "acknowledge");
        QVERIFY(manager);
        QCOMPARE(manager->body.value("count", 0), 4);
        const Notification* contain = find(fresh, "Jane Doe", "contain");
        QVERIFY(contain);
        QCOMPARE(contain->body.value("count", 0), 5);
        QCOMPARE(b.sweep().notifications, 0);
        QCOMPARE(QDir(qstr(notificationOutboxDir(b.dbPath()))).entryList(QDir::Files).size(), 4);
        b.verifyAuditChain();
    }

    void escalationCatchesUpAfterTheAppWasClosed()
    {
        Bench b("2026-03-02T10:00:00Z");
        b.loadCatalog(fixture("policy/services.yaml"));
        b.importScan("batch.json", trivyScan("registry.example/ops/batch:7", {{"CVE-2026-1001", "p", "CRITICAL"},
                                                                            {"CVE-2026-1002", "q", "CRITICAL"}}));
        // Nothing ran for a day: every threshold passed meanwhile is sent once, each to its person.
        b.clock.set(utc("2026-03-03T10:00:00Z"));
        const SweepResult s = b.sweep();
        // acknowledge: owner, backup, manager; contain (1d): owner at 50 %, manager at 100 %.
        QCOMPARE(s.notifications, 5);
        QCOMPARE(s.escalations, 10);
        const auto all = notifications(b);
        QVERIFY(find(all, "Jane Doe", "acknowledge"));
        QVERIFY(find(all, "Omar Haddad", "acknowledge"));
        QVERIFY(find(all, "Priya Raman", "acknowledge"));
        QVERIFY(find(all, "Jane Doe", "contain"));
        QVERIFY(find(all, "Priya Raman", "contain"));
        for (const auto& n : all)
            QCOMPARE(n.body.value("count", 0), 2);
        QCOMPARE(b.clockOf(b.idOf("CVE-2026-1001"), "acknowledge").level, 3);
        QCOMPARE(b.clockOf(b.idOf("CVE-2026-1001"), "acknowledge").next, std::string());
        // contain's next step is the operations lead at 150 %.
        QCOMPARE(b.clockOf(b.idOf("CVE-2026-1001"), "contain").next, iso("2026-03-03T22:00:00Z"));
    }

    void evaluateAllOverManyFindings()
    {
        Bench b("2026-03-02T10:00:00Z");
        constexpr int N = 20000;
        std::vector<TrivyVuln> many;
        many.reserve(N);
        const char* severities[] = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};
        for (int i = 0; i < N; ++i)
            many.push_back({"CVE-2026-" + std::to_string(10000 + i), "p" + std::to_string(i), severities[i % 4]});
        QElapsedTimer importTimer;
        importTimer.start();
        b.importScan("many.json", trivyScan("img", many));
        const qint64 importMs = importTimer.elapsed();
        QCOMPARE(b.count("SELECT count(*) FROM findings WHERE policy_version <> ''"), N);
        QElapsedTimer t;
        t.start();
        const PolicySwitch s = b.loadPolicy(
            replacedOnce(defaultPolicyText(), R"("on_reopen": "restart")", R"("on_reopen": "continue")"));
        const qint64 ms = t.elapsed();
        QCOMPARE(s.evaluation.evaluated, N);
        QCOMPARE(b.count("SELECT count(*) FROM findings WHERE policy_version = '" + s.version + "'"), N);
        qInfo("import of %d findings with routing and clocks: %lld ms; evaluateAll (policy switch): %lld ms, %.0f findings/s",
              N, (long long)importMs, (long long)ms, N * 1000.0 / double(std::max<qint64>(ms, 1)));
    }
};

QTEST_GUILESS_MAIN(TestPolicyEngine)
#include "test_policy_engine.moc"
