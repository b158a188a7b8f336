// SPDX-License-Identifier: GPL-3.0-or-later
// Findings that share the CVE, rule or package, here and in other services,
// and how each one ended: the outcome, the fix version and how long it took.
// Opening one and applying a decision to all of them are left to the host
// through signals.
#pragma once

#include <QWidget>

#include <nlohmann/json_fwd.hpp>

class QLabel;
class QPushButton;

namespace closeloop {

class CaseTable;

class CaseSimilarPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr std::size_t MaxRows = 100;

    explicit CaseSimilarPanel(QWidget* parent = nullptr);
    void setCase(const nlohmann::json& c);
    void retranslate();
    int count() const { return m_total; }

signals:
    void openFinding(qint64 id);
    void applyToSimilar(qint64 findingId);

private:
    void updateSummary();

    QLabel* m_summary = nullptr;
    CaseTable* m_table = nullptr;
    QPushButton* m_apply = nullptr;
    qint64 m_findingId = -1;
    int m_total = 0;
    int m_shown = 0;
    int m_fixed = 0;
    int m_exceptions = 0;
    int m_falsePositives = 0;
    int m_open = 0;
    double m_medianDays = -1;
};

} // namespace closeloop
