// SPDX-License-Identifier: GPL-3.0-or-later
// The change log (JSON lines) through a real workspace: times stored in UTC,
// a reload adds nothing twice, a bad line names its line and stores nothing,
// hostile lines are refused, and the CLI reports FILE:LINE: reason.
#include "audit/audit_log.h"
#include "context/change_log_loader.h"
#include "feed_test_support.h"

#include <QTest>

using namespace closeloop;
using namespace closeloop::test;

class TestChangeLog : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheFixtureInUtc()
    {
        TempWorkspace ws;
        ContextLoadOptions opt;
        opt.actor = "bob";
        const ChangeLogReport r = ChangeLogLoader(ws.writer()).load(fixture("intel/changes.jsonl"), opt);
        QCOMPARE(r.entries, std::int64_t(6));
        QCOMPARE(r.added, std::int64_t(6));
        QCOMPARE(r.duplicates, std::int64_t(0));
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM change_log"), std::int64_t(6));
        // +01:00 becomes UTC; the service is kept as written, in lower case.
        QCOMPARE(scalarText(db, "SELECT at || ' ' || service || ' ' || kind FROM change_log WHERE reference = 'v1.41.0'"),
                 std::string("2026-11-12T09:30:00.000Z component:default/payments-api deploy"));
        QCOMPARE(scalarText(db, "SELECT summary FROM change_log WHERE reference = 'v1.41.0'"),
                 std::string("Release 1.41.0 <b>with</b> the new logger")); // stored as text, shown as text
        QCOMPARE(scalarText(db, "SELECT kind || ' ' || count || ' ' || actor FROM context_loads"), std::string("changes 6 bob"));
        QCOMPARE(scalarText(db, "SELECT json_extract(after, '$.added') FROM audit_log WHERE action = 'load_changes'"),
                 std::string("6"));
        QVERIFY(verifyAudit(db).ok);
    }

    void aReloadAddsNothingTwice()
    {
        TempWorkspace ws;
        ChangeLogLoader loader(ws.writer());
        loader.load(fixture("intel/changes.jsonl"));
        const ChangeLogReport again = loader.load(fixture("intel/changes.jsonl"));
        QCOMPARE(again.added, std::int64_t(0));
        QCOMPARE(again.duplicates, std::int64_t(6));
        ws.writeFile("more.jsonl", readFixture("intel/changes.jsonl") +
                                       R"({"time":"2026-11-22T10:00:00Z","service":"payments-api","kind":"deploy","reference":"v1.43.0"})"
                                       "\n");
        QCOMPARE(loader.load(ws.path("more.jsonl")).added, std::int64_t(1));
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM change_log"), std::int64_t(7));
        QCOMPARE(scalar(db, "SELECT count(*) FROM context_loads WHERE kind = 'changes'"), std::int64_t(3));
    }

    void aBadLineNamesItsLineAndStoresNothing()
    {
        TempWorkspace ws;
        ChangeLogLoader loader(ws.writer());
        FeedError e = feedErrorOf([&] { loader.load(fixture("intel/changes_bad_time.jsonl")); });
        QCOMPARE(e.place(), std::string("line 3"));
        QVERIFY2(e.reason().find("not an ISO 8601 date and time with a zone") != std::string::npos, e.what());
        // Line 2 is blank: skipped, but still counted.
        e = feedErrorOf([&] { loader.load(fixture("intel/changes_bad_json.jsonl")); });
        QCOMPARE(e.place(), std::string("line 3"));
        QVERIFY2(e.reason().find("invalid JSON at column") != std::string::npos, e.what());
        e = feedErrorOf([&] { loader.load(fixture("intel/missing.jsonl")); });
        QVERIFY2(e.reason().find("cannot open") != std::string::npos, e.what());
        ws.writeFile("empty.jsonl", "\n\n");
        QCOMPARE(feedErrorOf([&] { loader.load(ws.path("empty.jsonl")); }).reason(), std::string("no changes in the file"));
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM change_log"), std::int64_t(0));
        QCOMPARE(scalar(db, "SELECT count(*) FROM context_loads"), std::int64_t(0));
        QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log"), std::int64_t(0));
    }

    void hostileLinesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        // (Plain strings: moc misreads raw strings with unbalanced quotes.)
        const std::string ok = "\"time\":\"2026-11-02T14:05:00Z\",\"service\":\"payments-api\",\"kind\":\"deploy\"";
        auto add = [](const char* name, const std::string& line, const char* reason) {
            QTest::newRow(name) << QByteArray::fromStdString(line) << QString::fromUtf8(reason);
        };
        add("array", "[1,2]", "expected a JSON object");
        add("no time", R"({"service":"a","kind":"deploy"})", "\"time\" is missing");
        add("date only", R"({"time":"2026-11-02","service":"a","kind":"deploy"})", "not an ISO 8601");
        add("no zone", R"({"time":"2026-11-02T14:05:00","service":"a","kind":"deploy"})", "not an ISO 8601");
        add("month 13", R"({"time":"2026-13-02T14:05:00Z","service":"a","kind":"deploy"})", "not an ISO 8601");
        add("number time", R"({"time":1730556300,"service":"a","kind":"deploy"})", "must be a string");
        add("empty service", R"({"time":"2026-11-02T14:05:00Z","service":"","kind":"deploy"})", "\"service\" is empty");
        add("kind with spaces", R"({"time":"2026-11-02T14:05:00Z","service":"a","kind":"drop table"})",
            "not a word");
        add("summary object", "{" + ok + ",\"summary\":{\"a\":1}}", "\"summary\" must be a string");
        add("long summary", "{" + ok + ",\"summary\":\"" + std::string(5000, 'x') + "\"}", "longer than 4096");
        add("depth bomb", "{" + ok + ",\"x\":" + std::string(40, '[') + std::string(40, ']') + "}", "nesting too deep");
        add("bad UTF-8", "{" + ok + ",\"author\":\"\xff\xfe\"}", "invalid JSON");
        add("trailing garbage", "{" + ok + "} x", "invalid JSON");
    }

    void hostileLinesAreRefused()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        const FeedError e = feedErrorOf([&] { ChangeEntry::parse(line.toStdString(), "line 7"); });
        QCOMPARE(e.place(), std::string("line 7"));
        QVERIFY2(e.reason().find(reason.toStdString()) != std::string::npos, e.what());
    }

    void timesBecomeUtc()
    {
        QCOMPARE(utcIsoTime("2026-11-02T14:05:00Z").value_or("-"), std::string("2026-11-02T14:05:00.000Z"));
        QCOMPARE(utcIsoTime("2026-11-02T14:05:00.250-05:00").value_or("-"), std::string("2026-11-02T19:05:00.250Z"));
        QCOMPARE(utcIsoTime("2026-11-03T00:30:00+01:00").value_or("-"), std::string("2026-11-02T23:30:00.000Z"));
        QCOMPARE(utcIsoTime("2026-11-02T14:05Z").value_or("-"), std::string("2026-11-02T14:05:00.000Z"));
        QVERIFY(!utcIsoTime("2026-11-02T14:05:00"));
        QVERIFY(!utcIsoTime("2026-11-02 14:05:00Z"));
        QVERIFY(!utcIsoTime("yesterday"));
        QVERIFY(!utcIsoTime(""));
    }

    void cliReportsFileAndLine()
    {
        TempWorkspace ws;
        const CliRun bad = runCli({QStringLiteral("--db"), qstr(ws.dbPath()), QStringLiteral("changes"),
                                   QStringLiteral("load"), qstr(fixture("intel/changes_bad_time.jsonl"))});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("changes_bad_time.jsonl:3: \"time\" \"2026-11-12 10:30\""), bad.err.constData());

        const CliRun ok = runCli({QStringLiteral("--db"), qstr(ws.dbPath()), QStringLiteral("changes"),
                                  QStringLiteral("load"), qstr(fixture("intel/changes.jsonl")),
                                  QStringLiteral("--json")});
        QCOMPARE(ok.code, 0);
        const auto j = nlohmann::json::parse(ok.out.toStdString());
        QCOMPARE(j["added"].get<int>(), 6);
        QCOMPARE(j["kind"].get<std::string>(), std::string("changes"));
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "test_change_log.moc"
