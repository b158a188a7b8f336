// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_business_panel.h"

#include "badge_label.h"
#include "case_field_form.h"
#include "case_json.h"
#include "case_vocabulary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace closeloop {

using namespace casejson;

namespace {

// A value label with a badge in front of it, for the two facts that must
// stand out: a deprecated service and personal data.
QWidget* badgedField(QWidget* parent, BadgeLabel*& badge, QLabel*& label, const QColor& color)
{
    auto* field = new QWidget(parent);
    auto* h = new QHBoxLayout(field);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(8);
    badge = new BadgeLabel(field);
    badge->setColor(color);
    label = CaseFieldForm::makeValueLabel(field, CaseFieldForm::Value::Text);
    h->addWidget(badge, 0, Qt::AlignTop);
    h->addWidget(label, 1);
    return field;
}

QString yesNoOrEmpty(const nlohmann::json& obj, const char* key)
{
    const auto v = flag(obj, key);
    return v ? CaseVocabulary::yesNo(*v) : QString();
}

} // namespace

CaseBusinessPanel::CaseBusinessPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_empty = CaseFieldForm::makeMutedLabel(this);
    m_empty->setObjectName(QStringLiteral("businessEmpty"));
    layout->addWidget(m_empty);

    m_form = new CaseFieldForm(this);
    m_form->setObjectName(QStringLiteral("businessForm"));
    m_serviceRow = m_form->addRow(QStringLiteral("businessService"));
    m_tierRow = m_form->addRow(QStringLiteral("tier"));
    m_customerRow = m_form->addRow(QStringLiteral("customerFacing"));
    m_internetRow = m_form->addRow(QStringLiteral("internetFacing"));
    m_dataRow = m_form->addWidgetRow(badgedField(m_form, m_pii, m_dataClasses, CaseVocabulary::kevColor()));
    m_pii->setObjectName(QStringLiteral("piiBadge"));
    m_dataClasses->setObjectName(QStringLiteral("dataClasses"));
    m_lifecycleRow = m_form->addWidgetRow(badgedField(m_form, m_deprecated, m_lifecycle, CaseVocabulary::warningColor()));
    m_deprecated->setObjectName(QStringLiteral("deprecatedBadge"));
    m_lifecycle->setObjectName(QStringLiteral("lifecycle"));
    m_environmentRow = m_form->addRow(QStringLiteral("environment"));
    m_systemRow = m_form->addRow(QStringLiteral("system"));
    m_typeRow = m_form->addRow(QStringLiteral("serviceType"));
    m_tagsRow = m_form->addRow(QStringLiteral("tags"));
    m_sourceRow = m_form->addRow(QStringLiteral("catalogFile"), CaseFieldForm::Value::Copyable);
    layout->addWidget(m_form);
    retranslate();
}

void CaseBusinessPanel::retranslate()
{
    m_empty->setText(tr("No business context: the finding is not mapped to a service of the catalog."));
    m_form->setKey(m_serviceRow, tr("Description"));
    m_form->setKey(m_tierRow, tr("Criticality"));
    m_form->setKey(m_customerRow, tr("Customer-facing"));
    m_form->setKey(m_internetRow, tr("Internet-facing"));
    m_form->setKey(m_dataRow, tr("Data classes"));
    m_form->setKey(m_lifecycleRow, tr("Lifecycle"));
    m_form->setKey(m_environmentRow, tr("Environment"));
    m_form->setKey(m_systemRow, tr("System"));
    m_form->setKey(m_typeRow, tr("Type"));
    m_form->setKey(m_tagsRow, tr("Tags"));
    m_form->setKey(m_sourceRow, tr("Catalog file"));
    m_pii->setText(tr("PII"));
    m_deprecated->setText(tr("Deprecated"));
}

void CaseBusinessPanel::setCase(const nlohmann::json& c)
{
    const nlohmann::json& s = member(c, "service");
    const bool has = s.is_object() && !s.empty();
    m_empty->setVisible(!has);
    m_form->setVisible(has);
    if (!has)
        return;

    // The service's name is in the ownership panel; here is what it does.
    m_form->setValue(m_serviceRow, text(s, "description"));
    const auto tier = number(s, "tier");
    m_form->setValue(m_tierRow, tier ? tr("Tier %1").arg(QString::number(*tier)) : text(s, "tier"));
    m_form->setValue(m_customerRow, yesNoOrEmpty(s, "customer_facing"));
    m_form->setValue(m_internetRow, yesNoOrEmpty(s, "internet_facing"));

    const QStringList classes = list(s, "data_classes", 50);
    // Personal data gets the badge; the other classes follow it as text.
    bool pii = false;
    QStringList others;
    for (const QString& d : classes) {
        if (d.compare(QLatin1String("pii"), Qt::CaseInsensitive) == 0 || d.compare(QLatin1String("personal"), Qt::CaseInsensitive) == 0
            || d.compare(QLatin1String("personal data"), Qt::CaseInsensitive) == 0)
            pii = true;
        else
            others << d;
    }
    m_pii->setVisible(pii);
    m_dataClasses->setText(others.join(QStringLiteral(", ")));
    m_dataClasses->setVisible(!others.isEmpty());
    m_form->setRowVisible(m_dataRow, !classes.isEmpty());

    const QString lifecycle = text(s, "lifecycle");
    const bool deprecated = lifecycle.compare(QLatin1String("deprecated"), Qt::CaseInsensitive) == 0;
    m_deprecated->setVisible(deprecated);
    m_lifecycle->setText(deprecated ? tr("review in the next maintenance window") : lifecycle);
    m_lifecycle->setForegroundRole(deprecated ? QPalette::PlaceholderText : QPalette::WindowText);
    m_form->setRowVisible(m_lifecycleRow, !lifecycle.isEmpty());

    m_form->setValue(m_environmentRow, text(s, "environment"));
    m_form->setValue(m_systemRow, text(s, "system"));
    m_form->setValue(m_typeRow, text(s, "type"));
    m_form->setValue(m_tagsRow, list(s, "tags", 50).join(QStringLiteral(", ")));
    m_form->setValue(m_sourceRow, text(s, "source_file"));
}

} // namespace closeloop
