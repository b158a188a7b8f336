// SPDX-License-Identifier: GPL-3.0-or-later
// The manager's look at a policy before it goes live: the policy in force and
// the stored versions, a proposed file validated (file:line: reason on any
// mistake, nothing else changes) and backtested over the workspace's history
// on a reader thread, shown as a diff of paths, SLA breaches and the findings
// that would move; then switched on through the core, which checks the role
// again. The bytes switched on are the bytes that were backtested.
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>

#include <atomic>
#include <cstddef>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class QWidget;

namespace closeloop {

class PolicyDiffView;
class ReaderWorker;
class StoreWriter;
struct BacktestReport;

class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    // The changed findings listed by name (the count above them is exact).
    static constexpr std::size_t MaxListedChanges = 500;
    // A policy file is a few kilobytes; anything near this is not one.
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    PolicyDialog(StoreWriter& writer, QString dbPath, QString actor, QWidget* parent = nullptr);
    ~PolicyDialog() override;

    // Whether the user holds the manager role: only then may Switch on be
    // pressed (the core checks it again and its refusal is shown).
    void setCanSwitch(bool manager);
    // Backtests and switches at this instant instead of the system time
    // (closeloop --now, tests). Invalid: the system time.
    void setNow(const QDateTime& utc);
    // How many changed findings the next backtest lists by name.
    void setMaxListedChanges(std::size_t count) { m_maxListed = count; }

    bool isBusy() const { return m_busy; }
    bool isSwitching() const { return m_switching; }
    // The policy in force as last read; empty before the first read.
    QString currentVersion() const;
    // The proposal whose diff is shown; empty when none.
    QString proposedVersion() const;
    // The backtest on screen, or nullptr.
    const BacktestReport* report() const;

public slots:
    // Asks for a file (QFileDialog), then loads it.
    void openFile();
    // Reads (at most MaxFileBytes), validates and backtests a policy file,
    // all off the GUI thread.
    void loadFile(const QString& path);
    void cancelBacktest();
    // Reads the policy in force and the stored versions again.
    void refreshState();
    // Asks for confirmation naming the version, then switches it on.
    void requestSwitch();

signals:
    void policySwitched(const QString& version);
    // A changed finding was double-clicked.
    void openFindingRequested(qint64 id);
    // A proposal was shown, a file refused, or a backtest failed (tests, status bar).
    void proposalShown(const QString& version);
    void loadFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    struct State;
    struct Proposal;
    struct SwitchOutcome;

    void buildUi();
    void retranslate();
    void applyState(std::shared_ptr<const State> state);
    void renderState();
    void applyProposal(quint64 generation, std::shared_ptr<const Proposal> proposal);
    void renderProposal();
    void showFileError(quint64 generation, const QString& message);
    void setBusy(bool busy, const QString& what = {});
    void updateBusyText();
    void startSwitch();
    void finishSwitch(const SwitchOutcome& outcome);
    void showMessage(const QString& text, bool error);
    void updateSwitchButton();
    QDateTime evaluationTime() const;

    StoreWriter& m_writer;
    QString m_dbPath;
    QString m_actor;
    std::unique_ptr<ReaderWorker> m_reader;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QDateTime m_now;
    bool m_canSwitch = false;
    bool m_busy = false;
    bool m_switching = false;
    QString m_busyWhat;
    QElapsedTimer m_busyClock;
    std::size_t m_maxListed = MaxListedChanges;

    std::shared_ptr<const State> m_state;
    std::shared_ptr<const Proposal> m_proposal;

    QLabel* m_inForceTitle = nullptr;
    QLabel* m_inForceName = nullptr;
    QLabel* m_inForceVersion = nullptr;
    QLabel* m_inForceLoaded = nullptr;
    QLabel* m_inForceActivated = nullptr;
    QLabel* m_nameCaption = nullptr;
    QLabel* m_versionCaption = nullptr;
    QLabel* m_loadedCaption = nullptr;
    QLabel* m_activatedCaption = nullptr;
    QLabel* m_versionsTitle = nullptr;
    QTableWidget* m_versions = nullptr;
    QPushButton* m_openButton = nullptr;
    QLabel* m_proposedLabel = nullptr;
    QLabel* m_fileError = nullptr;
    QWidget* m_busyRow = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_busyLabel = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QTimer* m_busyTimer = nullptr;
    QLabel* m_placeholder = nullptr;
    PolicyDiffView* m_diff = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_switchButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace closeloop
