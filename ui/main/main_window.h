// SPDX-License-Identifier: GPL-3.0-or-later
// The console's main window: the workspace's findings, import by menu,
// drag and drop or command line, with progress and cancel.
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QDockWidget;

namespace closeloop {

class FindingTableModel;
class ImportController;
class StoreWriter;
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

    FindingTableModel* findingModel() const { return m_model; }
    ImportController* importController() const { return m_imports; }
    QTableView* findingView() const { return m_view; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void retranslate();
    void updateSummary();
    void showDetails();
    void onImportStarted(int fileCount);
    void onImportProgress(const QString& file, int index, int count, qint64 done, qint64 total);
    void onFileImported(const ImportReport& report);
    void onImportsFinished(const QList<ImportReport>& reports);

    std::unique_ptr<StoreWriter> m_writer;
    QString m_dbPath;
    FindingTableModel* m_model = nullptr;
    ImportController* m_imports = nullptr;
    QTableView* m_view = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_statusText = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QDockWidget* m_logDock = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace closeloop
