// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "case/case_view.h"
#include "core_bridge.h"
#include "import/import_controller.h"
#include "policy_controller.h"
#include "query/reader_worker.h"
#include "queue/queue_columns.h"
#include "queue/queue_model.h"
#include "queue/severity_delegate.h"
#include "shortcut_sheet.h"
#include "store/store_writer.h"
#include "triage/triage_actions.h"
#include "views/view_list.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace closeloop {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new QueueModel(this))
    , m_imports(new ImportController(this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/closeloop.svg")));
    buildLayout();
    createActions();
    retranslate();
    restoreLayout();

    connect(m_cancel, &QPushButton::clicked, m_imports, &ImportController::cancel);
    connect(m_imports, &ImportController::started, this, &MainWindow::onImportStarted);
    connect(m_imports, &ImportController::progress, this, &MainWindow::onImportProgress);
    connect(m_imports, &ImportController::fileFinished, this, &MainWindow::onFileImported);
    connect(m_imports, &ImportController::finished, this, &MainWindow::onImportsFinished);
    connect(m_model, &QueueModel::countChanged, this, &MainWindow::updateCountLabel);
    connect(m_model, &QueueModel::queryShown, this, [this](qint64 ms) {
        m_lastQueryMs = ms;
        updateCountLabel();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, m_model->sectionOf(QueueColumn::Title)));
        else
            onCurrentRowChanged();
    });
    connect(m_model, &QueueModel::queryFailed, this, [this](const QString& message) {
        m_statusText->setText(tr("The query failed: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
        // The current row's page arrived after the row became current.
        const int row = m_view->currentIndex().row();
        if (row >= topLeft.row() && row <= bottomRight.row() && m_model->findingId(row) != m_caseId)
            onCurrentRowChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_views, &ViewList::viewChosen, this, &MainWindow::chooseView);
    connect(m_views, &ViewList::deleteRequested, this, &MainWindow::deleteView);
    connect(m_filter, &FilterEdit::filterApplied, this, [this](const FilterCheck& check, const QString& text) {
        m_filterText = text;
        m_filterError->hide();
        applyFilter(check);
    });
    connect(m_filter, &FilterEdit::filterInvalid, this, [this](const QString& message) {
        m_filterError->setText(message);
        m_filterError->show();
    });
    connect(m_triage, &TriageActions::changed, this, &MainWindow::refreshAll);
    connect(m_triage, &TriageActions::exceptionRequested, m_policy, &PolicyController::requestException);
    connect(m_policy, &PolicyController::findingsChanged, this, [this](const QString& message) {
        refreshAll(message);
        m_statusText->setText(message);
    });
    connect(m_policy, &PolicyController::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Exceptions"), message);
    });
    connect(m_policy, &PolicyController::openFindings, this, [this](const QString& filter) {
        m_pages->setCurrentIndex(0);
        m_filter->setText(filter);
        m_filter->applyNow();
    });
    connect(m_triage, &TriageActions::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Triage"), message);
    });
    connect(m_case, &CaseView::openFinding, this, [this](qint64 id) { loadCase(id); });
    connect(m_case, &CaseView::applyToSimilar, this, [this](qint64) {
        for (QAction* a : m_triage->decisionActions()) {
            if (a->objectName() == QLatin1String("triageSimilar"))
                a->trigger();
        }
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { saveLayout(); });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { saveLayout(); });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { saveLayout(); });
    resize(1440, 860);
}

MainWindow::~MainWindow()
{
    saveLayout();
    // The controller's thread uses the writer: stop it first; then the
    // reader threads, which call back into this window.
    delete m_imports;
    m_imports = nullptr;
    m_caseWorker.reset();
    m_countWorker.reset();
}

