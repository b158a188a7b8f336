// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_ownership_panel.h"

#include "badge_label.h"
#include "case_field_form.h"
#include "case_json.h"
#include "case_table.h"
#include "case_vocabulary.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace closeloop {

using namespace casejson;

namespace {

constexpr std::size_t MaxEscalation = 20;
constexpr std::size_t MaxTried = 20;

// "Payments API (component:default/payments-api)", or whichever part exists.
QString entityName(const nlohmann::json& entity, const QString& fallback)
{
    const QString title = text(entity, "title");
    const QString name = text(entity, "name");
    const QString ref = text(entity, "ref");
    const QString shown = !title.isEmpty() ? title : name;
    if (shown.isEmpty())
        return ref.isEmpty() ? fallback : ref;
    return ref.isEmpty() || ref == shown ? shown : CaseOwnershipPanel::tr("%1 (%2)").arg(shown, ref);
}

} // namespace

CaseOwnershipPanel::CaseOwnershipPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_unownedBox = new QFrame(this);
    m_unownedBox->setObjectName(QStringLiteral("unownedBox"));
    m_unownedBox->setFrameShape(QFrame::StyledPanel);
    m_unownedBox->setBackgroundRole(QPalette::AlternateBase);
    m_unownedBox->setAutoFillBackground(true);
    auto* box = new QVBoxLayout(m_unownedBox);
    box->setContentsMargins(10, 8, 10, 8);
    box->setSpacing(6);
    auto* badgeRow = new QHBoxLayout;
    m_unownedBadge = new BadgeLabel(m_unownedBox);
    m_unownedBadge->setObjectName(QStringLiteral("unownedBadge"));
    m_unownedBadge->setColor(CaseVocabulary::warningColor());
    badgeRow->addWidget(m_unownedBadge);
    badgeRow->addStretch(1);
    box->addLayout(badgeRow);
    m_unownedReason = CaseFieldForm::makeValueLabel(m_unownedBox, CaseFieldForm::Value::Text);
    m_unownedReason->setObjectName(QStringLiteral("unownedReason"));
    box->addWidget(m_unownedReason);
    m_tried = CaseFieldForm::makeValueLabel(m_unownedBox, CaseFieldForm::Value::Copyable);
    m_tried->setObjectName(QStringLiteral("ownershipTried"));
    box->addWidget(m_tried);
    layout->addWidget(m_unownedBox);

    m_form = new CaseFieldForm(this);
    m_form->setObjectName(QStringLiteral("ownershipForm"));
    m_serviceRow = m_form->addRow(QStringLiteral("service"), CaseFieldForm::Value::Copyable);
    m_ownerRow = m_form->addRow(QStringLiteral("owner"), CaseFieldForm::Value::Copyable);
    m_emailRow = m_form->addRow(QStringLiteral("ownerEmail"), CaseFieldForm::Value::Copyable);
    m_assigneeRow = m_form->addRow(QStringLiteral("assignee"));
    m_matchRow = m_form->addRow(QStringLiteral("mappedBy"), CaseFieldForm::Value::Copyable);
    m_whyRow = m_form->addRow(QStringLiteral("mappingReason"));
    m_codeownersRow = m_form->addRow(QStringLiteral("codeowners"), CaseFieldForm::Value::Copyable);
    layout->addWidget(m_form);

    m_escalationTitle = CaseFieldForm::makeMutedLabel(this);
    layout->addWidget(m_escalationTitle);
    m_escalation = new CaseTable(this);
    m_escalation->setObjectName(QStringLiteral("escalationTable"));
    m_escalation->setStretchColumn(2);
    layout->addWidget(m_escalation);
    retranslate();
}

QString CaseOwnershipPanel::defaultReason()
{
    return tr("No repository, image, host, cloud resource or file path of this finding matches an entry of the "
              "service catalog or a CODEOWNERS rule.");
}

