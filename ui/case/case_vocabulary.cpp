// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_vocabulary.h"

#include <QDateTime>
#include <QTimeZone>

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

} // namespace closeloop
