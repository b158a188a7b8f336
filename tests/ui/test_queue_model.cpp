// SPDX-License-Identifier: GPL-3.0-or-later
// The queue model on a real workspace: passes QAbstractItemModelTester
// through queries, sorts, paging and refreshes; pages arrive off the GUI
// thread; a newer query replaces older ones that were still running; the
// SLA columns (path, class, due) show and sort with findings without a
// deadline last; the saved-view list's model passes the tester too.
#include "case/case_vocabulary.h"
#include "feed_test_support.h"
#include "queue/queue_model.h"
#include "store/store_writer.h"
#include "views/view_list.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace closeloop;
using namespace closeloop::test;

namespace {

std::string trivyWith(int count, const std::string& artifact)
{
    const char* sev[] = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    nlohmann::json vulns = nlohmann::json::array();
    for (int i = 0; i < count; ++i)
        vulns.push_back({{"VulnerabilityID", "CVE-2024-" + std::to_string(10000 + i)},
                         {"PkgName", "pkg" + std::to_string(i % 97)},
                         {"InstalledVersion", "1.0"},
                         {"Severity", sev[i % 4]},
                         {"Title", (i % 50 == 0 ? "heap overflow in parser " : "issue ") + std::to_string(i)}});
    nlohmann::json doc = {{"SchemaVersion", 2}, {"ArtifactName", artifact}, {"ArtifactType", "container_image"},
                          {"Results", {{{"Target", artifact + " (alpine 3.18)"}, {"Class", "os-pkgs"},
                                        {"Type", "alpine"}, {"Vulnerabilities", vulns}}}}};
    return doc.dump();
}

bool waitShown(QueueModel& m)
{
    QSignalSpy shown(&m, &QueueModel::queryShown);
    return shown.wait(20000);
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempWorkspace> m_ws;

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<TempWorkspace>();
        m_ws->writeFile("a.json", trivyWith(1500, "registry.example/shop/a:1"));
        QCOMPARE(int(m_ws->import(m_ws->path("a.json")).status), int(ImportReport::Status::Imported));
    }

