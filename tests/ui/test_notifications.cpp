// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications for real (offscreen, real SQLite files, rows posted through
// the core's Notifier in writer transactions): the model through
// QAbstractItemModelTester, newest first, capped at 500, a refresh that reads
// only what is new and announces it, unread in bold; the panel's detail
// pane, outbox file name, "Mark all read" through the writer (a notification
// that arrives meanwhile stays unread), the filter a double-click asks for
// (checked by the core's filter compiler); a screenshot.
#include "feed_test_support.h"
#include "notifications/notification_model.h"
#include "notifications/notification_panel.h"
#include "policy/notifier.h"
#include "query/filter_compiler.h"
#include "query/filter_field.h"
#include "store/store_writer.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <set>

using namespace closeloop;
using namespace closeloop::test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 10, 14), QTime(9, 30), QTimeZone::utc());

struct Posted
{
    std::int64_t id;
    std::string subject;
};

// Posts n notifications in one writer transaction, a minute apart from `from`.
std::vector<Posted> post(StoreWriter& writer, int n, const std::string& kind = "escalation", QDateTime from = Start,
                         nlohmann::json body = {{"clock", "acknowledge"}, {"findings", {11, 12, 13}}})
{
    return writer
        .run([=](Database& db) {
            std::vector<Posted> out;
            Transaction tx(db);
            FixedClock clock(from);
            Notifier notifier(db, clock);
            for (int i = 0; i < n; ++i) {
                const std::string subject = std::to_string(i + 1) + " findings: acknowledge clock at 50% of its time";
                out.push_back({notifier.post(kind, {"alice", "alice@example.com", "owner"}, subject, body), subject});
                clock.advance(60);
            }
            tx.commit();
            return out;
        })
        .get();
}

