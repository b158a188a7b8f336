// SPDX-License-Identifier: GPL-3.0-or-later
// Import semantics through the real pipeline and a real SQLite file:
// re-import is a no-op; a changed scan updates, closes and reopens exactly
// what it should; closing is coverage-aware; bad input changes nothing and
// says where and why; the audit chain detects tampering.
#include "audit/audit_log.h"
#include "feed_test_support.h"
#include "feeds/scope_names.h"

#include <QDir>
#include <QTest>

using namespace closeloop;
using namespace closeloop::test;

namespace {

// Everything stored, as one string: equal before and after means unchanged.
std::string snapshot(const std::string& dbPath)
{
    Database db(dbPath, Database::Mode::ReadOnly);
    std::string out;
    for (const char* table : {"imports", "import_scopes", "findings", "audit_log", "vex_statements"}) {
        auto st = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1");
        const int cols = sqlite3_column_count(st.handle());
        while (st.step()) {
            for (int c = 0; c < cols; ++c)
                out += st.text(c) + '|';
            out += '\n';
        }
    }
    return out;
}

std::map<std::string, std::string> statusByRule(const std::string& dbPath)
{
    Database db(dbPath, Database::Mode::ReadOnly);
    std::map<std::string, std::string> out;
    auto st = db.prepare("SELECT rule_id || '@' || scope_target, status FROM findings");
    while (st.step())
        out[st.text(0)] = st.text(1);
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void reimportIsANoOp()
    {
        TempWorkspace ws;
        ws.writeFile("a.json", trivyScan("img", {{"CVE-1", "p1"}, {"CVE-2", "p2"}}));
        const auto first = ws.import(ws.path("a.json"));
        QVERIFY2(first.status == ImportReport::Status::Imported, first.summary().c_str());
        QCOMPARE(first.counts.created, 2);
        const std::string before = snapshot(ws.dbPath());
        const auto again = ws.import(ws.path("a.json"));
        QCOMPARE(again.status, ImportReport::Status::Unchanged);
        QCOMPARE(again.previousImportId, first.importId);
        QVERIFY(again.summary().find("unchanged") != std::string::npos);
        QCOMPARE(snapshot(ws.dbPath()), before);
    }

    void sameFindingsInANewScanAreUnchanged()
    {
        TempWorkspace ws;
        ws.writeFile("a.json", trivyScan("img", {{"CVE-1", "p1"}, {"CVE-2", "p2"}}, "t0"));
        ws.writeFile("b.json", trivyScan("img", {{"CVE-1", "p1"}, {"CVE-2", "p2"}}, "t1"));
        ws.import(ws.path("a.json"));
        const auto r = ws.import(ws.path("b.json"));
        QCOMPARE(r.status, ImportReport::Status::Imported);
        QCOMPARE(r.counts.unchanged, 2);
        QCOMPARE(r.counts.created + r.counts.updated + r.counts.closed + r.counts.reopened, 0);
    }

    void changedScanUpdatesClosesAndReopens()
    {
        TempWorkspace ws;
        ws.writeFile("1.json", trivyScan("img", {{"CVE-A", "a"}, {"CVE-B", "b"}, {"CVE-C", "c"}}, "t1"));
        ws.writeFile("2.json", trivyScan("img", {{"CVE-A", "a", "CRITICAL"}, {"CVE-B", "b"}}, "t2"));
        ws.writeFile("3.json", trivyScan("img", {{"CVE-A", "a", "CRITICAL"}, {"CVE-B", "b"}, {"CVE-C", "c"}}, "t3"));
        QCOMPARE(ws.import(ws.path("1.json")).counts.created, 3);

        const auto r2 = ws.import(ws.path("2.json"));
        QCOMPARE(r2.counts.updated, 1);   // A's severity changed
        QCOMPARE(r2.counts.unchanged, 1); // B
        QCOMPARE(r2.counts.closed, 1);    // C gone from the scan
        QCOMPARE(r2.counts.created, 0);
        auto s = statusByRule(ws.dbPath());
        QCOMPARE(s["CVE-C@img"], std::string("pending_verification"));
        QCOMPARE(s["CVE-A@img"], std::string("new"));

        const auto r3 = ws.import(ws.path("3.json"));
        QCOMPARE(r3.counts.reopened, 1);
        QCOMPARE(r3.counts.unchanged, 2);
        QCOMPARE(r3.counts.closed, 0);
        QCOMPARE(statusByRule(ws.dbPath())["CVE-C@img"], std::string("reopened"));
    }

    void aScanOfAnotherTargetClosesNothing()
    {
        TempWorkspace ws;
        ws.writeFile("x.json", trivyScan("image-x", {{"CVE-1", "p"}}));
        ws.writeFile("y.json", trivyScan("image-y", {{"CVE-2", "q"}}));
        ws.import(ws.path("x.json"));
        const auto r = ws.import(ws.path("y.json"));
        QCOMPARE(r.counts.closed, 0);
        QCOMPARE(statusByRule(ws.dbPath())["CVE-1@image-x"], std::string("new"));
        // An empty scan of x does close it: x was covered and found clean.
        ws.writeFile("x-clean.json", trivyScan("image-x", {}));
        QCOMPARE(ws.import(ws.path("x-clean.json")).counts.closed, 1);
        QCOMPARE(statusByRule(ws.dbPath())["CVE-2@image-y"], std::string("new"));
    }

    void imageScopeIsTheRepositoryNotTheTag()
    {
        QCOMPARE(imageRepository("registry:5000/shop/api:1.4@sha256:ab12"), std::string("registry:5000/shop/api"));
        QCOMPARE(imageRepository("registry:5000/shop/api"), std::string("registry:5000/shop/api"));
        QCOMPARE(imageRepository("alpine:3.18"), std::string("alpine"));
        QCOMPARE(imageRepository("shop/api@sha256:ab12"), std::string("shop/api"));
        // The next build's scan closes what it fixed and keeps what persists.
        TempWorkspace ws;
        ws.writeFile("v14.json", trivyScan("shop/api:1.4", {{"CVE-A", "a"}, {"CVE-B", "b"}}));
        ws.writeFile("v15.json", trivyScan("shop/api:1.5", {{"CVE-A", "a"}}));
        ws.import(ws.path("v14.json"));
        const auto r = ws.import(ws.path("v15.json"));
        QCOMPARE(r.counts.created, 0);
        QCOMPARE(r.counts.closed, 1);
        QCOMPARE(r.counts.updated + r.counts.unchanged, 1);
        QCOMPARE(statusByRule(ws.dbPath())["CVE-B@shop/api"], std::string("pending_verification"));
    }

    void duplicateWithinAFileIsCountedOnce()
    {
        TempWorkspace ws;
        ws.writeFile("d.json", trivyScan("img", {{"CVE-1", "p"}, {"CVE-1", "p"}}));
        const auto r = ws.import(ws.path("d.json"));
        QCOMPARE(r.counts.findings, 2);
        QCOMPARE(r.counts.created, 1);
        QCOMPARE(r.counts.duplicate, 1);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("reason");
        QByteArray bomb = QByteArray(2000, '[') + QByteArray(2000, ']');
        QTest::newRow("depth bomb") << bomb << QString() << QStringLiteral("nesting deeper than 128");
        QByteArray deepInRecord = trivyScan("img", {{"CVE-1", "p"}}).c_str();
        const QByteArray deep = QByteArray("\"Deep\":") + QByteArray(300, '[') + QByteArray(300, ']') + ",\"Title\"";
        deepInRecord.replace("\"Title\"", deep);
        QTest::newRow("deep inside a record") << deepInRecord << QString() << QStringLiteral("nesting deeper than 128");
        QByteArray truncated = trivyScan("img", {{"CVE-1", "p"}, {"CVE-2", "q"}}).c_str();
        truncated.chop(40);
        QTest::newRow("truncated") << truncated << QStringLiteral("line ") << QStringLiteral("unexpected end of input");
        QByteArray badUtf8 = trivyScan("img", {{"CVE-1", "p"}}).c_str();
        badUtf8.replace("CVE-1 in p", "CVE-1 \xC3\x28 p");
        QTest::newRow("invalid UTF-8") << badUtf8 << QStringLiteral("line ") << QStringLiteral("UTF-8");
        QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12) << QStringLiteral("byte")
                                << QStringLiteral("binary");
        QTest::newRow("unknown JSON") << QByteArray(R"({"hello": "world"})") << QString()
                                      << QStringLiteral("unrecognized format");
        QTest::newRow("record without id") << QByteArray(trivyScan("img", {{"", "p"}}).c_str())
                                           << QStringLiteral("/Results/0/Vulnerabilities/0")
                                           << QStringLiteral("without VulnerabilityID");
        QTest::newRow("object where a list belongs")
            << QByteArray("{\"SchemaVersion\":2,\"ArtifactName\":\"a\",\"Results\":{\"x\":{\"Target\":\"t\"}}}")
            << QStringLiteral("/Results") << QStringLiteral("expected an array, found an object");
        QTest::newRow("SARIF runs as an object")
            << QByteArray("{\"version\":\"2.1.0\",\"$schema\":\"sarif-2.1.0\",\"runs\":{}}")
            << QStringLiteral("/runs") << QStringLiteral("expected an array");
        QTest::newRow("trailing garbage") << QByteArray(trivyScan("img", {{"CVE-1", "p"}}).c_str()).append("}{")
                                          << QStringLiteral("line ") << QStringLiteral("invalid JSON");
    }

