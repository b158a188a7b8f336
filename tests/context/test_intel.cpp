// SPDX-License-Identifier: GPL-3.0-or-later
// Threat intelligence through real files and a real workspace: the KEV
// catalog and EPSS scores in their published shapes, errors that name their
// place, a bad file that leaves the previous intelligence in force, findings
// brought up to date on every load (and unflagged when a CVE leaves KEV), the
// import hook, and the CLI.
#include "audit/audit_log.h"
#include "context/intel_epss_scores.h"
#include "context/intel_kev_catalog.h"
#include "context/change_log_loader.h"
#include "context/intel_loader.h"
#include "demo/demo_intel.h"
#include "feed_test_support.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace closeloop;
using namespace closeloop::test;
using nlohmann::json;

namespace {

FeedError kevError(const std::string& text)
{
    return feedErrorOf([&] {
        ByteSource src = ByteSource::fromMemory(text);
        KevCatalog::read(src);
    });
}

FeedError epssError(const std::string& text)
{
    return feedErrorOf([&] {
        ByteSource src = ByteSource::fromMemory(text);
        EpssScores::read(src);
    });
}

// One KEV entry with every required field, as CISA writes it.
json kevEntry(const std::string& cve)
{
    return {{"cveID", cve},
            {"vendorProject", "Apache"},
            {"product", "Log4j2"},
            {"vulnerabilityName", "Apache Log4j2 Remote Code Execution Vulnerability"},
            {"dateAdded", "2021-12-10"},
            {"shortDescription", "JNDI lookups allow remote code execution."},
            {"requiredAction", "Apply updates per vendor instructions."},
            {"dueDate", "2021-12-24"},
            {"knownRansomwareCampaignUse", "Known"},
            {"notes", "https://nvd.nist.gov/vuln/detail/" + cve},
            {"cwes", {"CWE-20"}}};
}

std::string kevDoc(const json& vulns)
{
    return json{{"catalogVersion", "2026.11.01"}, {"dateReleased", "2026-11-01T12:00:00.000Z"},
                {"count", vulns.size()}, {"vulnerabilities", vulns}}
        .dump(4);
}

struct Flags
{
    int kev = 0;
    std::optional<double> epss;
    std::optional<double> percentile;
};

// The intelligence columns of every finding with a CVE, by CVE list.
std::map<std::string, Flags> flags(const std::string& dbPath)
{
    Database db(dbPath, Database::Mode::ReadOnly);
    std::map<std::string, Flags> out;
    auto st = db.prepare("SELECT CASE WHEN scope_target LIKE '%payments%' THEN 'payments ' ELSE 'orders ' END || cves,"
                         " kev, epss, epss_percentile FROM findings WHERE cves <> ''");
    while (st.step()) {
        Flags f;
        f.kev = int(st.int64(1));
        if (!st.isNull(2))
            f.epss = st.real(2);
        if (!st.isNull(3))
            f.percentile = st.real(3);
        out[st.text(0)] = f;
    }
    return out;
}

int kevCount(const std::string& dbPath, const std::string& cve)
{
    Database db(dbPath, Database::Mode::ReadOnly);
    return int(scalar(db, "SELECT count(*) FROM findings WHERE kev = 1 AND cves = '" + cve + "'"));
}

// Keys of flags(): the scan a finding came from and its CVEs.
const std::string Payments = "payments";
const std::string Orders = "orders";

} // namespace

class TestIntel : public QObject
{
    Q_OBJECT

