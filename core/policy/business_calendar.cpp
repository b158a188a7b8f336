// SPDX-License-Identifier: GPL-3.0-or-later
// Working time is counted in real (UTC) milliseconds. Each working range of
// a local date is turned into a UTC interval; everything else is arithmetic
// on those intervals, so DST days hold the time their wall-clock hours last.
//
// Wall time to UTC: a wall time t on a local date is the first instant at
// which the zone's clock reads t or later. So a time inside the spring-
// forward gap is the transition instant (02:30 in Berlin on 2026-03-29 is
// 03:00 CEST, 01:00Z), and a time in the repeated hour of the autumn change
// is its first occurrence. We resolve this ourselves rather than through
// QDateTime(date, time, zone): Qt 6.4 gives an invalid QDateTime inside the
// gap, and later Qt versions changed how gaps and overlaps resolve; the
// policy's deadlines must not move with a Qt upgrade.
//
// Speed: a deadline is computed for each new finding, and a QDateTime per
// range boundary costs ~0.3 us, so a 30-business-day walk would take ~25 us.
// ZoneWalker instead learns the zone's offset and the next transition once
// per call and converts by arithmetic; only boundaries within a day of a
// transition take the careful path.
#include "business_calendar.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace closeloop {

namespace {

constexpr std::int64_t MsPerDay = 86'400'000;
constexpr std::int64_t JulianDayOfEpoch = 2'440'588; // 1970-01-01
// Offsets of one zone differ by at most a day (Samoa skipped 2011-12-30), so
// a wall time further than this from any transition has one meaning.
constexpr std::int64_t TransitionMargin = 25LL * 3'600'000;
// No working time for this long: the calendar has none (the header's promise).
constexpr std::int64_t EmptyCalendarDays = 3653;
// A deadline further away than this (200 years) is not a deadline: the
// result is invalid. It bounds the walk for absurd budgets (the policy
// parser bounds budgets far below it).
constexpr std::int64_t MaxWalkDays = 36525 * 2;
constexpr std::int64_t MaxSeconds = std::numeric_limits<std::int64_t>::max() / 1000 / 4;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QDateTime utcFromMs(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Converts between UTC and the zone's wall time for one forward walk.
class ZoneWalker
{
public:
    ZoneWalker(const QTimeZone& zone, std::int64_t aroundMs) : m_zone(zone)
    {
        // Start the known stretch a few days early: the walk begins on the day
        // before the start's local date, and those boundaries should be fast.
        const std::int64_t from = aroundMs - 4 * MsPerDay;
        const QDateTime at = utcFromMs(from);
        m_known = from;
        m_offset = std::int64_t(m_zone.offsetFromUtc(at)) * 1000;
        loadNext(at);
    }

    // The zone's offset at a UTC instant; instants must not go backwards
    // past the known stretch (the walk only moves forward).
    std::int64_t offsetAt(std::int64_t utcMs)
    {
        if (utcMs < m_known)
            return std::int64_t(m_zone.offsetFromUtc(utcFromMs(utcMs))) * 1000;
        while (utcMs >= m_next)
            advance();
        return m_offset;
    }

    // The first instant at which the wall clock reads `localMs` or later.
    std::int64_t toUtc(std::int64_t localMs)
    {
        for (;;) {
            const std::int64_t guess = localMs - m_offset;
            if (m_next != Never && guess >= m_next + TransitionMargin) {
                advance();
                continue;
            }
            if (guess >= m_known + TransitionMargin && (m_next == Never || guess < m_next - TransitionMargin))
                return guess;
            return toUtcNearTransition(localMs);
        }
    }

private:
    static constexpr std::int64_t Never = std::numeric_limits<std::int64_t>::max();

    void loadNext(const QDateTime& after)
    {
        const QTimeZone::OffsetData t = m_zone.nextTransition(after);
        if (t.atUtc.isValid()) {
            m_next = t.atUtc.toMSecsSinceEpoch();
            m_nextOffset = std::int64_t(t.offsetFromUtc) * 1000;
        } else {
            m_next = Never;
        }
    }

    void advance()
    {
        m_known = m_next;
        m_offset = m_nextOffset;
        loadNext(utcFromMs(m_next));
    }

    // The minimum over the zone's stretches of constant offset around the
    // wall time of the first instant in each that reads localMs or later.
    std::int64_t toUtcNearTransition(std::int64_t localMs) const
    {
        std::int64_t begin = localMs - 3 * MsPerDay;
        const std::int64_t stop = localMs + 3 * MsPerDay;
        std::int64_t offset = std::int64_t(m_zone.offsetFromUtc(utcFromMs(begin))) * 1000;
        std::optional<std::int64_t> best;
        while (begin < stop) {
            const QTimeZone::OffsetData t = m_zone.nextTransition(utcFromMs(begin));
            const std::int64_t end = t.atUtc.isValid() ? t.atUtc.toMSecsSinceEpoch() : Never;
            const std::int64_t x = std::max(begin, localMs - offset);
            if (x < end)
                best = best ? std::min(*best, x) : x;
            if (end == Never || end <= begin)
                break;
            begin = end;
            offset = std::int64_t(t.offsetFromUtc) * 1000;
        }
        return best ? *best : localMs - offset;
    }

    const QTimeZone& m_zone;
    std::int64_t m_known = 0;      // the offset is m_offset on [m_known, m_next)
    std::int64_t m_offset = 0;
    std::int64_t m_next = Never;
    std::int64_t m_nextOffset = 0;
};

std::int64_t msOfDay(const QTime& t)
{
    return t.isValid() ? std::int64_t(t.msecsSinceStartOfDay()) : 0;
}

} // namespace

BusinessCalendar::BusinessCalendar() = default;

BusinessCalendar::BusinessCalendar(std::string name, QTimeZone zone, std::array<std::vector<WorkingHours>, 7> hours,
                                   std::set<QDate> holidays)
    : m_name(std::move(name)),
      m_always(false),
      // An unknown zone would make every conversion invalid; the parser
      // rejects it, and UTC keeps a hand-built calendar usable.
      m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc()),
      m_hours(std::move(hours)),
      m_holidays(std::move(holidays))
{
}

