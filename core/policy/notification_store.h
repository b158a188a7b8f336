// SPDX-License-Identifier: GPL-3.0-or-later
// The stored notifications as the console reads and marks them: the newest
// ones after an id, the read state and outbox file of a range already held,
// the unread count, and "mark read up to". Notifier posts them; this class
// is what a front end needs to show them without writing SQL of its own.
#pragma once

#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace closeloop {

struct NotificationRecord
{
    std::int64_t id = 0;
    std::string at;   // ISO 8601 UTC, as stored
    std::string kind; // escalation, exception_reminder, exception_expired, ...
    std::string recipient;
    std::string contact;
    std::string subject;
    std::string body;                  // JSON, as stored
    std::optional<std::string> readAt; // none while unread
    std::string outboxFile;            // empty until written to the outbox

    bool read() const { return readAt.has_value(); }
};

// What changes on a notification after it was first read.
struct NotificationState
{
    std::int64_t id = 0;
    bool read = false;
    std::string outboxFile;
};

struct NotificationMarkResult
{
    std::int64_t marked = 0;     // rows this call marked read
    std::int64_t unreadLeft = 0; // counted after, in the same transaction
};

class NotificationStore
{
public:
    explicit NotificationStore(Database& db) : m_db(db) {}

    // Notifications with an id above `afterId`, newest first, at most
    // `limit` of them. Several reads that must agree are the caller's to wrap
    // in one ReadSnapshot.
    std::vector<NotificationRecord> newerThan(std::int64_t afterId, int limit);
    // Read state and outbox file of every notification with an id in
    // [firstId, lastId] (a range a view already holds), by ascending id.
    std::vector<NotificationState> statesBetween(std::int64_t firstId, std::int64_t lastId);
    std::int64_t unreadCount();

    // Marks every unread notification with an id up to `upToId` read at `at`
    // (ISO UTC); ones posted later stay unread. Opens its own transaction, so
    // it needs a writable connection with none open (the writer's).
    NotificationMarkResult markReadUpTo(std::int64_t upToId, const std::string& at);

private:
    Database& m_db;
};

} // namespace closeloop