    // A workspace with both demo-like scans imported.
    std::unique_ptr<TempWorkspace> scanned()
    {
        auto ws = std::make_unique<TempWorkspace>();
        for (const char* f : {"intel/trivy_payments.json", "intel/trivy_orders.json"}) {
            const auto r = ws->import(fixture(f));
            if (r.status != ImportReport::Status::Imported)
                qFatal("fixture import failed: %s", r.summary().c_str());
        }
        return ws;
    }

private slots:
    void kevCatalogReadsThePublishedShape()
    {
        ByteSource src = ByteSource::fromFile(fixture("intel/kev_catalog.json"));
        const KevCatalog cat = KevCatalog::read(src);
        QCOMPARE(cat.catalogVersion, std::string("2023.11.21"));
        QCOMPARE(cat.dateReleased, std::string("2023-11-21T17:03:25.2436Z"));
        QCOMPARE(cat.entries.size(), std::size_t(5));
        const KevEntry& log4j = cat.entries.back();
        QCOMPARE(log4j.cve, std::string("CVE-2021-44228"));
        QCOMPARE(log4j.dueDate, std::string("2021-12-24"));
        QVERIFY(log4j.ransomware);
        QCOMPARE(log4j.cwes.size(), std::size_t(3));
        // "\/" in the published file is an escaped slash.
        QCOMPARE(cat.entries[2].product, std::string("HTTP/2"));
        QVERIFY(!cat.entries[2].ransomware);
    }

