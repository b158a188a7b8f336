// SPDX-License-Identifier: GPL-3.0-or-later
// The exception lifecycle through the core API (ExceptionService, the sweep,
// imports) on real SQLite files with a roles file loaded: roles and four eyes
// are enforced in the core and refusals are audited; known exploited is
// always the high tier; low is approved at once and pauses the clocks;
// expiry is bounded and in the future; renewal needs a new justification and
// a new decision; revocation reopens at once; at one second past expiry the
// sweep reopens the findings and the clocks resume as the policy says, also
// when nothing ran at the moment of expiry; reminders go out once per step;
// VEX not_affected statements become exceptions with their provenance.
#include "audit/audit_log.h"
#include "context/catalog_loader.h"
#include "context/intel_loader.h"
#include "exceptions/exception_service.h"
#include "exceptions/role_book.h"
#include "policy/notifier.h"
#include "policy/policy_switch.h"
#include "policy/sla_sweep.h"
#include "policy_test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <nlohmann/json.hpp>

#include <optional>

using namespace closeloop;
using namespace closeloop::test;

namespace {

constexpr std::int64_t Day = 86400;

// What a call refused with, or nothing.
struct Refusal
{
    ExceptionError::Kind kind;
    std::string message;
};

template<class F>
std::optional<Refusal> refusalOf(F fn)
{
    try {
        fn();
    } catch (const ExceptionError& e) {
        return Refusal{e.kind(), e.what()};
    }
    return std::nullopt;
}

const std::string Justification = "The vulnerable code path is not reachable in this build";

class Bench : public ClockedWorkspace
{
public:
    explicit Bench(const char* start, bool withRoles = true)
        : ClockedWorkspace(utc(start))
    {
        const CatalogLoadResult r = loadCatalog(writer(), {fixture("policy/services.yaml")}, "tester");
        if (!r.ok)
            qFatal("catalog refused: %s", r.toJson().dump().c_str());
        if (withRoles) {
            const std::string roles = readFixture("policy/roles.json");
            writer()
                .run([&](Database& db) {
                    Transaction tx(db);
                    RoleBook(db).load(roles, "roles.json");
                    tx.commit();
                })
                .get();
        }
    }

    ExceptionService service() { return ExceptionService(writer(), clock); }

    // mia is the roles file's manager.
    void loadPolicy(const std::string& text) { ClockedWorkspace::loadPolicy(text, "policy.json", "mia"); }

    ExceptionOutcome request(const std::string& actor, const std::vector<std::int64_t>& ids, std::int64_t seconds,
                             const std::string& justification = Justification)
    {
        ExceptionRequest r;
        r.scope.kind = "findings";
        r.scope.findingIds = ids;
        r.justification = justification;
        r.compensatingControls = "WAF rule 42";
        r.requestedExpiry = clock.now().addSecs(seconds);
        r.actor = actor;
        return service().request(r);
    }

    std::int64_t idOf(const std::string& ruleId, const std::string& pkg = {})
    {
        Database db = reader();
        auto st = db.prepare("SELECT id FROM findings WHERE rule_id = ?1 AND (?2 = '' OR package = ?2)");
        st.bind(1, ruleId).bind(2, pkg);
        if (!st.step())
            qFatal("no finding %s", ruleId.c_str());
        return st.int64(0);
    }

    std::string exceptionText(std::int64_t id, const std::string& column)
    {
        Database db = reader();
        auto st = db.prepare("SELECT coalesce(" + column + ", '<null>') FROM exceptions WHERE id = ?");
        st.bind(1, id);
        if (!st.step())
            qFatal("no exception %lld", (long long)id);
        return st.text(0);
    }

    // due_at of a clock, "<null>" when it has none (paused), "<none>" when the clock does not exist.
    std::string clockText(std::int64_t id, const std::string& clockName, const std::string& column)
    {
        Database db = reader();
        auto st = db.prepare("SELECT coalesce(" + column + ", '<null>') FROM sla_clocks WHERE finding_id = ? AND clock = ?");
        st.bind(1, id).bind(2, clockName);
        return st.step() ? st.text(0) : std::string("<none>");
    }

    std::int64_t audits(const std::string& action, const std::string& actor = {})
    {
        Database db = reader();
        auto st = db.prepare("SELECT count(*) FROM audit_log WHERE action = ?1 AND (?2 = '' OR actor = ?2)");
        st.bind(1, action).bind(2, actor);
        st.step();
        return st.int64(0);
    }

