// SPDX-License-Identifier: GPL-3.0-or-later
// The console's main window: saved views with counts on the left, the
// filter and the queue in the middle, the case of the current finding on
// the right. Queries, counts and cases run on reader threads; the GUI
// thread only shows results. Import by menu, drag and drop or command line.
#pragma once

#include "queue/filter_edit.h"
#include "triage/saved_views.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QDockWidget;
class QToolButton;

namespace closeloop {

class CaseView;
class ImportController;
class QueueColumns;
class QueueModel;
class ReaderWorker;
class SavedViewStore;
class StoreWriter;
class PolicyController;
class TriageActions;
class ViewList;
enum class ContextKind;
struct ImportReport;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating or upgrading) a workspace; false with a message box on
    // failure.
    bool openWorkspace(const QString& dbPath);
    void importFiles(const QStringList& files);
    // Loads catalog, change log or intelligence files off the GUI thread.
    void loadContext(ContextKind kind, const QStringList& files);

    QueueModel* queueModel() const { return m_model; }
    ImportController* importController() const { return m_imports; }
    QTableView* findingView() const { return m_view; }
    FilterEdit* filterEdit() const { return m_filter; }
    ViewList* viewList() const { return m_views; }
    CaseView* caseView() const { return m_case; }
    TriageActions* triageActions() const { return m_triage; }
    PolicyController* policyController() const { return m_policy; }
    QTabWidget* pages() const { return m_pages; }
    // The finding whose case is shown (0: none), and the case's JSON.
    qint64 caseFindingId() const { return m_caseId; }

signals:
    // A case finished loading and is on screen (tests and the benchmark).
    void caseShown(qint64 findingId, qint64 elapsedMs);
    // Every view's count is in.
    void viewCountsDone();
    void contextLoaded(bool ok, const QString& summary);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void createActions();
    void retranslate();
    void applyFilter(const FilterCheck& check);
    void chooseView(const SavedView& view);
    void saveCurrentView();
    void deleteView(const SavedView& view);
    void refreshViews();
    void refreshCounts();
    void refreshAll(const QString& message);
    void onCurrentRowChanged();
    void loadCase(qint64 findingId);
    void openCase();
    void moveCurrent(int delta);
    void saveLayout() const;
    void restoreLayout();
    void updateCountLabel();
    void onImportStarted(int fileCount);
    void onImportProgress(const QString& file, int index, int count, qint64 done, qint64 total);
    void onFileImported(const ImportReport& report);
    void onImportsFinished(const QList<ImportReport>& reports);

    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<SavedViewStore> m_viewStore;
    std::unique_ptr<ReaderWorker> m_caseWorker;
    std::unique_ptr<ReaderWorker> m_countWorker;
    std::unique_ptr<Database> m_valuesDb; // completion values, GUI thread, small LIMIT queries
    QString m_dbPath;
    QueueModel* m_model = nullptr;
    QueueColumns* m_columns = nullptr;
    ImportController* m_imports = nullptr;
    TriageActions* m_triage = nullptr;
    ViewList* m_views = nullptr;
    FilterEdit* m_filter = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_filterError = nullptr;
    QToolButton* m_saveViewButton = nullptr;
    QTableView* m_view = nullptr;
    CaseView* m_case = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_pages = nullptr;
    PolicyController* m_policy = nullptr;
    QLabel* m_statusText = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QDockWidget* m_logDock = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_catalogAction = nullptr;
    QAction* m_changesAction = nullptr;
    QAction* m_kevAction = nullptr;
    QAction* m_epssAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_focusFilterAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_openCaseAction = nullptr;
    QAction* m_backToQueueAction = nullptr;
    QAction* m_saveViewAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_resetColumnsAction = nullptr;
    QList<QAction*> m_viewShortcuts;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_triageMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QString m_filterText;
    std::optional<SavedView> m_currentView;
    quint64 m_caseGeneration = 0;
    quint64 m_countGeneration = 0;
    qint64 m_caseId = 0;
    qint64 m_lastQueryMs = -1;
    bool m_restoringLayout = false;
    bool m_keepLayoutOnce = false;
};

} // namespace closeloop
