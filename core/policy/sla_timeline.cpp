// SPDX-License-Identifier: GPL-3.0-or-later
// The replay of a finding's four SLA clocks. The rules, in one place, because
// the live clocks and the policy backtest must count alike:
//
// - acknowledge, contain and remediate start at detection when the class
//   gives them time (seconds > 0); verify starts at the first Remediated
//   event after it was last cleared. A clock counts working seconds on its
//   own calendar (ClockSpec::calendar; '' = calendar time).
// - Acknowledged stops acknowledge; Contained stops acknowledge and contain;
//   Remediated stops those three and starts verify; Verified and Closed stop
//   every clock still running or paused. After Verified or Closed a
//   Remediated starts no verify clock until the finding is Reopened: the
//   finding is done, nothing is left to prove.
// - Events for a clock that is already stopped do nothing to it.
// - Paused (an exception became active): every running clock pauses, its
//   worked time added to consumed. Paused while paused is a no-op. A verify
//   clock that starts during the pause starts paused. Resumed: with
//   onExceptionExpiry Restart every paused clock starts over with its whole
//   time; with Continue it goes on with what is left.
// - Reopened: with onReopen Restart acknowledge, contain and remediate start
//   over at the event with their whole time; with Continue they run again
//   from their consumed time. Either way verify is cleared (not started) and
//   a pause ends.
// - A running clock's dueAt is when its budget runs out, riskAt when it
//   passes atRiskShare of it. A clock whose budget ran out before a pause or
//   stop keeps the deadline it had when it ran out, so it still reads as
//   breached. A stopped clock keeps the deadline it had when it last ran; if
//   it was stopped while paused, the deadline it would have had had it
//   resumed then (the pause must not make it "met late").
// - A clock whose calendar has no working time has no deadline (dueAt
//   invalid) and never breaches. A calendar name the policy does not define
//   (the parser rejects it) counts calendar time.
// - Events before detection count as at detection; events with an invalid
//   time are ignored.
#include "sla_timeline.h"

#include <algorithm>
#include <cmath>

namespace closeloop {

const char* slaClockName(SlaClockKind k)
{
    switch (k) {
    case SlaClockKind::Acknowledge: return "acknowledge";
    case SlaClockKind::Contain: return "contain";
    case SlaClockKind::Remediate: return "remediate";
    case SlaClockKind::Verify: return "verify";
    }
    return "acknowledge";
}

std::optional<SlaClockKind> slaClockFromName(const std::string& name)
{
    for (int i = 0; i < SlaClockCount; ++i) {
        const auto k = static_cast<SlaClockKind>(i);
        if (name == slaClockName(k))
            return k;
    }
    return std::nullopt;
}

const char* findingEventName(FindingEventKind k)
{
    switch (k) {
    case FindingEventKind::Reopened: return "reopened";
    case FindingEventKind::Acknowledged: return "acknowledged";
    case FindingEventKind::Contained: return "contained";
    case FindingEventKind::Remediated: return "remediated";
    case FindingEventKind::Verified: return "verified";
    case FindingEventKind::Closed: return "closed";
    case FindingEventKind::Paused: return "paused";
    case FindingEventKind::Resumed: return "resumed";
    }
    return "reopened";
}

std::optional<FindingEventKind> findingEventFromName(const std::string& name)
{
    static constexpr FindingEventKind all[] = {
        FindingEventKind::Reopened, FindingEventKind::Acknowledged, FindingEventKind::Contained,
        FindingEventKind::Remediated, FindingEventKind::Verified, FindingEventKind::Closed,
        FindingEventKind::Paused, FindingEventKind::Resumed};
    for (FindingEventKind k : all)
        if (name == findingEventName(k))
            return k;
    return std::nullopt;
}

const char* slaStateName(SlaState s)
{
    switch (s) {
    case SlaState::NotStarted: return "not_started";
    case SlaState::OnTrack: return "on_track";
    case SlaState::AtRisk: return "at_risk";
    case SlaState::Breached: return "breached";
    case SlaState::Paused: return "paused";
    case SlaState::Met: return "met";
    case SlaState::MetLate: return "met_late";
    }
    return "not_started";
}

namespace {

// nullptr is calendar time; a default calendar counts it with the same
// bounds as every other calendar.
QDateTime addWorking(const BusinessCalendar* cal, const QDateTime& start, std::int64_t seconds)
{
    return cal ? cal->addWorkingSeconds(start, seconds) : BusinessCalendar().addWorkingSeconds(start, seconds);
}

std::int64_t workedBetween(const BusinessCalendar* cal, const QDateTime& from, const QDateTime& to)
{
    return cal ? cal->workingSecondsBetween(from, to) : BusinessCalendar().workingSecondsBetween(from, to);
}

std::int64_t shareOf(std::int64_t budget, double share)
{
    if (!std::isfinite(share) || share <= 0)
        return 0;
    return static_cast<std::int64_t>(std::llround(share * double(budget)));
}

// One clock during the replay, with what the replay needs beyond the state
// it returns.
struct Replayed
{
    SlaClockState s;
    const BusinessCalendar* calendar = nullptr; // nullptr = calendar time
    double atRiskShare = 0.75;
    QDateTime lastDue; // the deadline of its last run, for a clock whose budget ran out

