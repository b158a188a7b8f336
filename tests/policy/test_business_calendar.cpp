// SPDX-License-Identifier: GPL-3.0-or-later
// Business calendars: working time across weekends, holidays, lunch breaks
// and both DST changes in two zones, with deadlines asserted as exact UTC
// instants; workingSecondsBetween as the inverse of addWorkingSeconds and
// against an independent per-day sum through Qt's own zone conversion.
#include "policy/business_calendar.h"
#include "policy_test_support.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace closeloop;
using namespace closeloop::test;

namespace {

using Week = std::array<std::vector<WorkingHours>, 7>;

QTimeZone zone(const char* id)
{
    const QTimeZone z{QByteArray(id)};
    if (!z.isValid())
        qFatal("time zone %s not available", id);
    return z;
}

Week weekdays(std::vector<WorkingHours> hours)
{
    Week w;
    for (int d = 0; d < 5; ++d)
        w[std::size_t(d)] = hours;
    return w;
}

Week everyDay(std::vector<WorkingHours> hours)
{
    Week w;
    for (auto& d : w)
        d = hours;
    return w;
}

const WorkingHours NineToFive{QTime(9, 0), QTime(17, 0)};
const WorkingHours WholeDay{QTime(0, 0), QTime()};

constexpr std::int64_t H = 3600;

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void calendarTimeCountsEveryHour()
    {
        const BusinessCalendar c;
        QVERIFY(c.countsEveryHour());
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-08T14:00:00Z"), 2 * H)), QStringLiteral("2026-05-08T16:00:00Z"));
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-09T14:00:00Z"), 3 * 24 * H)), QStringLiteral("2026-05-12T14:00:00Z"));
        QCOMPARE(c.workingSecondsBetween(utc("2026-05-08T14:00:00Z"), utc("2026-05-11T14:00:00Z")), 72 * H);
        QCOMPARE(c.workingSecondsBetween(utc("2026-05-11T14:00:00Z"), utc("2026-05-08T14:00:00Z")), 0);
        QVERIFY(c.isWorking(utc("2026-05-09T03:00:00Z")));
    }

    void weekendIsSkipped()
    {
        const BusinessCalendar c("office", zone("Europe/Berlin"), weekdays({NineToFive}), {});
        QVERIFY(!c.countsEveryHour());
        // Fri 16:00 CEST + 2 h = Mon 10:00 CEST.
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-08T16:00:00+02:00"), 2 * H)), QStringLiteral("2026-05-11T08:00:00Z"));
        QCOMPARE(c.workingSecondsBetween(utc("2026-05-08T16:00:00+02:00"), utc("2026-05-11T10:00:00+02:00")), 2 * H);
        // From the weekend the clock waits for Monday morning.
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-09T12:00:00+02:00"), H)), QStringLiteral("2026-05-11T08:00:00Z"));
        // One working week is five days.
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-11T09:00:00+02:00"), 40 * H)), QStringLiteral("2026-05-15T15:00:00Z"));
    }

    void deadlineAtTheEndOfARangeIsThatEnd()
    {
        const BusinessCalendar c("office", zone("Europe/Berlin"), weekdays({NineToFive}), {});
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-11T09:00:00+02:00"), 8 * H)), QStringLiteral("2026-05-11T15:00:00Z"));
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-11T09:00:00+02:00"), 8 * H + 1)), QStringLiteral("2026-05-12T07:00:01Z"));
        // From Fri 17:00, after the day's hours, 8 h is Mon 17:00.
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-08T17:00:00+02:00"), 8 * H)), QStringLiteral("2026-05-11T15:00:00Z"));
    }

    void zeroSecondsAndInvalidStart()
    {
        const BusinessCalendar c("office", zone("Europe/Berlin"), weekdays({NineToFive}), {});
        // 0 seconds from outside working hours is the start itself.
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-09T12:00:00Z"), 0)), QStringLiteral("2026-05-09T12:00:00Z"));
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-09T12:00:00Z"), -5)), QStringLiteral("2026-05-09T12:00:00Z"));
        QVERIFY(!c.addWorkingSeconds(QDateTime(), H).isValid());
        QCOMPARE(c.workingSecondsBetween(QDateTime(), utc("2026-05-09T12:00:00Z")), 0);
    }

