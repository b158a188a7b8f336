// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_types.h"

#include "exception_calendar_reader.h"

namespace closeloop {

namespace {
constexpr qint64 DayMs = 86400 * 1000;
}

ExpiryUrgency expiryUrgency(const QDateTime& expiresAt, const QDateTime& now)
{
    // An expiry we cannot read is treated as passed: an exception must never
    // look safe because its date is broken.
    if (!expiresAt.isValid() || expiresAt <= now)
        return ExpiryUrgency::Expired;
    // The edges are inclusive, as the calendar's SQL counts them: exactly
    // seven days ahead is still "within 7 days".
    const qint64 aheadMs = now.msecsTo(expiresAt);
    if (aheadMs <= 7 * DayMs)
        return ExpiryUrgency::Within7Days;
    if (aheadMs <= 30 * DayMs)
        return ExpiryUrgency::Within30Days;
    return ExpiryUrgency::Later;
}

ExpiryUrgency ExpiryDayCount::mostUrgent() const
{
    if (expired > 0)
        return ExpiryUrgency::Expired;
    if (within7 > 0)
        return ExpiryUrgency::Within7Days;
    if (within30 > 0)
        return ExpiryUrgency::Within30Days;
    return ExpiryUrgency::Later;
}

} // namespace closeloop