    bool active() const { return s.started && !s.stopped(); } // running or paused

    void setDeadlines()
    {
        if (s.consumed >= s.budget && lastDue.isValid())
            s.dueAt = lastDue;
        else
            s.dueAt = shareReachedAt(s, calendar, 1.0);
        s.riskAt = shareReachedAt(s, calendar, atRiskShare);
        lastDue = s.dueAt;
    }

    void run(const QDateTime& at)
    {
        s.runningSince = at;
        s.paused = false;
        s.stoppedAt = QDateTime();
        setDeadlines();
    }

    void start(const QDateTime& at)
    {
        s.started = true;
        s.startedAt = at;
        s.consumed = 0;
        lastDue = QDateTime();
        run(at);
    }

    void startPaused(const QDateTime& at)
    {
        s.started = true;
        s.startedAt = at;
        s.consumed = 0;
        lastDue = QDateTime();
        pauseAt();
    }

    void bank(const QDateTime& at)
    {
        if (s.running())
            s.consumed += workedBetween(calendar, s.runningSince, at);
        s.runningSince = QDateTime();
        s.riskAt = QDateTime();
    }

    void pause(const QDateTime& at)
    {
        if (!s.running())
            return;
        bank(at);
        pauseAt();
    }

    void pauseAt()
    {
        s.runningSince = QDateTime();
        s.riskAt = QDateTime();
        s.dueAt = QDateTime();
        s.paused = true;
    }

    void stop(const QDateTime& at)
    {
        if (!active())
            return;
        const bool wasPaused = s.paused;
        bank(at);
        s.paused = false;
        s.stoppedAt = at;
        if (wasPaused && s.consumed < s.budget) {
            // As if it had resumed at the stop: a pause never makes it late.
            s.runningSince = at;
            s.dueAt = shareReachedAt(s, calendar, 1.0);
            s.runningSince = QDateTime();
        } else {
            s.dueAt = lastDue;
        }
    }

