// SPDX-License-Identifier: GPL-3.0-or-later
// What the expiry calendar shows: per local day, how many exceptions expire
// (or would, for requests not yet decided) and how urgent they are; the
// exceptions of one day; the agenda of the days ahead. Reads on the caller's
// connection (a reader thread's).
#pragma once

#include "exception_types.h"
#include "store/database.h"

#include <QDate>
#include <QTimeZone>

#include <vector>

namespace closeloop {

struct ExpiryDayCount
{
    QDate day;
    int total = 0;
    int expired = 0;
    int within7 = 0;
    int within30 = 0;
    int later = 0;
    int awaitingDecision = 0; // state requested
    ExpiryUrgency mostUrgent() const;
};

class ExceptionCalendarReader
{
public:
    explicit ExceptionCalendarReader(Database& db) : m_db(db) {}

    // Exceptions that are active, requested, or ended by expiry, by the local
    // day (in zone) of their expiry, for days in [from, to].
    std::vector<ExpiryDayCount> countsByDay(QDate from, QDate to, const QTimeZone& zone, const QDateTime& now);
    // The exceptions expiring on that local day, soonest first.
    std::vector<ExceptionRecord> onDay(QDate day, const QTimeZone& zone);
    // Active and requested exceptions expiring from now to now + days,
    // soonest first, then any already past their expiry but not yet handled.
    std::vector<ExceptionRecord> agenda(const QDateTime& now, int days);
    // One exception, or id 0 when there is none.
    ExceptionRecord byId(std::int64_t id);

private:
    Database& m_db;
};

} // namespace closeloop
