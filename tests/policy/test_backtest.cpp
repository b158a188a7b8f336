// SPDX-License-Identifier: GPL-3.0-or-later
// The policy backtest against a hand-built history: three findings
// acknowledged after 1 h, 2 h and 6 h. With acknowledge 4h in force one
// breached; a proposal of 90m breaches two and routes some differently. The
// counts per path, breaches per class and clock, the changed list, and
// closeloop-cli policy backtest --json must all say so, without writing.
#include "policy/policy_backtest.h"
#include "policy/policy_store.h"
#include "policy/policy_switch.h"
#include "policy_test_support.h"
#include "triage/triage_service.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace closeloop;
using namespace closeloop::test;

namespace {

// A policy with one class "std" (acknowledge `ack`, remediate 30d) and these routing rules.
std::string policyText(const std::string& name, const std::string& ack, const nlohmann::json& rules)
{
    const nlohmann::json p = {
        {"schema", "closeloop-policy/1"},
        {"name", name},
        {"sla_classes", {{"std", {{"clocks", {{"acknowledge", {{"within", ack}}}, {"remediate", {{"within", "30d"}}}}}}}}},
        {"routing", {{"rules", rules}, {"default", {{"path", "ticket"}, {"sla_class", "std"}}}}},
        {"exceptions",
         {{"tiers",
           {{"low", {{"max_days", 30}, {"approval", "automatic"}}},
            {"medium", {{"max_days", 90}, {"approval", "automatic_notify"}}},
            {"high", {{"max_days", 180}, {"approval", "manager"}}}}}}}};
    return p.dump(2) + "\n";
}

const nlohmann::json CurrentRules = nlohmann::json::parse(
    R"([{"id": "crit", "when": {"severity": ["critical"]}, "path": "approve", "sla_class": "std"}])");
const nlohmann::json ProposedRules = nlohmann::json::parse(
    R"([{"id": "crit", "when": {"severity": ["critical"]}, "path": "incident", "sla_class": "std"},
        {"id": "high", "when": {"severity": ["high"]}, "path": "approve", "sla_class": "std"}])");

class History : public ClockedWorkspace
{
public:
    History()
        : ClockedWorkspace(utc("2026-03-02T10:00:00Z"))
    {
    }

    void importScan(const std::vector<TrivyVuln>& vulns)
    {
        ClockedWorkspace::importScan("scan.json", trivyScan("img", vulns));
    }

    void loadPolicy(const std::string& text) { ClockedWorkspace::loadPolicy(text, "current.json"); }

    void acknowledge(std::int64_t id, std::int64_t afterSeconds)
    {
        clock.set(utc("2026-03-02T10:00:00Z").addSecs(afterSeconds));
        TriageRequest r;
        r.findingIds = {id};
        r.changes = {{TriageField::Status, "triaged"}};
        r.reason = "looked at it";
        r.actor = "ana";
        TriageService(writer(), clock).apply(r);
    }

    std::int64_t idOf(const std::string& cve)
    {
        Database db = reader();
        auto st = db.prepare("SELECT id FROM findings WHERE rule_id = ?");
        st.bind(1, cve);
        if (!st.step())
            qFatal("no finding %s", cve.c_str());
        return st.int64(0);
    }

    BacktestReport backtest(const std::string& proposedText, const QDateTime& now)
    {
        Database db = reader();
        const auto current = PolicyStore(db).activeReadOnly();
        const Policy proposed = parsePolicy(proposedText, "proposed.json");
        return backtestPolicy(db, *current, proposed, now);
    }
};

std::pair<std::int64_t, std::int64_t> pairOf(const std::map<std::string, std::pair<std::int64_t, std::int64_t>>& m,
                                             const std::string& key)
{
    const auto it = m.find(key);
    return it == m.end() ? std::make_pair(std::int64_t(0), std::int64_t(0)) : it->second;
}

