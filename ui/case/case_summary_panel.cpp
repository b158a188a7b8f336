// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_summary_panel.h"

#include "badge_label.h"
#include "case_field_form.h"
#include "case_json.h"
#include "case_vocabulary.h"
#include "queue/severity_delegate.h"
#include "reference_list.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include <cmath>

namespace closeloop {

using namespace casejson;

namespace {

// EPSS files give fractions (0.944); some tools give percentages already.
double asPercent(double value)
{
    return value <= 1.0 ? value * 100.0 : value;
}

QString probability(double value)
{
    const double pct = asPercent(value);
    return QString::number(pct, 'f', pct < 10.0 ? 2 : 1);
}

// Cut, not rounded: a 99.962nd percentile must not read as "higher than 100%".
QString percentile(double value)
{
    const double pct = std::floor(asPercent(value) * 100.0) / 100.0;
    QString s = QString::number(pct, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString joinNonEmpty(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p;
    }
    return kept.join(separator);
}

} // namespace

CaseSummaryPanel::CaseSummaryPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_title = CaseFieldForm::makeValueLabel(this, CaseFieldForm::Value::Copyable);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto* badges = new QHBoxLayout;
    badges->setSpacing(8);
    m_severity = new BadgeLabel(this);
    m_severity->setObjectName(QStringLiteral("severityBadge"));
    m_kev = new BadgeLabel(this);
    m_kev->setObjectName(QStringLiteral("kevBadge"));
    m_kev->setColor(CaseVocabulary::kevColor());
    m_findingId = CaseFieldForm::makeMutedLabel(this);
    m_findingId->setObjectName(QStringLiteral("findingId"));
    m_findingId->setWordWrap(false);
    m_findingId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    badges->addWidget(m_severity);
    badges->addWidget(m_kev);
    badges->addWidget(m_findingId);
    badges->addStretch(1);
    layout->addLayout(badges);

    m_description = CaseFieldForm::makeValueLabel(this, CaseFieldForm::Value::Text);
    m_description->setObjectName(QStringLiteral("caseDescription"));
    layout->addWidget(m_description);

    m_form = new CaseFieldForm(this);
    m_form->setObjectName(QStringLiteral("summaryForm"));
    m_statusRow = m_form->addRow(QStringLiteral("status"));
    m_cvssRow = m_form->addRow(QStringLiteral("cvss"), CaseFieldForm::Value::Copyable);
    m_kevRow = m_form->addRow(QStringLiteral("kev"));
    m_kevActionRow = m_form->addRow(QStringLiteral("kevAction"));
    m_epssRow = m_form->addRow(QStringLiteral("epss"));
    m_cveRow = m_form->addRow(QStringLiteral("cves"), CaseFieldForm::Value::Copyable);
    m_cweRow = m_form->addRow(QStringLiteral("cwes"), CaseFieldForm::Value::Copyable);
    m_packageRow = m_form->addRow(QStringLiteral("package"), CaseFieldForm::Value::Copyable);
    m_purlRow = m_form->addRow(QStringLiteral("purl"), CaseFieldForm::Value::Copyable);
    m_fixRow = m_form->addRow(QStringLiteral("fixVersion"), CaseFieldForm::Value::Copyable);
    m_remediationRow = m_form->addRow(QStringLiteral("remediation"));
    m_detectedRow = m_form->addRow(QStringLiteral("detectedBy"));
    m_refs = new ReferenceList(this);
    m_refs->setObjectName(QStringLiteral("references"));
    m_refsRow = m_form->addWidgetRow(m_refs);
    layout->addWidget(m_form);
    retranslate();
}

void CaseSummaryPanel::retranslate()
{
    m_form->setKey(m_statusRow, tr("Status"));
    m_form->setKey(m_cvssRow, tr("CVSS"));
    m_form->setKey(m_kevRow, tr("Known exploited"));
    m_form->setKey(m_kevActionRow, tr("Required action"));
    m_form->setKey(m_epssRow, tr("EPSS"));
    m_form->setKey(m_cveRow, tr("CVEs"));
    m_form->setKey(m_cweRow, tr("CWEs"));
    m_form->setKey(m_packageRow, tr("Package"));
    m_form->setKey(m_purlRow, tr("Package URL"));
    m_form->setKey(m_fixRow, tr("Fixed in"));
    m_form->setKey(m_remediationRow, tr("Remediation"));
    m_form->setKey(m_detectedRow, tr("Detected by"));
    m_form->setKey(m_refsRow, tr("References"));
    m_kev->setText(tr("Known exploited"));
    m_severity->setText(CaseVocabulary::severity(m_severityValue));
    m_refs->retranslate();
}

void CaseSummaryPanel::setCase(const nlohmann::json& c)
{
    const nlohmann::json& f = member(c, "finding");
    const nlohmann::json& kev = member(member(c, "intel"), "kev");
    const nlohmann::json& epss = member(member(c, "intel"), "epss");

    const QString title = text(f, "title");
    m_title->setText(title.isEmpty() ? tr("Untitled finding") : title);

    m_severityValue = severityOf(f, "severity");
    m_severity->setText(CaseVocabulary::severity(m_severityValue));
    m_severity->setColor(SeverityDelegate::colorFor(m_severityValue));

    const QString id = text(f, "id");
    m_findingId->setText(id.isEmpty() ? QString() : tr("Finding #%1").arg(id));
    m_findingId->setVisible(!id.isEmpty());

    const QString description = text(f, "description");
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());

