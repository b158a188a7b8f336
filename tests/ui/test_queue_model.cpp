// SPDX-License-Identifier: GPL-3.0-or-later
// The queue model on a real workspace: passes QAbstractItemModelTester
// through queries, sorts, paging and refreshes; pages arrive off the GUI
// thread; a newer query replaces older ones that were still running; the
// saved-view list's model passes the tester too.
#include "feed_test_support.h"
#include "queue/queue_model.h"
#include "store/store_writer.h"
#include "views/view_list.h"

#include <QAbstractItemModelTester>
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
