// SPDX-License-Identifier: GPL-3.0-or-later
// The case context of a finding on a real workspace: imported scans, loaded
// KEV, EPSS and change log, catalog rows written directly (as the catalog
// loader would), triage history. Checks every part the case view shows, that
// the finding part stays in step with FindingReader::details, that similar
// findings come in the documented order with their outcomes, the changes
// window, the timeline's order, and `closeloop-cli show ID --json`.
#include "audit/audit_log.h"
#include "context/change_log_loader.h"
#include "context/intel_loader.h"
#include "feed_test_support.h"
#include "query/case_context.h"
#include "query/finding_reader.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace closeloop;
using namespace closeloop::test;
using nlohmann::json;

namespace {

const char* const Catalog = R"SQL(
INSERT INTO catalog_entities (ref, kind, name, title, description, owner_ref, system_ref, type, lifecycle, tier,
    customer_facing, internet_facing, data_classes, environment, email, escalation, tags, source_file, source_line, raw)
VALUES
('component:default/payments-api', 'component', 'payments-api', 'Payments API', 'Takes card payments.',
 'group:default/team-payments', 'system:default/checkout', 'service', 'production', 1, 1, 1, 'pii pci', 'prod', '',
 '[{"role":"owner","name":"Dana Reyes","contact":"dana@example.com"},{"role":"manager","name":"Lee Park","contact":"+1 555 0100"}]',
 '["java","payments"]', 'catalog/payments.yaml', 1, '{}'),
('group:default/team-payments', 'group', 'team-payments', 'Payments team', '', '', '', 'team', '', NULL, NULL, NULL,
 '', '', 'payments@example.com', '[{"role":"owner","name":"Payments on call","contact":"#payments-oncall"}]', '[]',
 'catalog/groups.yaml', 1, '{}'),
('component:default/orders-service', 'component', 'orders-service', 'Orders', '', 'group:default/team-shop', '',
 'service', 'deprecated', 3, 0, NULL, '', 'prod', '', '[]', 'not json', 'catalog/orders.yaml', 1, '{}'),
('group:default/team-shop', 'group', 'team-shop', 'Shop team', '', '', '', 'team', '', NULL, NULL, NULL, '', '',
 'shop@example.com', '[{"role":"owner","name":"Sam","contact":"sam@example.com"}, 7]', '[]', 'catalog/groups.yaml',
 9, '{}');
UPDATE findings SET service = 'component:default/payments-api', owner = 'group:default/team-payments',
    ownership = '{"matched":"image","key":"registry.example/payments/payments-api","entity":"component:default/payments-api"}'
    WHERE scope_target LIKE '%payments%';
UPDATE findings SET service = 'component:default/orders-service', owner = 'team-shop',
    ownership = '{"matched":"image","key":"registry.example/shop/orders-service"}'
    WHERE scope_target LIKE '%orders%';
UPDATE findings SET first_seen = '2026-11-20T08:00:00.000Z', status_changed_at = '2026-11-20T08:00:00.000Z';
UPDATE findings SET status = 'resolved_verified', status_changed_at = '2026-11-24T08:00:00.000Z'
    WHERE scope_target LIKE '%orders%' AND cves = 'CVE-2021-44228';
UPDATE findings SET status = 'accepted_risk', status_changed_at = '2026-11-22T08:00:00.000Z'
    WHERE scope_target LIKE '%orders%' AND cves = 'CVE-2023-38545';
)SQL";

std::int64_t idOf(Database& db, const char* scan, const char* cves)
{
    return scalar(db, std::string("SELECT id FROM findings WHERE scope_target LIKE '%") + scan + "%' AND cves = '" +
                          cves + "'");
}

} // namespace