    const QString status = CaseVocabulary::status(text(f, "status"));
    const QString reason = text(f, "status_reason");
    m_form->setValue(m_statusRow, reason.isEmpty() || status.isEmpty() ? status : tr("%1 — %2").arg(status, reason));

    const auto cvss = number(f, "cvss_score");
    const QString vector = text(f, "cvss_vector");
    m_form->setValue(m_cvssRow, joinNonEmpty({cvss ? QString::number(*cvss, 'f', 1) : QString(), vector},
                                             QStringLiteral("  ·  ")));

    const bool known = kev.is_object() || flag(f, "kev").value_or(false);
    m_kev->setVisible(known);
    QString kevText;
    if (kev.is_object()) {
        const QString added = text(kev, "date_added");
        const QString due = text(kev, "due_date");
        kevText = joinNonEmpty({added.isEmpty() ? QString() : tr("Added to the CISA KEV catalog on %1").arg(added),
                                due.isEmpty() ? QString() : tr("remediation due %1").arg(due),
                                flag(kev, "ransomware").value_or(false) ? tr("known use in ransomware campaigns")
                                                                         : QString()},
                               QStringLiteral("; "));
        if (kevText.isEmpty())
            kevText = tr("Listed in the CISA KEV catalog");
    } else if (known) {
        kevText = tr("Listed in the CISA KEV catalog");
    }
    m_form->setValue(m_kevRow, kevText);
    m_form->setValue(m_kevActionRow, text(kev, "required_action"));

    const auto score = epss.is_object() && number(epss, "score") ? number(epss, "score") : number(f, "epss");
    const auto pct = epss.is_object() && number(epss, "percentile") ? number(epss, "percentile")
                                                                      : number(f, "epss_percentile");
    QString epssText;
    if (score) {
        epssText = pct ? tr("%1% chance of exploitation in the next 30 days; higher than %2% of scored CVEs")
                             .arg(probability(*score), percentile(*pct))
                       : tr("%1% chance of exploitation in the next 30 days").arg(probability(*score));
        const QString scoredOn = text(epss, "scored_on");
        if (!scoredOn.isEmpty())
            epssText += QLatin1Char('\n') + tr("Scored on %1").arg(scoredOn);
    }
    m_form->setValue(m_epssRow, epssText);

    m_form->setValue(m_cveRow, list(f, "cves", 100).join(QStringLiteral(", ")));
    m_form->setValue(m_cweRow, list(f, "cwes", 100).join(QStringLiteral(", ")));
    m_form->setValue(m_packageRow, joinNonEmpty({text(f, "package"), text(f, "package_version")}, QStringLiteral(" ")));
    m_form->setValue(m_purlRow, text(f, "purl"));
    m_form->setValue(m_fixRow, text(f, "fix_version"));
    m_form->setValue(m_remediationRow, text(f, "remediation"));

    const QString tool = joinNonEmpty({text(f, "tool"), text(f, "tool_version")}, QStringLiteral(" "));
    const QString rule = text(f, "rule_id");
    m_form->setValue(m_detectedRow, rule.isEmpty() ? tool
                                    : tool.isEmpty() ? tr("Rule %1").arg(rule)
                                                     : tr("%1, rule %2").arg(tool, rule));

    m_refs->setReferences(list(f, "refs", 30));
    m_form->setRowVisible(m_refsRow, m_refs->count() > 0);
}

} // namespace closeloop