void MainWindow::buildLayout()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_views = new ViewList(m_splitter);
    m_views->setObjectName(QStringLiteral("viewList"));
    m_views->setMinimumWidth(170);

    auto* queuePane = new QWidget(m_splitter);
    auto* queueLayout = new QVBoxLayout(queuePane);
    queueLayout->setContentsMargins(6, 6, 6, 0);
    queueLayout->setSpacing(4);
    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    m_filter = new FilterEdit(queuePane);
    // Validation on the GUI thread never reads the workspace; the query is
    // compiled again, with the workspace's sizes, on the reader thread.
    m_filter->setChecker([this](const QString& text, bool typing) {
        return checkFilter(text, m_triage ? m_triage->actor() : QString(), nullptr, typing);
    });
    m_filter->setCompleter([this](const QString& text, int cursor) { return completeFilter(text, cursor, m_valuesDb.get()); });
    m_saveViewButton = new QToolButton(queuePane);
    m_saveViewButton->setObjectName(QStringLiteral("saveView"));
    m_countLabel = new QLabel(queuePane);
    m_countLabel->setObjectName(QStringLiteral("queueCount"));
    m_countLabel->setMinimumWidth(150);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_saveViewButton);
    filterRow->addWidget(m_countLabel);
    queueLayout->addLayout(filterRow);
    m_filterError = new QLabel(queuePane);
    m_filterError->setObjectName(QStringLiteral("filterError"));
    m_filterError->setTextFormat(Qt::PlainText);
    m_filterError->setStyleSheet(QStringLiteral("color: #C0392B;"));
    m_filterError->hide();
    queueLayout->addWidget(m_filterError);

    m_view = new QTableView(queuePane);
    m_view->setObjectName(QStringLiteral("findingView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(m_model->sectionOf(QueueColumn::Severity), new SeverityDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    auto* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(m_model->sectionOf(QueueColumn::Severity), Qt::DescendingOrder);
    m_columns = new QueueColumns(m_view, m_model, this);
    connect(m_columns, &QueueColumns::changed, this, &MainWindow::saveLayout);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { m_columns->showMenu(pos, m_resetColumnsAction); });
    queueLayout->addWidget(m_view, 1);

    m_case = new CaseView(m_splitter);
    m_case->setObjectName(QStringLiteral("caseView"));
    m_case->setMinimumWidth(360);

    m_splitter->addWidget(m_views);
    m_splitter->addWidget(queuePane);
    m_splitter->addWidget(m_case);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({190, 760, 490});
    // Pages: the findings console first; the policy controller adds the
    // exceptions calendar of the open workspace.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_splitter, QString());
    setCentralWidget(m_pages);

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
    m_statusText->setTextFormat(Qt::PlainText);
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

    m_triage = new TriageActions(m_view, m_model, this);
    m_policy = new PolicyController(this, m_pages);
    statusBar()->addPermanentWidget(m_policy->unreadButton());
}

