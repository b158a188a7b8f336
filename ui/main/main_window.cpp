// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "import/import_controller.h"
#include "model/severity.h"
#include "queue/finding_table_model.h"
#include "queue/severity_delegate.h"
#include "store/store_writer.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace closeloop {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new FindingTableModel(this))
    , m_imports(new ImportController(this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/closeloop.svg")));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("severitySummary"));
    m_summary->setTextFormat(Qt::RichText); // our own markup; feed text never goes here
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("findingView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(FindingTableModel::SeverityColumn, new SeverityDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(FindingTableModel::SeverityColumn, 96);
    m_view->setColumnWidth(FindingTableModel::TitleColumn, 420);
    m_view->setColumnWidth(FindingTableModel::StatusColumn, 110);
    m_view->setColumnWidth(FindingTableModel::AssetColumn, 260);
    m_view->setColumnWidth(FindingTableModel::LocationColumn, 220);
    m_view->setColumnWidth(FindingTableModel::ToolColumn, 90);
    m_view->setColumnWidth(FindingTableModel::RuleColumn, 140);

    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setReadOnly(true); // plain text: feed content is never interpreted as markup
    m_details->setMinimumWidth(280);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("importLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_logDock = new QDockWidget(this);
    m_logDock->setObjectName(QStringLiteral("importLogDock"));
    m_logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();

    m_statusText = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->hide();
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    createActions();
    retranslate();

    connect(m_cancel, &QPushButton::clicked, m_imports, &ImportController::cancel);
    connect(m_imports, &ImportController::started, this, &MainWindow::onImportStarted);
    connect(m_imports, &ImportController::progress, this, &MainWindow::onImportProgress);
    connect(m_imports, &ImportController::fileFinished, this, &MainWindow::onFileImported);
    connect(m_imports, &ImportController::finished, this, &MainWindow::onImportsFinished);
    connect(m_model, &FindingTableModel::totalCountChanged, this, &MainWindow::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showDetails);
    resize(1360, 820);
}

MainWindow::~MainWindow()
{
    // The controller's thread uses the writer: stop it first.
    delete m_imports;
    m_imports = nullptr;
}

void MainWindow::createActions()
{
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import scanner feeds"), QString(),
            tr("Scanner feeds (*.json *.sarif *.xml *.csv *.golden);;All files (*)"));
        importFiles(files);
    });
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a workspace"), m_dbPath,
                                                          tr("Closeloop workspace (*.sqlite)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            openWorkspace(path);
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Closeloop"),
                           tr("<h3>Closeloop %1</h3><p>From a flood of security findings to closed exposure: ingest, "
                              "decide, act, verify, measure.</p><p>Licensed under the GNU General Public License, "
                              "version 3 or later.</p>")
                               .arg(QStringLiteral(CLOSELOOP_VERSION)));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_logDock->toggleViewAction());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    auto* toolbar = addToolBar(QStringLiteral("main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_importAction);
}

void MainWindow::retranslate()
{
    m_importAction->setText(tr("&Import feeds…"));
    m_importAction->setToolTip(tr("Import scanner feeds; the format is recognized from the content (Ctrl+I)"));
    m_openAction->setText(tr("&Open workspace…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Closeloop"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_logDock->setWindowTitle(tr("Import log"));
    m_cancel->setText(tr("Cancel"));
    setWindowTitle(m_dbPath.isEmpty() ? tr("Closeloop")
                                      : tr("%1 — Closeloop").arg(QFileInfo(m_dbPath).fileName()));
    updateSummary();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openWorkspace(const QString& dbPath)
{
    if (m_imports->isRunning()) {
        QMessageBox::information(this, tr("Import running"), tr("Wait for the running import to finish or cancel it."));
        return false;
    }
    try {
        m_model->setWorkspace(QString());
        m_writer.reset();
        m_writer = std::make_unique<StoreWriter>(dbPath.toStdString());
        m_imports->setWriter(m_writer.get());
        m_dbPath = dbPath;
        m_model->setWorkspace(dbPath);
    } catch (const std::exception& e) {
        m_imports->setWriter(nullptr);
        m_writer.reset();
        QMessageBox::critical(this, tr("Cannot open workspace"),
                              tr("%1 could not be opened:\n%2").arg(dbPath, QString::fromUtf8(e.what())));
        return false;
    }
    retranslate();
    m_statusText->setText(tr("Workspace %1").arg(QDir::toNativeSeparators(dbPath)));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    return true;
}

void MainWindow::importFiles(const QStringList& files)
{
    if (files.isEmpty())
        return;
    if (!m_writer) {
        QMessageBox::warning(this, tr("No workspace"), tr("Open a workspace before importing."));
        return;
    }
    if (m_imports->isRunning()) {
        m_statusText->setText(tr("An import is already running."));
        return;
    }
    m_imports->start(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    event->acceptProposedAction();
    importFiles(files);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_imports->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Import running"), tr("An import is running. Cancel it and quit? Nothing of the file being "
                                           "imported is stored."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_imports->cancel();
    }
    event->accept();
}

void MainWindow::updateSummary()
{
    if (!m_summary)
        return;
    if (m_dbPath.isEmpty()) {
        m_summary->setText(tr("No workspace open."));
        return;
    }
    std::map<int, std::int64_t> counts;
    try {
        counts = m_model->countBySeverity();
    } catch (const std::exception&) {
    }
    const std::pair<int, QString> order[] = {{4, tr("Critical")}, {3, tr("High")}, {2, tr("Medium")},
                                             {1, tr("Low")},      {0, tr("Info")}, {-1, tr("Unrated")}};
    QString html = QStringLiteral("<b>%1</b>").arg(tr("%n finding(s)", nullptr, int(m_model->totalCount())));
    for (const auto& [sev, label] : order) {
        const auto it = counts.find(sev);
        if (it == counts.end())
            continue;
        html += QStringLiteral("&nbsp;&nbsp;&nbsp;<span style=\"color:%1\">&#9679;</span>&nbsp;%2&nbsp;%3")
                    .arg(SeverityDelegate::colorFor(sev).name(), label.toHtmlEscaped(), QString::number(it->second));
    }
    m_summary->setText(html);
}

void MainWindow::showDetails()
{
    const FindingRow* row = m_model->finding(m_view->currentIndex());
    if (!row) {
        m_details->clear();
        return;
    }
    QString text;
    try {
        const auto d = m_model->details(row->id);
        if (!d) {
            m_details->clear();
            return;
        }
        auto s = [&](const char* key) { return QString::fromStdString((*d)[key].is_string() ? (*d)[key].get<std::string>() : (*d)[key].dump()); };
        text += s("title") + QStringLiteral("\n\n");
        text += tr("Severity: %1").arg(s("severity"));
        if (!(*d)["cvss_score"].is_null())
            text += tr("   CVSS %1").arg((*d)["cvss_score"].get<double>(), 0, 'f', 1);
        text += u'\n' + tr("Status: %1").arg(s("status")) + u'\n';
        text += tr("Tool: %1 %2").arg(s("tool"), s("tool_version")) + u'\n';
        text += tr("Rule: %1").arg(s("rule_id")) + u'\n';
        text += tr("Asset: %1").arg(s("asset")) + u'\n';
        const auto& loc = (*d)["location"];
        if (!loc["file"].get<std::string>().empty())
            text += tr("File: %1").arg(QString::fromStdString(loc["file"].get<std::string>())) +
                    (loc["line"].get<long long>() > 0 ? QStringLiteral(":%1").arg(loc["line"].get<long long>())
                                                     : QString()) +
                    u'\n';
        if (!loc["package"].get<std::string>().empty())
            text += tr("Package: %1 %2")
                        .arg(QString::fromStdString(loc["package"].get<std::string>()),
                             QString::fromStdString(loc["package_version"].get<std::string>())) +
                    u'\n';
        if (!s("fix_version").isEmpty())
            text += tr("Fixed in: %1").arg(s("fix_version")) + u'\n';
        text += tr("First seen: %1   Last seen: %2").arg(s("first_seen"), s("last_seen")) + u'\n';
        text += QStringLiteral("\n") + s("description") + QStringLiteral("\n");
        if (!s("remediation").isEmpty())
            text += QStringLiteral("\n") + tr("Remediation: %1").arg(s("remediation")) + u'\n';
        text += QStringLiteral("\n") + tr("Fingerprint %1, from:").arg(s("fingerprint")) + u'\n';
        const auto& fp = (*d)["fingerprint_inputs"];
        text += QStringLiteral("  family = %1\n").arg(QString::fromStdString(fp.value("family", std::string())));
        for (const auto& in : fp.value("inputs", nlohmann::json::array()))
            text += QStringLiteral("  %1 = %2\n")
                        .arg(QString::fromStdString(in.value("field", std::string())),
                             QString::fromStdString(in.value("value", std::string())));
    } catch (const std::exception& e) {
        text = tr("Cannot read the finding: %1").arg(QString::fromUtf8(e.what()));
    }
    m_details->setPlainText(text);
}

void MainWindow::onImportStarted(int fileCount)
{
    m_importAction->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_logDock->show();
    m_statusText->setText(tr("Importing %n file(s)…", nullptr, fileCount));
}

void MainWindow::onImportProgress(const QString& file, int index, int count, qint64 done, qint64 total)
{
    const double fileShare = total > 0 ? double(done) / double(total) : 1.0;
    m_progress->setValue(int(1000.0 * (index + fileShare) / std::max(1, count)));
    m_statusText->setText(tr("Importing %1 (%2 of %3)…").arg(QFileInfo(file).fileName()).arg(index + 1).arg(count));
}

void MainWindow::onFileImported(const ImportReport& report)
{
    m_log->appendPlainText(QString::fromStdString(report.summary()));
}

void MainWindow::onImportsFinished(const QList<ImportReport>& reports)
{
    m_progress->hide();
    m_cancel->hide();
    m_importAction->setEnabled(true);
    int imported = 0, unchanged = 0, rejected = 0, cancelled = 0;
    QStringList problems;
    for (const auto& r : reports) {
        switch (r.status) {
        case ImportReport::Status::Imported: ++imported; break;
        case ImportReport::Status::Unchanged: ++unchanged; break;
        case ImportReport::Status::Cancelled: ++cancelled; break;
        default:
            ++rejected;
            problems << QString::fromStdString(r.error());
            break;
        }
    }
    m_model->reload();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
    m_statusText->setText(tr("Import finished: %1 imported, %2 unchanged, %3 rejected, %4 cancelled")
                              .arg(imported)
                              .arg(unchanged)
                              .arg(rejected)
                              .arg(cancelled));
    if (!problems.isEmpty()) {
        // Not modal: the analyst can keep working while reading it.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Some feeds were not imported"),
                                    tr("%n file(s) could not be imported. Nothing of them was stored.", nullptr,
                                       int(problems.size())),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importProblems"));
        box->setTextFormat(Qt::PlainText);
        box->setDetailedText(problems.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

} // namespace closeloop
