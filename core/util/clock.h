// SPDX-License-Identifier: GPL-3.0-or-later
// Time as Closeloop stores it: ISO 8601 in UTC with milliseconds.
#pragma once

#include <QDateTime>

#include <cstdint>
#include <optional>
#include <string>

namespace closeloop {

// Where the core reads the time. Services that decide by time (SLA clocks,
// exception expiry, escalation) are given one, so that tests and users can
// evaluate at a chosen instant (closeloop-cli --now).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    std::string nowIso() const;        // ISO 8601 UTC with milliseconds
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// Always the instant it was given.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(at.toUTC()) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = at.toUTC(); }
    void advance(std::int64_t seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};

// The clock of services that were not given one.
const Clock& systemClock();

// A time as Closeloop stores it.
std::string isoUtc(const QDateTime& t);

std::string nowUtcIso();
// The OS user running Closeloop, the default actor of audit entries.
std::string currentOsUser();
// A stored time; one without a zone is UTC, as every stored time is.
QDateTime parseUtcIso(const std::string& iso);
// Days from one stored time to another (at least 0); nullopt if either is
// not a time.
std::optional<double> daysBetweenIso(const std::string& from, const std::string& to);

} // namespace closeloop
