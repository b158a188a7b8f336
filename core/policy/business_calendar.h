// SPDX-License-Identifier: GPL-3.0-or-later
// A named working calendar of the policy: a time zone, working hours per
// weekday and holidays. SLA clocks that count business hours count the real
// time that falls inside working hours, so a day on which the clocks change
// (DST) holds the working time its wall-clock hours really last.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace closeloop {

// Wall-clock working hours on one day, [from, to); to may be 24:00, written
// as QTime() (invalid) meaning midnight at the end of the day.
struct WorkingHours
{
    QTime from;
    QTime to;
};

class BusinessCalendar
{
public:
    // Every hour of every day counts (calendar time).
    BusinessCalendar();
    // hours[0] is Monday .. hours[6] Sunday (QDate::dayOfWeek() - 1); an empty
    // list is a day off. Ranges of one day are sorted and do not overlap (the
    // policy parser checks that). Holidays are local dates.
    BusinessCalendar(std::string name, QTimeZone zone, std::array<std::vector<WorkingHours>, 7> hours,
                     std::set<QDate> holidays);

    const std::string& name() const { return m_name; }
    bool countsEveryHour() const { return m_always; }
    const QTimeZone& zone() const { return m_zone; }

    // The instant at which `seconds` of working time counted from `start`
    // have passed (UTC). 0 seconds from outside working hours is `start`.
    // Gives an invalid QDateTime when the calendar has no working time in the
    // next ten years (no working days).
    QDateTime addWorkingSeconds(const QDateTime& start, std::int64_t seconds) const;
    // Working seconds in [from, to); 0 when to <= from.
    std::int64_t workingSecondsBetween(const QDateTime& from, const QDateTime& to) const;
    // Whether the instant falls inside working hours.
    bool isWorking(const QDateTime& at) const;

private:
    std::string m_name;
    bool m_always = true;
    QTimeZone m_zone;
    std::array<std::vector<WorkingHours>, 7> m_hours;
    std::set<QDate> m_holidays;
};

} // namespace closeloop