std::pair<std::int64_t, std::int64_t> p(std::int64_t a, std::int64_t b)
{
    return {a, b};
}

} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT
private slots:
    void handBuiltHistory()
    {
        History h;
        h.loadPolicy(policyText("Current", "4h", CurrentRules));
        h.importScan({{"CVE-A", "a", "CRITICAL"}, {"CVE-B", "b", "HIGH"}, {"CVE-C", "c", "MEDIUM"}});
        const std::int64_t a = h.idOf("CVE-A"), b = h.idOf("CVE-B"), c = h.idOf("CVE-C");
        h.acknowledge(a, 3600);
        h.acknowledge(b, 2 * 3600);
        h.acknowledge(c, 6 * 3600);

        const std::string proposedText = policyText("Proposed", "90m", ProposedRules);
        const QDateTime now = utc("2026-03-03T10:00:00Z");
        const BacktestReport r = h.backtest(proposedText, now);
        QCOMPARE(r.findings, 3);
        QCOMPARE(r.currentName, std::string("Current"));
        QCOMPARE(r.proposedName, std::string("Proposed"));
        QCOMPARE(pairOf(r.paths, "approve"), p(1, 1));
        QCOMPARE(pairOf(r.paths, "ticket"), p(2, 1));
        QCOMPARE(pairOf(r.paths, "incident"), p(0, 1));
        QCOMPARE(r.paths.size(), std::size_t(3));
        QCOMPARE(pairOf(r.classes, "std"), p(3, 3));
        // Acknowledged after 6h misses 4h; after 2h and 6h miss 90m.
        QCOMPARE(r.breaches.size(), std::size_t(1));
        QCOMPARE(r.breaches.at("std").size(), std::size_t(1));
        QCOMPARE(r.breaches.at("std").at("acknowledge"), p(1, 2));
        QCOMPARE(r.breachedFindings, p(1, 2));
        QCOMPARE(r.changedCount, 2);
        QCOMPARE(r.changed.size(), std::size_t(2));
        QCOMPARE(r.changed[0].id, a);
        QCOMPARE(r.changed[0].from.path, std::string("approve"));
        QCOMPARE(r.changed[0].to.path, std::string("incident"));
        QCOMPARE(r.changed[0].to.rule, std::string("crit"));
        QCOMPARE(r.changed[1].id, b);
        QCOMPARE(r.changed[1].from.path, std::string("ticket"));
        QCOMPARE(r.changed[1].from.rule, std::string("default"));
        QCOMPARE(r.changed[1].to.path, std::string("approve"));
        QCOMPARE(r.changed[1].to.rule, std::string("high"));
        QCOMPARE(r.changed[1].severity, 3);

        // The policy in force against itself: nothing changes, the same breach.
        const BacktestReport same = h.backtest(policyText("Current", "4h", CurrentRules), now);
        QCOMPARE(same.changedCount, 0);
        QCOMPARE(same.breachedFindings, p(1, 1));

        // The CLI gives the same numbers, and writes nothing.
        Database before(h.dbPath(), Database::Mode::ReadOnly);
        const std::int64_t events = scalar(before, "SELECT count(*) FROM finding_events");
        const std::string clocks = scalarText(before, "SELECT group_concat(finding_id || clock || coalesce(due_at, ''))"
                                                      " FROM sla_clocks");
        h.write("proposed.json", proposedText);
        const CliRun run = runCli({QStringLiteral("--db"), qstr(h.dbPath()), QStringLiteral("--now"),
                                   QStringLiteral("2026-03-03T10:00:00Z"), QStringLiteral("policy"),
                                   QStringLiteral("backtest"), qstr(h.path("proposed.json")), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, run.err.constData());
        const auto j = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(j["findings"].get<int>(), 3);
        QCOMPARE(j["paths"]["ticket"]["current"].get<int>(), 2);
        QCOMPARE(j["paths"]["ticket"]["proposed"].get<int>(), 1);
        QCOMPARE(j["paths"]["ticket"]["delta"].get<int>(), -1);
        QCOMPARE(j["paths"]["incident"]["proposed"].get<int>(), 1);
        QCOMPARE(j["paths"]["approve"]["current"].get<int>(), 1);
        QCOMPARE(j["breaches"]["std"]["acknowledge"]["current"].get<int>(), 1);
        QCOMPARE(j["breaches"]["std"]["acknowledge"]["proposed"].get<int>(), 2);
        QCOMPARE(j["breached_findings"]["current"].get<int>(), 1);
        QCOMPARE(j["breached_findings"]["proposed"].get<int>(), 2);
        QCOMPARE(j["changed_count"].get<int>(), 2);
        QCOMPARE(j["changed"].size(), std::size_t(2));
        QCOMPARE(j["changed"][0]["id"].get<std::int64_t>(), a);
        QCOMPARE(j["changed"][1]["id"].get<std::int64_t>(), b);
        QCOMPARE(j["changed"][1]["to"]["path"].get<std::string>(), std::string("approve"));
        QCOMPARE(j["now"].get<std::string>(), isoUtc(now));
        QVERIFY(j == r.toJson());

        Database after(h.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(after, "SELECT count(*) FROM finding_events"), events);
        QCOMPARE(scalarText(after, "SELECT group_concat(finding_id || clock || coalesce(due_at, '')) FROM sla_clocks"),
                 clocks);
        QCOMPARE(scalar(after, "SELECT count(*) FROM policies"), 1); // the proposal is not stored
    }

    void runningClocksBreachAtNow()
    {
        History h;
        h.loadPolicy(policyText("Current", "4h", CurrentRules));
        h.importScan({{"CVE-D", "d", "LOW"}}); // never acknowledged
        const std::string proposed = policyText("Proposed", "90m", ProposedRules);
        BacktestReport r = h.backtest(proposed, utc("2026-03-02T11:29:59Z"));
        QCOMPARE(r.breachedFindings, p(0, 0));
        r = h.backtest(proposed, utc("2026-03-02T11:30:00Z"));
        QCOMPARE(r.breachedFindings, p(0, 1));
        QCOMPARE(r.breaches.at("std").at("acknowledge"), p(0, 1));
        r = h.backtest(proposed, utc("2026-03-02T14:00:00Z"));
        QCOMPARE(r.breachedFindings, p(1, 1));
        QCOMPARE(r.changedCount, 0); // low: ticket/std under both
    }

    void badProposalIsRefusedWithItsLine()
    {
        History h;
        std::string bad = policyText("Proposed", "90m", ProposedRules);
        const auto pos = bad.find("\"90m\"");
        QVERIFY(pos != std::string::npos);
        bad.replace(pos, 5, "\"90 minutes\"");
        const int line = int(std::count(bad.begin(), bad.begin() + std::ptrdiff_t(pos), '\n')) + 1;
        h.write("bad.json", bad);
        const CliRun run = runCli({QStringLiteral("--db"), qstr(h.dbPath()), QStringLiteral("policy"),
                                   QStringLiteral("backtest"), qstr(h.path("bad.json")), QStringLiteral("--json")});
        QCOMPARE(run.code, 2);
        const QByteArray where = (h.path("bad.json") + ":" + std::to_string(line) + ":").c_str();
        QVERIFY2(run.err.contains(where), run.err.constData());
        QVERIFY(run.err.contains("bad duration"));
    }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "test_backtest.moc"