    void holidaysAreSkipped()
    {
        // Whit Monday 2026-05-25 is a holiday.
        const BusinessCalendar c("office", zone("Europe/Berlin"), weekdays({NineToFive}), {QDate(2026, 5, 25)});
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-22T16:00:00+02:00"), 2 * H)), QStringLiteral("2026-05-26T08:00:00Z"));
        QCOMPARE(c.workingSecondsBetween(utc("2026-05-22T00:00:00+02:00"), utc("2026-05-27T00:00:00+02:00")), 16 * H); // Fri + Tue
        QVERIFY(!c.isWorking(utc("2026-05-25T10:00:00+02:00")));
        QVERIFY(c.isWorking(utc("2026-05-26T10:00:00+02:00")));
        // The same week without the holiday holds a day more.
        const BusinessCalendar plain("office", zone("Europe/Berlin"), weekdays({NineToFive}), {});
        QCOMPARE(plain.workingSecondsBetween(utc("2026-05-22T00:00:00+02:00"), utc("2026-05-27T00:00:00+02:00")), 24 * H);
    }

    void lunchBreak()
    {
        const BusinessCalendar c("office", zone("America/New_York"),
                                 weekdays({{QTime(9, 0), QTime(12, 0)}, {QTime(13, 0), QTime(17, 0)}}), {});
        // Mon 2026-05-11 11:00 EDT + 2 h = 14:00 EDT (the lunch hour does not count).
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-11T11:00:00-04:00"), 2 * H)), QStringLiteral("2026-05-11T18:00:00Z"));
        // The morning's last second ends at 12:00, not at 13:00.
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-05-11T11:00:00-04:00"), H)), QStringLiteral("2026-05-11T16:00:00Z"));
        QCOMPARE(c.workingSecondsBetween(utc("2026-05-11T00:00:00-04:00"), utc("2026-05-12T00:00:00-04:00")), 7 * H);
        QVERIFY(!c.isWorking(utc("2026-05-11T12:30:00-04:00")));
        QVERIFY(c.isWorking(utc("2026-05-11T13:00:00-04:00")));
        QVERIFY(!c.isWorking(utc("2026-05-11T17:00:00-04:00")));
        QVERIFY(c.isWorking(utc("2026-05-11T16:59:59-04:00")));
    }

    void zoneCalendar24x7CountsRealTime()
    {
        const BusinessCalendar c("ops", zone("Europe/Berlin"), everyDay({WholeDay}), {});
        QVERIFY(!c.countsEveryHour());
        // A week over the spring change is still 168 real hours.
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-03-25T10:00:00Z"), 7 * 24 * H)), QStringLiteral("2026-04-01T10:00:00Z"));
        QCOMPARE(c.workingSecondsBetween(utc("2026-03-25T10:00:00Z"), utc("2026-04-01T10:00:00Z")), 7 * 24 * H);
        QCOMPARE(iso(c.addWorkingSeconds(utc("2026-10-20T10:00:00Z"), 10 * 24 * H + 17)), QStringLiteral("2026-10-30T10:00:17Z"));
        QVERIFY(c.isWorking(utc("2026-03-29T01:30:00Z")));
    }

    void emptyCalendarHasNoDeadline()
    {
        const BusinessCalendar none("never", zone("Europe/Berlin"), Week{}, {});
        QVERIFY(!none.addWorkingSeconds(utc("2026-05-11T10:00:00Z"), 1).isValid());
        QCOMPARE(none.workingSecondsBetween(utc("2026-05-11T10:00:00Z"), utc("2027-05-11T10:00:00Z")), 0);
        QVERIFY(!none.isWorking(utc("2026-05-11T10:00:00Z")));
        // Working days that never come: a Monday-only calendar whose only
        // range is empty (the parser forbids it; the walk must still end).
        Week odd;
        odd[0] = {{QTime(9, 0), QTime(9, 0)}};
        const BusinessCalendar emptyRange("odd", zone("Europe/Berlin"), odd, {});
        QVERIFY(!emptyRange.addWorkingSeconds(utc("2026-05-11T10:00:00Z"), 1).isValid());
    }

