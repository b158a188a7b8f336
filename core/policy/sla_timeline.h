// SPDX-License-Identifier: GPL-3.0-or-later
// A finding's four SLA clocks, replayed from what happened to it: when it
// was detected, and the events since (acknowledged, contained, remediated,
// verified, closed, reopened, exception paused/resumed). The same replay
// serves the live clocks and a backtest of another policy over history, so
// both count alike. Pure: no database, no "now".
#pragma once

#include "policy.h"

#include <QDateTime>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace closeloop {

enum class FindingEventKind {
    Reopened,     // the finding came back (import or exception expiry): onReopen applies
    Acknowledged, // someone took it (first decision): stops acknowledge
    Contained,    // exposure limited: stops acknowledge and contain
    Remediated,   // fix applied, waiting for proof: stops acknowledge, contain, remediate; starts verify
    Verified,     // fix proven: stops verify
    Closed,       // false positive or suppressed: stops every clock, no breach after
    Paused,       // an exception became active: running clocks pause
    Resumed,      // the exception ended: onExceptionExpiry applies
};
const char* findingEventName(FindingEventKind k);
std::optional<FindingEventKind> findingEventFromName(const std::string& name);

struct FindingEvent
{
    QDateTime at; // UTC
    FindingEventKind kind = FindingEventKind::Acknowledged;
};

struct SlaClockState
{
    SlaClockKind kind = SlaClockKind::Acknowledge;
    bool started = false;        // the class has this clock and it has started
    std::int64_t budget = 0;     // the clock's time, seconds (working seconds on a calendar)
    QDateTime startedAt;         // its last (re)start
    std::int64_t consumed = 0;   // seconds used before runningSince, or in all when stopped/paused
    QDateTime runningSince;      // invalid when not running
    bool paused = false;
    QDateTime stoppedAt;         // invalid while not stopped
    QDateTime dueAt;             // running: when it breaches; stopped: the deadline it had then;
                                 // paused: invalid
    QDateTime riskAt;            // running: when it becomes at risk
    bool running() const { return started && runningSince.isValid(); }
    bool stopped() const { return stoppedAt.isValid(); }
};

enum class SlaState { NotStarted, OnTrack, AtRisk, Breached, Paused, Met, MetLate };
const char* slaStateName(SlaState s); // not_started, on_track, at_risk, breached, paused, met, met_late

// events must be sorted by time (ties keep their order).
std::array<SlaClockState, SlaClockCount> replayClocks(const Policy& policy, const SlaClass& cls,
                                                      const QDateTime& detectedAt,
                                                      const std::vector<FindingEvent>& events);

// The clock's state at `now`. A paused clock past its time before pausing
// stays Breached.
SlaState slaStateAt(const SlaClockState& c, const QDateTime& now);

// When a running clock reaches `share` of its time (the escalation and risk
// thresholds), on the clock's calendar; invalid when not running. A share
// already passed gives runningSince.
QDateTime shareReachedAt(const SlaClockState& c, const BusinessCalendar* calendar, double share);

} // namespace closeloop
