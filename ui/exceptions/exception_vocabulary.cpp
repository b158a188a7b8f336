// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_vocabulary.h"

#include <QTimeZone>

namespace closeloop {

QString ExceptionVocabulary::state(const QString& state)
{
    if (state == QLatin1String("requested")) return tr("Awaiting decision");
    if (state == QLatin1String("active")) return tr("Active");
    if (state == QLatin1String("rejected")) return tr("Rejected");
    if (state == QLatin1String("expired")) return tr("Expired");
    if (state == QLatin1String("revoked")) return tr("Revoked");
    if (state == QLatin1String("renewed")) return tr("Renewed");
    return state;
}

QString ExceptionVocabulary::tier(const QString& tier)
{
    if (tier == QLatin1String("low")) return tr("Low");
    if (tier == QLatin1String("medium")) return tr("Medium");
    if (tier == QLatin1String("high")) return tr("High");
    return tier;
}

QString ExceptionVocabulary::scope(const ExceptionRecord& e)
{
    const QString value = QString::fromStdString(e.scopeValue);
    const QString service = QString::fromStdString(e.service);
    if (e.scopeKind == "findings")
        return tr("%n finding(s)", nullptr, int(e.findingCount));
    QString what = value;
    if (e.scopeKind == "rule")
        what = tr("rule %1").arg(value);
    else if (e.scopeKind != "cve")
        what = QString::fromStdString(e.scopeKind) + QLatin1Char(' ') + value;
    return service.isEmpty() ? tr("%1 in all services").arg(what) : tr("%1 in %2").arg(what, service);
}

QString ExceptionVocabulary::urgency(ExpiryUrgency u)
{
    switch (u) {
    case ExpiryUrgency::Expired: return tr("Expired");
    case ExpiryUrgency::Within7Days: return tr("Within 7 days");
    case ExpiryUrgency::Within30Days: return tr("Within 30 days");
    case ExpiryUrgency::Later: return tr("Later");
    }
    return {};
}

QString ExceptionVocabulary::dueIn(const QDateTime& expiresAt, const QDateTime& now, const QTimeZone& zone)
{
    if (!expiresAt.isValid())
        return tr("No expiry");
    const qint64 days = now.toTimeZone(zone).date().daysTo(expiresAt.toTimeZone(zone).date());
    if (expiresAt <= now)
        return days >= 0 ? tr("Overdue") : tr("Overdue by %n day(s)", nullptr, int(-days));
    if (days == 0)
        return tr("Today");
    if (days == 1)
        return tr("Tomorrow");
    return tr("In %n day(s)", nullptr, int(days));
}

QString ExceptionVocabulary::localTime(const QDateTime& t, const QTimeZone& zone)
{
    if (!t.isValid())
        return {};
    return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ExceptionVocabulary::plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

QColor ExceptionVocabulary::urgencyColor(ExpiryUrgency u)
{
    switch (u) {
    case ExpiryUrgency::Expired: return QColor(0xD3, 0x2F, 0x2F);
    case ExpiryUrgency::Within7Days: return QColor(0xEF, 0x6C, 0x00);
    case ExpiryUrgency::Within30Days: return QColor(0xF9, 0xA8, 0x25);
    case ExpiryUrgency::Later: return QColor(0x43, 0xA0, 0x47);
    }
    return QColor(0x8A, 0x8F, 0x98);
}

QColor ExceptionVocabulary::urgencyTint(ExpiryUrgency u, const QPalette& palette)
{
    QColor c = urgencyColor(u);
    // "Later" is the calm case: a lighter tint so the urgent days stand out.
    const bool calm = u == ExpiryUrgency::Later;
    if (isDark(palette))
        c.setAlpha(calm ? 70 : 120);
    else
        c.setAlpha(calm ? 45 : 90);
    return c;
}

bool ExceptionVocabulary::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace closeloop