    void absurdBudgetsHaveNoDeadline()
    {
        const BusinessCalendar office("office", zone("Europe/Berlin"), weekdays({NineToFive}), {});
        const QDateTime start = utc("2026-05-11T10:00:00Z");
        QVERIFY(!office.addWorkingSeconds(start, std::numeric_limits<std::int64_t>::max()).isValid());
        QVERIFY(!office.addWorkingSeconds(start, 300LL * 366 * 8 * H).isValid()); // 300 working years
        QVERIFY(!BusinessCalendar().addWorkingSeconds(start, std::numeric_limits<std::int64_t>::max()).isValid());
        // Ten working years are still a deadline.
        const QDateTime tenYears = office.addWorkingSeconds(start, 10LL * 52 * 40 * H);
        QVERIFY(tenYears.isValid());
        QCOMPARE(office.workingSecondsBetween(start, tenYears), 10LL * 52 * 40 * H);
    }

    void dstDays_data()
    {
        QTest::addColumn<QString>("zoneId");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("dayStartUtc");  // local 00:00
        QTest::addColumn<QString>("nextDayUtc");   // the next local 00:00
        QTest::addColumn<qint64>("hours");
        QTest::addColumn<QString>("nineUtc");      // local 09:00
        QTest::addColumn<QString>("fiveUtc");      // local 17:00
        QTest::newRow("Berlin spring") << QStringLiteral("Europe/Berlin") << QDate(2026, 3, 29)
                                       << QStringLiteral("2026-03-28T23:00:00Z") << QStringLiteral("2026-03-29T22:00:00Z")
                                       << qint64(23) << QStringLiteral("2026-03-29T07:00:00Z") << QStringLiteral("2026-03-29T15:00:00Z");
        QTest::newRow("Berlin autumn") << QStringLiteral("Europe/Berlin") << QDate(2026, 10, 25)
                                       << QStringLiteral("2026-10-24T22:00:00Z") << QStringLiteral("2026-10-25T23:00:00Z")
                                       << qint64(25) << QStringLiteral("2026-10-25T08:00:00Z") << QStringLiteral("2026-10-25T16:00:00Z");
        QTest::newRow("New York spring") << QStringLiteral("America/New_York") << QDate(2026, 3, 8)
                                         << QStringLiteral("2026-03-08T05:00:00Z") << QStringLiteral("2026-03-09T04:00:00Z")
                                         << qint64(23) << QStringLiteral("2026-03-08T13:00:00Z") << QStringLiteral("2026-03-08T21:00:00Z");
        QTest::newRow("New York autumn") << QStringLiteral("America/New_York") << QDate(2026, 11, 1)
                                         << QStringLiteral("2026-11-01T04:00:00Z") << QStringLiteral("2026-11-02T05:00:00Z")
                                         << qint64(25) << QStringLiteral("2026-11-01T14:00:00Z") << QStringLiteral("2026-11-01T22:00:00Z");
    }

    void dstDays()
    {
        QFETCH(QString, zoneId);
        QFETCH(QDate, day);
        QFETCH(QString, dayStartUtc);
        QFETCH(QString, nextDayUtc);
        QFETCH(qint64, hours);
        QFETCH(QString, nineUtc);
        QFETCH(QString, fiveUtc);
        const QTimeZone z = zone(zoneId.toLatin1().constData());
        const QDateTime dayStart = QDateTime::fromString(dayStartUtc, Qt::ISODate);
        const QDateTime nextDay = QDateTime::fromString(nextDayUtc, Qt::ISODate);

        // Only the transition day works: whatever is counted is that day.
        Week onlyThatDay;
        onlyThatDay[std::size_t(day.dayOfWeek() - 1)] = {WholeDay};
        const BusinessCalendar whole("whole", z, onlyThatDay, {});
        QCOMPARE(whole.workingSecondsBetween(dayStart.addDays(-1), nextDay.addDays(1)), hours * H);
        QCOMPARE(iso(whole.addWorkingSeconds(dayStart.addSecs(-H), hours * H)), nextDayUtc);
        QCOMPARE(iso(whole.addWorkingSeconds(dayStart, 1)), iso(dayStart.addSecs(1)));
        QVERIFY(whole.isWorking(nextDay.addSecs(-1)));
        QVERIFY(!whole.isWorking(nextDay));
        QVERIFY(!whole.isWorking(dayStart.addSecs(-1)));

        // Every day whole: the deadline runs straight through the change.
        const BusinessCalendar always("always", z, everyDay({WholeDay}), {});
        QCOMPARE(always.workingSecondsBetween(dayStart, nextDay), hours * H);
        QCOMPARE(iso(always.addWorkingSeconds(dayStart, 24 * H)), iso(dayStart.addSecs(24 * H)));

        // 09-17 on the day of the change is still 8 hours, at the new offset.
        const BusinessCalendar office("office", z, everyDay({NineToFive}), {});
        QCOMPARE(office.workingSecondsBetween(dayStart, nextDay), 8 * H);
        QCOMPARE(iso(office.addWorkingSeconds(dayStart, 8 * H)), fiveUtc);
        QCOMPARE(iso(office.addWorkingSeconds(dayStart, 1)), iso(QDateTime::fromString(nineUtc, Qt::ISODate).addSecs(1)));
        // From the day before at 16:00 local, 2 h ends at 10:00 local on the day.
        const QDateTime dayBefore1600 = QDateTime(day.addDays(-1), QTime(16, 0), z);
        QCOMPARE(iso(office.addWorkingSeconds(dayBefore1600, 2 * H)), iso(QDateTime::fromString(nineUtc, Qt::ISODate).addSecs(H)));
    }

