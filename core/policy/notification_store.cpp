// SPDX-License-Identifier: GPL-3.0-or-later
#include "notification_store.h"

namespace closeloop {

namespace {

// No index on read_at: notifications are thousands, not millions, and this
// scans only their small rows' one column.
std::int64_t countUnread(Database& db)
{
    auto st = db.prepare("SELECT count(*) FROM notifications WHERE read_at IS NULL");
    return st.step() ? st.int64(0) : 0;
}

} // namespace

std::vector<NotificationRecord> NotificationStore::newerThan(std::int64_t afterId, int limit)
{
    std::vector<NotificationRecord> out;
    auto st = m_db.prepare("SELECT id, at, kind, recipient, contact, subject, body, read_at, outbox_file"
                           " FROM notifications WHERE id > ? ORDER BY id DESC LIMIT ?");
    st.bind(1, afterId).bind(2, limit);
    while (st.step()) {
        NotificationRecord r;
        r.id = st.int64(0);
        r.at = st.text(1);
        r.kind = st.text(2);
        r.recipient = st.text(3);
        r.contact = st.text(4);
        r.subject = st.text(5);
        r.body = st.text(6);
        if (!st.isNull(7))
            r.readAt = st.text(7);
        r.outboxFile = st.text(8);
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<NotificationState> NotificationStore::statesBetween(std::int64_t firstId, std::int64_t lastId)
{
    std::vector<NotificationState> out;
    auto st = m_db.prepare("SELECT id, read_at IS NOT NULL, outbox_file FROM notifications"
                           " WHERE id BETWEEN ? AND ? ORDER BY id");
    st.bind(1, firstId).bind(2, lastId);
    while (st.step())
        out.push_back({st.int64(0), st.int64(1) != 0, st.text(2)});
    return out;
}

std::int64_t NotificationStore::unreadCount()
{
    return countUnread(m_db);
}

NotificationMarkResult NotificationStore::markReadUpTo(std::int64_t upToId, const std::string& at)
{
    NotificationMarkResult r;
    Transaction tx(m_db);
    auto mark = m_db.prepare("UPDATE notifications SET read_at = ? WHERE read_at IS NULL AND id <= ?");
    mark.bind(1, at).bind(2, upToId);
    mark.exec();
    r.marked = m_db.changes();
    // In the same transaction: the count left agrees with what was marked.
    r.unreadLeft = countUnread(m_db);
    tx.commit();
    return r;
}

} // namespace closeloop
