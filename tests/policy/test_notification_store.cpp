// SPDX-License-Identifier: GPL-3.0-or-later
// NotificationStore on a real workspace file, with notifications posted by
// the core's Notifier in writer transactions: newest first after an id and
// capped, every stored field carried; the read state and outbox file of a
// range; the unread count; "mark read up to" marks only up to its id (a later
// notification stays unread), counts in its own transaction, and refuses on a
// read-only connection without changing anything.
#include "feed_test_support.h"
#include "policy/notification_store.h"
#include "policy/notifier.h"
#include "store/store_writer.h"
#include "util/clock.h"

#include <QTest>
#include <QTimeZone>

#include <nlohmann/json.hpp>

using namespace closeloop;
using namespace closeloop::test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 10, 14), QTime(9, 30), QTimeZone::utc());

// Posts n notifications in one writer transaction, a minute apart from `from`;
// returns their ids in posting order.
std::vector<std::int64_t> post(StoreWriter& writer, int n, QDateTime from = Start)
{
    return writer
        .run([=](Database& db) {
            std::vector<std::int64_t> ids;
            Transaction tx(db);
            FixedClock clock(from);
            Notifier notifier(db, clock);
            for (int i = 0; i < n; ++i) {
                ids.push_back(notifier.post(i % 2 ? "exception_reminder" : "escalation",
                                            {"alice", "alice@example.com", "owner"}, "subject " + std::to_string(i + 1),
                                            {{"findings", {11, 12}}, {"n", i + 1}}));
                clock.advance(60);
            }
            tx.commit();
            return ids;
        })
        .get();
}

NotificationMarkResult markUpTo(StoreWriter& writer, std::int64_t id, const std::string& at)
{
    return writer.run([=](Database& db) { return NotificationStore(db).markReadUpTo(id, at); }).get();
}

std::vector<std::int64_t> idsOf(const std::vector<NotificationRecord>& records)
{
    std::vector<std::int64_t> ids;
    for (const auto& r : records)
        ids.push_back(r.id);
    return ids;
}

} // namespace

class TestNotificationStore : public QObject
{
    Q_OBJECT
private slots:
    void newestFirstAfterAnIdCapped()
    {
        TempWorkspace ws;
        const auto ids = post(ws.writer(), 5);
        QCOMPARE(ids.size(), std::size_t(5));
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        NotificationStore store(db);

        const auto newest = store.newerThan(0, 3);
        QCOMPARE(idsOf(newest), (std::vector<std::int64_t>{ids[4], ids[3], ids[2]}));
        QCOMPARE(idsOf(store.newerThan(ids[2], 100)), (std::vector<std::int64_t>{ids[4], ids[3]}));
        QVERIFY(store.newerThan(ids[4], 100).empty());
        QVERIFY(store.newerThan(0, 0).empty());

        // Every stored field, as stored.
        const NotificationRecord& r = newest.front();
        QCOMPARE(r.at, isoUtc(Start.addSecs(4 * 60)));
        QCOMPARE(r.kind, std::string("escalation"));
        QCOMPARE(r.recipient, std::string("alice"));
        QCOMPARE(r.contact, std::string("alice@example.com"));
        QCOMPARE(r.subject, std::string("subject 5"));
        const auto body = nlohmann::json::parse(r.body);
        QCOMPARE(body.value("n", 0), 5);
        QCOMPARE(body["recipient"].value("role", ""), std::string("owner"));
        QVERIFY(!r.read());
        QVERIFY(!r.readAt.has_value());
        QVERIFY(r.outboxFile.empty());
        QCOMPARE(newest[1].kind, std::string("exception_reminder"));
    }

    void markReadUpToLeavesLaterOnesUnread()
    {
        TempWorkspace ws;
        const auto ids = post(ws.writer(), 5);
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        NotificationStore store(db);
        QCOMPARE(store.unreadCount(), 5);

        const std::string at = isoUtc(Start.addSecs(3600));
        NotificationMarkResult m = markUpTo(ws.writer(), ids[2], at);
        QCOMPARE(m.marked, 3);
        QCOMPARE(m.unreadLeft, 2);
        QCOMPARE(store.unreadCount(), 2);
        for (const NotificationRecord& r : store.newerThan(0, 10)) {
            QCOMPARE(r.read(), r.id <= ids[2]);
            if (r.read())
                QCOMPARE(*r.readAt, at);
        }

        // Read ones keep their first read_at; only the two unread are marked.
        const auto later = post(ws.writer(), 1, Start.addSecs(7200));
        m = markUpTo(ws.writer(), ids[4], isoUtc(Start.addSecs(9000)));
        QCOMPARE(m.marked, 2);
        QCOMPARE(m.unreadLeft, 1); // the one posted after the id asked for
        QCOMPARE(*store.newerThan(0, 10).back().readAt, at);
        QVERIFY(!store.newerThan(ids[4], 10).front().read());
        QCOMPARE(store.newerThan(ids[4], 10).front().id, later[0]);

        // Nothing left up to that id: nothing marked.
        m = markUpTo(ws.writer(), ids[4], isoUtc(Start.addSecs(9999)));
        QCOMPARE(m.marked, 0);
        QCOMPARE(m.unreadLeft, 1);
    }

    void statesOfARange()
    {
        TempWorkspace ws;
        const auto ids = post(ws.writer(), 4);
        markUpTo(ws.writer(), ids[1], isoUtc(Start.addSecs(600)));
        const QTemporaryDir outbox;
        const std::string dir = (outbox.path() + QStringLiteral("/notifications")).toStdString();
        QCOMPARE(ws.writer().run([&](Database& db) { return writeOutbox(db, dir); }).get(), 4);

        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        const auto states = NotificationStore(db).statesBetween(ids[1], ids[3]);
        QCOMPARE(states.size(), std::size_t(3));
        for (std::size_t i = 0; i < states.size(); ++i) {
            QCOMPARE(states[i].id, ids[i + 1]);
            QCOMPARE(states[i].read, i == 0);
            // The outbox names a file after its id and kind.
            QCOMPARE(states[i].outboxFile.rfind(std::to_string(ids[i + 1]) + "-", 0), std::size_t(0));
        }
        QVERIFY(NotificationStore(db).statesBetween(ids[3] + 1, ids[3] + 100).empty());
    }

    void markOnAReadOnlyConnectionChangesNothing()
    {
        TempWorkspace ws;
        const auto ids = post(ws.writer(), 2);
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        NotificationStore store(db);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.markReadUpTo(ids[1], isoUtc(Start)));
        QCOMPARE(store.unreadCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestNotificationStore)
#include "test_notification_store.moc"