    void kevErrorsNameTheirPlace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("reason");
        auto add = [](const char* name, const std::string& text, const char* place, const char* reason) {
            QTest::newRow(name) << qstr(text) << QString::fromUtf8(place) << QString::fromUtf8(reason);
        };
        json bad = kevEntry("CVE-2021-4428x");
        add("malformed cveID", kevDoc(json::array({kevEntry("CVE-2021-44228"), bad})), "/vulnerabilities/1/cveID",
            "not a CVE id");
        json lower = kevEntry("cve-2021-44228");
        add("lower-case cveID", kevDoc(json::array({lower})), "/vulnerabilities/0/cveID", "not a CVE id");
        json noDue = kevEntry("CVE-2021-44228");
        noDue.erase("dueDate");
        add("missing dueDate", kevDoc(json::array({noDue})), "/vulnerabilities/0/dueDate", "required field missing");
        json badDate = kevEntry("CVE-2021-44228");
        badDate["dateAdded"] = "12/10/2021";
        add("US date", kevDoc(json::array({badDate})), "/vulnerabilities/0/dateAdded", "not a date");
        json numProduct = kevEntry("CVE-2021-44228");
        numProduct["product"] = 4;
        add("product not a string", kevDoc(json::array({numProduct})), "/vulnerabilities/0/product", "expected");
        json cweNum = kevEntry("CVE-2021-44228");
        cweNum["cwes"] = {"CWE-20", 79};
        add("cwe not a string", kevDoc(json::array({cweNum})), "/vulnerabilities/0/cwes/1", "expected a string");
        add("duplicate",
            kevDoc(json::array({kevEntry("CVE-2021-44228"), kevEntry("CVE-2023-4911"), kevEntry("CVE-2021-44228")})),
            "/vulnerabilities/2/cveID", "duplicate CVE-2021-44228 (first at /vulnerabilities/0)");
        add("entry not an object", kevDoc(json::array({"CVE-2021-44228"})), "/vulnerabilities/0", "expected an object");
        add("list is an object", R"({"catalogVersion":"x","count":1,"vulnerabilities":{"a":1}})", "/vulnerabilities",
            "expected");
        add("no list", R"({"catalogVersion":"x","count":0})", "/vulnerabilities", "not a KEV catalog");
        add("empty list", kevDoc(json::array()), "/vulnerabilities", "refusing to clear");
        json counted = json::parse(kevDoc(json::array({kevEntry("CVE-2021-44228")})));
        counted["count"] = 1280;
        add("truncated", counted.dump(), "/count", "says 1280 but the catalog lists 1");
        add("syntax", "{\n  \"count\": 1,\n  \"vulnerabilities\": [ {\"cveID\": }\n", "line 3, column ",
            "invalid JSON");
        add("array document", "[1,2]", "", "expected");
        std::string deep = R"({"vulnerabilities":[)" + std::string(5000, '[') + std::string(5000, ']') + "]}";
        add("depth bomb", deep, "/vulnerabilities", "nesting");
    }

    void kevErrorsNameTheirPlace()
    {
        QFETCH(QString, text);
        QFETCH(QString, place);
        QFETCH(QString, reason);
        const FeedError e = kevError(text.toStdString());
        if (!place.isEmpty())
            QVERIFY2(e.place().rfind(place.toStdString(), 0) == 0, e.what());
        QVERIFY2(e.reason().find(reason.toStdString()) != std::string::npos, e.what());
    }

    void kevLoadFlagsFindingsAndIsAudited()
    {
        auto ws = scanned();
        IntelLoader loader(ws->writer());
        ContextLoadOptions opt;
        opt.actor = "alice";
        const IntelLoadReport r = loader.loadKev(fixture("intel/kev_catalog.json"), opt);
        QCOMPARE(r.entries, std::int64_t(5));
        QCOMPARE(r.version, std::string("2023.11.21"));
        QCOMPARE(r.findings.findings, std::int64_t(7));
        QCOMPARE(r.findings.kevFlagged, std::int64_t(4)); // log4j twice, glibc, HTTP/2
        QCOMPARE(r.findings.kevCleared, std::int64_t(0));

        const auto f = flags(ws->dbPath());
        QCOMPARE(f.at(Payments + " CVE-2023-4911").kev, 1);
        QCOMPARE(f.at(Payments + " CVE-2021-44228").kev, 1);
        QCOMPARE(f.at(Payments + " CVE-2021-45046").kev, 0); // listed only in 2023, not in this catalog
        QCOMPARE(f.at(Payments + " CVE-2023-38545").kev, 0);
        QCOMPARE(f.at(Orders + " CVE-2023-44487").kev, 1);

        Database db(ws->dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM kev"), std::int64_t(5));
        QCOMPARE(scalarText(db, "SELECT due_date || ' ' || ransomware FROM kev WHERE cve = 'CVE-2021-44228'"),
                 std::string("2021-12-24 1"));
        QCOMPARE(scalarText(db, "SELECT kind || ' ' || count || ' ' || actor FROM context_loads"),
                 std::string("kev 5 alice"));
        QCOMPARE(scalarText(db, "SELECT json_extract(meta, '$.catalog_version') FROM context_loads"),
                 std::string("2023.11.21"));
        QCOMPARE(scalarText(db, "SELECT action || ' ' || object_type || ' ' || json_extract(after, '$.findings_flagged')"
                                " FROM audit_log WHERE action = 'load_kev'"),
                 std::string("load_kev context_load 4"));
        QVERIFY(verifyAudit(db).ok);
    }

    void badKevKeepsThePreviousCatalog()
    {
        auto ws = scanned();
        IntelLoader loader(ws->writer());
        loader.loadKev(fixture("intel/kev_catalog.json"));
        const auto before = flags(ws->dbPath());
        for (const char* bad : {"intel/kev_bad_cve.json", "intel/kev_count_mismatch.json",
                                "intel/kev_missing_due_date.json", "intel/epss_scores.csv", "intel/missing.json"}) {
            const FeedError e = feedErrorOf([&] { loader.loadKev(fixture(bad)); });
            QVERIFY2(std::string(e.what()) != "(no error): (no error)", bad);
        }
        QCOMPARE(kevError(readFixture("intel/kev_bad_cve.json")).place(), std::string("/vulnerabilities/1/cveID"));
        Database db(ws->dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM kev"), std::int64_t(5));
        QCOMPARE(scalar(db, "SELECT count(*) FROM context_loads"), std::int64_t(1));
        QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'load_kev'"), std::int64_t(1));
        QCOMPARE(flags(ws->dbPath()).size(), before.size());
        for (const auto& [k, v] : before)
            QCOMPARE(flags(ws->dbPath()).at(k).kev, v.kev);
    }

    void kevReloadUnflagsWhatLeftTheCatalog()
    {
        auto ws = scanned();
        IntelLoader loader(ws->writer());
        loader.loadKev(fixture("intel/kev_catalog.json"));
        QCOMPARE(kevCount(ws->dbPath(), "CVE-2023-44487"), 1);
        const IntelLoadReport r = loader.loadKev(fixture("intel/kev_catalog_next.json"));
        QCOMPARE(r.findings.kevCleared, std::int64_t(1));
        QCOMPARE(r.findings.kevFlagged, std::int64_t(0));
        QCOMPARE(kevCount(ws->dbPath(), "CVE-2023-44487"), 0);
        QCOMPARE(kevCount(ws->dbPath(), "CVE-2021-44228"), 2);
        // And back: a catalog that lists it again flags it again.
        QCOMPARE(loader.loadKev(fixture("intel/kev_catalog.json")).findings.kevFlagged, std::int64_t(1));
        QCOMPARE(kevCount(ws->dbPath(), "CVE-2023-44487"), 1);
        Database db(ws->dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM context_loads WHERE kind = 'kev'"), std::int64_t(3));
    }

    void epssReadsThePublishedShape()
    {
        ByteSource src = ByteSource::fromFile(fixture("intel/epss_scores.csv"));
        const EpssScores s = EpssScores::read(src);
        QCOMPARE(s.modelVersion, std::string("v2025.03.14"));
        QCOMPARE(s.scoreDate, std::string("2025-03-15T00:00:00+0000"));
        QCOMPARE(s.rows.size(), std::size_t(7));
        QCOMPARE(s.rows[0].cve, std::string("CVE-2021-44228"));
        QCOMPARE(s.rows[0].score, 0.94358);
        QCOMPARE(s.rows[0].percentile, 0.99961);
        // The 2021 files had no comment line; CRLF line ends and a BOM are fine.
        ByteSource old = ByteSource::fromMemory("\xEF\xBB\xBF" "cve,epss,percentile\r\nCVE-2021-44228,0.5,0.9\r\n");
        const EpssScores o = EpssScores::read(old);
        QCOMPARE(o.modelVersion, std::string());
        QCOMPARE(o.rows.size(), std::size_t(1));
        QCOMPARE(o.rows[0].percentile, 0.9);
    }

    void epssErrorsNameTheirLine_data()
    {
        QTest::addColumn<QByteArray>("text"); // bytes: some are not UTF-8
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("reason");
        const std::string head = "#model_version:v2025.03.14,score_date:2025-03-15T00:00:00+0000\ncve,epss,percentile\n";
        auto add = [](const char* name, const std::string& text, const char* place, const char* reason) {
            QTest::newRow(name) << QByteArray::fromStdString(text) << QString::fromUtf8(place) << QString::fromUtf8(reason);
        };
        add("score above 1", head + "CVE-2021-44228,0.9,0.9\nCVE-2023-4911,1.2,0.5\n", "line 4", "outside [0,1]");
        add("negative percentile", head + "CVE-2023-4911,0.2,-0.5\n", "line 3", "outside [0,1]");
        add("not a number", head + "CVE-2023-4911,high,0.5\n", "line 3", "is not a number");
        add("nan", head + "CVE-2023-4911,nan,0.5\n", "line 3", "outside [0,1]");
        add("decimal comma", head + "CVE-2023-4911,\"0,5\",0.5\n", "line 3", "expected 3 fields");
        add("empty score", head + "CVE-2023-4911,,0.5\n", "line 3", "is not a number");
        add("bad cve", head + "CVE-2023-4911,0.2,0.5\n\nGHSA-xxxx,0.1,0.1\n", "line 5", "not a CVE id");
        add("duplicate", head + "CVE-2023-4911,0.2,0.5\nCVE-2023-4911,0.3,0.6\n", "line 4",
            "duplicate CVE-2023-4911 (first on line 3)");
        add("no header", "#model_version:v1\nCVE-2023-4911,0.2,0.5\n", "line 2", "expected the header");
        add("no rows", head, "line 2", "no scores");
        add("empty", "", "line 1", "empty file");
        add("binary comment", "#model_version:v\xff\n" + head.substr(head.find('\n') + 1) + "CVE-2023-4911,0.2,0.5\n",
            "line 1", "not plain ASCII");
        add("gzip", std::string("\x1f\x8b\x08\x00\x00\x00", 6), "line 1", "gunzip");
        add("NUL", head + std::string("CVE-2023-4911,0.2\0,0.5\n", 23), "line 3", "NUL");
        add("endless line", head + std::string(10000, '9'), "line 3", "longer than");
    }

    void epssErrorsNameTheirLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, place);
        QFETCH(QString, reason);
        const FeedError e = epssError(text.toStdString());
        QCOMPARE(qstr(e.place()), place);
        QVERIFY2(e.reason().find(reason.toStdString()) != std::string::npos, e.what());
    }

    void epssLoadTakesTheHighestScoreAmongTheCves()
    {
        auto ws = scanned();
        // One finding with two CVEs: the higher score (log4j's) wins.
        ws->writer()
            .run([](Database& db) {
                db.exec("UPDATE findings SET cves = 'CVE-2023-38545 CVE-2021-44228' WHERE scope_target LIKE"
                        " '%orders-service%' AND cves = 'CVE-2023-38545'");
            })
            .get();
        IntelLoader loader(ws->writer());
        const IntelLoadReport r = loader.loadEpss(fixture("intel/epss_scores.csv"));
        QCOMPARE(r.entries, std::int64_t(7));
        QCOMPARE(r.version, std::string("v2025.03.14"));
        QCOMPARE(r.findings.epssChanged, std::int64_t(7));
        const auto f = flags(ws->dbPath());
        QCOMPARE(*f.at(Orders + " CVE-2023-38545 CVE-2021-44228").epss, 0.94358);
        QCOMPARE(*f.at(Orders + " CVE-2023-38545 CVE-2021-44228").percentile, 0.99961);
        QCOMPARE(*f.at(Payments + " CVE-2023-38545").epss, 0.26211);
        QCOMPARE(*f.at(Payments + " CVE-2023-4911").percentile, 0.98767);
        Database db(ws->dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalarText(db, "SELECT scored_on || ' ' || model_version FROM epss_scores WHERE cve = 'CVE-2023-4911'"),
                 std::string("2025-03-15T00:00:00+0000 v2025.03.14"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'load_epss'"), std::int64_t(1));

        // The next day's file: curl rises; glibc is not scored any more, so its
        // finding keeps the last score it had and loses the percentile.
        const IntelLoadReport next = loader.loadEpss(fixture("intel/epss_scores_next.csv"));
        QCOMPARE(next.findings.epssChanged, std::int64_t(2));
        const auto g = flags(ws->dbPath());
        QCOMPARE(*g.at(Payments + " CVE-2023-38545").epss, 0.31002);
        QCOMPARE(*g.at(Payments + " CVE-2023-4911").epss, 0.73312);
        QVERIFY(!g.at(Payments + " CVE-2023-4911").percentile);
        QCOMPARE(scalar(db, "SELECT count(*) FROM epss_scores"), std::int64_t(4));
    }

    void badEpssKeepsThePreviousScores()
    {
        auto ws = scanned();
        IntelLoader loader(ws->writer());
        loader.loadEpss(fixture("intel/epss_scores.csv"));
        const auto before = flags(ws->dbPath());
        const FeedError e = feedErrorOf([&] { loader.loadEpss(fixture("intel/epss_bad_score.csv")); });
        QCOMPARE(e.place(), std::string("line 4"));
        QCOMPARE(feedErrorOf([&] { loader.loadEpss(fixture("intel/epss_bad_cve.csv")); }).place(),
                 std::string("line 6"));
        Database db(ws->dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM epss_scores"), std::int64_t(7));
        QCOMPARE(scalar(db, "SELECT count(*) FROM context_loads"), std::int64_t(1));
        for (const auto& [k, v] : flags(ws->dbPath()))
            QCOMPARE(v.epss, before.at(k).epss);
    }

    void feedEpssStaysWithoutAScoreOfOurs()
    {
        TempWorkspace ws;
        QCOMPARE(ws.import(fixture("grype/image_report.json")).status, ImportReport::Status::Imported);
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        const std::string feedScore = scalarText(db, "SELECT epss FROM findings WHERE epss IS NOT NULL LIMIT 1");
        QVERIFY(!feedScore.empty());
        IntelLoader(ws.writer()).loadEpss(fixture("intel/epss_scores.csv"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE epss = " + feedScore), std::int64_t(1));
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE epss_percentile IS NOT NULL"), std::int64_t(0));
    }

    void aQuarterMillionScoresLoad()
    {
        auto ws = scanned();
        std::string csv = "#model_version:v2025.03.14,score_date:2025-03-15T00:00:00+0000\ncve,epss,percentile\n";
        for (int i = 0; i < 250000; ++i)
            csv += "CVE-2020-" + std::to_string(10000 + i) + ",0.0" + std::to_string(i % 1000) + ",0.5\n";
        csv += "CVE-2021-44228,0.97,0.999\n";
        ws->writeFile("epss.csv", csv);
        const IntelLoadReport r = IntelLoader(ws->writer()).loadEpss(ws->path("epss.csv"));
        QCOMPARE(r.entries, std::int64_t(250001));
        QCOMPARE(*flags(ws->dbPath()).at(Payments + " CVE-2021-44228").epss, 0.97);
        qInfo("250,001 EPSS rows loaded in %.2f s", r.seconds);
    }

    void applyIntelFlagsWhatAnImportTouched()
    {
        TempWorkspace ws;
        QCOMPARE(ws.import(fixture("intel/trivy_orders.json")).status, ImportReport::Status::Imported);
        IntelLoader loader(ws.writer());
        loader.loadKev(fixture("intel/kev_catalog.json"));
        loader.loadEpss(fixture("intel/epss_scores.csv"));
        const ImportReport payments = ws.import(fixture("intel/trivy_payments.json"));
        QCOMPARE(payments.status, ImportReport::Status::Imported);
        // The state an import leaves before the hook runs: the feed's values.
        // (Set by hand so the test holds whether or not the import already
        // calls applyIntel.) A finding of the other import is reset too: the
        // hook must leave it alone.
        ws.writer()
            .run([](Database& db) { db.exec("UPDATE findings SET kev = 0, epss = NULL, epss_percentile = NULL"); })
            .get();
        const IntelStats stats = ws.writer()
                                     .run([id = payments.importId](Database& db) {
                                         Transaction tx(db);
                                         const IntelStats s = applyIntel(db, id);
                                         tx.commit();
                                         return s;
                                     })
                                     .get();
        QCOMPARE(stats.findings, std::int64_t(4));
        QCOMPARE(stats.kevFlagged, std::int64_t(2)); // glibc, log4j
        QCOMPARE(stats.epssChanged, std::int64_t(4));
        const auto f = flags(ws.dbPath());
        QCOMPARE(f.at(Payments + " CVE-2023-4911").kev, 1);
        QCOMPARE(*f.at(Payments + " CVE-2023-4911").epss, 0.73312);
        QCOMPARE(f.at(Orders + " CVE-2023-44487").kev, 0); // orders: not this import
        QVERIFY(!f.at(Orders + " CVE-2023-44487").epss);

        // A workspace without intelligence: nothing to do, nothing scanned.
        TempWorkspace bare;
        const ImportReport r = bare.import(fixture("intel/trivy_payments.json"));
        const IntelStats none = bare.writer().run([id = r.importId](Database& db) { return applyIntel(db, id); }).get();
        QCOMPARE(none.findings, std::int64_t(0));
    }

    void demoIntelligenceLoads()
    {
        auto ws = scanned();
        const auto files = writeDemoIntel(ws->path(""), "2026-11-25T08:00:00.000Z");
        QCOMPARE(files.size(), std::size_t(3));
        IntelLoader loader(ws->writer());
        const IntelLoadReport kev = loader.loadKev(files[0]);
        QVERIFY2(kev.entries >= 56, std::to_string(kev.entries).c_str());
        const IntelLoadReport epss = loader.loadEpss(files[1]);
        QVERIFY(epss.entries > 3000);
        const ChangeLogReport changes = ChangeLogLoader(ws->writer()).load(files[2]);
        QCOMPARE(changes.added, changes.entries);

        Database db(ws->dbPath(), Database::Mode::ReadOnly);
        // The real dates CISA gave the demo CVEs it lists.
        QCOMPARE(scalarText(db, "SELECT group_concat(cve || ' ' || date_added || ' ' || due_date, ', ') FROM"
                                " (SELECT * FROM kev WHERE cve IN ('CVE-2021-44228', 'CVE-2022-22965', 'CVE-2023-4911',"
                                " 'CVE-2023-44487', 'CVE-2023-4863', 'CVE-2021-45046') ORDER BY cve)"),
                 std::string("CVE-2021-44228 2021-12-10 2021-12-24, CVE-2021-45046 2023-05-01 2023-05-22, "
                             "CVE-2022-22965 2022-04-04 2022-04-25, CVE-2023-44487 2023-10-10 2023-10-31, "
                             "CVE-2023-4863 2023-09-13 2023-10-04, CVE-2023-4911 2023-11-21 2023-12-12"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM kev WHERE cve = 'CVE-2023-38545'"), std::int64_t(0)); // not listed
        // Every CVE of the fixture scans is scored; a higher score never has a
        // lower percentile.
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE cves <> '' AND epss_percentile IS NULL"), std::int64_t(0));
        QCOMPARE(scalar(db, "SELECT count(*) FROM epss_scores a JOIN epss_scores b ON a.score > b.score"
                            " AND a.percentile < b.percentile"),
                 std::int64_t(0));
        QCOMPARE(kevCount(ws->dbPath(), "CVE-2021-44228"), 2);
        // Changes of every demo service, all in the six weeks before "now".
        QCOMPARE(scalar(db, "SELECT count(DISTINCT service) FROM change_log"), std::int64_t(6));
        QCOMPARE(scalar(db, "SELECT count(*) FROM change_log WHERE at > '2026-11-25T08:00:00.000Z'"
                            " OR at < '2026-10-14T08:00:00.000Z'"),
                 std::int64_t(0));
        QVERIFY(scalar(db, "SELECT count(*) FROM change_log WHERE service = 'payments-api'"
                           " AND at >= '2026-11-11T08:00:00.000Z'") >= 3);
    }

    void cliLoadsAndReportsPlaces()
    {
        TempWorkspace ws;
        const QString db = qstr(ws.dbPath());
        QCOMPARE(ws.import(fixture("intel/trivy_payments.json")).status, ImportReport::Status::Imported);
        CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("intel"), QStringLiteral("load"),
                           QStringLiteral("kev"), qstr(fixture("intel/kev_catalog.json")), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(j["kind"].get<std::string>(), std::string("kev"));
        QCOMPARE(j["entries"].get<int>(), 5);
        QCOMPARE(j["findings"]["kev_flagged"].get<int>(), 2);
        for (const char* k : {"file", "sha256", "load_id", "version", "released", "seconds"})
            QVERIFY2(j.contains(k), k);

        r = runCli({QStringLiteral("--db"), db, QStringLiteral("intel"), QStringLiteral("load"), QStringLiteral("epss"),
                    qstr(fixture("intel/epss_scores.csv"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("loaded 7 EPSS scores"), r.out.constData());

        r = runCli({QStringLiteral("--db"), db, QStringLiteral("intel"), QStringLiteral("load"), QStringLiteral("epss"),
                    qstr(fixture("intel/epss_bad_score.csv"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("epss_bad_score.csv:4: epss 1.26211 is outside [0,1]"), r.err.constData());

        r = runCli({QStringLiteral("--db"), db, QStringLiteral("intel"), QStringLiteral("load"), QStringLiteral("kev"),
                    qstr(fixture("intel/kev_bad_cve.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("kev_bad_cve.json: /vulnerabilities/1/cveID: "), r.err.constData());

        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("intel"), QStringLiteral("load")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("intel"), QStringLiteral("load"),
                         QStringLiteral("nvd"), qstr(fixture("intel/kev_catalog.json"))})
                        .code,
                 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("intel"), QStringLiteral("load"),
                         QStringLiteral("kev"), qstr(fixture("intel/kev_catalog.json")), QStringLiteral("--frob")})
                        .code,
                 2);
        const CliRun help = runCli({QStringLiteral("--help")});
        QVERIFY(help.out.contains("intel load kev FILE"));
        QVERIFY(help.out.contains("changes load FILE"));

        Database check(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(check, "SELECT count(*) FROM kev"), std::int64_t(5));
        QCOMPARE(scalar(check, "SELECT count(*) FROM epss_scores"), std::int64_t(7));
    }
};

QTEST_GUILESS_MAIN(TestIntel)
#include "test_intel.moc"
