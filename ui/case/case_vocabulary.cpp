// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_vocabulary.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace closeloop {

QString CaseVocabulary::severity(int severity)
{
    switch (severity) {
    case 4: return tr("Critical");
    case 3: return tr("High");
    case 2: return tr("Medium");
    case 1: return tr("Low");
    case 0: return tr("Info");
    default: break;
    }
    return tr("Unrated");
}

QString CaseVocabulary::status(const QString& status)
{
    if (status == QLatin1String("new")) return tr("New");
    if (status == QLatin1String("reopened")) return tr("Reopened");
    if (status == QLatin1String("triaged")) return tr("Triaged");
    if (status == QLatin1String("in_progress")) return tr("In progress");
    if (status == QLatin1String("contained")) return tr("Contained");
    if (status == QLatin1String("false_positive")) return tr("False positive");
    if (status == QLatin1String("accepted_risk")) return tr("Accepted risk (exception)");
    if (status == QLatin1String("pending_verification")) return tr("Pending verification");
    if (status == QLatin1String("resolved_verified")) return tr("Resolved (verified)");
    if (status == QLatin1String("suppressed")) return tr("Suppressed by the source");
    return status;
}

QString CaseVocabulary::outcome(const QString& outcome)
{
    if (outcome == QLatin1String("resolved_verified") || outcome == QLatin1String("fixed_verified")
        || outcome == QLatin1String("fixed"))
        return tr("Fixed and verified");
    if (outcome == QLatin1String("accepted_risk") || outcome == QLatin1String("exception"))
        return tr("Exception");
    if (outcome == QLatin1String("false_positive"))
        return tr("False positive");
    if (outcome == QLatin1String("open"))
        return tr("Open");
    return status(outcome);
}

QString CaseVocabulary::eventKind(const QString& kind)
{
    if (kind == QLatin1String("import")) return tr("Import");
    if (kind == QLatin1String("audit")) return tr("Audit");
    if (kind == QLatin1String("note")) return tr("Note");
    if (kind == QLatin1String("change")) return tr("Change");
    return kind;
}

QString CaseVocabulary::changeKind(const QString& kind)
{
    if (kind == QLatin1String("deploy")) return tr("Deploy");
    if (kind == QLatin1String("commit")) return tr("Commit");
    if (kind == QLatin1String("config")) return tr("Config");
    return kind;
}

QString CaseVocabulary::escalationRole(const QString& role)
{
    if (role == QLatin1String("owner")) return tr("Owner");
    if (role == QLatin1String("backup")) return tr("Backup");
    if (role == QLatin1String("manager")) return tr("Manager");
    if (role == QLatin1String("operations_lead") || role == QLatin1String("operations-lead") || role == QLatin1String("ops_lead") || role == QLatin1String("operations"))
        return tr("Operations lead");
    return role;
}

QString CaseVocabulary::matchKind(const QString& kind)
{
    if (kind == QLatin1String("cve")) return tr("CVE");
    if (kind == QLatin1String("rule")) return tr("Rule");
    if (kind == QLatin1String("package")) return tr("Package");
    if (kind == QLatin1String("image")) return tr("Image");
    if (kind == QLatin1String("repository") || kind == QLatin1String("repo")) return tr("Repository");
    if (kind == QLatin1String("host")) return tr("Host");
    if (kind == QLatin1String("cloud_resource") || kind == QLatin1String("resource")) return tr("Cloud resource");
    if (kind == QLatin1String("path") || kind == QLatin1String("codeowners")) return tr("File path (CODEOWNERS)");
    if (kind == QLatin1String("manual")) return tr("Set by hand");
    return kind;
}

QString CaseVocabulary::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString CaseVocabulary::time(const QString& iso)
{
    // Plain dates stay dates; only full timestamps are normalised to UTC.
    if (iso.size() <= 10 || !iso.contains(QLatin1Char('T')))
        return iso;
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return iso;
    return tr("%1 UTC").arg(t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}


QString CaseVocabulary::localTime(const QString& iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // stored times are UTC, also without a zone
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString CaseVocabulary::duration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 3600)
        return tr("%1 min").arg(std::max<qint64>(seconds / 60, 1));
    if (seconds < 48 * 3600)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 d").arg(seconds / 86400);
}

QString CaseVocabulary::dueIn(qint64 secondsLeft)
{
    if (secondsLeft > 0 && secondsLeft < 60)
        return tr("in under a minute");
    if (secondsLeft > 0)
        return tr("in %1").arg(duration(secondsLeft));
    if (secondsLeft > -60)
        return tr("due now");
    return tr("%1 overdue").arg(duration(-secondsLeft));
}

QString CaseVocabulary::path(const QString& path)
{
    if (path == QLatin1String("enforce")) return tr("Enforce");
    if (path == QLatin1String("approve")) return tr("Approve");
    if (path == QLatin1String("ticket")) return tr("Ticket");
    if (path == QLatin1String("incident")) return tr("Incident");
    if (path == QLatin1String("batch")) return tr("Batch");
    return path;
}

QString CaseVocabulary::slaClock(const QString& clock)
{
    if (clock == QLatin1String("acknowledge")) return tr("Acknowledge");
    if (clock == QLatin1String("contain")) return tr("Contain");
    if (clock == QLatin1String("remediate")) return tr("Remediate");
    if (clock == QLatin1String("verify")) return tr("Verify");
    return clock;
}

QString CaseVocabulary::slaState(const QString& state)
{
    if (state == QLatin1String("not_started")) return tr("Not started");
    if (state == QLatin1String("on_track")) return tr("On track");
    if (state == QLatin1String("at_risk")) return tr("At risk");
    if (state == QLatin1String("breached")) return tr("Breached");
    if (state == QLatin1String("paused")) return tr("Paused");
    if (state == QLatin1String("met")) return tr("Met");
    if (state == QLatin1String("met_late")) return tr("Met late");
    return state;
}

QString CaseVocabulary::waitingFor(const QString& what)
{
    if (what == QLatin1String("acknowledgement")) return tr("waiting for acknowledgement");
    if (what == QLatin1String("approval")) return tr("waiting for approval");
    if (what == QLatin1String("containment")) return tr("waiting for containment");
    if (what == QLatin1String("remediation")) return tr("waiting for remediation");
    if (what == QLatin1String("verification")) return tr("waiting for verification");
    if (what == QLatin1String("exception expiry")) return tr("waiting for the exception to expire");
    if (what == QLatin1String("nothing") || what.isEmpty()) return tr("nothing pending");
    return tr("waiting for %1").arg(what);
}

QColor CaseVocabulary::slaStateColor(const QString& state)
{
    if (state == QLatin1String("on_track")) return QColor(0x2E, 0x7D, 0x32);
    if (state == QLatin1String("at_risk")) return warningColor();
    if (state == QLatin1String("breached")) return kevColor();
    if (state == QLatin1String("paused")) return QColor(0x4F, 0x5B, 0xB0);
    if (state == QLatin1String("met")) return QColor(0x00, 0x69, 0x5C);
    if (state == QLatin1String("met_late")) return QColor(0x9A, 0x4A, 0x00);
    return neutralColor();
}

QColor CaseVocabulary::overdueColor(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xFF, 0x7A, 0x6E) : QColor(0xB7, 0x1C, 0x1C);
}

} // namespace closeloop