    void pagesAndCounts()
    {
        QueueModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&m, &QueueModel::countChanged);
        m.setWorkspace(QString::fromStdString(m_ws->dbPath()));
        QVERIFY(waitShown(m));
        QTRY_VERIFY(m.isCountKnown());
        QCOMPARE(m.rowCount(), 1500);
        QCOMPARE(m.totalCount(), qint64(1500));
        // Most severe first.
        QCOMPARE(m.data(m.index(0, m.sectionOf(QueueColumn::Severity)), QueueModel::SeverityRole).toInt(), 4);
        // A row far down is not loaded until asked for, then arrives.
        const QModelIndex far = m.index(1400, m.sectionOf(QueueColumn::Title));
        QVERIFY(!m.data(far, QueueModel::LoadedRole).toBool());
        QCOMPARE(m.data(far).toString(), QStringLiteral("Loading…"));
        QTRY_VERIFY(m.data(far, QueueModel::LoadedRole).toBool());
        QVERIFY(m.findingId(1400) > 0);
        QVERIFY(!m.data(m.index(1250, 0), QueueModel::LoadedRole).toBool()); // another page, not loaded yet
        QTRY_COMPARE(m.data(m.index(1250, m.sectionOf(QueueColumn::Severity)), QueueModel::SeverityRole).toInt(), 1);
    }

    void filterSortAndSupersede()
    {
        QueueModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setWorkspace(QString::fromStdString(m_ws->dbPath()));
        QVERIFY(waitShown(m));
        // Three queries in a row: only the last one's rows end up on screen.
        QueueQuery a;
        a.where = "f.severity = ?";
        a.binds = {std::int64_t(4)};
        QueueQuery b = a;
        b.binds = {std::int64_t(3)};
        QueueQuery c;
        c.where = "f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)";
        c.binds = {std::string("\"heap overflow\"")};
        c.sort = QueueColumn::Title;
        c.descending = false;
        QSignalSpy shown(&m, &QueueModel::queryShown);
        m.setQuery(a);
        m.setQuery(b);
        m.setQuery(c);
        QVERIFY(shown.wait(20000));
        QTRY_VERIFY(m.isCountKnown());
        QCOMPARE(m.totalCount(), qint64(30)); // every 50th of 1500
        QCOMPARE(m.data(m.index(0, m.sectionOf(QueueColumn::Title))).toString(), QStringLiteral("heap overflow in parser 0"));
        QCOMPARE(m.data(m.index(1, m.sectionOf(QueueColumn::Title))).toString(), QStringLiteral("heap overflow in parser 100"));
        QTest::qWait(100);
        QCOMPARE(shown.count(), 1); // the superseded queries never showed

        // Sorting through the view's API is a new query on the index.
        m.sort(m.sectionOf(QueueColumn::Title), Qt::DescendingOrder);
        QVERIFY(waitShown(m));
        QCOMPARE(m.data(m.index(0, m.sectionOf(QueueColumn::Title))).toString(), QStringLiteral("heap overflow in parser 950"));
    }

    void refreshKeepsRowsInPlace()
    {
        TempWorkspace ws;
        ws.writeFile("a.json", trivyWith(300, "registry.example/shop/b:1"));
        ws.import(ws.path("a.json"));
        QueueModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setWorkspace(QString::fromStdString(ws.dbPath()));
        QVERIFY(waitShown(m));
        QTRY_COMPARE(m.rowCount(), 300);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        ws.writeFile("b.json", trivyWith(20, "registry.example/shop/c:1"));
        ws.import(ws.path("b.json"));
        m.refresh();
        QTRY_COMPARE(m.rowCount(), 320);
        QCOMPARE(reset.count(), 0); // a refresh is not a reset: selection and scroll stay
    }

    void badQueryIsReported()
    {
        QueueModel m;
        m.setWorkspace(QString::fromStdString(m_ws->dbPath()));
        QVERIFY(waitShown(m));
        QSignalSpy failed(&m, &QueueModel::queryFailed);
        QueueQuery q;
        q.where = "f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)";
        q.binds = {std::string("AND AND (")}; // invalid FTS syntax
        m.setQuery(q);
        QVERIFY(failed.wait(10000));
        // The previous query's rows stay, and its count still arrives.
        QTRY_VERIFY(m.isCountKnown());
        QCOMPARE(m.rowCount(), 1500);
        QCOMPARE(m.query().where, std::string("1"));
    }

    void slaColumnsShowAndSortDeadlinesFirst()
    {
        TempWorkspace ws;
        ws.writeFile("a.json", trivyWith(500, "registry.example/shop/sla:1"));
        QCOMPARE(int(ws.import(ws.path("a.json")).status), int(ImportReport::Status::Imported));
        // Deadlines relative to now: ids 1-300 have one (pairs share it, so
        // the id breaks ties; the first 100 are overdue), 301-500 none, and
        // 301-310 are held by an exception.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ws.writer()
            .run([now](Database& db) {
                Transaction tx(db);
                db.exec("UPDATE findings SET sla_due = NULL, exception_id = NULL, sla_class = 'high'");
                auto st = db.prepare("UPDATE findings SET sla_due = ? WHERE id = ?");
                for (int id = 1; id <= 300; ++id) {
                    const QDateTime due = now.addSecs(qint64((id + 1) / 2 - 50) * 3600 - 1800);
                    st.bind(1, due.toString(Qt::ISODateWithMs).toStdString()).bind(2, std::int64_t(id));
                    st.exec();
                }
                db.exec("UPDATE findings SET exception_id = 1 WHERE id BETWEEN 301 AND 310");
                tx.commit();
                return 0;
            })
            .get();
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        auto reference = [&](const char* order, const char* where = "1") {
            auto st = db.prepare(std::string("SELECT id FROM findings WHERE ") + where + " ORDER BY " + order);
            std::vector<std::int64_t> ids;
            while (st.step())
                ids.push_back(st.int64(0));
            return ids;
        };
        QueueQuery q;
        q.sort = QueueColumn::SlaDue;
        q.descending = false;
        const auto ascending = reference("sla_due IS NULL, sla_due, id");
        QCOMPARE(queueIds(db, q, 0, 1000), ascending);
        // A page across the end of the dated rows, and one among the undated.
        QCOMPARE(queueIds(db, q, 290, 20), std::vector<std::int64_t>(ascending.begin() + 290, ascending.begin() + 310));
        const auto page = queuePage(db, q, 350, 100);
        QCOMPARE(int(page.size()), 100);
        QCOMPARE(page.front().id, ascending[350]);
        QVERIFY(page.front().slaDue.empty());
        q.descending = true;
        QCOMPARE(queueIds(db, q, 0, 1000), reference("sla_due IS NULL, sla_due DESC, id DESC"));
        // With a filter, bound once per arm.
        q.where = "f.severity = ? AND f.id <> ?";
        q.binds = {std::int64_t(3), std::int64_t(3)};
        QCOMPARE(queueIds(db, q, 0, 1000), reference("sla_due IS NULL, sla_due DESC, id DESC", "severity = 3 AND id <> 3"));
        q.where = "1";
        q.binds.clear();

        QueueModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setWorkspace(QString::fromStdString(ws.dbPath()));
        QVERIFY(waitShown(m));
        m.sort(m.sectionOf(QueueColumn::SlaDue), Qt::AscendingOrder);
        QVERIFY(waitShown(m));
        QTRY_COMPARE(m.rowCount(), 500);
        const int due = m.sectionOf(QueueColumn::SlaDue);
        QCOMPARE(m.findingId(0), qint64(1));
        QCOMPARE(m.findingId(1), qint64(2));
        const QString overdue = m.data(m.index(0, due)).toString();
        QVERIFY2(overdue.endsWith(QStringLiteral(" overdue")) && overdue.startsWith(QStringLiteral("2 d")), qPrintable(overdue));
        QCOMPARE(m.data(m.index(0, due), Qt::ForegroundRole).value<QColor>(),
                 CaseVocabulary::overdueColor(QGuiApplication::palette()));
        QVERIFY(m.data(m.index(0, due), Qt::ToolTipRole).toString().startsWith(QStringLiteral("Due ")));
        // Ids 101 and 102 are due in half an hour, 299 and 300 in 99.5 hours.
        QCOMPARE(m.findingId(100), qint64(101));
        const QString soon = m.data(m.index(100, due)).toString();
        QVERIFY2(soon == QStringLiteral("in 29 min") || soon == QStringLiteral("in 30 min"), qPrintable(soon));
        QVERIFY(!m.data(m.index(100, due), Qt::ForegroundRole).isValid());
        QTRY_VERIFY(m.data(m.index(299, due), QueueModel::LoadedRole).toBool());
        QCOMPARE(m.data(m.index(299, due)).toString(), QStringLiteral("in 4 d"));
        // The undated rows come last, by id; the paused ones say so.
        QTRY_VERIFY(m.data(m.index(300, due), QueueModel::LoadedRole).toBool());
        QCOMPARE(m.findingId(300), qint64(301));
        QCOMPARE(m.data(m.index(300, due)).toString(), QStringLiteral("paused"));
        QCOMPARE(m.data(m.index(310, due)).toString(), QString());
        QCOMPARE(m.data(m.index(0, m.sectionOf(QueueColumn::Path))).toString(), QStringLiteral("Ticket"));
        QCOMPARE(m.data(m.index(0, m.sectionOf(QueueColumn::SlaClass))).toString(), QStringLiteral("high"));
        QCOMPARE(m.headerData(due, Qt::Horizontal).toString(), QStringLiteral("SLA due"));

        m.sort(due, Qt::DescendingOrder);
        QVERIFY(waitShown(m));
        QCOMPARE(m.findingId(0), qint64(300));
        QCOMPARE(m.findingId(1), qint64(299));
        QTRY_VERIFY(m.data(m.index(499, due), QueueModel::LoadedRole).toBool());
        QCOMPARE(m.findingId(499), qint64(301)); // undated last in this direction too

        // Which columns a new user sees.
        for (const auto& info : queueColumns()) {
            if (info.column == QueueColumn::SlaDue || info.column == QueueColumn::Path)
                QVERIFY(info.visibleByDefault);
            if (info.column == QueueColumn::SlaClass)
                QVERIFY(!info.visibleByDefault);
        }
    }

    void viewListModel()
    {
        ViewList list;
        QAbstractItemModelTester tester(list.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<SavedView> views = builtinViews();
        for (std::size_t i = 0; i < views.size(); ++i)
            views[i].id = std::int64_t(i + 1);
        QSignalSpy chosen(&list, &ViewList::viewChosen);
        list.setViews(views);
        QCOMPARE(list.model()->rowCount(), int(views.size()));
        list.setCount(3, 42);
        QCOMPARE(list.model()->index(2, 0).data(ViewList::CountRole).toLongLong(), 42);
        list.selectView(2);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(list.currentView()->name, std::string("New"));
        list.setViews(views); // keeps the current view
        QCOMPARE(list.currentView()->name, std::string("New"));
    }
};

QTEST_MAIN(TestQueueModel)
#include "test_queue_model.moc"