    // Notifications of this kind in the outbox folder.
    qsizetype outboxFiles(const std::string& kind) const
    {
        return QDir(qstr(notificationOutboxDir(dbPath())))
            .entryList({QStringLiteral("*-") + qstr(kind) + QStringLiteral(".json")}, QDir::Files)
            .size();
    }
};

// One HIGH finding on each service of tests/fixtures/policy/services.yaml.
struct Services
{
    std::int64_t dev = 0;     // build-tool: development, tier low
    std::int64_t prod = 0;    // batch-jobs: production, tier high
    std::int64_t staging = 0; // stage-api: staging, tier medium
};

Services importOnePerService(Bench& b)
{
    b.importScan("dev.json", trivyScan("registry.example/dev/build-tool:2", {{"CVE-2026-0001", "libdev"}}));
    b.importScan("prod.json", trivyScan("registry.example/ops/batch:7", {{"CVE-2026-0002", "libprod"}}));
    b.importScan("stage.json", trivyScan("registry.example/stage/api:1", {{"CVE-2026-0003", "libstage"}}));
    Services s{b.idOf("CVE-2026-0001"), b.idOf("CVE-2026-0002"), b.idOf("CVE-2026-0003")};
    if (b.findingText(s.dev, "service") != "component:default/build-tool" ||
        b.findingText(s.prod, "service") != "component:default/batch-jobs")
        qFatal("the test catalog did not map the findings");
    return s;
}

// Every clock of a finding that has not stopped is paused: no running_since, no deadline.
void verifyPaused(Bench& b, std::int64_t id)
{
    QCOMPARE(b.count("SELECT count(*) FROM sla_clocks WHERE finding_id = " + std::to_string(id) +
                     " AND stopped_at IS NULL AND (running_since IS NOT NULL OR due_at IS NOT NULL)"),
             0);
    QVERIFY(b.count("SELECT count(*) FROM sla_clocks WHERE finding_id = " + std::to_string(id) +
                    " AND stopped_at IS NULL") > 0);
    QCOMPARE(b.findingText(id, "sla_due"), std::string("<null>"));
}

} // namespace

class TestExceptions : public QObject
{
    Q_OBJECT
private slots:
    void analystCannotApproveThroughTheCore()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        const ExceptionOutcome out = b.request("ana", {s.prod}, 60 * Day);
        QVERIFY(out.awaitsManager);
        QCOMPARE(out.exception.state, std::string("requested"));
        QCOMPARE(out.exception.tier, std::string("high"));
        QCOMPARE(out.exception.tierRule, std::string("production"));
        QCOMPARE(b.findingText(s.prod, "status"), std::string("new"));
        // The managers are told at once, in the app and in the outbox.
        QCOMPARE(b.outboxFiles("exception_awaiting_decision"), 1);

        const auto refused = refusalOf([&] { b.service().approve(out.exception.id, "bob", "looks fine"); });
        QVERIFY(refused);
        QCOMPARE(refused->kind, ExceptionError::Kind::Forbidden);
        QVERIFY2(contains(refused->message, "manager"), refused->message.c_str());
        QCOMPARE(b.audits("exception.approve.denied", "bob"), 1);
        // An auditor only reads: not even a request.
        QCOMPARE(refusalOf([&] { b.request("aud", {s.prod}, Day); })->kind, ExceptionError::Kind::Forbidden);
        QCOMPARE(b.audits("exception.request.denied", "aud"), 1);
        // Someone nobody named in the roles file has no role at all.
        QCOMPARE(refusalOf([&] { b.service().approve(out.exception.id, "mallory", "ok"); })->kind,
                 ExceptionError::Kind::Forbidden);
        QCOMPARE(b.exceptionText(out.exception.id, "state"), std::string("requested"));