namespace {

// Walks the working intervals (UTC ms) of a calendar from the local day
// before `fromMs`, calling fn(begin, end) for each until it returns false.
// Gives up without a word when there is no working time for ten years or the
// walk passes 200 years; callers see that fn was never told "enough".
template<class Fn>
void walkWorkingIntervals(const QTimeZone& zone, const std::array<std::vector<WorkingHours>, 7>& hours,
                          const std::set<QDate>& holidays, std::int64_t fromMs, Fn&& fn)
{
    bool anyDay = false;
    for (const auto& day : hours)
        anyDay = anyDay || !day.empty();
    if (!anyDay)
        return;

    ZoneWalker walker(zone, fromMs);
    const std::int64_t firstDay = floorDiv(fromMs + walker.offsetAt(fromMs), MsPerDay) - 1;
    std::int64_t lastWorkingDay = firstDay;
    for (std::int64_t day = firstDay;; ++day) {
        if (day - lastWorkingDay > EmptyCalendarDays || day - firstDay > MaxWalkDays)
            return;
        const QDate date = QDate::fromJulianDay(day + JulianDayOfEpoch);
        const auto& ranges = hours[std::size_t(date.dayOfWeek() - 1)];
        if (ranges.empty() || (!holidays.empty() && holidays.count(date)))
            continue;
        const std::int64_t dayMs = day * MsPerDay;
        for (const WorkingHours& r : ranges) {
            const std::int64_t begin = walker.toUtc(dayMs + msOfDay(r.from));
            const std::int64_t end = walker.toUtc(r.to.isValid() ? dayMs + r.to.msecsSinceStartOfDay() : dayMs + MsPerDay);
            if (end <= begin)
                continue;
            lastWorkingDay = day;
            if (!fn(begin, end))
                return;
        }
    }
}

} // namespace

QDateTime BusinessCalendar::addWorkingSeconds(const QDateTime& start, std::int64_t seconds) const
{
    if (!start.isValid())
        return {};
    if (seconds <= 0)
        return start.toUTC();
    if (seconds > MaxSeconds || (m_always && seconds > MaxWalkDays * 86'400))
        return {};
    const std::int64_t startMs = start.toMSecsSinceEpoch();
    if (m_always)
        return utcFromMs(startMs + seconds * 1000);

    std::int64_t remaining = seconds * 1000;
    std::optional<std::int64_t> result;
    walkWorkingIntervals(m_zone, m_hours, m_holidays, startMs, [&](std::int64_t begin, std::int64_t end) {
        begin = std::max(begin, startMs);
        if (end <= begin)
            return true;
        // <=: the last working second may end exactly at the range's end,
        // and then the deadline is that end, not the next range's start.
        if (remaining <= end - begin) {
            result = begin + remaining;
            return false;
        }
        remaining -= end - begin;
        return true;
    });
    return result ? utcFromMs(*result) : QDateTime();
}

std::int64_t BusinessCalendar::workingSecondsBetween(const QDateTime& from, const QDateTime& to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const std::int64_t fromMs = from.toMSecsSinceEpoch();
    const std::int64_t toMs = to.toMSecsSinceEpoch();
    if (toMs <= fromMs)
        return 0;
    if (m_always)
        return (toMs - fromMs) / 1000;

    std::int64_t total = 0;
    walkWorkingIntervals(m_zone, m_hours, m_holidays, fromMs, [&](std::int64_t begin, std::int64_t end) {
        if (begin >= toMs)
            return false;
        begin = std::max(begin, fromMs);
        end = std::min(end, toMs);
        if (end > begin)
            total += end - begin;
        return true;
    });
    return total / 1000;
}

bool BusinessCalendar::isWorking(const QDateTime& at) const
{
    if (!at.isValid())
        return false;
    if (m_always)
        return true;
    const std::int64_t atMs = at.toMSecsSinceEpoch();
    bool working = false;
    walkWorkingIntervals(m_zone, m_hours, m_holidays, atMs, [&](std::int64_t begin, std::int64_t end) {
        if (begin > atMs)
            return false;
        working = atMs < end;
        return !working;
    });
    return working;
}

} // namespace closeloop
