// SPDX-License-Identifier: GPL-3.0-or-later
// The words and colours of the exceptions page: states, tiers, scopes and
// urgencies as people read them, and the urgency hues the calendar, its
// legend and the lists share.
#pragma once

#include "exceptions/exception_types.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>
#include <QString>

namespace closeloop {

class ExceptionVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(ExceptionVocabulary)
public:
    static QString state(const QString& state);
    static QString tier(const QString& tier);
    // "CVE-2024-1234 in payments-api", "rule X in all services", "3 findings".
    static QString scope(const ExceptionRecord& e);
    static QString urgency(ExpiryUrgency u);
    // "Overdue by 3 days", "Today", "Tomorrow", "In 12 days": local days
    // from now's day to the expiry's day.
    static QString dueIn(const QDateTime& expiresAt, const QDateTime& now, const QTimeZone& zone);
    // A stored time as local time, "2026-10-14 17:00".
    static QString localTime(const QDateTime& t, const QTimeZone& zone);
    // Text from a request (feed or user) as a tooltip that is never rich
    // text: escaped, line breaks kept.
    static QString plainToolTip(const QString& text);

    // The urgency hues carry meaning, so they are fixed; tints are them with
    // an alpha chosen for the palette, so text keeps the palette's colour and
    // reads on light and dark themes alike.
    static QColor urgencyColor(ExpiryUrgency u);
    static QColor urgencyTint(ExpiryUrgency u, const QPalette& palette);
    static bool isDark(const QPalette& palette);
};

} // namespace closeloop
