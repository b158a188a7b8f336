// SPDX-License-Identifier: GPL-3.0-or-later
// The SLA clock replay: which event starts and stops which clock, pause and
// resume under exceptions, reopen by policy (restart or continue), breach
// while paused, met late, and business-hours clocks, on hand-built policies.
#include "policy/sla_timeline.h"
#include "policy_test_support.h"

#include <QTest>

using namespace closeloop;
using namespace closeloop::test;

namespace {

constexpr std::int64_t H = 3600;

// Mon 2026-05-11 10:00 UTC.
const QDateTime T0 = utc("2026-05-11T10:00:00Z");

QDateTime at(double hours)
{
    return T0.addSecs(std::int64_t(hours * 3600));
}

Policy makePolicy(ClockResumeMode onReopen = ClockResumeMode::Restart,
                  ClockResumeMode onExpiry = ClockResumeMode::Continue)
{
    Policy p;
    p.onReopen = onReopen;
    p.onExceptionExpiry = onExpiry;
    std::array<std::vector<WorkingHours>, 7> week;
    for (int d = 0; d < 5; ++d)
        week[std::size_t(d)] = {{QTime(9, 0), QTime(17, 0)}};
    p.calendars.emplace("office", BusinessCalendar("office", QTimeZone(QByteArray("Europe/Berlin")), week, {}));
    return p;
}

// acknowledge 4 h, contain 1 day, remediate 7 days (calendar time),
// verify 2 days.
SlaClass plainClass()
{
    SlaClass c;
    c.id = "high";
    c.clocks[0].seconds = 4 * H;
    c.clocks[1].seconds = 24 * H;
    c.clocks[2].seconds = 7 * 24 * H;
    c.clocks[3].seconds = 48 * H;
    c.atRiskShare = 0.75;
    return c;
}

using Clocks = std::array<SlaClockState, SlaClockCount>;

const SlaClockState& ack(const Clocks& c) { return c[0]; }
const SlaClockState& contain(const Clocks& c) { return c[1]; }
const SlaClockState& remediate(const Clocks& c) { return c[2]; }
const SlaClockState& verify(const Clocks& c) { return c[3]; }

QString state(const SlaClockState& c, const QDateTime& now)
{
    return QString::fromLatin1(slaStateName(slaStateAt(c, now)));
}

Clocks replay(const Policy& p, const SlaClass& cls, std::vector<FindingEvent> events)
{
    return replayClocks(p, cls, T0, events);
}

} // namespace