class TestCaseContext : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<Database> m_db;
    std::int64_t m_log4j = 0;  // payments, CVE-2021-44228, KEV
    std::int64_t m_log4j2 = 0; // payments, CVE-2021-45046, same package
    std::int64_t m_curl = 0;   // payments, CVE-2023-38545
    std::int64_t m_ordersLog4j = 0;
    std::int64_t m_ordersCurl = 0;
    std::int64_t m_ordersNet = 0;
    CaseOptions m_options;

    json context(std::int64_t id)
    {
        const auto c = caseContext(*m_db, id, m_options);
        if (!c)
            qFatal("no case context for %lld", (long long)id);
        return *c;
    }

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<TempWorkspace>();
        for (const char* f : {"intel/trivy_payments.json", "intel/trivy_orders.json"})
            QCOMPARE(m_ws->import(fixture(f)).status, ImportReport::Status::Imported);
        IntelLoader intel(m_ws->writer());
        intel.loadKev(fixture("intel/kev_catalog.json"));
        intel.loadEpss(fixture("intel/epss_scores.csv"));
        ChangeLogLoader(m_ws->writer()).load(fixture("intel/changes.jsonl"));
        m_ws->writer().run([](Database& db) { db.exec(Catalog); }).get();
        m_db = std::make_unique<Database>(m_ws->dbPath(), Database::Mode::ReadOnly);
        m_log4j = idOf(*m_db, "payments", "CVE-2021-44228");
        m_log4j2 = idOf(*m_db, "payments", "CVE-2021-45046");
        m_curl = idOf(*m_db, "payments", "CVE-2023-38545");
        m_ordersLog4j = idOf(*m_db, "orders", "CVE-2021-44228");
        m_ordersCurl = idOf(*m_db, "orders", "CVE-2023-38545");
        m_ordersNet = idOf(*m_db, "orders", "CVE-2023-44487");
        QVERIFY(m_log4j && m_log4j2 && m_curl && m_ordersLog4j && m_ordersCurl && m_ordersNet);

        // Triage history of the payments log4j finding, as the triage service
        // writes it: a note, a change set (whose note row the timeline must
        // not repeat), and an audited escalation.
        m_ws->writer()
            .run([id = m_log4j](Database& db) {
                Transaction tx(db);
                const std::string fid = std::to_string(id);
                db.exec("INSERT INTO change_sets (id, at, actor, action, reason, count) VALUES"
                        " (1, '2026-11-21T10:00:00.000Z', 'alice', 'set_status', 'exploitable: JNDI enabled', 1)");
                db.exec("INSERT INTO finding_changes VALUES (1, " + fid + ", 'status', 'new', 'triaged'),"
                        " (1, " + fid + ", 'assignee', '', 'alice'), (1, " + fid + ", 'note', '', 'see ticket')");
                db.exec("INSERT INTO finding_notes (finding_id, at, actor, text, change_set) VALUES (" + fid +
                        ", '2026-11-21T09:00:00.000Z', 'alice', '<script>alert(1)</script> lookups are on', NULL)");
                AuditEntry a;
                a.at = "2026-11-21T11:00:00.000Z";
                a.actor = "bob";
                a.role = "manager";
                a.action = "escalate";
                a.objectType = "finding";
                a.objectId = fid;
                a.reason = "known exploited";
                appendAudit(db, a);
                tx.commit();
            })
            .get();
        m_options.now = "2026-11-25T08:00:00.000Z";
    }

    void theFindingPartKeepsEveryDetail()
    {
        const json c = context(m_log4j);
        for (const char* k : {"finding", "intel", "service", "owner", "escalation", "ownership", "exposure", "changes",
                              "similar", "similar_summary", "timeline", "notes"})
            QVERIFY2(c.contains(k), k);
        // Everything FindingReader::details says, the case says the same.
        FindingReader reader(m_ws->dbPath());
        const json details = *reader.details(m_log4j);
        for (const auto& [k, v] : details.items()) {
            QVERIFY2(c["finding"].contains(k), k.c_str());
            QVERIFY2(c["finding"][k] == v, k.c_str());
        }
        const json& f = c["finding"];
        QCOMPARE(f["service"].get<std::string>(), std::string("component:default/payments-api"));
        QCOMPARE(f["owner"].get<std::string>(), std::string("group:default/team-payments"));
        QCOMPARE(f["ownership"]["matched"].get<std::string>(), std::string("image"));
        QCOMPARE(f["kev"].get<bool>(), true);
        QCOMPARE(f["epss_percentile"].get<double>(), 0.99961);
        QVERIFY(f.contains("assignee") && f.contains("status_reason"));
    }

    void intelSaysKnownExploitedAndEpss()
    {
        json c = context(m_log4j);
        QCOMPARE(c["intel"]["kev"]["date_added"].get<std::string>(), std::string("2021-12-10"));
        QCOMPARE(c["intel"]["kev"]["due_date"].get<std::string>(), std::string("2021-12-24"));
        QCOMPARE(c["intel"]["kev"]["ransomware"].get<bool>(), true);
        QCOMPARE(c["intel"]["kev"]["name"].get<std::string>(), std::string("Apache Log4j2 Remote Code Execution Vulnerability"));
        QVERIFY(c["intel"]["kev"]["required_action"].get<std::string>().find("Apply updates") != std::string::npos);
        QCOMPARE(c["intel"]["epss"]["score"].get<double>(), 0.94358);
        QCOMPARE(c["intel"]["epss"]["percentile"].get<double>(), 0.99961);
        QCOMPARE(c["intel"]["epss"]["model_version"].get<std::string>(), std::string("v2025.03.14"));
        QCOMPARE(c["intel"]["epss"]["scored_on"].get<std::string>(), std::string("2025-03-15T00:00:00+0000"));
        c = context(m_curl);
        QVERIFY(c["intel"]["kev"].is_null());
        QCOMPARE(c["intel"]["epss"]["cve"].get<std::string>(), std::string("CVE-2023-38545"));
    }

    void serviceOwnerAndEscalation()
    {
        json c = context(m_log4j);
        const json& s = c["service"];
        QCOMPARE(s["ref"].get<std::string>(), std::string("component:default/payments-api"));
        QCOMPARE(s["title"].get<std::string>(), std::string("Payments API"));
        QCOMPARE(s["tier"].get<int>(), 1);
        QCOMPARE(s["customer_facing"].get<bool>(), true);
        QVERIFY(s["data_classes"] == json({"pii", "pci"}));
        QVERIFY(s["tags"] == json({"java", "payments"}));
        QCOMPARE(s["system"].get<std::string>(), std::string("system:default/checkout"));
        QCOMPARE(s["lifecycle"].get<std::string>(), std::string("production"));
        QCOMPARE(c["owner"]["email"].get<std::string>(), std::string("payments@example.com"));
        QCOMPARE(c["escalation"].size(), std::size_t(2));
        QCOMPARE(c["escalation"][1]["role"].get<std::string>(), std::string("manager"));
        QCOMPARE(c["escalation"][1]["contact"].get<std::string>(), std::string("+1 555 0100"));
        QCOMPARE(c["escalation_from"].get<std::string>(), std::string("service"));

        // Orders: no chain of its own, so its owner group's; the group was named
        // without its kind ("team-shop"); a broken tags column reads as none.
        c = context(m_ordersNet);
        QCOMPARE(c["service"]["lifecycle"].get<std::string>(), std::string("deprecated"));
        QVERIFY(c["service"]["internet_facing"].is_null());
        QCOMPARE(c["service"]["customer_facing"].get<bool>(), false);
        QVERIFY(c["service"]["tags"] == json::array());
        QCOMPARE(c["owner"]["ref"].get<std::string>(), std::string("group:default/team-shop"));
        QCOMPARE(c["escalation_from"].get<std::string>(), std::string("owner"));
        QCOMPARE(c["escalation"].size(), std::size_t(1)); // the 7 in the chain is not a contact
        QCOMPARE(c["escalation"][0]["name"].get<std::string>(), std::string("Sam"));
    }

    void withoutACatalogTheCaseSaysSo()
    {
        TempWorkspace bare;
        QCOMPARE(bare.import(fixture("intel/trivy_payments.json")).status, ImportReport::Status::Imported);
        Database db(bare.dbPath(), Database::Mode::ReadOnly);
        const auto c = caseContext(db, 1);
        QVERIFY(c);
        // The mapping's own account when it ran, else ours.
        QVERIFY((*c)["ownership"]["matched"].is_null());
        QVERIFY((*c)["ownership"]["reason"].get<std::string>().find("catalog") != std::string::npos);
        bare.writer().run([](Database& w) { w.exec("UPDATE findings SET ownership = ''"); }).get();
        QVERIFY(caseContext(db, 1)->at("ownership") == json({{"matched", nullptr}, {"reason", "no catalog loaded"}}));
        QVERIFY((*c)["service"].is_null());
        QVERIFY((*c)["owner"].is_null());
        QVERIFY((*c)["escalation"] == json::array());
        QVERIFY((*c)["changes"] == json::array());
        QVERIFY((*c)["intel"]["kev"].is_null());
        QVERIFY((*c)["intel"]["epss"].is_null());
        QCOMPARE((*c)["timeline"].size(), std::size_t(1));
        QVERIFY(!caseContext(db, 4242));
    }

    void changesInTheTwoWeeksBeforeFirstSeen()
    {
        const json c = context(m_log4j);
        QCOMPARE(c["changes_window"]["from"].get<std::string>(), std::string("2026-11-06T08:00:00.000Z"));
        QCOMPARE(c["changes_window"]["to"].get<std::string>(), std::string("2026-11-20T08:00:00.000Z"));
        // Not 11-01 (before the window), not 11-21 (after first seen), not the
        // orders deploy; named by name or by ref; newest first.
        std::vector<std::string> refs;
        for (const json& ch : c["changes"])
            refs.push_back(ch["reference"].get<std::string>());
        QCOMPARE(refs, (std::vector<std::string>{"flags#88", "v1.41.0", "3f2a9c1"}));
        QCOMPARE(c["changes"][1]["summary"].get<std::string>(), std::string("Release 1.41.0 <b>with</b> the new logger"));
        QCOMPARE(c["changes"][1]["at"].get<std::string>(), std::string("2026-11-12T09:30:00.000Z"));
        QCOMPARE(c["changes"][0]["kind"].get<std::string>(), std::string("config"));

        // A feed that saw the finding earlier moves the window back.
        m_ws->writer()
            .run([id = m_log4j](Database& db) {
                db.exec("UPDATE findings SET first_seen_in_feed = '2026-11-11T00:00:00Z' WHERE id = " + std::to_string(id));
            })
            .get();
        const json earlier = context(m_log4j);
        m_ws->writer()
            .run([id = m_log4j](Database& db) {
                db.exec("UPDATE findings SET first_seen_in_feed = '' WHERE id = " + std::to_string(id));
            })
            .get();
        QCOMPARE(earlier["changes"].size(), std::size_t(2));
        QCOMPARE(earlier["changes"][0]["reference"].get<std::string>(), std::string("3f2a9c1"));
        QCOMPARE(earlier["changes"][1]["reference"].get<std::string>(), std::string("v1.40.0"));
        QCOMPARE(context(m_ordersNet)["changes"].size(), std::size_t(1));
    }

    void similarFindingsAndHowTheyEnded()
    {
        const json c = context(m_log4j);
        const json& sim = c["similar"];
        QCOMPARE(sim.size(), std::size_t(2));
        // Same CVE first (in another service, fixed and verified in 4 days),
        // then same package (this service, open).
        QCOMPARE(sim[0]["id"].get<std::int64_t>(), m_ordersLog4j);
        QCOMPARE(sim[0]["same"].get<std::string>(), std::string("cve"));
        QCOMPARE(sim[0]["outcome"].get<std::string>(), std::string("fixed_verified"));
        QCOMPARE(sim[0]["fix_version"].get<std::string>(), std::string("2.15.0"));
        QCOMPARE(sim[0]["days_to_resolve"].get<double>(), 4.0);
        QCOMPARE(sim[0]["service"].get<std::string>(), std::string("component:default/orders-service"));
        QCOMPARE(sim[0]["severity"].get<std::string>(), std::string("critical"));
        QCOMPARE(sim[1]["id"].get<std::int64_t>(), m_log4j2);
        QCOMPARE(sim[1]["same"].get<std::string>(), std::string("package"));
        QCOMPARE(sim[1]["outcome"].get<std::string>(), std::string("open"));
        QVERIFY(sim[1]["days_to_resolve"].is_null());
        const json& sum = c["similar_summary"];
        QCOMPARE(sum["total"].get<int>(), 2);
        QCOMPARE(sum["fixed_verified"].get<int>(), 1);
        QCOMPARE(sum["open"].get<int>(), 1);
        QCOMPARE(sum["exception"].get<int>(), 0);
        QCOMPARE(sum["median_days_to_fix"].get<double>(), 4.0);
        QCOMPARE(sum["complete"].get<bool>(), true);

        const json curl = context(m_curl);
        QCOMPARE(curl["similar"].size(), std::size_t(1));
        QCOMPARE(curl["similar"][0]["outcome"].get<std::string>(), std::string("exception"));
        QCOMPARE(curl["similar"][0]["days_to_resolve"].get<double>(), 2.0);
        QCOMPARE(curl["similar_summary"]["exception"].get<int>(), 1);
        QVERIFY(curl["similar_summary"]["median_days_to_fix"].is_null());

        // Among the same package, this service's finding comes before the
        // newer one of another service.
        const json pkg = context(m_log4j2);
        QCOMPARE(pkg["similar"].size(), std::size_t(2));
        QCOMPARE(pkg["similar"][0]["id"].get<std::int64_t>(), m_log4j);
        QCOMPARE(pkg["similar"][1]["id"].get<std::int64_t>(), m_ordersLog4j);
        QVERIFY(m_ordersLog4j > m_log4j);

        CaseOptions one = m_options;
        one.maxSimilar = 1;
        QCOMPARE(caseContext(*m_db, m_log4j, one)->at("similar").size(), std::size_t(1));
        one.similarCandidates = 1;
        QCOMPARE(caseContext(*m_db, m_log4j, one)->at("similar_summary")["complete"].get<bool>(), false);
    }

    void similarIdsForABulkDecision()
    {
        // The fixed orders finding is not offered again; the open one is.
        QCOMPARE(similarFindingIds(*m_db, m_log4j, SimilarBy::Cve), std::vector<std::int64_t>{});
        QCOMPARE(similarFindingIds(*m_db, m_log4j, SimilarBy::Package), std::vector<std::int64_t>{m_log4j2});
        QCOMPARE(similarFindingIds(*m_db, m_log4j2, SimilarBy::Rule), std::vector<std::int64_t>{});
        QCOMPARE(similarFindingIds(*m_db, m_ordersNet, SimilarBy::Cve), std::vector<std::int64_t>{});
        QCOMPARE(similarFindingIds(*m_db, 4242, SimilarBy::Cve), std::vector<std::int64_t>{});
    }

    void queryTextInFeedValuesIsLiteral()
    {
        // Rule ids and packages come from feeds: quotes and FTS operators in
        // them must neither break the case nor match anything else.
        m_ws->writer()
            .run([id = m_ordersNet](Database& db) {
                db.exec("UPDATE findings SET rule_id = 'x\" OR \"log4j', package = 'NEAR(curl log4j) *' WHERE id = " +
                        std::to_string(id));
            })
            .get();
        const json c = context(m_ordersNet);
        QVERIFY(c["similar"] == json::array());
        QCOMPARE(similarFindingIds(*m_db, m_ordersNet, SimilarBy::Package), std::vector<std::int64_t>{});
        QCOMPARE(similarFindingIds(*m_db, m_ordersNet, SimilarBy::Rule), std::vector<std::int64_t>{});
        m_ws->writer()
            .run([id = m_ordersNet](Database& db) {
                db.exec("UPDATE findings SET rule_id = 'CVE-2023-44487', package = 'golang.org/x/net' WHERE id = " +
                        std::to_string(id));
            })
            .get();
    }

    void timelineOldestFirst()
    {
        const json c = context(m_log4j);
        std::vector<std::string> kinds;
        for (const json& e : c["timeline"])
            kinds.push_back(e["kind"].get<std::string>());
        QCOMPARE(kinds, (std::vector<std::string>{"import", "note", "change", "audit"}));
        const json& t = c["timeline"];
        QCOMPARE(t[0]["at"].get<std::string>(), std::string("2026-11-20T08:00:00.000Z"));
        QVERIFY(t[0]["summary"].get<std::string>().find("first seen in import 1") == 0);
        QCOMPARE(t[1]["actor"].get<std::string>(), std::string("alice"));
        QCOMPARE(t[2]["summary"].get<std::string>(),
                 std::string("set_status assignee: (none) → alice; status: new → triaged (exploitable: JNDI enabled)"));
        QCOMPARE(t[2]["change_set"].get<int>(), 1);
        QCOMPARE(t[3]["summary"].get<std::string>(), std::string("escalate: known exploited"));
        QCOMPARE(t[3]["actor"].get<std::string>(), std::string("bob"));
        QCOMPARE(c["notes"].size(), std::size_t(1));
        QCOMPARE(c["notes"][0]["text"].get<std::string>(), std::string("<script>alert(1)</script> lookups are on"));
        // Another finding's history is not this one's.
        QCOMPARE(context(m_log4j2)["timeline"].size(), std::size_t(1));
    }

    void exposureAndHowLongItIsOpen()
    {
        json e = context(m_log4j)["exposure"];
        QCOMPARE(e["asset"].get<std::string>(), std::string("registry.example/payments/payments-api:1.42.0"));
        QCOMPARE(e["asset_kind"].get<std::string>(), std::string("image"));
        QCOMPARE(e["open_days"].get<int>(), 5);
        QCOMPARE(e["open"].get<bool>(), true);
        QCOMPARE(e["first_seen"].get<std::string>(), std::string("2026-11-20T08:00:00.000Z"));
        QVERIFY(std::find(e["locations"].begin(), e["locations"].end(),
                          json("org.apache.logging.log4j:log4j-core@2.14.1")) != e["locations"].end());
        e = context(m_ordersLog4j)["exposure"]; // fixed after 4 days
        QCOMPARE(e["open"].get<bool>(), false);
        QCOMPARE(e["open_days"].get<int>(), 4);
    }

    void cliShowPrintsTheCase()
    {
        const CliRun show = runCli({QStringLiteral("--db"), qstr(m_ws->dbPath()), QStringLiteral("show"),
                                    QString::number(m_log4j), QStringLiteral("--json")});
        QCOMPARE(show.code, 0);
        const json c = json::parse(show.out.toStdString());
        QCOMPARE(c["finding"]["id"].get<std::int64_t>(), m_log4j);
        QCOMPARE(c["intel"]["kev"]["due_date"].get<std::string>(), std::string("2021-12-24"));
        QCOMPARE(c["similar"].size(), std::size_t(2));
        QCOMPARE(c["service"]["name"].get<std::string>(), std::string("payments-api"));
        QVERIFY(c["finding"].contains("fingerprint_inputs"));
        QVERIFY(c["finding"].contains("raw"));

        const CliRun missing =
            runCli({QStringLiteral("--db"), qstr(m_ws->dbPath()), QStringLiteral("show"), QStringLiteral("4242")});
        QCOMPARE(missing.code, 2);
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_ws.reset();
    }
};

QTEST_GUILESS_MAIN(TestCaseContext)
#include "test_case_context.moc"
