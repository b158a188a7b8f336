// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the case view: severities, statuses, outcomes and event kinds,
// the policy's paths, clocks and SLA states, in the reader's language, and
// times as people read them.
#pragma once

#include <QColor>
#include <QPalette>
#include <QCoreApplication>
#include <QString>

namespace closeloop {

class CaseVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(CaseVocabulary)
public:
    static QString severity(int severity);
    // The status words of findings.status; unknown words are shown as they are.
    static QString status(const QString& status);
    // How a similar finding ended: fixed and verified, exception, false positive,
    // or its status while it is still open.
    static QString outcome(const QString& outcome);
    static QString eventKind(const QString& kind);
    static QString changeKind(const QString& kind);
    static QString escalationRole(const QString& role);
    static QString matchKind(const QString& kind);
    static QString yesNo(bool value);
    // ISO 8601 times as "2026-09-14 08:12 UTC", dates as they are; anything
    // that does not parse is shown unchanged.
    static QString time(const QString& iso);
    // An ISO 8601 time in the local time zone, "2026-09-14 10:12"; unchanged
    // when it does not parse.
    static QString localTime(const QString& iso);
    // A span as one rounded-down unit: "45 min", "3 h", "2 d".
    static QString duration(qint64 seconds);
    // Seconds to a deadline: "in 3 h", "due now", "2 d overdue".
    static QString dueIn(qint64 secondsLeft);

    // The policy's words: routing paths (enforce, approve, ticket, incident,
    // batch), the four clocks, SLA states (not_started, on_track, at_risk,
    // breached, paused, met, met_late) and what a finding waits for. Unknown
    // words are shown as they are. The states and tiers of exceptions are
    // ExceptionVocabulary's.
    static QString path(const QString& path);
    static QString slaClock(const QString& clock);
    static QString slaState(const QString& state);
    static QString waitingFor(const QString& what);

    // Badge colours: these carry meaning, so they are the only fixed colours.
    static QColor kevColor() { return QColor(0xB7, 0x1C, 0x1C); }
    static QColor warningColor() { return QColor(0xA8, 0x6A, 0x00); }
    static QColor neutralColor() { return QColor(0x5F, 0x6B, 0x7A); }
    // Badge colour of an SLA state: deep enough for white text, so it reads
    // on light and dark palettes alike.
    static QColor slaStateColor(const QString& state);
    // Text colour for "overdue" on this palette's base (red that keeps its
    // contrast on a dark base too).
    static QColor overdueColor(const QPalette& palette);
};

} // namespace closeloop