        const ExceptionOutcome approved = b.service().approve(out.exception.id, "mia", "compensated by the WAF");
        QCOMPARE(approved.exception.state, std::string("active"));
        QCOMPARE(approved.exception.decidedBy, std::string("mia"));
        QCOMPARE(approved.findingsCovered, 1);
        QCOMPARE(b.findingText(s.prod, "status"), std::string("accepted_risk"));
        QCOMPARE(b.audits("exception.approve", "mia"), 1);
        QCOMPARE(b.outboxFiles("exception_approved"), 1);
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE outbox_file = ''"), 0);
        b.verifyAuditChain();
    }

    void requesterNeverDecides_data()
    {
        QTest::addColumn<bool>("withRoles");
        QTest::newRow("roles file") << true;
        QTest::newRow("single-user workspace") << false; // everybody is analyst and manager
    }

    void requesterNeverDecides()
    {
        QFETCH(bool, withRoles);
        Bench b("2026-03-02T10:00:00Z", withRoles);
        const Services s = importOnePerService(b);
        const ExceptionOutcome out = b.request("max", {s.prod}, 30 * Day); // max holds manager and analyst
        QVERIFY(out.awaitsManager);
        for (bool approve : {true, false}) {
            const auto refused = refusalOf([&] {
                approve ? b.service().approve(out.exception.id, "max", "mine")
                        : b.service().reject(out.exception.id, "max", "mine");
            });
            QVERIFY(refused);
            QCOMPARE(refused->kind, ExceptionError::Kind::Forbidden);
            QVERIFY2(contains(refused->message, "four eyes"), refused->message.c_str());
        }
        QCOMPARE(b.audits("exception.approve.denied", "max"), 1);
        QCOMPARE(b.audits("exception.reject.denied", "max"), 1);
        QCOMPARE(b.exceptionText(out.exception.id, "state"), std::string("requested"));
        // Another manager decides; a rejection needs a reason.
        QCOMPARE(refusalOf([&] { b.service().reject(out.exception.id, "mia", " "); })->kind, ExceptionError::Kind::Invalid);
        QCOMPARE(b.service().reject(out.exception.id, "mia", "fix it instead").exception.state, std::string("rejected"));
        QCOMPARE(b.findingText(s.prod, "status"), std::string("new"));
        QCOMPARE(refusalOf([&] { b.service().approve(out.exception.id, "mia", "changed my mind"); })->kind,
                 ExceptionError::Kind::Conflict);
        b.verifyAuditChain();
    }

    void knownExploitedIsAlwaysHigh()
    {
        Bench b("2026-03-02T10:00:00Z");
        // A policy whose tier rules put everything in the low tier.
        std::string text = defaultPolicyText();
        const auto rulesAt = text.find("\"rules\": [\n      {\"id\": \"production\"");
        const std::string listEnd = "\n    ]";
        const auto rulesEnd = text.find(listEnd, text.find("\"id\": \"staging\""));
        QVERIFY(rulesAt != std::string::npos && rulesEnd != std::string::npos);
        text.replace(rulesAt, rulesEnd + listEnd.size() - rulesAt, R"("rules": [{"id": "everything-low", "tier": "low"}])");
        text = replacedOnce(text, R"("default_tier": "high")", R"("default_tier": "low")");
        b.loadPolicy(text);
        b.importScan("dev.json", trivyScan("registry.example/dev/build-tool:2",
                                           {{"CVE-2023-4911", "glibc"}, {"CVE-2026-0001", "libdev"}}));
        IntelLoader(b.writer()).loadKev(fixture("intel/kev_catalog.json"), {"tester", "analyst"});
        const std::int64_t kev = b.idOf("CVE-2023-4911");
        const std::int64_t plain = b.idOf("CVE-2026-0001");
        QCOMPARE(b.findingText(kev, "kev"), std::string("1"));

        const ExceptionOutcome k = b.request("ana", {kev}, 20 * Day);
        QCOMPARE(k.exception.tier, std::string("high"));
        QCOMPARE(k.exception.tierRule, std::string("kev"));
        QVERIFY(k.awaitsManager);
        QCOMPARE(b.findingText(kev, "status"), std::string("new"));

        // Mixed with a low finding, the scope takes the highest tier.
        const ExceptionOutcome mixed = b.request("ana", {plain, kev}, 20 * Day);
        QCOMPARE(mixed.exception.tier, std::string("high"));
        QCOMPARE(mixed.exception.tierRule, std::string("kev"));

        const ExceptionOutcome low = b.request("ana", {plain}, 20 * Day);
        QCOMPARE(low.exception.tier, std::string("low"));
        QCOMPARE(low.exception.tierRule, std::string("everything-low"));
        QCOMPARE(low.exception.state, std::string("active"));
    }

    void lowTierIsApprovedAtOnceAndPausesTheClocks()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        QVERIFY(b.findingText(s.dev, "sla_due") != "<null>");
        b.clock.set(utc("2026-03-02T11:00:00Z"));
        const ExceptionOutcome out = b.request("ana", {s.dev}, 20 * Day);
        QVERIFY(!out.awaitsManager);
        QCOMPARE(out.exception.state, std::string("active"));
        QCOMPARE(out.exception.tier, std::string("low"));
        QCOMPARE(out.exception.tierRule, std::string("development"));
        QCOMPARE(out.exception.decidedBy, std::string("closeloop"));
        QCOMPARE(out.findingsCovered, 1);
        QCOMPARE(b.findingText(s.dev, "status"), std::string("accepted_risk"));
        QCOMPARE(b.findingText(s.dev, "exception_id"), std::to_string(out.exception.id));
        verifyPaused(b, s.dev);
        QCOMPARE(b.count("SELECT count(*) FROM finding_events WHERE kind = 'paused' AND finding_id = " +
                         std::to_string(s.dev)),
                 1);
        QCOMPARE(b.audits("exception.request", "ana"), 1);
        // The other findings run on.
        QVERIFY(b.findingText(s.prod, "sla_due") != "<null>");

        // Medium (staging) is approved at once too, and the security team is told.
        const ExceptionOutcome medium = b.request("ana", {s.staging}, 60 * Day);
        QCOMPARE(medium.exception.tier, std::string("medium"));
        QCOMPARE(medium.exception.state, std::string("active"));
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE kind = 'exception_approved_notice'"
                         " AND recipient = 'group:default/appsec'"),
                 1);
        QCOMPARE(b.outboxFiles("exception_approved_notice"), 1);
        b.verifyAuditChain();
    }

    void expiryIsBoundedAndInTheFuture()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        // low allows 30 days, high 180: the message names the last allowed instant.
        auto tooLong = refusalOf([&] { b.request("ana", {s.dev}, 30 * Day + 1); });
        QVERIFY(tooLong);
        QCOMPARE(tooLong->kind, ExceptionError::Kind::Invalid);
        QVERIFY2(contains(tooLong->message, iso("2026-04-01T10:00:00Z")), tooLong->message.c_str());
        QVERIFY2(contains(tooLong->message, "30 days"), tooLong->message.c_str());
        tooLong = refusalOf([&] { b.request("ana", {s.prod}, 181 * Day); });
        QVERIFY(tooLong);
        QVERIFY2(contains(tooLong->message, iso("2026-08-29T10:00:00Z")), tooLong->message.c_str());

        for (std::int64_t past : {std::int64_t(-1), std::int64_t(0), -30 * Day}) {
            const auto r = refusalOf([&] { b.request("ana", {s.dev}, past); });
            QVERIFY(r);
            QCOMPARE(r->kind, ExceptionError::Kind::Invalid);
            QVERIFY2(contains(r->message, "not in the future"), r->message.c_str());
        }
        ExceptionRequest open;
        open.scope.findingIds = {s.dev};
        open.justification = Justification;
        open.actor = "ana";
        QVERIFY2(contains(refusalOf([&] { b.service().request(open); })->message, "expiry is required"), "no expiry");
        QCOMPARE(refusalOf([&] { b.request("ana", {s.dev}, Day, "because"); })->kind, ExceptionError::Kind::Invalid);
        QCOMPARE(refusalOf([&] { b.request("ana", {}, Day); })->kind, ExceptionError::Kind::Invalid);
        QCOMPARE(b.count("SELECT count(*) FROM exceptions"), 0);
        // Exactly the maximum is allowed.
        QCOMPARE(b.request("ana", {s.dev}, 30 * Day).exception.state, std::string("active"));
    }

    void renewalNeedsANewJustificationAndANewDecision()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        const std::int64_t first = b.request("ana", {s.prod}, 60 * Day).exception.id;
        b.service().approve(first, "mia", "WAF in place");

        b.clock.set(utc("2026-04-21T10:00:00Z")); // 50 days on
        ExceptionRequest again;
        again.justification = Justification;
        again.requestedExpiry = b.clock.now().addSecs(90 * Day);
        again.actor = "ana";
        const auto same = refusalOf([&] { b.service().renew(first, again); });
        QVERIFY(same);
        QCOMPARE(same->kind, ExceptionError::Kind::Invalid);
        QVERIFY2(contains(same->message, "new justification"), same->message.c_str());

        again.justification = "The vendor fix ships in June; the WAF rule still blocks the path";
        const ExceptionOutcome renewal = b.service().renew(first, again);
        QVERIFY(renewal.awaitsManager);
        QCOMPARE(renewal.exception.state, std::string("requested"));
        QCOMPARE(renewal.exception.renewalOf, first);
        QCOMPARE(b.exceptionText(first, "state"), std::string("active"));
        QCOMPARE(b.findingText(s.prod, "exception_id"), std::to_string(first));
        QCOMPARE(b.audits("exception.renew", "ana"), 1);

        // The renewal is a new decision, four eyes included.
        QCOMPARE(refusalOf([&] { b.service().approve(renewal.exception.id, "ana", "ok"); })->kind,
                 ExceptionError::Kind::Forbidden);
        b.service().approve(renewal.exception.id, "max", "one more quarter");
        QCOMPARE(b.exceptionText(renewal.exception.id, "state"), std::string("active"));
        QCOMPARE(b.exceptionText(first, "state"), std::string("renewed"));
        QCOMPARE(b.findingText(s.prod, "status"), std::string("accepted_risk"));
        QCOMPARE(b.findingText(s.prod, "exception_id"), std::to_string(renewal.exception.id));
        verifyPaused(b, s.prod);

        // The old expiry passes: nothing happens, the renewal covers the finding.
        b.clock.set(utc("2026-05-02T10:00:01Z"));
        QCOMPARE(b.sweep().exceptionsExpired, 0);
        QCOMPARE(b.findingText(s.prod, "status"), std::string("accepted_risk"));
        b.verifyAuditChain();
    }

    void renewalOfAnExpiredException()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        const std::int64_t low = b.request("ana", {s.dev}, 10 * Day).exception.id;
        const std::int64_t high = b.request("ana", {s.prod}, 10 * Day).exception.id;
        b.service().approve(high, "mia", "ok for ten days");
        // The high renewal is asked for in time but decided only after the old one expired.
        b.clock.set(utc("2026-03-10T10:00:00Z"));
        ExceptionRequest r;
        r.justification = "Still waiting for the vendor; the compensating control holds";
        r.requestedExpiry = b.clock.now().addSecs(20 * Day);
        r.actor = "ana";
        const std::int64_t highRenewal = b.service().renew(high, r).exception.id;

        b.clock.set(utc("2026-03-13T10:00:00Z"));
        QCOMPARE(b.sweep().exceptionsExpired, 2);
        QCOMPARE(b.findingText(s.dev, "status"), std::string("reopened"));
        QCOMPARE(b.findingText(s.prod, "status"), std::string("reopened"));

        // An expired exception can be renewed (low: at once) ...
        ExceptionOutcome lowRenewal;
        const auto lowRefused = refusalOf([&] { lowRenewal = b.service().renew(low, r); });
        QVERIFY2(!lowRefused, lowRefused ? lowRefused->message.c_str() : "");
        QCOMPARE(lowRenewal.exception.state, std::string("active"));
        QCOMPARE(b.exceptionText(low, "state"), std::string("expired"));
        QCOMPARE(b.findingText(s.dev, "status"), std::string("accepted_risk"));
        QCOMPARE(b.findingText(s.dev, "exception_id"), std::to_string(lowRenewal.exception.id));
        // ... and a pending renewal can still be approved after its predecessor expired.
        ExceptionOutcome approved;
        const auto highRefused = refusalOf([&] { approved = b.service().approve(highRenewal, "mia", "late, but yes"); });
        QVERIFY2(!highRefused, highRefused ? highRefused->message.c_str() : "");
        QCOMPARE(approved.exception.state, std::string("active"));
        QCOMPARE(b.exceptionText(high, "state"), std::string("expired"));
        QCOMPARE(b.findingText(s.prod, "status"), std::string("accepted_risk"));
        QCOMPARE(b.findingText(s.prod, "exception_id"), std::to_string(highRenewal));
        b.verifyAuditChain();
    }

    void revokeReopensAtOnce()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        const std::int64_t id = b.request("ana", {s.dev}, 20 * Day).exception.id;
        b.clock.set(utc("2026-03-04T10:00:00Z"));
        QCOMPARE(refusalOf([&] { b.service().revoke(id, "bob", "not yours"); })->kind, ExceptionError::Kind::Forbidden);
        QCOMPARE(b.audits("exception.revoke.denied", "bob"), 1);
        QCOMPARE(refusalOf([&] { b.service().revoke(id, "ana", ""); })->kind, ExceptionError::Kind::Invalid);
        const ExceptionOutcome out = b.service().revoke(id, "ana", "the fix is out after all");
        QCOMPARE(out.exception.state, std::string("revoked"));
        QCOMPARE(out.findingsCovered, 1);
        QCOMPARE(b.exceptionText(id, "ended_at"), iso("2026-03-04T10:00:00Z"));
        QCOMPARE(b.findingText(s.dev, "status"), std::string("reopened"));
        QCOMPARE(b.findingText(s.dev, "exception_id"), std::string("<null>"));
        QCOMPARE(b.clockText(s.dev, "remediate", "running_since"), iso("2026-03-04T10:00:00Z"));
        QVERIFY(b.findingText(s.dev, "sla_due") != "<null>");
        QCOMPARE(b.audits("exception.revoke", "ana"), 1);
        // A manager may revoke anybody's.
        const std::int64_t other = b.request("bob", {s.staging}, 20 * Day).exception.id;
        QCOMPARE(b.service().revoke(other, "mia", "policy changed").exception.state, std::string("revoked"));
        b.verifyAuditChain();
    }

    void pauseMovesTheDeadlineByThePausedTime()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        QCOMPARE(b.clockText(s.dev, "remediate", "due_at"), iso("2026-04-01T10:00:00Z")); // 30 days
        b.clock.set(utc("2026-03-03T10:00:00Z"));
        const std::int64_t id = b.request("ana", {s.dev}, 20 * Day).exception.id;
        QCOMPARE(b.clockText(s.dev, "remediate", "due_at"), std::string("<null>"));
        QCOMPARE(b.clockText(s.dev, "remediate", "consumed_s"), std::to_string(Day));
        b.clock.set(utc("2026-03-06T10:00:00Z")); // three days under the exception
        b.service().revoke(id, "ana", "fixed upstream");
        QCOMPARE(b.clockText(s.dev, "remediate", "due_at"), iso("2026-04-04T10:00:00Z"));
        QCOMPARE(b.clockText(s.dev, "remediate", "started_at"), iso("2026-03-02T10:00:00Z"));
    }

    void expiryAtOneSecondPast_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("remediateDue");
        // Paused after one day of thirty, for three days (expiry 2026-03-06T10:00Z).
        QTest::newRow("continue") << QStringLiteral("continue") << QStringLiteral("2026-04-04T10:00:00Z");
        QTest::newRow("restart") << QStringLiteral("restart") << QStringLiteral("2026-04-05T10:00:00Z");
    }

    void expiryAtOneSecondPast()
    {
        QFETCH(QString, mode);
        QFETCH(QString, remediateDue);
        Bench b("2026-03-02T10:00:00Z");
        if (mode == QStringLiteral("restart"))
            b.loadPolicy(replacedOnce(defaultPolicyText(), R"("on_exception_expiry": "continue")",
                                      R"("on_exception_expiry": "restart")"));
        const Services s = importOnePerService(b);
        b.clock.set(utc("2026-03-03T10:00:00Z"));
        const std::int64_t id = b.request("ana", {s.dev}, 3 * Day).exception.id;
        QCOMPARE(b.exceptionText(id, "expires_at"), iso("2026-03-06T10:00:00Z"));

        b.clock.set(utc("2026-03-06T09:59:59Z"));
        SweepResult r = b.sweep();
        QCOMPARE(r.exceptionsExpired, 0);
        QCOMPARE(b.exceptionText(id, "state"), std::string("active"));
        QCOMPARE(b.findingText(s.dev, "status"), std::string("accepted_risk"));
        QCOMPARE(b.audits("exception.expire"), 0);

        b.clock.set(utc("2026-03-06T10:00:01Z"));
        r = b.sweep();
        QCOMPARE(r.exceptionsExpired, 1);
        QCOMPARE(b.exceptionText(id, "state"), std::string("expired"));
        QCOMPARE(b.exceptionText(id, "ended_by"), std::string("closeloop"));
        QCOMPARE(b.findingText(s.dev, "status"), std::string("reopened"));
        QCOMPARE(b.findingText(s.dev, "exception_id"), std::string("<null>"));
        QCOMPARE(b.audits("exception.expire", "closeloop"), 1);
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE kind = 'exception_expired' AND recipient = 'ana'"), 1);
        // Written to the outbox as JSON.
        const QDir outbox(qstr(notificationOutboxDir(b.dbPath())));
        const QStringList files = outbox.entryList({QStringLiteral("*-exception_expired.json")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile f(outbox.filePath(files[0]));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto j = nlohmann::json::parse(f.readAll().toStdString());
        QCOMPARE(j.value("kind", ""), std::string("exception_expired"));
        QCOMPARE(j["body"].value("exception", std::int64_t(0)), id);
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE outbox_file = ''"), 0);

        // The clocks resume at the expiry, as the policy says.
        QCOMPARE(qstr(b.clockText(s.dev, "remediate", "due_at")), qstr(isoUtc(utc(remediateDue.toLatin1().constData()))));
        QCOMPARE(b.clockText(s.dev, "remediate", "running_since"), iso("2026-03-06T10:00:00Z"));
        QVERIFY(b.findingText(s.dev, "sla_due") != "<null>");
        // Nothing more to do at the next sweep.
        QCOMPARE(b.sweep().exceptionsExpired, 0);
        b.verifyAuditChain();
    }

    void expiryWhileTheAppWasClosed()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        b.clock.set(utc("2026-03-03T10:00:00Z"));
        const std::int64_t id = b.request("ana", {s.dev}, 3 * Day).exception.id;
        // Nothing runs at the expiry (2026-03-06T10:00Z); two days later an import comes in.
        b.clock.set(utc("2026-03-08T10:00:00Z"));
        const ImportReport r = b.importScan("other.json", trivyScan("registry.example/other:1", {{"CVE-2026-0099", "x"}}));
        QCOMPARE(b.exceptionText(id, "state"), std::string("expired"));
        QCOMPARE(b.findingText(s.dev, "status"), std::string("reopened"));
        QCOMPARE(b.audits("exception.expire", "closeloop"), 1);
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE kind = 'exception_expired'"), 1);
        QCOMPARE(r.counts.created, 1);
        {
            Database db = b.reader();
            const auto after = nlohmann::json::parse(
                scalarText(db, "SELECT after FROM audit_log WHERE action = 'import' ORDER BY id DESC LIMIT 1"));
            QCOMPARE(after.value("exceptions_expired", 0), 1);
        }
        // The clocks resumed at the expiry, not at the import: the closed app gave no extra time.
        QCOMPARE(b.clockText(s.dev, "remediate", "running_since"), iso("2026-03-06T10:00:00Z"));
        QCOMPARE(b.clockText(s.dev, "remediate", "due_at"), iso("2026-04-04T10:00:00Z"));
        // The import wrote what its sweep posted to the outbox after its
        // commit, without waiting for the next sweep.
        QCOMPARE(b.outboxFiles("exception_expired"), 1);
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE kind = 'exception_expired' AND outbox_file = ''"), 0);
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE outbox_file = ''"), 0);
        // The next sweep expires nothing more and has nothing left to write.
        const SweepResult swept = b.sweep();
        QCOMPARE(swept.exceptionsExpired, 0);
        QCOMPARE(swept.outboxWritten, swept.notifications);
        QCOMPARE(b.outboxFiles("exception_expired"), 1);
        b.verifyAuditChain();
    }

    void importStandsWhenTheOutboxCannotBeWritten()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        b.clock.set(utc("2026-03-03T10:00:00Z"));
        const std::int64_t id = b.request("ana", {s.dev}, 3 * Day).exception.id;
        // A file where the outbox folder would go: no notification can be written.
        const QString outboxRoot = QFileInfo(qstr(notificationOutboxDir(b.dbPath()))).absolutePath();
        QVERIFY(QDir(outboxRoot).removeRecursively());
        {
            QFile blocker(outboxRoot);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        b.clock.set(utc("2026-03-08T10:00:00Z"));
        const ImportReport r = b.importScan("other.json", trivyScan("registry.example/other:1", {{"CVE-2026-0099", "x"}}));
        QCOMPARE(r.status, ImportReport::Status::Imported);
        QCOMPARE(b.exceptionText(id, "state"), std::string("expired"));
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE kind = 'exception_expired' AND outbox_file = ''"), 1);
        // Once the folder can be made, the next sweep writes what was left.
        QVERIFY(QFile::remove(outboxRoot));
        QVERIFY(b.sweep().outboxWritten >= 1);
        QCOMPARE(b.outboxFiles("exception_expired"), 1);
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE outbox_file = ''"), 0);
    }

    void fixedWhileExceptedThenExpired()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        b.request("ana", {s.dev}, 10 * Day);
        // The next scan no longer has it: a fix waits for verification (2 days), paused under the exception.
        b.clock.set(utc("2026-03-04T10:00:00Z"));
        b.importScan("dev2.json", trivyScan("registry.example/dev/build-tool:3", {}, "t2"));
        QCOMPARE(b.findingText(s.dev, "status"), std::string("pending_verification"));
        QCOMPARE(b.clockText(s.dev, "verify", "started_at"), iso("2026-03-04T10:00:00Z"));
        QCOMPARE(b.clockText(s.dev, "verify", "running_since"), std::string("<null>"));
        // At expiry the finding is no longer accepted (nothing to reopen), but its verify clock runs.
        b.clock.set(utc("2026-03-12T10:00:01Z"));
        QCOMPARE(b.sweep().exceptionsExpired, 1);
        QCOMPARE(b.findingText(s.dev, "status"), std::string("pending_verification"));
        QCOMPARE(b.findingText(s.dev, "exception_id"), std::string("<null>"));
        QCOMPARE(b.clockText(s.dev, "verify", "running_since"), iso("2026-03-12T10:00:00Z"));
        QCOMPARE(b.clockText(s.dev, "verify", "due_at"), iso("2026-03-14T10:00:00Z"));
        QCOMPARE(b.findingText(s.dev, "sla_due"), iso("2026-03-14T10:00:00Z"));
    }

    void fixedThenBackWhileExceptedStaysAccepted()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        const ExceptionOutcome out = b.request("ana", {s.dev}, 10 * Day);
        b.clock.set(utc("2026-03-04T10:00:00Z"));
        b.importScan("dev2.json", trivyScan("registry.example/dev/build-tool:3", {}, "t2"));
        QCOMPARE(b.findingText(s.dev, "status"), std::string("pending_verification"));
        // Back in the next scan while the exception lasts: accepted again, clocks paused.
        b.clock.set(utc("2026-03-05T10:00:00Z"));
        b.importScan("dev3.json", trivyScan("registry.example/dev/build-tool:4", {{"CVE-2026-0001", "libdev"}}, "t3"));
        QCOMPARE(b.findingText(s.dev, "status"), std::string("accepted_risk"));
        QCOMPARE(b.findingText(s.dev, "exception_id"), std::to_string(out.exception.id));
        verifyPaused(b, s.dev);
        // At expiry it reopens like the others.
        b.clock.set(utc("2026-03-12T10:00:01Z"));
        QCOMPARE(b.sweep().exceptionsExpired, 1);
        QCOMPARE(b.findingText(s.dev, "status"), std::string("reopened"));
    }

    void lowTierCveExceptionLeavesRiskierFindingsOpen()
    {
        Bench b("2026-03-02T10:00:00Z");
        importOnePerService(b);
        ExceptionRequest r;
        r.scope.kind = "cve";
        r.scope.value = "CVE-2026-0001";
        r.justification = Justification;
        r.requestedExpiry = b.clock.now().addDays(20);
        r.actor = "ana";
        const ExceptionOutcome out = b.service().request(r);
        QCOMPARE(out.exception.tier, std::string("low"));
        QCOMPARE(out.exception.state, std::string("active"));
        // The same CVE shows up in production and on another dev image.
        b.clock.set(utc("2026-03-03T10:00:00Z"));
        b.importScan("prod2.json", trivyScan("registry.example/ops/batch:8", {{"CVE-2026-0001", "libdev"}}, "t2"));
        b.importScan("dev2.json", trivyScan("registry.example/dev/build-tool:3",
                                            {{"CVE-2026-0001", "libdev"}, {"CVE-2026-0001", "libdev2"}}, "t2"));
        // Production's risk was never decided: it stays open; the dev one joins.
        QCOMPARE(b.count("SELECT count(*) FROM findings WHERE cves = 'CVE-2026-0001'"
                         " AND service = 'component:default/batch-jobs' AND status = 'new' AND exception_id IS NULL"),
                 1);
        QCOMPARE(b.count("SELECT count(*) FROM findings WHERE cves = 'CVE-2026-0001' AND package = 'libdev2'"
                         " AND service = 'component:default/build-tool' AND status = 'accepted_risk'"
                         " AND exception_id = " + std::to_string(out.exception.id)),
                 1);
    }

    void remindersOncePerStep()
    {
        Bench b("2026-03-02T10:00:00Z");
        const Services s = importOnePerService(b);
        const std::int64_t id = b.request("ana", {s.dev}, 20 * Day).exception.id; // expires 2026-03-22T10:00Z
        std::vector<std::pair<std::string, int>> sent; // sweep time, days ahead
        for (int halfDays = 0; halfDays <= 42; ++halfDays) {
            b.clock.set(utc("2026-03-02T10:00:00Z").addSecs(halfDays * Day / 2));
            const std::int64_t before = b.count("SELECT coalesce(max(id), 0) FROM notifications");
            b.sweep();
            Database db = b.reader();
            auto st = db.prepare("SELECT body FROM notifications WHERE kind = 'exception_reminder' AND id > ?");
            st.bind(1, before);
            while (st.step())
                sent.emplace_back(b.clock.nowIso(), nlohmann::json::parse(st.text(0)).value("days_ahead", 0));
        }
        QCOMPARE(sent.size(), std::size_t(3));
        QCOMPARE(sent[0], std::make_pair(iso("2026-03-08T10:00:00Z"), 14));
        QCOMPARE(sent[1], std::make_pair(iso("2026-03-15T10:00:00Z"), 7));
        QCOMPARE(sent[2], std::make_pair(iso("2026-03-21T10:00:00Z"), 1));
        QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE kind = 'exception_reminder' AND recipient = 'ana'"), 3);
        QCOMPARE(b.exceptionText(id, "state"), std::string("expired"));

        // Granted within a week of its expiry: the 7-day reminder, once; the 14-day one is not sent late.
        b.request("ana", {s.staging}, 5 * Day);
        const std::int64_t before = b.count("SELECT coalesce(max(id), 0) FROM notifications");
        b.sweep();
        b.sweep();
        Database db = b.reader();
        auto st = db.prepare("SELECT body FROM notifications WHERE kind = 'exception_reminder' AND id > ?");
        st.bind(1, before);
        QVERIFY(st.step());
        QCOMPARE(nlohmann::json::parse(st.text(0)).value("days_ahead", 0), 7);
        QVERIFY(!st.step());
    }

    void vexNotAffectedBecomesAnException_data()
    {
        QTest::addColumn<QString>("artifact");
        QTest::addColumn<QString>("tier");
        QTest::newRow("development: low, at once") << QStringLiteral("registry.example/dev/build-tool:2")
                                                  << QStringLiteral("low");
        QTest::newRow("unknown service: high, a manager decides") << QStringLiteral("registry.example/unknown:1")
                                                                << QStringLiteral("high");
    }

    void vexNotAffectedBecomesAnException()
    {
        QFETCH(QString, artifact);
        QFETCH(QString, tier);
        Bench b("2026-03-02T10:00:00Z");
        const std::string ociPurl = "pkg:oci/git@sha256:23a264e6e429852221a963e9f17338ba3f5796dc7086e46439a6f4482cf6e0cb"
                                    "?repository_url=cgr.dev/chainguard";
        b.importScan("scan.json", trivyScan(artifact.toStdString(),
                                            {{"CVE-2023-1255", "git", "HIGH", ociPurl},
                                             {"CVE-2023-1255", "openssl", "HIGH", "pkg:apk/alpine/openssl@3.0.8-r0"},
                                             {"CVE-2023-2650", "git", "HIGH", ociPurl}}));
        const std::int64_t covered = b.idOf("CVE-2023-1255", "git");
        const std::int64_t otherProduct = b.idOf("CVE-2023-1255", "openssl");
        const std::int64_t affected = b.idOf("CVE-2023-2650");

        b.importFile(fixture("vex/openvex_v020.json"));
        QCOMPARE(b.count("SELECT count(*) FROM exceptions"), 1); // only the not_affected statement
        const std::int64_t id = b.count("SELECT id FROM exceptions");
        QCOMPARE(b.exceptionText(id, "source"), std::string("vex"));
        QCOMPARE(b.exceptionText(id, "scope_kind"), std::string("cve"));
        QCOMPARE(b.exceptionText(id, "scope_value"), std::string("CVE-2023-1255"));
        QCOMPARE(b.exceptionText(id, "requested_by"), std::string("vex:Wolfi J Inkinson"));
        QCOMPARE(qstr(b.exceptionText(id, "tier")), tier);
        const auto prov = nlohmann::json::parse(b.exceptionText(id, "provenance"));
        QCOMPARE(prov.value("document", ""),
                 std::string("https://openvex.dev/docs/public/vex-0f3be8817faafa24e4bfb3d17eaf619efb1fe54923b9c42c57b156a936b91431"));
        QCOMPARE(prov.value("author", ""), std::string("Wolfi J Inkinson"));
        QCOMPARE(prov.value("justification", ""), std::string("vulnerable_code_not_in_execute_path"));
        QVERIFY(contains(b.exceptionText(id, "justification"), "vulnerable_code_not_in_execute_path"));
        QCOMPARE(b.count("SELECT count(*) FROM exception_findings WHERE exception_id = " + std::to_string(id)), 1);

        if (tier == QStringLiteral("low")) {
            QCOMPARE(b.exceptionText(id, "state"), std::string("active"));
            QCOMPARE(b.exceptionText(id, "expires_at"), iso("2026-04-01T10:00:00Z")); // low's 30 days, not VEX's 180
        } else {
            QCOMPARE(b.exceptionText(id, "state"), std::string("requested"));
            QCOMPARE(b.exceptionText(id, "expires_at"), iso("2026-08-29T10:00:00Z"));
            QCOMPARE(b.findingText(covered, "status"), std::string("new"));
            QCOMPARE(b.count("SELECT count(*) FROM notifications WHERE kind = 'exception_awaiting_decision'"), 1);
            b.service().approve(id, "mia", "the statement is credible");
        }
        QCOMPARE(b.findingText(covered, "status"), std::string("accepted_risk"));
        QCOMPARE(b.findingText(covered, "exception_id"), std::to_string(id));
        QCOMPARE(b.findingText(otherProduct, "status"), std::string("new")); // another product: not covered
        QCOMPARE(b.findingText(affected, "status"), std::string("new"));     // "affected" is no exception
        QCOMPARE(b.audits("exception.request", "vex:Wolfi J Inkinson"), 1);
        b.verifyAuditChain();
    }
};

QTEST_GUILESS_MAIN(TestExceptions)
#include "test_exceptions.moc"
