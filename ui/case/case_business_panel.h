// SPDX-License-Identifier: GPL-3.0-or-later
// What the affected service means to the business, from the catalog:
// criticality tier, customer- and internet-facing, data classes (PII),
// lifecycle (deprecated services are flagged), environment and system.
#pragma once

#include <QWidget>

#include <nlohmann/json_fwd.hpp>

class QLabel;

namespace closeloop {

class BadgeLabel;
class CaseFieldForm;

class CaseBusinessPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseBusinessPanel(QWidget* parent = nullptr);
    void setCase(const nlohmann::json& c);
    void retranslate();

private:
    QLabel* m_empty = nullptr;
    CaseFieldForm* m_form = nullptr;
    BadgeLabel* m_deprecated = nullptr;
    QLabel* m_lifecycle = nullptr;
    BadgeLabel* m_pii = nullptr;
    QLabel* m_dataClasses = nullptr;
    int m_serviceRow = -1;
    int m_tierRow = -1;
    int m_customerRow = -1;
    int m_internetRow = -1;
    int m_dataRow = -1;
    int m_lifecycleRow = -1;
    int m_environmentRow = -1;
    int m_systemRow = -1;
    int m_typeRow = -1;
    int m_tagsRow = -1;
    int m_sourceRow = -1;
};

} // namespace closeloop
