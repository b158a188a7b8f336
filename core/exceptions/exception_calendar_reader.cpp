// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_calendar_reader.h"

#include "util/clock.h"

#include <QDateTime>

#include <algorithm>
#include <string>

namespace closeloop {

namespace {

// The states the calendar shows: what will expire, what would if approved,
// and what did. Rejected, revoked and renewed exceptions never reach their
// expiry, so they have no place on it.
constexpr const char* CalendarStates = "('active', 'requested', 'expired')";
// Still waiting for the expiry sweep or a decision.
constexpr const char* OpenStates = "('active', 'requested')";

// Every query below filters on state IN (...) and a range of expires_at, so
// SQLite answers it with a few range scans of exceptions_by_state_expiry
// (tests check the plans). Times are compared as stored: ISO 8601 UTC with
// milliseconds orders as text.
constexpr const char* RecordColumns =
    "e.id, e.scope_kind, e.scope_value, e.service, e.justification, e.compensating_controls,"
    " e.tier, e.tier_rule, e.state, e.requested_by, e.requested_at, e.requested_expiry, e.expires_at,"
    " e.decided_by, e.decided_at, e.decision_reason, e.ended_at, e.ended_by, e.renewal_of,"
    " e.source, e.provenance, e.policy_version,"
    " (SELECT count(*) FROM exception_findings f WHERE f.exception_id = e.id)";

// A day view reaches a few weeks; bounded chunks keep the statement (three
// parameters a day) small whatever range a caller asks for.
constexpr int DaysPerStatement = 120;

QDateTime timeOrNull(const Statement& st, int col)
{
    return st.isNull(col) ? QDateTime() : parseUtcIso(st.text(col));
}

ExceptionRecord recordFrom(const Statement& st)
{
    ExceptionRecord r;
    r.id = st.int64(0);
    r.scopeKind = st.text(1);
    r.scopeValue = st.text(2);
    r.service = st.text(3);
    r.justification = st.text(4);
    r.compensatingControls = st.text(5);
    r.tier = st.text(6);
    r.tierRule = st.text(7);
    r.state = st.text(8);
    r.requestedBy = st.text(9);
    r.requestedAt = timeOrNull(st, 10);
    r.requestedExpiry = timeOrNull(st, 11);
    r.expiresAt = timeOrNull(st, 12);
    r.decidedBy = st.text(13);
    r.decidedAt = timeOrNull(st, 14);
    r.decisionReason = st.text(15);
    r.endedAt = timeOrNull(st, 16);
    r.endedBy = st.text(17);
    r.renewalOf = st.isNull(18) ? 0 : st.int64(18);
    r.source = st.text(19);
    r.provenance = st.text(20);
    r.policyVersion = st.text(21);
    r.findingCount = st.int64(22);
    return r;
}

// The first instant of a local day, as stored times are written. A day
// whose midnight a DST change skips starts at its first valid instant.
std::string dayStartIso(QDate day, const QTimeZone& zone)
{
    return isoUtc(day.startOfDay(zone));
}

std::vector<ExceptionRecord> readRecords(Statement& st)
{
    std::vector<ExceptionRecord> out;
    while (st.step())
        out.push_back(recordFrom(st));
    return out;
}

} // namespace

std::vector<ExpiryDayCount> ExceptionCalendarReader::countsByDay(QDate from, QDate to, const QTimeZone& zone,
                                                                 const QDateTime& now)
{
    std::vector<ExpiryDayCount> out;
    if (!from.isValid() || !to.isValid() || to < from || !zone.isValid())
        return out;
    const std::string nowIso = isoUtc(now);
    const std::string in7 = isoUtc(now.addDays(7));
    const std::string in30 = isoUtc(now.addDays(30));
    ReadSnapshot snapshot(m_db);
    for (QDate chunkStart = from; chunkStart <= to; chunkStart = chunkStart.addDays(DaysPerStatement)) {
        const QDate chunkEnd = std::min(to, chunkStart.addDays(DaysPerStatement - 1));
        const int n = int(chunkStart.daysTo(chunkEnd)) + 1;
        // The local days as UTC ranges, computed here because their length
        // changes with DST: a join against them groups by local day in SQL.
        std::string sql = "WITH days(day, lo, hi) AS (VALUES ";
        for (int i = 0; i < n; ++i) {
            const int p = 4 + 3 * i;
            sql += (i ? ",(?" : "(?") + std::to_string(p) + ",?" + std::to_string(p + 1) + ",?" +
                   std::to_string(p + 2) + ')';
        }
        sql += ")"
               " SELECT d.day, count(*),"
               " sum(e.expires_at <= ?1),"
               " sum(e.expires_at > ?1 AND e.expires_at <= ?2),"
               " sum(e.expires_at > ?2 AND e.expires_at <= ?3),"
               " sum(e.expires_at > ?3),"
               " sum(e.state = 'requested')"
               " FROM days d JOIN exceptions e ON e.state IN ";
        sql += CalendarStates;
        sql += " AND e.expires_at >= d.lo AND e.expires_at < d.hi"
               " GROUP BY d.day ORDER BY d.day";
        auto st = m_db.prepare(sql);
        st.bind(1, nowIso).bind(2, in7).bind(3, in30);
        for (int i = 0; i < n; ++i) {
            const QDate day = chunkStart.addDays(i);
            const int p = 4 + 3 * i;
            st.bind(p, std::int64_t(i)).bind(p + 1, dayStartIso(day, zone)).bind(p + 2, dayStartIso(day.addDays(1), zone));
        }
        while (st.step()) {
            ExpiryDayCount c;
            c.day = chunkStart.addDays(st.int64(0));
            c.total = int(st.int64(1));
            c.expired = int(st.int64(2));
            c.within7 = int(st.int64(3));
            c.within30 = int(st.int64(4));
            c.later = int(st.int64(5));
            c.awaitingDecision = int(st.int64(6));
            out.push_back(c);
        }
    }
    return out;
}

std::vector<ExceptionRecord> ExceptionCalendarReader::onDay(QDate day, const QTimeZone& zone)
{
    if (!day.isValid() || !zone.isValid())
        return {};
    auto st = m_db.prepare(std::string("SELECT ") + RecordColumns + " FROM exceptions e WHERE e.state IN " +
                           CalendarStates + " AND e.expires_at >= ?1 AND e.expires_at < ?2 ORDER BY e.expires_at, e.id");
    st.bind(1, dayStartIso(day, zone)).bind(2, dayStartIso(day.addDays(1), zone));
    return readRecords(st);
}

std::vector<ExceptionRecord> ExceptionCalendarReader::agenda(const QDateTime& now, int days)
{
    const std::string nowIso = isoUtc(now);
    const std::string until = isoUtc(now.addDays(std::max(0, days)));
    ReadSnapshot snapshot(m_db);
    auto ahead = m_db.prepare(std::string("SELECT ") + RecordColumns + " FROM exceptions e WHERE e.state IN " +
                              OpenStates + " AND e.expires_at > ?1 AND e.expires_at <= ?2 ORDER BY e.expires_at, e.id");
    ahead.bind(1, nowIso).bind(2, until);
    std::vector<ExceptionRecord> out = readRecords(ahead);
    // Past their expiry and still active or requested: the sweep has not run
    // yet (the app was closed). They need attention, so they are listed too.
    auto overdue = m_db.prepare(std::string("SELECT ") + RecordColumns + " FROM exceptions e WHERE e.state IN " +
                                OpenStates + " AND e.expires_at <= ?1 ORDER BY e.expires_at, e.id");
    overdue.bind(1, nowIso);
    std::vector<ExceptionRecord> past = readRecords(overdue);
    out.insert(out.end(), std::make_move_iterator(past.begin()), std::make_move_iterator(past.end()));
    return out;
}

ExceptionRecord ExceptionCalendarReader::byId(std::int64_t id)
{
    auto st = m_db.prepare(std::string("SELECT ") + RecordColumns + " FROM exceptions e WHERE e.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return {};
    return recordFrom(st);
}

} // namespace closeloop
