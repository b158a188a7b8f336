// SPDX-License-Identifier: GPL-3.0-or-later
// A backtest as a diff a manager reads before switching a policy on: findings
// per path (current, proposed, change), breached clocks per SLA class, the
// findings with a breached clock in total, and the findings whose path or
// class would change (the listed ones, and how many more). Feed text (titles,
// services) is plain text.
#pragma once

#include <QWidget>

#include <map>
#include <memory>
#include <string>

class QLabel;
class QTableWidget;

namespace closeloop {

struct BacktestReport;

class PolicyDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyDiffView(QWidget* parent = nullptr);
    ~PolicyDiffView() override;

    // classTitles: SLA class id -> title, shown as the class's tool tip.
    void setReport(std::shared_ptr<const BacktestReport> report, std::map<std::string, std::string> classTitles);
    const BacktestReport* report() const { return m_report.get(); }

    static QString pathLabel(const QString& path);
    static QString clockLabel(int clock);

    // The look of the policy dialog's tables and labels, shared with it.
    static QTableWidget* makeTable(QWidget* parent, const char* objectName);
    // Small tables are as tall as their rows (up to maxRows), so no path or
    // class hides behind a scroll bar.
    static void fitHeight(QTableWidget* table, int maxRows);
    // A plain-text label; bold for a section title.
    static QLabel* makeLabel(QWidget* parent, const char* objectName, bool title = false);

signals:
    // A changed finding was double-clicked.
    void openFindingRequested(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void fillPaths();
    void fillBreaches();
    void fillChanged();

    std::shared_ptr<const BacktestReport> m_report;
    std::map<std::string, std::string> m_classTitles;

    QLabel* m_summary = nullptr;
    QLabel* m_pathsTitle = nullptr;
    QTableWidget* m_paths = nullptr;
    QLabel* m_breachesTitle = nullptr;
    QTableWidget* m_breaches = nullptr;
    QLabel* m_breachedTotal = nullptr;
    QLabel* m_changedTitle = nullptr;
    QTableWidget* m_changed = nullptr;
    QLabel* m_changedMore = nullptr;
};

} // namespace closeloop
