// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications: stored in the workspace in the transaction of what caused
// them (the app shows them and raises desktop notifications for new ones),
// then written to the outbox folder as JSON files, one per notification,
// by whoever committed them (writeOutbox, after the commit).
#pragma once

#include "store/database.h"
#include "util/clock.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace closeloop {

struct Recipient
{
    std::string name;    // a person, or a team ref
    std::string contact; // e-mail, chat handle, phone, URL: as the catalog gives it
    std::string role;    // owner, backup, manager, operations-lead, security, managers
};

class Notifier
{
public:
    Notifier(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    std::int64_t post(const std::string& kind, const Recipient& to, const std::string& subject, nlohmann::json body);

    // The escalation chain of a service (catalog ref); step is owner,
    // backup, manager or operations-lead. Falls back to the service's owner
    // group, then "unassigned".
    Recipient chainMember(const std::string& serviceRef, const std::string& step, const std::string& ownerFallback);

    // Findings that just became known exploited (a KEV load or an import
    // of findings with a listed CVE): the security team is told at once.
    // Nothing is posted for 0.
    void knownExploited(std::int64_t count, const std::string& source);

private:
    Database& m_db;
    const Clock& m_clock;
};

// <workspace>.outbox/notifications next to the database file.
std::string notificationOutboxDir(const std::string& dbPath);
// Writes notifications not yet in the outbox (atomic file per notification:
// temp file + rename) and records their file names. Returns how many.
// Failures leave them for the next call; throws nothing for I/O errors.
std::int64_t writeOutbox(Database& db, const std::string& dir);

} // namespace closeloop