    void deadlineOverTheSpringWeekend()
    {
        // Fri 2026-03-27 16:00 CET + 2 h on Mon-Fri 09-17 = Mon 10:00 CEST.
        const BusinessCalendar berlin("office", zone("Europe/Berlin"), weekdays({NineToFive}), {});
        QCOMPARE(iso(berlin.addWorkingSeconds(utc("2026-03-27T15:00:00Z"), 2 * H)), QStringLiteral("2026-03-30T08:00:00Z"));
        // Fri 2026-10-30 16:00 EDT + 2 h = Mon 2026-11-02 10:00 EST.
        const BusinessCalendar ny("office", zone("America/New_York"), weekdays({NineToFive}), {});
        QCOMPARE(iso(ny.addWorkingSeconds(utc("2026-10-30T20:00:00Z"), 2 * H)), QStringLiteral("2026-11-02T15:00:00Z"));
    }

    void wallTimesInsideTheChange()
    {
        // A range starting inside the spring gap starts when the clock first
        // reads that time or later: 02:30 does not exist in Berlin on
        // 2026-03-29, so 02:30-10:00 begins at 03:00 CEST (01:00Z): 7 h.
        Week spring;
        spring[6] = {{QTime(2, 30), QTime(10, 0)}};
        const BusinessCalendar gap("gap", zone("Europe/Berlin"), spring, {});
        QCOMPARE(gap.workingSecondsBetween(utc("2026-03-28T00:00:00Z"), utc("2026-03-30T00:00:00Z")), 7 * H);
        QCOMPARE(iso(gap.addWorkingSeconds(utc("2026-03-28T00:00:00Z"), 1)), QStringLiteral("2026-03-29T01:00:01Z"));
        // In the repeated hour of autumn a wall time is its first occurrence:
        // 02:00-03:00 on 2026-10-25 runs from 02:00 CEST to 03:00 CET, 2 h.
        Week autumn;
        autumn[6] = {{QTime(2, 0), QTime(3, 0)}};
        const BusinessCalendar overlap("overlap", zone("Europe/Berlin"), autumn, {});
        QCOMPARE(overlap.workingSecondsBetween(utc("2026-10-24T00:00:00Z"), utc("2026-10-26T00:00:00Z")), 2 * H);
        QCOMPARE(iso(overlap.addWorkingSeconds(utc("2026-10-24T00:00:00Z"), 1)), QStringLiteral("2026-10-25T00:00:01Z"));
        QCOMPARE(iso(overlap.addWorkingSeconds(utc("2026-10-24T00:00:00Z"), 2 * H)), QStringLiteral("2026-10-25T02:00:00Z"));
    }