void CaseOwnershipPanel::retranslate()
{
    m_unownedBadge->setText(tr("Unowned"));
    if (!m_hasReason)
        m_unownedReason->setText(defaultReason());
    m_form->setKey(m_serviceRow, tr("Service"));
    m_form->setKey(m_ownerRow, tr("Owner"));
    m_form->setKey(m_emailRow, tr("Email"));
    m_form->setKey(m_assigneeRow, tr("Assignee"));
    m_form->setKey(m_matchRow, tr("Mapped by"));
    m_form->setKey(m_whyRow, tr("Why"));
    m_form->setKey(m_codeownersRow, tr("CODEOWNERS"));
    m_escalationTitle->setText(tr("Escalation chain"));
    m_escalation->setHeaders({tr("Role"), tr("Name"), tr("Contact")});
}

void CaseOwnershipPanel::setCase(const nlohmann::json& c)
{
    const nlohmann::json& f = member(c, "finding");
    const nlohmann::json& service = member(c, "service");
    const nlohmann::json& owner = member(c, "owner");
    const nlohmann::json& ownership = member(c, "ownership");

    const QString matched = text(ownership, "matched");
    const QString serviceText = service.is_object() ? entityName(service, text(f, "service")) : text(f, "service");
    const QString ownerText = owner.is_object() ? entityName(owner, text(f, "owner")) : text(f, "owner");
    m_unowned = matched.isEmpty() && serviceText.isEmpty() && ownerText.isEmpty();

    const QString reason = text(ownership, "reason");
    m_unownedBox->setVisible(m_unowned);
    if (m_unowned) {
        m_hasReason = !reason.isEmpty();
        m_unownedReason->setText(m_hasReason ? reason : defaultReason());
        QStringList tried;
        for (const nlohmann::json& t : items(member(ownership, "tried"), MaxTried)) {
            const QString kind = t.is_object() ? text(t, "kind") : QString();
            const QString key = t.is_object() ? text(t, "key") : text(t);
            if (key.isEmpty() && kind.isEmpty())
                continue;
            tried << tr("• %1").arg(kind.isEmpty() ? key : tr("%1: %2").arg(CaseVocabulary::matchKind(kind), key));
        }
        m_tried->setText(tried.isEmpty() ? tr("Nothing to match on: the finding names no asset or file.")
                                         : tr("Looked up, without a match:") + QLatin1Char('\n') + tried.join(QLatin1Char('\n')));
    }

    m_form->setValue(m_serviceRow, serviceText);
    m_form->setValue(m_ownerRow, ownerText);
    m_form->setValue(m_emailRow, text(owner, "email"));
    m_form->setValue(m_assigneeRow, text(f, "assignee"));
    const QString key = text(ownership, "key");
    const QString source = text(ownership, "source");
    QString how;
    if (!matched.isEmpty()) {
        how = key.isEmpty() ? CaseVocabulary::matchKind(matched) : tr("%1 %2").arg(CaseVocabulary::matchKind(matched), key);
        if (!source.isEmpty())
            how += QLatin1Char('\n') + tr("from %1").arg(source);
    }
    m_form->setValue(m_matchRow, how);
    m_form->setValue(m_whyRow, m_unowned ? QString() : reason);
    QStringList codeowners;
    for (const auto& [name, value] : nameValueRows(member(ownership, "codeowners"), 10))
        codeowners << tr("%1: %2").arg(name, value);
    m_form->setValue(m_codeownersRow, codeowners.join(QLatin1Char('\n')));

    const auto chain = items(member(c, "escalation"), MaxEscalation);
    m_escalation->setRowCount(int(chain.size()));
    for (std::size_t i = 0; i < chain.size(); ++i) {
        const int row = int(i);
        m_escalation->setCell(row, 0, CaseVocabulary::escalationRole(text(chain[i], "role")));
        m_escalation->setCell(row, 1, text(chain[i], "name"));
        m_escalation->setCell(row, 2, text(chain[i], "contact"));
    }
    m_escalation->finish();
    m_escalation->setVisible(!chain.empty());
    m_escalationTitle->setVisible(!chain.empty());
}

} // namespace closeloop