std::int64_t unreadInDb(const std::string& dbPath)
{
    Database db(dbPath, Database::Mode::ReadOnly);
    return scalar(db, "SELECT count(*) FROM notifications WHERE read_at IS NULL");
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private slots:
    void modelLoadsNewestFirstAndAnnouncesOnlyNewRows()
    {
        TempWorkspace ws;
        const auto first = post(ws.writer(), 3);
        NotificationModel model(QString::fromStdString(ws.dbPath()));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy announced(&model, &NotificationModel::newNotifications);
        QSignalSpy unread(&model, &NotificationModel::unreadCountChanged);
        model.refresh();
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(NotificationModel::ColumnCount));
        // Newest first, every column as people read it.
        QCOMPARE(model.data(model.index(0, 0), NotificationModel::IdRole).toLongLong(), first[2].id);
        QCOMPARE(model.data(model.index(2, 0), NotificationModel::IdRole).toLongLong(), first[0].id);
        QCOMPARE(model.data(model.index(2, NotificationModel::TimeColumn)).toString(),
                 Start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(model.data(model.index(0, NotificationModel::KindColumn)).toString(), QStringLiteral("Escalation"));
        QCOMPARE(model.data(model.index(0, NotificationModel::RecipientColumn)).toString(), QStringLiteral("alice"));
        QCOMPARE(model.data(model.index(0, NotificationModel::SubjectColumn)).toString(),
                 QString::fromStdString(first[2].subject));
        QVERIFY(model.data(model.index(0, NotificationModel::SubjectColumn), Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.unreadCount(), 3);
        QCOMPARE(unread.count(), 1);
        // The first load is what was there: nothing to announce.
        QCOMPARE(announced.count(), 0);

        const auto later = post(ws.writer(), 2, "exception_reminder", Start.addSecs(3600));
        QSignalSpy refreshed(&model, &NotificationModel::refreshed);
        model.refresh();
        model.refresh(); // while the first is on its way: runs once more, brings nothing twice
        QTRY_COMPARE(refreshed.count(), 2);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(announced.count(), 1);
        const auto ids = announced.at(0).at(0).value<QList<qint64>>();
        const auto subjects = announced.at(0).at(1).toStringList();
        QCOMPARE(ids, (QList<qint64>{later[0].id, later[1].id}));
        QCOMPARE(subjects, (QStringList{QString::fromStdString(later[0].subject), QString::fromStdString(later[1].subject)}));
        QCOMPARE(model.data(model.index(0, NotificationModel::KindColumn)).toString(), QStringLiteral("Exception expires soon"));
        QCOMPARE(model.unreadCount(), 5);
        std::set<qint64> seen;
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(seen.insert(model.data(model.index(r, 0), NotificationModel::IdRole).toLongLong()).second);

        // Nothing new: no announcement, no rows.
        model.refresh();
        QTRY_COMPARE(refreshed.count(), 3);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(announced.count(), 1);
        QCOMPARE(model.indexOf(later[1].id).row(), 0);
        QVERIFY(!model.indexOf(999999).isValid());
    }

    void modelKeepsTheNewest500()
    {
        TempWorkspace ws;
        const auto many = post(ws.writer(), 520);
        NotificationModel model(QString::fromStdString(ws.dbPath()));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), NotificationModel::MaxRows);
        QCOMPARE(model.rowAt(0)->id, many.back().id);
        QCOMPARE(model.rowAt(NotificationModel::MaxRows - 1)->id, many[20].id);
        // The count of unread is the workspace's, not the rows held.
        QCOMPARE(model.unreadCount(), 520);

        const auto more = post(ws.writer(), 3, "exception_expired");
        QSignalSpy announced(&model, &NotificationModel::newNotifications);
        model.refresh();
        QVERIFY(announced.wait(10000));
        QCOMPARE(model.rowCount(), NotificationModel::MaxRows);
        QCOMPARE(model.rowAt(0)->id, more.back().id);
        QCOMPARE(model.rowAt(NotificationModel::MaxRows - 1)->id, many[23].id);
    }

    void panelShowsDetailsAndOutboxFile()
    {
        TempWorkspace ws;
        const auto posted = post(ws.writer(), 1, "escalation", Start,
                                 {{"clock", "remediate"}, {"findings", {5, 6}}, {"examples", {"<b>not bold</b>"}}});
        NotificationPanel panel(ws.writer(), QString::fromStdString(ws.dbPath()));
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        auto* body = panel.findChild<QPlainTextEdit*>(QStringLiteral("notificationBody"));
        auto* outbox = panel.findChild<QLabel*>(QStringLiteral("outboxFile"));
        panel.table()->setCurrentIndex(panel.model()->index(0, 0));
        std::string stored;
        {
            Database db(ws.dbPath(), Database::Mode::ReadOnly);
            stored = scalarText(db, "SELECT body FROM notifications WHERE id = " + std::to_string(posted[0].id));
        }
        QCOMPARE(body->toPlainText(), QString::fromStdString(nlohmann::json::parse(stored).dump(2)));
        QVERIFY(body->toPlainText().contains(QStringLiteral("<b>not bold</b>")));
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("notificationSubject"))->textFormat(), Qt::PlainText);
        QVERIFY(outbox->text().contains(QStringLiteral("Not written")));

        // Written to the outbox after the commit, as the core does it: the
        // next refresh shows the file name.
        const std::int64_t written = ws.writer()
                                         .run([&](Database& db) { return writeOutbox(db, notificationOutboxDir(ws.dbPath())); })
                                         .get();
        QCOMPARE(written, 1);
        panel.refresh();
        const QString name = QString::number(posted[0].id) + QStringLiteral("-escalation.json");
        QTRY_VERIFY2(outbox->text().contains(name), qPrintable(outbox->text()));
        QVERIFY(QFile::exists(QString::fromStdString(notificationOutboxDir(ws.dbPath())) + QLatin1Char('/') + name));
    }

    void markAllReadLeavesLaterArrivalsUnread()
    {
        TempWorkspace ws;
        post(ws.writer(), 4);
        NotificationPanel panel(ws.writer(), QString::fromStdString(ws.dbPath()));
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy unread(&panel, &NotificationPanel::unreadCountChanged);
        QTRY_COMPARE(panel.unreadCount(), 4);
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("markAllRead"));
        QVERIFY(button->isEnabled());
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("unreadLabel"))->text().contains(QStringLiteral("4")));

        // One more arrives that the panel has not shown yet.
        const auto late = post(ws.writer(), 1, "exception_expired", Start.addSecs(7200));
        QSignalSpy done(&panel, &NotificationPanel::markAllReadFinished);
        button->click();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(0).toInt(), 4);
        QCOMPARE(unreadInDb(ws.dbPath()), 1);
        QCOMPARE(panel.unreadCount(), 1);
        for (int r = 0; r < panel.model()->rowCount(); ++r)
            QVERIFY(!panel.model()->data(panel.model()->index(r, 3), Qt::FontRole).value<QFont>().bold());
        QCOMPARE(unread.last().at(0).toInt(), 1);
        {
            Database db(ws.dbPath(), Database::Mode::ReadOnly);
            QCOMPARE(scalar(db, "SELECT count(*) FROM notifications WHERE read_at IS NULL AND id = " + std::to_string(late[0].id)), 1);
        }

        // Shown, it is bold until marked too.
        QSignalSpy refreshed(panel.model(), &NotificationModel::refreshed);
        panel.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(panel.model()->rowCount(), 5);
        QVERIFY(panel.model()->data(panel.model()->index(0, 3), Qt::FontRole).value<QFont>().bold());
        button->click();
        QVERIFY(done.wait(10000));
        QCOMPARE(unreadInDb(ws.dbPath()), 0);
        QCOMPARE(panel.unreadCount(), 0);
        QVERIFY(!button->isEnabled());
        // A later refresh agrees with what was marked.
        panel.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(panel.unreadCount(), 0);
        QVERIFY(!panel.model()->data(panel.model()->index(0, 3), NotificationModel::UnreadRole).toBool());
    }

    void doubleClickOpensFindingsOrException()
    {
        TempWorkspace ws;
        std::vector<std::int64_t> ids;
        for (std::int64_t i = 1; i <= 250; ++i)
            ids.push_back(1000 + i);
        post(ws.writer(), 1, "escalation", Start, {{"clock", "contain"}, {"findings", ids}, {"count", ids.size()}});
        post(ws.writer(), 1, "exception_expired", Start.addSecs(60), {{"exception", 7}, {"reopened", 3}});
        post(ws.writer(), 1, "exception_awaiting_decision", Start.addSecs(120),
             {{"exception", 9}, {"findings", 4}, {"tier", "high"}});
        NotificationPanel panel(ws.writer(), QString::fromStdString(ws.dbPath()));
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE(panel.model()->rowCount(), 3);
        QSignalSpy open(&panel, &NotificationPanel::openFindingsRequested);
        auto doubleClick = [&](int row) {
            QTableView* t = panel.table();
            const QRect rect = t->visualRect(panel.model()->index(row, NotificationModel::SubjectColumn));
            // The view acts on a double-click only on the item its press
            // selected: press first, as a hand does.
            QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, rect.center());
            QTest::mouseDClick(t->viewport(), Qt::LeftButton, {}, rect.center());
        };

        // Newest first: the exception awaiting decision (its "findings" is a count).
        doubleClick(0);
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.last().at(0).toString(), QStringLiteral("exception:9"));
        doubleClick(1);
        QTRY_COMPARE(open.count(), 2);
        QCOMPARE(open.last().at(0).toString(), QStringLiteral("exception:7"));
        // Where the filter language knows exceptions, it takes the form.
        if (findFilterField("exception"))
            QVERIFY(!FilterCompiler().check("exception:7").has_value());
        doubleClick(2);
        QTRY_COMPARE(open.count(), 3);
        const QString filter = open.last().at(0).toString();
        QVERIFY2(filter.startsWith(QStringLiteral("id:1001,1002,")), qPrintable(filter));

        // The core's filter language takes it, and it names exactly the first 200.
        const CompiledFilter compiled = FilterCompiler().compile(filter.toStdString());
        std::set<std::int64_t> bound;
        for (const auto& v : compiled.binds)
            bound.insert(std::get<std::int64_t>(v));
        QCOMPARE(bound.size(), std::size_t(NotificationPanel::MaxFilterIds));
        QCOMPARE(*bound.begin(), std::int64_t(1001));
        QCOMPARE(*bound.rbegin(), std::int64_t(1200));
    }

    void filterAndBodyOfOddBodies()
    {
        QCOMPARE(NotificationPanel::filterFor(QStringLiteral(R"({"findings": [3, 1, 2]})")), QStringLiteral("id:3,1,2"));
        QCOMPARE(NotificationPanel::filterFor(QStringLiteral(R"({"findings": ["x", -1, 4.5, 8]})")), QStringLiteral("id:8"));
        QCOMPARE(NotificationPanel::filterFor(QStringLiteral(R"({"findings": [], "exception": 3})")), QStringLiteral("exception:3"));
        QCOMPARE(NotificationPanel::filterFor(QStringLiteral(R"({"exception": "3"})")), QString());
        QCOMPARE(NotificationPanel::filterFor(QStringLiteral("not json")), QString());
        QCOMPARE(NotificationPanel::filterFor(QStringLiteral("[1,2]")), QString());
        // Nested deeper than anything the core writes: shown as stored, no recursion.
        const QString deep = QString(QStringLiteral("[")).repeated(100000) + QString(QStringLiteral("]")).repeated(100000);
        QCOMPARE(NotificationPanel::prettyBody(deep), deep);
        QCOMPARE(NotificationPanel::filterFor(deep), QString());
        QCOMPARE(NotificationPanel::prettyBody(QStringLiteral("{\"a\":1}")), QStringLiteral("{\n  \"a\": 1\n}"));
    }

    void unreadableWorkspaceSaysSo()
    {
        QTemporaryDir dir;
        NotificationModel model(dir.path() + QStringLiteral("/missing.sqlite"));
        QSignalSpy failed(&model, &NotificationModel::loadFailed);
        model.refresh();
        QVERIFY(failed.wait(10000));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }

    void screenshot()
    {
        TempWorkspace ws;
        post(ws.writer(), 1, "exception_awaiting_decision", Start,
             {{"exception", 12}, {"tier", "high"}, {"findings", 3}, {"requested_expiry", "2026-12-01T00:00:00.000Z"}});
        post(ws.writer(), 1, "exception_reminder", Start.addSecs(600), {{"exception", 4}, {"days_ahead", 7}});
        post(ws.writer(), 2, "escalation", Start.addSecs(1800),
             {{"clock", "acknowledge"}, {"share", 0.5}, {"findings", {101, 102, 103}}, {"count", 3},
              {"examples", {"openssl: buffer overread in X.509 name constraints", "glibc: iconv() out-of-bounds write"}}});
        NotificationPanel panel(ws.writer(), QString::fromStdString(ws.dbPath()));
        panel.resize(1000, 620);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE(panel.model()->rowCount(), 4);
        // One read, three unread.
        ws.writer()
            .run([](Database& db) { db.exec("UPDATE notifications SET read_at = '2026-10-14T12:00:00.000Z' WHERE id = 1"); })
            .get();
        QSignalSpy refreshed(panel.model(), &NotificationModel::refreshed);
        panel.refresh();
        QVERIFY(refreshed.wait(10000));
        panel.table()->setCurrentIndex(panel.model()->index(0, 0));
        QTest::qWait(100);
        QDir().mkpath(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR));
        QVERIFY(panel.grab().save(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR "/notifications.png")));
    }
};

QTEST_MAIN(TestNotifications)
#include "test_notifications.moc"
