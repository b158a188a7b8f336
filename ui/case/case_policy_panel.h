// SPDX-License-Identifier: GPL-3.0-or-later
// What the policy decided for a finding and where its SLA stands, from the
// case's "policy" object (core casePolicy()): a one-line summary (path,
// class, what it waits for and since when, who holds it), the four clocks
// with state, deadline, share of time used and escalation level, the rule and
// policy version that decided, and the exceptions that covered it. Plain
// text throughout; any value may be missing or of the wrong type.
#pragma once

#include <QDateTime>
#include <QWidget>

#include <nlohmann/json_fwd.hpp>

#include <array>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace closeloop {

class BadgeLabel;
class CaseTable;

class CasePolicyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CasePolicyPanel(QWidget* parent = nullptr);
    // c is the whole case; its "policy" member is read.
    void setCase(const nlohmann::json& c);
    void retranslate();
    // The state of the most urgent clock ("Breached", "At risk" ...), for the
    // section header; empty when no clock runs or was paused.
    QString hint() const { return m_hint; }

    // The clocks in the order they run.
    static constexpr std::array<const char*, 4> ClockNames = {"acknowledge", "contain", "remediate", "verify"};

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct ClockRow
    {
        QLabel* name = nullptr;
        BadgeLabel* state = nullptr;
        QLabel* due = nullptr;
        QProgressBar* bar = nullptr;
        QLabel* level = nullptr;
        QString stateName; // colours the bar
    };
    void fillClock(ClockRow& row, const nlohmann::json& clock, const QDateTime& now);
    void fillExceptions(const nlohmann::json& policy);
    void styleBar(ClockRow& row);
    // Below NarrowWidth each deadline gets a line of its own.
    void arrangeClocks(bool narrow);
    void showExceptions();
    static constexpr int NarrowWidth = 560;
    static QDateTime evaluatedAt(const nlohmann::json& policy);

    QLabel* m_summary = nullptr;
    QLabel* m_holder = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_clocks = nullptr;
    QGridLayout* m_grid = nullptr;
    std::array<ClockRow, 4> m_rows;
    QLabel* m_decision = nullptr;
    QLabel* m_notInForce = nullptr;
    QLabel* m_rule = nullptr;
    QLabel* m_exceptionsTitle = nullptr;
    CaseTable* m_exceptions = nullptr;
    QLabel* m_exceptionLines = nullptr;
    bool m_hasExceptions = false;
    QString m_hint;
    bool m_narrow = false;
};

} // namespace closeloop
