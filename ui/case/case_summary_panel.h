// SPDX-License-Identifier: GPL-3.0-or-later
// The top of a case: title, severity, status, CVSS, known exploitation
// (CISA KEV), EPSS, CVEs and CWEs, the fix, and the references.
#pragma once

#include <QWidget>

#include <nlohmann/json_fwd.hpp>

class QLabel;

namespace closeloop {

class BadgeLabel;
class CaseFieldForm;
class ReferenceList;

class CaseSummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseSummaryPanel(QWidget* parent = nullptr);
    void setCase(const nlohmann::json& c);
    void retranslate();

private:
    QLabel* m_title = nullptr;
    QLabel* m_findingId = nullptr;
    BadgeLabel* m_severity = nullptr;
    BadgeLabel* m_kev = nullptr;
    QLabel* m_description = nullptr;
    CaseFieldForm* m_form = nullptr;
    ReferenceList* m_refs = nullptr;
    int m_statusRow = -1;
    int m_cvssRow = -1;
    int m_kevRow = -1;
    int m_kevActionRow = -1;
    int m_epssRow = -1;
    int m_cveRow = -1;
    int m_cweRow = -1;
    int m_packageRow = -1;
    int m_purlRow = -1;
    int m_fixRow = -1;
    int m_remediationRow = -1;
    int m_detectedRow = -1;
    int m_refsRow = -1;
    int m_severityValue = -1;
};

} // namespace closeloop