    void clear()
    {
        const SlaClockKind kind = s.kind;
        const std::int64_t budget = s.budget;
        s = SlaClockState{};
        s.kind = kind;
        s.budget = budget;
        lastDue = QDateTime();
    }
};

} // namespace

std::array<SlaClockState, SlaClockCount> replayClocks(const Policy& policy, const SlaClass& cls,
                                                      const QDateTime& detectedAt,
                                                      const std::vector<FindingEvent>& events)
{
    std::array<Replayed, SlaClockCount> clocks;
    for (int i = 0; i < SlaClockCount; ++i) {
        const ClockSpec& spec = cls.clocks[std::size_t(i)];
        Replayed& c = clocks[std::size_t(i)];
        c.s.kind = static_cast<SlaClockKind>(i);
        c.s.budget = std::max<std::int64_t>(0, spec.seconds);
        c.atRiskShare = cls.atRiskShare;
        if (!spec.calendar.empty()) {
            const auto it = policy.calendars.find(spec.calendar);
            if (it != policy.calendars.end() && !it->second.countsEveryHour())
                c.calendar = &it->second;
        }
    }
    auto has = [&](SlaClockKind k) { return clocks[std::size_t(k)].s.budget > 0; };
    auto clockOf = [&](SlaClockKind k) -> Replayed& { return clocks[std::size_t(k)]; };
    constexpr SlaClockKind firstThree[] = {SlaClockKind::Acknowledge, SlaClockKind::Contain, SlaClockKind::Remediate};

    const QDateTime detected = detectedAt.toUTC();
    if (detected.isValid())
        for (SlaClockKind k : firstThree)
            if (has(k))
                clockOf(k).start(detected);

    bool exceptionActive = false;
    bool done = false; // verified or closed until reopened
    for (const FindingEvent& e : events) {
        if (!e.at.isValid())
            continue;
        QDateTime at = e.at.toUTC();
        if (detected.isValid() && at < detected)
            at = detected;
        switch (e.kind) {
        case FindingEventKind::Acknowledged:
            clockOf(SlaClockKind::Acknowledge).stop(at);
            break;
        case FindingEventKind::Contained:
            clockOf(SlaClockKind::Acknowledge).stop(at);
            clockOf(SlaClockKind::Contain).stop(at);
            break;
        case FindingEventKind::Remediated: {
            for (SlaClockKind k : firstThree)
                clockOf(k).stop(at);
            Replayed& verify = clockOf(SlaClockKind::Verify);
            if (has(SlaClockKind::Verify) && !verify.s.started && !done) {
                if (exceptionActive)
                    verify.startPaused(at);
                else
                    verify.start(at);
            }
            break;
        }
        case FindingEventKind::Verified:
        case FindingEventKind::Closed:
            for (Replayed& c : clocks)
                c.stop(at);
            done = true;
            break;
        case FindingEventKind::Paused:
            if (exceptionActive)
                break;
            exceptionActive = true;
            for (Replayed& c : clocks)
                c.pause(at);
            break;
        case FindingEventKind::Resumed:
            if (!exceptionActive)
                break;
            exceptionActive = false;
            for (Replayed& c : clocks) {
                if (!c.s.started || !c.s.paused)
                    continue;
                if (policy.onExceptionExpiry == ClockResumeMode::Restart)
                    c.start(at);
                else
                    c.run(at);
            }
            break;
        case FindingEventKind::Reopened:
            exceptionActive = false;
            done = false;
            for (SlaClockKind k : firstThree) {
                Replayed& c = clockOf(k);
                if (!has(k))
                    continue;
                if (policy.onReopen == ClockResumeMode::Restart || !c.s.started) {
                    c.start(at);
                } else if (!c.s.running()) {
                    c.run(at);
                }
            }
            clockOf(SlaClockKind::Verify).clear();
            break;
        }
    }

    std::array<SlaClockState, SlaClockCount> out;
    for (int i = 0; i < SlaClockCount; ++i)
        out[std::size_t(i)] = clocks[std::size_t(i)].s;
    return out;
}

SlaState slaStateAt(const SlaClockState& c, const QDateTime& now)
{
    if (!c.started)
        return SlaState::NotStarted;
    if (c.stopped())
        return c.consumed > c.budget || (c.dueAt.isValid() && c.stoppedAt > c.dueAt) ? SlaState::MetLate
                                                                                    : SlaState::Met;
    if (c.paused)
        return c.consumed >= c.budget ? SlaState::Breached : SlaState::Paused;
    if (!c.running())
        return SlaState::NotStarted;
    if (c.dueAt.isValid() && now >= c.dueAt)
        return SlaState::Breached;
    if (c.riskAt.isValid() && now >= c.riskAt)
        return SlaState::AtRisk;
    return SlaState::OnTrack;
}

QDateTime shareReachedAt(const SlaClockState& c, const BusinessCalendar* calendar, double share)
{
    if (!c.running())
        return {};
    const std::int64_t target = shareOf(c.budget, share);
    if (c.consumed >= target)
        return c.runningSince;
    return addWorking(calendar, c.runningSince, target - c.consumed);
}

} // namespace closeloop