void MainWindow::createActions()
{
    auto make = [this](const char* name, const QKeySequence& key = {}, Qt::ShortcutContext ctx = Qt::WindowShortcut) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setShortcutContext(ctx);
        addAction(a);
        return a;
    };
    m_importAction = make("importAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    connect(m_importAction, &QAction::triggered, this, [this] {
        importFiles(QFileDialog::getOpenFileNames(this, tr("Import scanner feeds"), QString(),
                                                  tr("Scanner feeds (*.json *.sarif *.xml *.csv *.golden);;All files (*)")));
    });
    m_openAction = make("openAction", QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a workspace"), m_dbPath,
                                                          tr("Closeloop workspace (*.sqlite)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            openWorkspace(path);
    });
    auto contextAction = [this, &make](const char* name, ContextKind kind, std::function<QString()> filter) {
        QAction* a = make(name);
        connect(a, &QAction::triggered, this, [this, kind, filter, a] {
            const QStringList files = QFileDialog::getOpenFileNames(this, a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                                    QString(), filter());
            if (!files.isEmpty())
                loadContext(kind, files);
        });
        return a;
    };
    m_catalogAction = contextAction("loadCatalog", ContextKind::Catalog,
                                    [this] { return tr("Service catalog (*.yaml *.yml *.json CODEOWNERS);;All files (*)"); });
    m_changesAction = contextAction("loadChanges", ContextKind::ChangeLog,
                                    [this] { return tr("Change log (*.jsonl *.ndjson *.json);;All files (*)"); });
    m_kevAction = contextAction("loadKev", ContextKind::Kev, [this] { return tr("CISA KEV catalog (*.json);;All files (*)"); });
    m_epssAction = contextAction("loadEpss", ContextKind::Epss, [this] { return tr("EPSS scores (*.csv *.csv.gz);;All files (*)"); });
    m_quitAction = make("quitAction", QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = make("aboutAction");
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Closeloop"),
                           tr("<h3>Closeloop %1</h3><p>From a flood of security findings to closed exposure: ingest, "
                              "decide, act, verify, measure.</p><p>Licensed under the GNU General Public License, "
                              "version 3 or later.</p>")
                               .arg(QStringLiteral(CLOSELOOP_VERSION)));
    });

    m_focusFilterAction = make("focusFilter", QKeySequence(Qt::Key_Slash));
    connect(m_focusFilterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_shortcutsAction = make("shortcutSheet", QKeySequence(Qt::SHIFT | Qt::Key_Question));
    m_shortcutsAction->setShortcuts({QKeySequence(Qt::Key_Question), QKeySequence(Qt::SHIFT | Qt::Key_Question)});
    m_nextAction = make("nextFinding", QKeySequence(Qt::Key_J), Qt::WidgetWithChildrenShortcut);
    m_previousAction = make("previousFinding", QKeySequence(Qt::Key_K), Qt::WidgetWithChildrenShortcut);
    m_openCaseAction = make("openCase", QKeySequence(Qt::Key_Return), Qt::WidgetShortcut);
    m_openCaseAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_backToQueueAction = make("backToQueue", QKeySequence(Qt::Key_Escape), Qt::WidgetWithChildrenShortcut);
    for (QAction* a : {m_nextAction, m_previousAction, m_openCaseAction}) {
        removeAction(a);
        m_view->addAction(a);
    }
    removeAction(m_backToQueueAction);
    m_case->addAction(m_backToQueueAction);
    connect(m_nextAction, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(m_previousAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_openCaseAction, &QAction::triggered, this, &MainWindow::openCase);
    connect(m_backToQueueAction, &QAction::triggered, this, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    m_saveViewAction = make("saveView", QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(m_saveViewAction, &QAction::triggered, this, &MainWindow::saveCurrentView);
    m_saveViewButton->setDefaultAction(m_saveViewAction);
    m_refreshAction = make("refresh", QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] { refreshAll(QString()); });
    m_resetColumnsAction = make("resetColumns");
    connect(m_resetColumnsAction, &QAction::triggered, m_columns, &QueueColumns::reset);
    for (int i = 0; i < 9; ++i) {
        QAction* a = make("showView", QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] {
            const auto& views = m_views->views();
            if (std::size_t(i) < views.size())
                m_views->selectView(views[std::size_t(i)].id);
        });
        m_viewShortcuts << a;
    }
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        QList<QAction*> nav = {m_nextAction, m_previousAction, m_openCaseAction, m_backToQueueAction,
                               m_focusFilterAction, m_saveViewAction, m_refreshAction};
        if (!m_viewShortcuts.isEmpty())
            nav << m_viewShortcuts.front();
        QList<QAction*> triage = m_triage->decisionActions();
        triage << m_triage->undoAction();
        QList<QAction*> general = {m_importAction, m_openAction, m_shortcutsAction, m_quitAction};
        ShortcutSheet sheet({{tr("Moving around"), nav}, {tr("Triage (on the selected findings)"), triage},
                             {tr("General"), general}},
                            this);
        sheet.exec();
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_catalogAction);
    m_fileMenu->addAction(m_changesAction);
    m_fileMenu->addAction(m_kevAction);
    m_fileMenu->addAction(m_epssAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_policy->policyAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_triage->undoAction());
    addAction(m_triage->undoAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_focusFilterAction);
    m_triageMenu = menuBar()->addMenu(QString());
    m_triageMenu->addActions(m_triage->decisionActions());
    m_triageMenu->addSeparator();
    m_triageMenu->addAction(m_policy->requestExceptionAction());
    m_triageMenu->addAction(m_policy->sweepAction());
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_saveViewAction);
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_resetColumnsAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_policy->showExceptionsAction());
    m_viewMenu->addAction(m_policy->notificationsAction());
    addAction(m_policy->notificationsAction());
    addAction(m_policy->showExceptionsAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_logDock->toggleViewAction());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);

    auto* toolbar = addToolBar(QStringLiteral("main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_catalogAction);
}

void MainWindow::retranslate()
{
    m_importAction->setText(tr("&Import Feeds…"));
    m_importAction->setToolTip(tr("Import scanner feeds; the format is recognized from the content (Ctrl+I)"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_catalogAction->setText(tr("Load Service &Catalog…"));
    m_changesAction->setText(tr("Load C&hange Log…"));
    m_kevAction->setText(tr("Load CISA &KEV…"));
    m_epssAction->setText(tr("Load &EPSS Scores…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Closeloop"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_focusFilterAction->setText(tr("&Filter…"));
    m_nextAction->setText(tr("Next finding"));
    m_previousAction->setText(tr("Previous finding"));
    m_openCaseAction->setText(tr("Open the case"));
    m_backToQueueAction->setText(tr("Back to the queue"));
    m_saveViewAction->setText(tr("&Save View…"));
    m_saveViewAction->setToolTip(tr("Save the filter, columns and sort as a view (Ctrl+S)"));
    m_refreshAction->setText(tr("&Refresh"));
    m_resetColumnsAction->setText(tr("Reset &Columns"));
    for (QAction* a : m_viewShortcuts)
        a->setText(tr("Show saved view 1–9"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_triageMenu->setTitle(tr("&Triage"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_logDock->setWindowTitle(tr("Import log"));
    m_cancel->setText(tr("Cancel"));
    m_filter->setPlaceholderText(tr("Filter: severity:critical kev:yes owner:team-payments \"free text\"   (/ to focus, Down for suggestions)"));
    m_triage->retranslate();
    m_policy->retranslate();
    m_pages->setTabText(m_pages->indexOf(m_splitter), tr("Findings"));
    setWindowTitle(m_dbPath.isEmpty() ? tr("Closeloop") : tr("%1 — Closeloop").arg(QFileInfo(m_dbPath).fileName()));
    updateCountLabel();
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
        m_caseWorker.reset();
        m_countWorker.reset();
        m_valuesDb.reset();
        m_triage->setWriter(nullptr);
        m_policy->setWorkspace(nullptr, QString(), QString());
        m_viewStore.reset();
        m_writer.reset();
        m_writer = std::make_unique<StoreWriter>(dbPath.toStdString());
        m_imports->setWriter(m_writer.get());
        m_triage->setWriter(m_writer.get());
        m_viewStore = std::make_unique<SavedViewStore>(*m_writer);
        m_dbPath = dbPath;
        m_caseWorker = std::make_unique<ReaderWorker>(dbPath.toStdString());
        m_countWorker = std::make_unique<ReaderWorker>(dbPath.toStdString());
        m_valuesDb = std::make_unique<Database>(dbPath.toStdString(), Database::Mode::ReadOnly);
        m_triage->setSimilarFinder([this](std::int64_t id, std::function<void(std::vector<std::int64_t>)> done) {
            // On the case's reader thread, never superseded: the analyst asked.
            QPointer<MainWindow> self(this);
            m_caseWorker->post(0, [self, id, done = std::move(done)](Database& db) {
                std::vector<std::int64_t> ids;
                QString error;
                try {
                    ids = similarOpenFindings(db, id);
                } catch (const std::exception& e) {
                    error = QString::fromUtf8(e.what());
                }
                QMetaObject::invokeMethod(self, [self, ids = std::move(ids), error, done] {
                    if (!self)
                        return;
                    if (!error.isEmpty())
                        self->m_statusText->setText(tr("Similar findings could not be read: %1").arg(error));
                    else
                        done(ids);
                }, Qt::QueuedConnection);
            });
        });
        m_model->setWorkspace(dbPath);
        m_policy->setWorkspace(m_writer.get(), dbPath, m_triage->actor());
    } catch (const std::exception& e) {
        m_imports->setWriter(nullptr);
        m_triage->setWriter(nullptr);
        m_viewStore.reset();
        m_writer.reset();
        QMessageBox::critical(this, tr("Cannot open workspace"),
                              tr("%1 could not be opened:\n%2").arg(dbPath, QString::fromUtf8(e.what())));
        return false;
    }
    m_case->clear();
    m_caseId = 0;
    retranslate();
    m_statusText->setText(tr("Workspace %1").arg(QDir::toNativeSeparators(dbPath)));
    refreshViews();
    return true;
}

void MainWindow::refreshViews()
{
    if (!m_viewStore)
        return;
    std::vector<SavedView> views;
    try {
        views = m_viewStore->list();
    } catch (const std::exception& e) {
        m_statusText->setText(tr("Saved views could not be read: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_views->setViews(views);
    const qint64 last = QSettings().value(QStringLiteral("queue/lastView"), 0).toLongLong();
    // The view used last; the first time, everything (a fresh workspace has
    // nothing assigned yet, so My queue would look empty).
    auto wanted = std::find_if(views.begin(), views.end(), [&](const SavedView& v) { return v.id == last; });
    if (wanted == views.end())
        wanted = std::find_if(views.begin(), views.end(), [](const SavedView& v) { return v.builtin && v.filter.empty(); });
    if (!m_views->currentView() && wanted != views.end()) {
        // Coming back to the view keeps the columns and sort as they were left.
        m_keepLayoutOnce = true;
        m_views->selectView(wanted->id);
        m_keepLayoutOnce = false;
    }
    refreshCounts();
}

void MainWindow::refreshCounts()
{
    if (!m_countWorker)
        return;
    const quint64 generation = ++m_countGeneration;
    m_countWorker->supersede(generation);
    struct Job
    {
        std::int64_t id;
        FilterCheck check;
    };
    auto jobs = std::make_shared<std::vector<Job>>();
    for (const auto& v : m_views->views()) {
        FilterCheck c = checkFilter(QString::fromStdString(v.filter), m_triage->actor());
        if (c.ok)
            jobs->push_back({v.id, std::move(c)});
    }
    QPointer<MainWindow> self(this);
    m_countWorker->post(generation, [self, jobs, generation](Database& db) {
        for (const auto& j : *jobs) {
            qint64 n = -1;
            try {
                n = queueCount(db, j.check.countWhere.empty() ? j.check.where : j.check.countWhere, j.check.binds);
            } catch (const StoreError&) {
                // Interrupted by a newer round (whose results replace these)
                // or failed: the view shows no count.
            }
            QMetaObject::invokeMethod(self, [self, id = j.id, n, generation] {
                if (self && generation == self->m_countGeneration)
                    self->m_views->setCount(id, n);
            }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(self, [self, generation] {
            if (self && generation == self->m_countGeneration)
                emit self->viewCountsDone();
        }, Qt::QueuedConnection);
    });
}

void MainWindow::refreshAll(const QString& message)
{
    if (!message.isEmpty())
        m_statusText->setText(message);
    m_model->refresh();
    refreshCounts();
    if (m_caseId)
        loadCase(m_caseId);
}

void MainWindow::chooseView(const SavedView& view)
{
    m_currentView = view;
    QSettings().setValue(QStringLiteral("queue/lastView"), qint64(view.id));
    if (!m_keepLayoutOnce && !view.columns.empty())
        m_columns->apply(view.columns);
    if (const auto col = m_keepLayoutOnce ? std::nullopt : queueColumnFromKey(view.sortColumn)) {
        const int section = m_model->sectionOf(*col);
        QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(section, view.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    m_filter->setFilterText(QString::fromStdString(view.filter));
}

void MainWindow::applyFilter(const FilterCheck& check)
{
    QueueQuery q;
    q.where = check.where;
    q.countWhere = check.countWhere;
    q.binds = check.binds;
    q.prepare = [text = m_filterText, user = m_triage->actor(), typing = m_filter->isTyping()](Database& db, QueueQuery& query) {
        FilterCheck sized = checkFilter(text, user, &db, typing);
        if (!sized.ok)
            return; // valid without the workspace, so valid with it: keep the unsized query
        query.where = std::move(sized.where);
        query.countWhere = std::move(sized.countWhere);
        query.binds = std::move(sized.binds);
    };
    const auto* header = m_view->horizontalHeader();
    const QueueColumn sortCol = m_model->columnAt(header->sortIndicatorSection());
    q.sort = sortCol == QueueColumn::Count ? QueueColumn::Severity : sortCol;
    q.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    m_model->setQuery(q);
}

void MainWindow::saveCurrentView()
{
    if (!m_viewStore)
        return;
    bool ok = false;
    const QString suggestion = m_currentView && !m_currentView->builtin ? QString::fromStdString(m_currentView->name) : QString();
    const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal,
                                               suggestion, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    SavedView v;
    for (const auto& existing : m_views->views()) {
        if (existing.name == name.toStdString())
            v = existing;
    }
    v.name = name.toStdString();
    v.filter = m_filterText.toStdString();
    v.columns = m_columns->visible();
    const auto* header = m_view->horizontalHeader();
    v.sortColumn = queueColumnKey(m_model->columnAt(header->sortIndicatorSection()));
    v.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    try {
        v.id = m_viewStore->save(v);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Save View"), QString::fromUtf8(e.what()));
        return;
    }
    refreshViews();
    m_views->selectView(v.id);
    m_statusText->setText(tr("Saved the view \"%1\".").arg(name));
}

void MainWindow::deleteView(const SavedView& view)
{
    if (!m_viewStore)
        return;
    if (QMessageBox::question(this, tr("Delete View"), tr("Delete the view \"%1\"?").arg(QString::fromStdString(view.name))) !=
        QMessageBox::Yes)
        return;
    m_viewStore->remove(view.id);
    refreshViews();
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const qint64 id = m_model->findingId(current.row());
    if (id != 0 && id != m_caseId)
        loadCase(id);
}

void MainWindow::loadCase(qint64 findingId)
{
    if (!m_caseWorker)
        return;
    m_caseId = findingId;
    const quint64 generation = ++m_caseGeneration;
    QPointer<MainWindow> self(this);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_caseWorker->post(generation, [self, findingId, generation, timer](Database& db) {
        std::optional<nlohmann::json> ctx;
        QString error;
        try {
            ctx = loadCaseContext(db, findingId);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(self, [self, findingId, generation, timer, ctx = std::move(ctx), error] {
            if (!self || generation != self->m_caseGeneration)
                return;
            if (ctx)
                self->m_case->setCase(*ctx);
            else
                self->m_case->clear();
            if (!error.isEmpty())
                self->m_statusText->setText(tr("The case could not be read: %1").arg(error));
            emit self->caseShown(findingId, timer->elapsed());
        }, Qt::QueuedConnection);
    });
}

void MainWindow::openCase()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (m_splitter->sizes().value(2) < 200)
        m_splitter->setSizes({190, 700, 520});
    loadCase(m_model->findingId(current.row()));
    m_case->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = std::clamp(current.isValid() ? current.row() + delta : 0, 0, rows - 1);
    const QModelIndex next = m_model->index(row, current.isValid() ? current.column() : 0);
    m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(next);
}

void MainWindow::saveLayout() const
{
    if (m_restoringLayout)
        return;
    QSettings s;
    s.setValue(QStringLiteral("queue/header"), m_view->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("main/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("main/geometry"), saveGeometry());
}

void MainWindow::restoreLayout()
{
    m_restoringLayout = true;
    m_columns->reset();
    QSettings s;
    const QByteArray header = s.value(QStringLiteral("queue/header")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const QByteArray splitter = s.value(QStringLiteral("main/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray geometry = s.value(QStringLiteral("main/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    m_restoringLayout = false;
}

void MainWindow::updateCountLabel()
{
    if (m_dbPath.isEmpty()) {
        m_countLabel->setText(tr("No workspace open"));
        return;
    }
    const qint64 n = m_model->totalCount();
    QString text = m_model->isCountKnown() ? tr("%1 finding(s)", nullptr, int(std::min<qint64>(n, INT_MAX))).arg(QLocale().toString(n))
                                           : tr("%1+ findings").arg(QLocale().toString(n));
    if (m_lastQueryMs >= 0)
        text += QStringLiteral("  ·  ") + tr("%1 ms").arg(m_lastQueryMs);
    m_countLabel->setText(text);
    m_countLabel->setToolTip(tr("Findings matching the filter; time until the first rows showed"));
}

void MainWindow::loadContext(ContextKind kind, const QStringList& files)
{
    if (!m_writer || files.isEmpty())
        return;
    StoreWriter* writer = m_writer.get();
    const QString actor = m_triage->actor();
    m_statusText->setText(tr("Loading %n file(s)…", nullptr, int(files.size())));
    auto outcome = std::make_shared<ContextLoadOutcome>();
    QThread* thread = QThread::create([writer, kind, files, actor, outcome] {
        *outcome = loadContextFiles(*writer, kind, files, actor);
    });
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        thread->deleteLater();
        m_statusText->setText(outcome->summary);
        if (!outcome->details.isEmpty()) {
            auto* box = new QMessageBox(outcome->ok ? QMessageBox::Information : QMessageBox::Warning,
                                        outcome->ok ? tr("Loaded with warnings") : tr("Nothing was loaded"),
                                        outcome->summary, QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("contextProblems"));
            box->setTextFormat(Qt::PlainText);
            box->setDetailedText(outcome->details);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        if (outcome->ok)
            refreshAll(QString());
        emit contextLoaded(outcome->ok, outcome->summary);
    });
    thread->start();
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
    saveLayout();
    event->accept();
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
    refreshAll(tr("Import finished: %1 imported, %2 unchanged, %3 rejected, %4 cancelled")
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
