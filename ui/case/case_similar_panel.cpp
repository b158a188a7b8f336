// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_similar_panel.h"

#include "case_field_form.h"
#include "case_json.h"
#include "case_table.h"
#include "case_vocabulary.h"
#include "queue/queue_model.h"
#include "queue/severity_delegate.h"
#include "queue/severity_delegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItem>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace closeloop {

using namespace casejson;

namespace {

enum Column { SeverityColumn, TitleColumn, ServiceColumn, MatchColumn, OutcomeColumn, FixColumn, DaysColumn };

bool isFixed(const QString& o)
{
    return o == QLatin1String("resolved_verified") || o == QLatin1String("fixed_verified") || o == QLatin1String("fixed");
}
bool isException(const QString& o) { return o == QLatin1String("accepted_risk") || o == QLatin1String("exception"); }
bool isFalsePositive(const QString& o) { return o == QLatin1String("false_positive"); }
bool isClosed(const QString& o) { return isFixed(o) || isException(o) || isFalsePositive(o) || o == QLatin1String("suppressed"); }

int countOf(const nlohmann::json& obj, const char* key)
{
    const auto v = number(obj, key);
    return v && *v >= 0 && *v < 1e9 ? int(*v) : 0;
}

} // namespace

CaseSimilarPanel::CaseSimilarPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_summary = CaseFieldForm::makeValueLabel(this, CaseFieldForm::Value::Text);
    m_summary->setObjectName(QStringLiteral("similarSummary"));
    layout->addWidget(m_summary);

    m_table = new CaseTable(this);
    m_table->setObjectName(QStringLiteral("similarTable"));
    m_table->setStretchColumn(TitleColumn);
    m_table->setItemDelegateForColumn(SeverityColumn, new SeverityDelegate(m_table));
    layout->addWidget(m_table);
    // Enter and double-click both activate; one signal, one handler.
    connect(m_table, &CaseTable::activated, this, [this](const QModelIndex& index) {
        const QVariant id = index.siblingAtColumn(TitleColumn).data(QueueModel::FindingIdRole);
        if (id.isValid())
            emit openFinding(id.toLongLong());
    });

    auto* buttons = new QHBoxLayout;
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyToSimilar"));
    m_apply->setAutoDefault(false);
    buttons->addWidget(m_apply);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_findingId >= 0)
            emit applyToSimilar(m_findingId);
    });
    retranslate();
}

void CaseSimilarPanel::retranslate()
{
    m_table->setHeaders(
        {tr("Severity"), tr("Title"), tr("Service"), tr("Same"), tr("Outcome"), tr("Fixed in"), tr("Days")});
    m_table->tableModel()->horizontalHeaderItem(DaysColumn)->setToolTip(tr("Days from first seen to resolved"));
    m_apply->setText(tr("Apply a decision to similar…"));
    m_apply->setToolTip(tr("Choose a status, owner or note and apply it to these similar findings in one step"));
    updateSummary();
}

void CaseSimilarPanel::updateSummary()
{
    if (m_total == 0) {
        m_summary->setText(tr("No similar findings: nothing else shares this CVE, rule or package."));
        return;
    }
    QStringList parts;
    if (m_fixed > 0) {
        parts << (m_medianDays >= 0 ? tr("%n fixed and verified (median %1 days)", nullptr, m_fixed)
                                          .arg(QString::number(m_medianDays, 'g', 3))
                                    : tr("%n fixed and verified", nullptr, m_fixed));
    }
    if (m_exceptions > 0)
        parts << tr("%n exception(s)", nullptr, m_exceptions);
    if (m_falsePositives > 0)
        parts << tr("%n false positive(s)", nullptr, m_falsePositives);
    if (m_open > 0)
        parts << tr("%n open", nullptr, m_open);
    QString line = parts.isEmpty() ? tr("%n similar", nullptr, m_total)
                                   : tr("%1: %2").arg(tr("%n similar", nullptr, m_total), parts.join(QStringLiteral(", ")));
    if (m_shown < m_total)
        line += QLatin1Char('\n') + tr("Showing the first %1.").arg(m_shown);
    m_summary->setText(line);
}

void CaseSimilarPanel::setCase(const nlohmann::json& c)
{
    const auto id = number(member(c, "finding"), "id");
    m_findingId = id ? qint64(*id) : -1;
    const nlohmann::json& all = member(c, "similar");
    const auto rows = items(all, MaxRows);

    m_table->setRowCount(int(rows.size()));
    int fixed = 0, exceptions = 0, falsePositives = 0, open = 0;
    std::vector<double> fixDays;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const nlohmann::json& s = rows[i];
        const int row = int(i);
        const int sev = severityOf(s, "severity");
        m_table->setCell(row, SeverityColumn, CaseVocabulary::severity(sev))->setData(sev, SeverityDelegate::SeverityRole);
        QStandardItem* title = m_table->setCell(row, TitleColumn, text(s, "title"));
        const auto sid = number(s, "id");
        title->setData(sid ? QVariant(qint64(*sid)) : QVariant(), QueueModel::FindingIdRole);
        m_table->setCell(row, ServiceColumn, text(s, "service"));
        m_table->setCell(row, MatchColumn, CaseVocabulary::matchKind(text(s, "same")));
        QString outcome = text(s, "outcome");
        if (outcome.isEmpty())
            outcome = text(s, "status");
        const auto days = number(s, "days_to_resolve");
        m_table->setCell(row, OutcomeColumn, CaseVocabulary::outcome(outcome));
        m_table->setCell(row, FixColumn, text(s, "fix_version"));
        QStandardItem* took = m_table->setCell(row, DaysColumn, days && isClosed(outcome) ? QString::number(*days, 'g', 4) : QString());
        took->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (isFixed(outcome)) {
            ++fixed;
            if (days)
                fixDays.push_back(*days);
        } else if (isException(outcome)) {
            ++exceptions;
        } else if (isFalsePositive(outcome)) {
            ++falsePositives;
        } else if (!isClosed(outcome)) {
            ++open;
        }
    }
    m_table->finish();
    m_shown = int(rows.size());
    m_table->setVisible(!rows.empty());

    // The core's summary covers every similar finding, not just the rows sent.
    const nlohmann::json& summary = member(c, "similar_summary");
    if (summary.is_object() && number(summary, "total")) {
        m_total = countOf(summary, "total");
        m_fixed = countOf(summary, "fixed_verified");
        m_exceptions = countOf(summary, "exception");
        m_falsePositives = countOf(summary, "false_positive");
        m_open = countOf(summary, "open");
        const auto median = number(summary, "median_days_to_fix");
        m_medianDays = median && *median >= 0 ? *median : -1;
    } else {
        m_total = int(rows.size());
        m_fixed = fixed;
        m_exceptions = exceptions;
        m_falsePositives = falsePositives;
        m_open = open;
        m_medianDays = -1;
        if (!fixDays.empty()) {
            std::sort(fixDays.begin(), fixDays.end());
            const std::size_t n = fixDays.size();
            m_medianDays = n % 2 ? fixDays[n / 2] : (fixDays[n / 2 - 1] + fixDays[n / 2]) / 2.0;
        }
    }
    m_total = std::max(m_total, m_shown);
    m_apply->setEnabled(m_total > 0 && m_findingId >= 0);
    updateSummary();
}

} // namespace closeloop
