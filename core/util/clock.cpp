// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QDateTime>

#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace closeloop {

std::string Clock::nowIso() const
{
    return isoUtc(now());
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

std::string isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

std::string nowUtcIso()
{
    return systemClock().nowIso();
}

std::string currentOsUser()
{
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return pw->pw_name;
    if (const char* u = std::getenv("USER"))
        return u;
    return "uid:" + std::to_string(::geteuid());
}

QDateTime parseUtcIso(const std::string& iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // stored times are UTC even when the zone was left off
    return dt;
}

std::optional<double> daysBetweenIso(const std::string& from, const std::string& to)
{
    const QDateTime a = parseUtcIso(from);
    const QDateTime b = parseUtcIso(to);
    if (!a.isValid() || !b.isValid())
        return std::nullopt;
    return std::max<double>(0.0, double(a.secsTo(b)) / 86400.0);
}

double oneDecimal(double v)
{
    return double(std::llround(v * 10)) / 10;
}

} // namespace closeloop