    void betweenIsTheInverseOfAdd()
    {
        const std::vector<BusinessCalendar> calendars{
            BusinessCalendar("berlin-lunch", zone("Europe/Berlin"),
                             weekdays({{QTime(8, 30), QTime(12, 0)}, {QTime(13, 0), QTime(17, 30)}}),
                             {QDate(2026, 4, 3), QDate(2026, 4, 6), QDate(2026, 12, 25)}),
            BusinessCalendar("ny-office", zone("America/New_York"), weekdays({NineToFive}), {QDate(2026, 11, 26)}),
            BusinessCalendar("ny-24x7", zone("America/New_York"), everyDay({WholeDay}), {}),
            BusinessCalendar("berlin-night", zone("Europe/Berlin"), everyDay({{QTime(0, 0), QTime(3, 0)}, {QTime(22, 0), QTime()}}), {}),
            BusinessCalendar(),
        };
        QRandomGenerator rng(20260329);
        const QDateTime base = utc("2026-01-01T00:00:00Z");
        int checked = 0;
        for (int i = 0; i < 400; ++i) {
            const BusinessCalendar& c = calendars[std::size_t(i) % calendars.size()];
            const QDateTime start = base.addSecs(qint64(rng.bounded(365 * 24 * 3600)));
            const qint64 budget = qint64(rng.bounded(60 * 8 * 3600)) + 1;
            const QDateTime due = c.addWorkingSeconds(start, budget);
            QVERIFY2(due.isValid(), qPrintable(QStringLiteral("%1 from %2").arg(QString::fromStdString(c.name()), iso(start))));
            QVERIFY(due > start);
            QCOMPARE(c.workingSecondsBetween(start, due), budget);
            // The deadline is the earliest such instant: a second earlier one
            // working second is missing.
            QCOMPARE(c.workingSecondsBetween(start, due.addSecs(-1)), budget - 1);
            QVERIFY(c.isWorking(due.addSecs(-1)));
            ++checked;
        }
        QCOMPARE(checked, 400);
    }

    // The per-day sum through Qt's own QDateTime(date, time, zone) agrees
    // with the calendar on calendars whose hours never touch a DST change.
    void betweenMatchesQtPerDaySum()
    {
        const QTimeZone z = zone("America/New_York");
        const Week hours = weekdays({{QTime(8, 0), QTime(12, 0)}, {QTime(12, 45), QTime(18, 15)}});
        const std::set<QDate> holidays{QDate(2026, 7, 3), QDate(2026, 11, 26), QDate(2026, 12, 25)};
        const BusinessCalendar c("ny", z, hours, holidays);
        QRandomGenerator rng(4);
        const QDateTime base = utc("2026-01-01T00:00:00Z");
        for (int i = 0; i < 200; ++i) {
            const QDateTime from = base.addSecs(qint64(rng.bounded(330 * 24 * 3600)));
            const QDateTime to = from.addSecs(qint64(rng.bounded(40 * 24 * 3600)));
            qint64 expected = 0;
            for (QDate d = from.toTimeZone(z).date().addDays(-1); d <= to.toTimeZone(z).date().addDays(1); d = d.addDays(1)) {
                if (holidays.count(d))
                    continue;
                for (const WorkingHours& r : hours[std::size_t(d.dayOfWeek() - 1)]) {
                    const QDateTime b = std::max(QDateTime(d, r.from, z), from);
                    const QDateTime e = std::min(QDateTime(d, r.to, z), to);
                    if (e > b)
                        expected += b.secsTo(e);
                }
            }
            QCOMPARE(c.workingSecondsBetween(from, to), expected);
        }
    }

    void measureThirtyBusinessDays()
    {
        const BusinessCalendar c("office", zone("Europe/Berlin"), weekdays({NineToFive}),
                                 {QDate(2026, 4, 3), QDate(2026, 4, 6), QDate(2026, 5, 1), QDate(2026, 12, 25)});
        const qint64 budget = 30 * 8 * H;
        const QDateTime base = utc("2026-01-05T08:00:00Z");
        constexpr int N = 20000;
        qint64 sink = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < N; ++i)
            sink += c.addWorkingSeconds(base.addSecs(qint64(i) * 1571), budget).toMSecsSinceEpoch();
        const double us = double(timer.nsecsElapsed()) / 1000.0 / N;
        timer.restart();
        for (int i = 0; i < N; ++i)
            sink += c.workingSecondsBetween(base.addSecs(qint64(i) * 1571), base.addSecs(qint64(i) * 1571 + 42 * 24 * H));
        const double usBetween = double(timer.nsecsElapsed()) / 1000.0 / N;
        timer.restart();
        for (int i = 0; i < N; ++i)
            sink += c.addWorkingSeconds(base.addSecs(qint64(i) * 1571), 90 * 8 * H).toMSecsSinceEpoch();
        const double us90 = double(timer.nsecsElapsed()) / 1000.0 / N;
        qInfo("addWorkingSeconds on Mon-Fri 09-17 Europe/Berlin, starts over a year (DST changes "
              "included): 30 business days %.2f us per call, 90 business days %.2f us; "
              "workingSecondsBetween over 42 days: %.2f us",
              us, us90, usBetween);
        QVERIFY(sink != 0);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "test_business_calendar.moc"