class TestSlaTimeline : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        for (int i = 0; i < SlaClockCount; ++i) {
            const auto k = static_cast<SlaClockKind>(i);
            QCOMPARE(slaClockFromName(slaClockName(k)), std::optional<SlaClockKind>(k));
        }
        QCOMPARE(std::string(slaClockName(SlaClockKind::Remediate)), std::string("remediate"));
        QVERIFY(!slaClockFromName("Remediate"));
        const char* events[] = {"reopened", "acknowledged", "contained", "remediated", "verified", "closed", "paused", "resumed"};
        for (const char* name : events) {
            const auto k = findingEventFromName(name);
            QVERIFY2(k.has_value(), name);
            QCOMPARE(std::string(findingEventName(*k)), std::string(name));
        }
        QVERIFY(!findingEventFromName("opened"));
        QCOMPARE(std::string(slaStateName(SlaState::MetLate)), std::string("met_late"));
        QCOMPARE(std::string(slaStateName(SlaState::NotStarted)), std::string("not_started"));
        QCOMPARE(std::string(slaStateName(SlaState::AtRisk)), std::string("at_risk"));
    }

    void plainRun()
    {
        const Clocks c = replay(makePolicy(), plainClass(), {});
        QVERIFY(ack(c).started && ack(c).running());
        QCOMPARE(iso(ack(c).startedAt), iso(T0));
        QCOMPARE(iso(ack(c).dueAt), iso(at(4)));
        QCOMPARE(iso(ack(c).riskAt), iso(at(3)));
        QCOMPARE(iso(contain(c).dueAt), iso(at(24)));
        QCOMPARE(iso(remediate(c).dueAt), iso(at(7 * 24)));
        QCOMPARE(remediate(c).budget, 7 * 24 * H);
        QVERIFY(!verify(c).started);
        QCOMPARE(verify(c).budget, 48 * H);
        QCOMPARE(state(ack(c), at(1)), QStringLiteral("on_track"));
        QCOMPARE(state(ack(c), at(3)), QStringLiteral("at_risk"));
        QCOMPARE(state(ack(c), at(3.99)), QStringLiteral("at_risk"));
        QCOMPARE(state(ack(c), at(4)), QStringLiteral("breached"));
        QCOMPARE(state(contain(c), at(4)), QStringLiteral("on_track"));
        QCOMPARE(state(verify(c), at(4)), QStringLiteral("not_started"));
    }

    void clockWithoutTimeNeverStarts()
    {
        SlaClass cls = plainClass();
        cls.clocks[1].seconds = 0;
        cls.clocks[3].seconds = 0;
        const Clocks c = replay(makePolicy(), cls, {{at(1), FindingEventKind::Remediated}});
        QVERIFY(!contain(c).started);
        QVERIFY(!verify(c).started);
        QCOMPARE(state(contain(c), at(2)), QStringLiteral("not_started"));
        QVERIFY(ack(c).stopped());
    }

    void acknowledgedStopsAcknowledge()
    {
        const Clocks c = replay(makePolicy(), plainClass(), {{at(1), FindingEventKind::Acknowledged}});
        QVERIFY(ack(c).stopped() && !ack(c).running());
        QCOMPARE(iso(ack(c).stoppedAt), iso(at(1)));
        QCOMPARE(ack(c).consumed, H);
        QCOMPARE(iso(ack(c).dueAt), iso(at(4)));
        QCOMPARE(state(ack(c), at(10)), QStringLiteral("met"));
        QVERIFY(contain(c).running() && remediate(c).running());
        QVERIFY(!verify(c).started);
    }

    void containedStopsAcknowledgeAndContain()
    {
        const Clocks c = replay(makePolicy(), plainClass(), {{at(2), FindingEventKind::Contained}});
        QVERIFY(ack(c).stopped());
        QVERIFY(contain(c).stopped());
        QCOMPARE(contain(c).consumed, 2 * H);
        QVERIFY(remediate(c).running());
        QVERIFY(!verify(c).started);
    }

    void remediatedStartsVerify()
    {
        const Clocks c = replay(makePolicy(), plainClass(),
                                {{at(1), FindingEventKind::Acknowledged}, {at(30), FindingEventKind::Remediated}});
        QCOMPARE(iso(ack(c).stoppedAt), iso(at(1))); // already stopped: not moved
        QVERIFY(contain(c).stopped() && remediate(c).stopped());
        QCOMPARE(state(contain(c), at(40)), QStringLiteral("met_late")); // 30 h of a 24 h clock
        QCOMPARE(state(remediate(c), at(40)), QStringLiteral("met"));
        QVERIFY(verify(c).running());
        QCOMPARE(iso(verify(c).startedAt), iso(at(30)));
        QCOMPARE(iso(verify(c).dueAt), iso(at(78)));
        QCOMPARE(iso(verify(c).riskAt), iso(at(66)));
        QCOMPARE(state(verify(c), at(70)), QStringLiteral("at_risk"));
    }

    void verifiedStopsVerify()
    {
        const Clocks c = replay(makePolicy(), plainClass(),
                                {{at(1), FindingEventKind::Remediated}, {at(5), FindingEventKind::Verified},
                                 {at(6), FindingEventKind::Remediated}});
        QVERIFY(verify(c).stopped());
        QCOMPARE(iso(verify(c).stoppedAt), iso(at(5)));
        QCOMPARE(verify(c).consumed, 4 * H);
        QCOMPARE(state(verify(c), at(100)), QStringLiteral("met"));
    }

    void verifiedBeforeRemediatedStopsAll()
    {
        const Clocks c = replay(makePolicy(), plainClass(),
                                {{at(2), FindingEventKind::Verified}, {at(3), FindingEventKind::Remediated}});
        for (int i = 0; i < 3; ++i)
            QVERIFY(c[std::size_t(i)].stopped());
        QCOMPARE(iso(remediate(c).stoppedAt), iso(at(2)));
        QVERIFY(!verify(c).started); // done: a later Remediated proves nothing new
    }

    void closedStopsEverything()
    {
        const Clocks c = replay(makePolicy(), plainClass(),
                                {{at(1), FindingEventKind::Acknowledged}, {at(2), FindingEventKind::Closed},
                                 {at(3), FindingEventKind::Remediated}, {at(4), FindingEventKind::Acknowledged}});
        QCOMPARE(iso(ack(c).stoppedAt), iso(at(1)));
        QCOMPARE(iso(contain(c).stoppedAt), iso(at(2)));
        QCOMPARE(iso(remediate(c).stoppedAt), iso(at(2)));
        QVERIFY(!verify(c).started);
        QCOMPARE(state(remediate(c), at(1000)), QStringLiteral("met")); // no breach after closing
    }

    void closedStopsARunningVerify()
    {
        const Clocks c = replay(makePolicy(), plainClass(),
                                {{at(1), FindingEventKind::Remediated}, {at(60), FindingEventKind::Closed}});
        QVERIFY(verify(c).stopped());
        QCOMPARE(verify(c).consumed, 59 * H);
        QCOMPARE(state(verify(c), at(100)), QStringLiteral("met_late"));
    }

    void pauseAndResumeContinue()
    {
        const Clocks c = replay(makePolicy(ClockResumeMode::Restart, ClockResumeMode::Continue), plainClass(),
                                {{at(1), FindingEventKind::Paused}, {at(11), FindingEventKind::Resumed}});
        QCOMPARE(ack(c).consumed, H);
        QCOMPARE(iso(ack(c).startedAt), iso(T0));
        QCOMPARE(iso(ack(c).runningSince), iso(at(11)));
        QVERIFY(!ack(c).paused);
        QCOMPARE(iso(ack(c).dueAt), iso(at(14)));
        QCOMPARE(iso(ack(c).riskAt), iso(at(13)));
        QCOMPARE(state(ack(c), at(12)), QStringLiteral("on_track"));
        QCOMPARE(iso(remediate(c).dueAt), iso(at(7 * 24 + 10)));

        // While paused: no deadline, and not breached past the old one.
        const Clocks p = replay(makePolicy(), plainClass(), {{at(1), FindingEventKind::Paused}});
        QVERIFY(ack(p).paused && !ack(p).running());
        QVERIFY(!ack(p).dueAt.isValid());
        QCOMPARE(ack(p).consumed, H);
        QCOMPARE(state(ack(p), at(9)), QStringLiteral("paused"));
    }

    void pauseAndResumeRestart()
    {
        const Clocks c = replay(makePolicy(ClockResumeMode::Continue, ClockResumeMode::Restart), plainClass(),
                                {{at(1), FindingEventKind::Acknowledged}, {at(2), FindingEventKind::Paused},
                                 {at(11), FindingEventKind::Resumed}});
        QCOMPARE(contain(c).consumed, 0);
        QCOMPARE(iso(contain(c).startedAt), iso(at(11)));
        QCOMPARE(iso(contain(c).dueAt), iso(at(35)));
        QCOMPARE(iso(ack(c).stoppedAt), iso(at(1))); // stopped clocks do not pause or restart
        QCOMPARE(state(ack(c), at(20)), QStringLiteral("met"));
    }

    void pauseWhilePausedIsANoOp()
    {
        const Clocks c = replay(makePolicy(), plainClass(),
                                {{at(1), FindingEventKind::Paused}, {at(2), FindingEventKind::Paused},
                                 {at(3), FindingEventKind::Resumed}, {at(4), FindingEventKind::Resumed}});
        QCOMPARE(ack(c).consumed, H);
        QCOMPARE(iso(ack(c).runningSince), iso(at(3)));
        QCOMPARE(iso(ack(c).dueAt), iso(at(6)));
    }

    void breachWhilePausedStaysBreached()
    {
        const Clocks p = replay(makePolicy(), plainClass(), {{at(5), FindingEventKind::Paused}});
        QCOMPARE(ack(p).consumed, 5 * H);
        QCOMPARE(state(ack(p), at(6)), QStringLiteral("breached"));
        QCOMPARE(state(contain(p), at(6)), QStringLiteral("paused"));

        const Clocks c = replay(makePolicy(), plainClass(),
                                {{at(5), FindingEventKind::Paused}, {at(20), FindingEventKind::Resumed}});
        QVERIFY(ack(c).running());
        QCOMPARE(iso(ack(c).dueAt), iso(at(4))); // the instant it ran out
        QCOMPARE(state(ack(c), at(21)), QStringLiteral("breached"));
        QCOMPARE(state(contain(c), at(21)), QStringLiteral("on_track"));
        QCOMPARE(iso(contain(c).dueAt), iso(at(39)));

        // Acknowledged later: met late.
        const Clocks late = replay(makePolicy(), plainClass(),
                                   {{at(5), FindingEventKind::Paused}, {at(20), FindingEventKind::Resumed},
                                    {at(21), FindingEventKind::Acknowledged}});
        QCOMPARE(state(ack(late), at(30)), QStringLiteral("met_late"));
        QCOMPARE(ack(late).consumed, 6 * H);
    }

    void stoppedWhilePausedInTimeIsMet()
    {
        // Paused after 1 h, fixed 100 h later: the pause does not make it late.
        const Clocks c = replay(makePolicy(), plainClass(),
                                {{at(1), FindingEventKind::Paused}, {at(100), FindingEventKind::Acknowledged}});
        QVERIFY(ack(c).stopped() && !ack(c).paused);
        QCOMPARE(ack(c).consumed, H);
        QCOMPARE(state(ack(c), at(200)), QStringLiteral("met"));
    }

    void metAndMetLate()
    {
        const Clocks onTime = replay(makePolicy(), plainClass(), {{at(4), FindingEventKind::Acknowledged}});
        QCOMPARE(state(ack(onTime), at(10)), QStringLiteral("met"));
        const Clocks late = replay(makePolicy(), plainClass(), {{at(5), FindingEventKind::Acknowledged}});
        QCOMPARE(iso(ack(late).dueAt), iso(at(4)));
        QCOMPARE(ack(late).consumed, 5 * H);
        QCOMPARE(state(ack(late), at(10)), QStringLiteral("met_late"));
    }

    void reopenRestart()
    {
        const Clocks c = replay(makePolicy(ClockResumeMode::Restart), plainClass(),
                                {{at(1), FindingEventKind::Acknowledged}, {at(2), FindingEventKind::Remediated},
                                 {at(3), FindingEventKind::Verified}, {at(10), FindingEventKind::Reopened}});
        for (int i = 0; i < 3; ++i) {
            const SlaClockState& k = c[std::size_t(i)];
            QVERIFY(k.running() && !k.stopped() && !k.paused);
            QCOMPARE(k.consumed, 0);
            QCOMPARE(iso(k.startedAt), iso(at(10)));
        }
        QCOMPARE(iso(ack(c).dueAt), iso(at(14)));
        QCOMPARE(iso(remediate(c).dueAt), iso(at(10 + 7 * 24)));
        QVERIFY(!verify(c).started);
        QVERIFY(!verify(c).stoppedAt.isValid());
        QCOMPARE(state(verify(c), at(11)), QStringLiteral("not_started"));

        // The next remediation starts verify again.
        std::vector<FindingEvent> again{{at(1), FindingEventKind::Remediated}, {at(2), FindingEventKind::Verified},
                                        {at(10), FindingEventKind::Reopened}, {at(12), FindingEventKind::Remediated}};
        const Clocks v = replay(makePolicy(), plainClass(), again);
        QVERIFY(verify(v).running());
        QCOMPARE(iso(verify(v).startedAt), iso(at(12)));
    }

    void reopenContinue()
    {
        const Clocks c = replay(makePolicy(ClockResumeMode::Continue), plainClass(),
                                {{at(1), FindingEventKind::Acknowledged}, {at(2), FindingEventKind::Remediated},
                                 {at(10), FindingEventKind::Reopened}});
        QCOMPARE(ack(c).consumed, H);
        QVERIFY(ack(c).running() && !ack(c).stopped());
        QCOMPARE(iso(ack(c).startedAt), iso(T0));
        QCOMPARE(iso(ack(c).runningSince), iso(at(10)));
        QCOMPARE(iso(ack(c).dueAt), iso(at(13)));
        QCOMPARE(contain(c).consumed, 2 * H);
        QCOMPARE(iso(contain(c).dueAt), iso(at(32)));
        QVERIFY(!verify(c).started);

        // A clock past its time before the stop is breached again at once.
        const Clocks b = replay(makePolicy(ClockResumeMode::Continue), plainClass(),
                                {{at(6), FindingEventKind::Acknowledged}, {at(10), FindingEventKind::Reopened}});
        QCOMPARE(iso(ack(b).dueAt), iso(at(4)));
        QCOMPARE(state(ack(b), at(10)), QStringLiteral("breached"));
        QCOMPARE(state(contain(b), at(10)), QStringLiteral("on_track"));
        QCOMPARE(iso(contain(b).runningSince), iso(T0)); // never stopped: untouched
    }

    void reopenEndsAPause()
    {
        const Clocks c = replay(makePolicy(ClockResumeMode::Continue, ClockResumeMode::Restart), plainClass(),
                                {{at(1), FindingEventKind::Paused}, {at(5), FindingEventKind::Reopened},
                                 {at(6), FindingEventKind::Resumed}});
        QVERIFY(ack(c).running() && !ack(c).paused);
        QCOMPARE(ack(c).consumed, H);             // continued, and Resumed after the reopen is a no-op
        QCOMPARE(iso(ack(c).runningSince), iso(at(5)));
        QCOMPARE(iso(ack(c).dueAt), iso(at(8)));

        // The pause is over: a new exception pauses the clocks again.
        const Clocks again = replay(makePolicy(ClockResumeMode::Continue), plainClass(),
                                    {{at(1), FindingEventKind::Paused}, {at(5), FindingEventKind::Reopened},
                                     {at(7), FindingEventKind::Paused}});
        QVERIFY(ack(again).paused);
        QCOMPARE(ack(again).consumed, 3 * H);
    }

    void verifyDuringAPauseStartsPaused()
    {
        const Clocks c = replay(makePolicy(), plainClass(),
                                {{at(1), FindingEventKind::Paused}, {at(2), FindingEventKind::Remediated},
                                 {at(5), FindingEventKind::Resumed}});
        QVERIFY(verify(c).running());
        QCOMPARE(iso(verify(c).startedAt), iso(at(2)));
        QCOMPARE(verify(c).consumed, 0);
        QCOMPARE(iso(verify(c).dueAt), iso(at(53)));
        QVERIFY(remediate(c).stopped());
        QCOMPARE(remediate(c).consumed, H);
    }

    void businessHoursClock()
    {
        SlaClass cls = plainClass();
        cls.clocks[0] = ClockSpec{8 * H, "office", {}};
        // Detected Fri 2026-05-08 16:00 CEST; 8 business hours end Mon 16:00 CEST.
        const QDateTime detected = utc("2026-05-08T14:00:00Z");
        const Clocks c = replayClocks(makePolicy(), cls, detected, {});
        QCOMPARE(iso(ack(c).dueAt), QStringLiteral("2026-05-11T14:00:00Z"));
        QCOMPARE(iso(ack(c).riskAt), QStringLiteral("2026-05-11T12:00:00Z")); // 6 h: Fri 1 h + Mon 09-14
        QCOMPARE(iso(contain(c).dueAt), QStringLiteral("2026-05-09T14:00:00Z")); // calendar time
        QCOMPARE(state(ack(c), utc("2026-05-10T12:00:00Z")), QStringLiteral("on_track"));

        // Acknowledged Mon 10:00 CEST: 2 business hours used.
        const Clocks a = replayClocks(makePolicy(), cls, detected,
                                      {{utc("2026-05-11T08:00:00Z"), FindingEventKind::Acknowledged}});
        QCOMPARE(ack(a).consumed, 2 * H);
        // Paused Fri 16:30 CEST after 30 working minutes; resumed Mon 09:30
        // with 7.5 h left: due Mon 17:00 CEST.
        const Clocks p = replayClocks(makePolicy(), cls, detected,
                                      {{utc("2026-05-08T14:30:00Z"), FindingEventKind::Paused},
                                       {utc("2026-05-11T07:30:00Z"), FindingEventKind::Resumed}});
        QCOMPARE(ack(p).consumed, H / 2);
        QCOMPARE(iso(ack(p).dueAt), QStringLiteral("2026-05-11T15:00:00Z"));
    }

    void unknownCalendarCountsCalendarTime()
    {
        SlaClass cls = plainClass();
        cls.clocks[0].calendar = "nowhere";
        const Clocks c = replay(makePolicy(), cls, {});
        QCOMPARE(iso(ack(c).dueAt), iso(at(4)));
    }

    void eventsBeforeDetectionAndInvalidTimes()
    {
        const Clocks c = replay(makePolicy(), plainClass(),
                                {{T0.addSecs(-600), FindingEventKind::Acknowledged}, {QDateTime(), FindingEventKind::Closed}});
        QVERIFY(ack(c).stopped());
        QCOMPARE(iso(ack(c).stoppedAt), iso(T0));
        QCOMPARE(ack(c).consumed, 0);
        QVERIFY(contain(c).running());
    }

    void shareReached()
    {
        const Policy p = makePolicy();
        const Clocks c = replay(p, plainClass(), {{at(1), FindingEventKind::Paused}, {at(3), FindingEventKind::Resumed}});
        QCOMPARE(iso(shareReachedAt(ack(c), nullptr, 0.5)), iso(at(4)));       // 1 h used, 1 h more from 3 h
        QCOMPARE(iso(shareReachedAt(ack(c), nullptr, 0.25)), iso(at(3)));      // already passed
        QCOMPARE(iso(shareReachedAt(ack(c), nullptr, 1.0)), iso(ack(c).dueAt));
        // The same share on the office calendar: Mon 2026-05-11 15:00 CEST + 1 business hour.
        QCOMPARE(iso(shareReachedAt(ack(c), &p.calendars.at("office"), 0.5)), QStringLiteral("2026-05-11T14:00:00Z"));
        const Clocks s = replay(p, plainClass(), {{at(1), FindingEventKind::Acknowledged}});
        QVERIFY(!shareReachedAt(ack(s), nullptr, 0.5).isValid());
        QVERIFY(!shareReachedAt(verify(s), nullptr, 0.5).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSlaTimeline)
#include "test_sla_timeline.moc"