    void badInputChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, place);
        QFETCH(QString, reason);
        TempWorkspace ws;
        ws.writeFile("good.json", trivyScan("img", {{"CVE-0", "z"}}));
        QCOMPARE(ws.import(ws.path("good.json")).status, ImportReport::Status::Imported);
        const std::string before = snapshot(ws.dbPath());
        ws.writeFile("bad.json", content.toStdString());
        const auto r = ws.import(ws.path("bad.json"));
        QVERIFY2(r.status == ImportReport::Status::Rejected, r.summary().c_str());
        QVERIFY2(r.errorPlace.find(place.toStdString()) != std::string::npos, r.error().c_str());
        QVERIFY2(r.errorReason.find(reason.toStdString()) != std::string::npos, r.error().c_str());
        QVERIFY(r.error().find("bad.json") != std::string::npos); // names the file
        QCOMPARE(snapshot(ws.dbPath()), before);
    }

    void directoryAndMissingFile()
    {
        TempWorkspace ws;
        QDir().mkpath(QString::fromStdString(ws.path("adir")));
        const auto dir = ws.import(ws.path("adir"));
        QCOMPARE(dir.status, ImportReport::Status::Rejected);
        QVERIFY(dir.errorReason.find("directory") != std::string::npos);
        const auto missing = ws.import(ws.path("nope.json"));
        QCOMPARE(missing.status, ImportReport::Status::Rejected);
        QVERIFY(missing.errorReason.find("No such file") != std::string::npos);
    }

    void cancelStoresNothing()
    {
        TempWorkspace ws;
        std::vector<TrivyVuln> many;
        for (int i = 0; i < 20000; ++i)
            many.push_back({"CVE-" + std::to_string(i), "pkg" + std::to_string(i % 50)});
        ws.writeFile("big.json", trivyScan("img", many));
        std::atomic<bool> cancel{false};
        ImportOptions options;
        int calls = 0;
        options.progress = [&](std::uint64_t, std::uint64_t) {
            if (++calls == 2)
                cancel = true; // after the first chunk went through
        };
        options.cancel = &cancel;
        ImporterRegistry registry;
        FeedImport imp(ws.writer(), registry);
        const auto r = imp.importFile(ws.path("big.json"), options);
        QVERIFY2(r.status == ImportReport::Status::Cancelled, r.summary().c_str());
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT (SELECT count(*) FROM findings) + (SELECT count(*) FROM imports)"), 0);
    }

    void emptyListImportsNothing()
    {
        TempWorkspace ws;
        ws.writeFile("a.json", trivyScan("img", {{"CVE-1", "p"}}));
        ws.import(ws.path("a.json"));
        ws.writeFile("empty.json", " [ ] \n");
        const auto r = ws.import(ws.path("empty.json"));
        QVERIFY2(r.status == ImportReport::Status::Imported, r.summary().c_str());
        QCOMPARE(r.format, std::string("empty-list"));
        QCOMPARE(r.counts.findings, 0);
        QCOMPARE(r.counts.closed, 0);
    }

    void auditChainDetectsTampering()
    {
        TempWorkspace ws;
        for (int i = 0; i < 4; ++i) {
            ws.writeFile("s" + std::to_string(i) + ".json", trivyScan("img" + std::to_string(i), {{"CVE-1", "p"}}));
            ws.import(ws.path("s" + std::to_string(i) + ".json"));
        }
        {
            Database db(ws.dbPath());
            const auto ok = verifyAudit(db);
            QVERIFY(ok.ok);
            QCOMPARE(ok.entries, 4);
        }
        auto tampered = [&](const char* sql) {
            QTemporaryDir dir;
            const QString copy = dir.path() + QStringLiteral("/copy.sqlite");
            {
                Database src(ws.dbPath());
                src.exec("VACUUM INTO '" + copy.toStdString() + "'");
            }
            Database db(copy.toStdString());
            db.exec(sql);
            return verifyAudit(db);
        };
        auto edited = tampered("UPDATE audit_log SET actor = 'mallory' WHERE id = 2");
        QVERIFY(!edited.ok);
        QCOMPARE(*edited.firstBadId, 2);
        auto deleted = tampered("DELETE FROM audit_log WHERE id = 3");
        QVERIFY(!deleted.ok);
        QCOMPARE(*deleted.firstBadId, 4);
        auto reordered = tampered("UPDATE audit_log SET id = -2 WHERE id = 2; UPDATE audit_log SET id = 2 WHERE id = 3;"
                                  " UPDATE audit_log SET id = 3 WHERE id = -2");
        QVERIFY(!reordered.ok);
        QCOMPARE(*reordered.firstBadId, 2);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
