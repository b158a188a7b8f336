// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_exposure_panel.h"

#include "case_field_form.h"
#include "case_json.h"
#include "case_vocabulary.h"

#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace closeloop {

using namespace casejson;

namespace {

constexpr std::size_t MaxLocations = 50;

QString location(const nlohmann::json& l)
{
    if (!l.is_object())
        return text(l);
    QString file = text(l, "file");
    if (file.isEmpty())
        file = text(l, "path");
    if (file.isEmpty())
        file = text(l, "uri");
    const QString line = text(l, "line");
    if (file.isEmpty())
        return text(l);
    return line.isEmpty() ? file : file + QLatin1Char(':') + line;
}

} // namespace

CaseExposurePanel::CaseExposurePanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new CaseFieldForm(this);
    m_form->setObjectName(QStringLiteral("exposureForm"));
    m_assetRow = m_form->addRow(QStringLiteral("asset"), CaseFieldForm::Value::Copyable);
    m_kindRow = m_form->addRow(QStringLiteral("assetKind"));
    m_locationsRow = m_form->addRow(QStringLiteral("locations"), CaseFieldForm::Value::Copyable);
    m_firstRow = m_form->addRow(QStringLiteral("firstSeen"));
    m_lastRow = m_form->addRow(QStringLiteral("lastSeen"));
    m_openRow = m_form->addRow(QStringLiteral("openDays"));
    layout->addWidget(m_form);
    retranslate();
}

void CaseExposurePanel::retranslate()
{
    m_form->setKey(m_assetRow, tr("Asset"));
    m_form->setKey(m_kindRow, tr("Kind"));
    m_form->setKey(m_locationsRow, tr("Locations"));
    m_form->setKey(m_firstRow, tr("First seen"));
    m_form->setKey(m_lastRow, tr("Last seen"));
    m_form->setKey(m_openRow, tr("Open"));
    m_form->setValue(m_openRow, m_openDays < 0 ? QString() : tr("Open for %n day(s)", nullptr, m_openDays));
}

void CaseExposurePanel::setCase(const nlohmann::json& c)
{
    const nlohmann::json& f = member(c, "finding");
    const nlohmann::json& e = member(c, "exposure");
    auto pick = [&](const char* key) {
        const QString v = text(e, key);
        return v.isEmpty() ? text(f, key) : v;
    };
    m_form->setValue(m_assetRow, pick("asset"));
    m_form->setValue(m_kindRow, pick("asset_kind"));

    QStringList locations;
    const auto all = items(member(e, "locations"), MaxLocations + 1);
    for (std::size_t i = 0; i < all.size() && i < MaxLocations; ++i) {
        const QString l = location(all[i]);
        if (!l.isEmpty())
            locations << l;
    }
    if (all.size() > MaxLocations)
        locations << tr("and more");
    if (locations.isEmpty()) {
        const QString file = text(f, "location_file");
        const QString line = text(f, "location_line");
        if (!file.isEmpty())
            locations << (line.isEmpty() ? file : file + QLatin1Char(':') + line);
    }
    m_form->setValue(m_locationsRow, locations.join(QLatin1Char('\n')));
    m_form->setValue(m_firstRow, CaseVocabulary::time(pick("first_seen")));
    m_form->setValue(m_lastRow, CaseVocabulary::time(pick("last_seen")));

    const auto days = number(e, "open_days");
    m_openDays = days && *days >= 0 && *days < 1e6 ? int(*days) : -1;
    m_form->setValue(m_openRow, m_openDays < 0 ? QString() : tr("Open for %n day(s)", nullptr, m_openDays));
}

} // namespace closeloop
