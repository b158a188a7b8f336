// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy_dialog.h"

#include "policy_diff_view.h"

#include "case/case_vocabulary.h"
#include "policy/policy.h"
#include "policy/policy_backtest.h"
#include "policy/policy_store.h"
#include "policy/policy_switch.h"
#include "query/reader_worker.h"
#include "store/store_writer.h"
#include "util/clock.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>
#include <map>
#include <thread>

namespace closeloop {

// What the dialog knows of the workspace's policies.
struct PolicyDialog::State
{
    std::string version;
    std::string name;
    bool stored = false;     // false: the shipped default, never written
    PolicyRecord record;     // when stored
    std::vector<PolicyRecord> versions;
    QString error;
};

// A validated file and its backtest: what the diff shows and what Switch on
// sends to the core, byte for byte.
struct PolicyDialog::Proposal
{
    QString path;
    QString fileName;
    std::string bytes;
    std::map<std::string, std::string> classTitles;
    std::shared_ptr<const BacktestReport> report;
};

struct PolicyDialog::SwitchOutcome
{
    bool ok = false;
    QString error;
    std::string version;
    std::string name;
    bool unchanged = false;
    qint64 evaluated = 0;
    qint64 rerouted = 0;
};

namespace {

// A job that never started by then found no workspace to read.
constexpr int StartTimeoutMs = 3000;
constexpr int ShortVersion = 12;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString shortVersion(const std::string& version)
{
    return qs(version.substr(0, ShortVersion));
}

// The file as it is on disk now, bounded: a policy is a few kilobytes.
std::string readPolicyFile(const QString& path, const std::string& fileName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw PolicyError(fileName, "cannot be read: " + file.errorString().toStdString());
    // Read one byte past the cap: size() is 0 for pipes and devices.
    const QByteArray bytes = file.read(PolicyDialog::MaxFileBytes + 1);
    if (bytes.size() > PolicyDialog::MaxFileBytes)
        throw PolicyError(fileName, "larger than 4 MiB; a policy file is a few kilobytes");
    if (file.error() != QFileDevice::NoError)
        throw PolicyError(fileName, "cannot be read: " + file.errorString().toStdString());
    return bytes.toStdString();
}

QTableWidgetItem* setCell(QTableWidget* t, int row, int column, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    t->setItem(row, column, item);
    return item;
}

} // namespace

PolicyDialog::PolicyDialog(StoreWriter& writer, QString dbPath, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_dbPath(std::move(dbPath))
    , m_actor(std::move(actor))
    , m_reader(std::make_unique<ReaderWorker>(m_dbPath.toStdString()))
{
    setObjectName(QStringLiteral("policyDialog"));
    buildUi();
    retranslate();
    refreshState();
}

PolicyDialog::~PolicyDialog()
{
    // The backtest stops at its next finding; the worker then interrupts and
    // joins, so no job comes back to a dialog being destroyed.
    if (m_cancel)
        m_cancel->store(true);
    m_reader.reset();
}

void PolicyDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_inForceTitle = PolicyDiffView::makeLabel(this, "", true);
    layout->addWidget(m_inForceTitle);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->setContentsMargins(12, 0, 0, 0);
    m_nameCaption = new QLabel(this);
    m_versionCaption = new QLabel(this);
    m_loadedCaption = new QLabel(this);
    m_activatedCaption = new QLabel(this);
    m_inForceName = PolicyDiffView::makeLabel(this, "inForceName");
    m_inForceVersion = PolicyDiffView::makeLabel(this, "inForceVersion");
    m_inForceLoaded = PolicyDiffView::makeLabel(this, "inForceLoaded");
    m_inForceActivated = PolicyDiffView::makeLabel(this, "inForceActivated");
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_inForceVersion->setFont(mono);
    grid->addWidget(m_nameCaption, 0, 0);
    grid->addWidget(m_inForceName, 0, 1);
    grid->addWidget(m_versionCaption, 0, 2);
    grid->addWidget(m_inForceVersion, 0, 3);
    grid->addWidget(m_loadedCaption, 1, 0);
    grid->addWidget(m_inForceLoaded, 1, 1);
    grid->addWidget(m_activatedCaption, 1, 2);
    grid->addWidget(m_inForceActivated, 1, 3);
    grid->setColumnMinimumWidth(1, 260);
    grid->setColumnStretch(4, 1);
    layout->addLayout(grid);

    m_versionsTitle = PolicyDiffView::makeLabel(this, "", true);
    layout->addWidget(m_versionsTitle);
    m_versions = PolicyDiffView::makeTable(this, "versionsTable");
    m_versions->setColumnCount(5);
    // Sized when rows arrive after the dialog is shown: a stretched last
    // column would keep the width of its first text, so the name stretches.
    m_versions->horizontalHeader()->setStretchLastSection(false);
    m_versions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_versions);

    auto* openRow = new QHBoxLayout;
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openPolicyFile"));
    m_openButton->setAutoDefault(false);
    connect(m_openButton, &QPushButton::clicked, this, &PolicyDialog::openFile);
    openRow->addWidget(m_openButton);
    m_proposedLabel = PolicyDiffView::makeLabel(this, "proposedLabel");
    openRow->addWidget(m_proposedLabel, 1);
    layout->addSpacing(4);
    layout->addLayout(openRow);

    m_fileError = PolicyDiffView::makeLabel(this, "policyError");
    m_fileError->setWordWrap(true);
    m_fileError->setStyleSheet(
        QStringLiteral("QLabel { border: 2px solid #C0392B; border-radius: 3px; padding: 6px 8px; }"));
    m_fileError->hide();
    layout->addWidget(m_fileError);

    m_busyRow = new QWidget(this);
    m_busyRow->setObjectName(QStringLiteral("busyRow"));
    auto* busy = new QHBoxLayout(m_busyRow);
    busy->setContentsMargins(0, 0, 0, 0);
    m_busyBar = new QProgressBar(m_busyRow);
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedWidth(140);
    busy->addWidget(m_busyBar);
    m_busyLabel = PolicyDiffView::makeLabel(m_busyRow, "busyLabel");
    busy->addWidget(m_busyLabel, 1);
    m_cancelButton = new QPushButton(m_busyRow);
    m_cancelButton->setObjectName(QStringLiteral("cancelBacktest"));
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &PolicyDialog::cancelBacktest);
    busy->addWidget(m_cancelButton);
    m_busyRow->hide();
    layout->addWidget(m_busyRow);
    m_busyTimer = new QTimer(this);
    m_busyTimer->setInterval(500);
    connect(m_busyTimer, &QTimer::timeout, this, &PolicyDialog::updateBusyText);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("diffPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMinimumHeight(160);
    layout->addWidget(m_placeholder, 1);

    m_diff = new PolicyDiffView(this);
    m_diff->setObjectName(QStringLiteral("policyDiff"));
    connect(m_diff, &PolicyDiffView::openFindingRequested, this, &PolicyDialog::openFindingRequested);
    m_diff->hide();
    layout->addWidget(m_diff, 1);

    m_message = PolicyDiffView::makeLabel(this, "switchMessage");
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    m_switchButton = new QPushButton(this);
    m_switchButton->setObjectName(QStringLiteral("switchOn"));
    m_switchButton->setAutoDefault(false);
    connect(m_switchButton, &QPushButton::clicked, this, &PolicyDialog::requestSwitch);
    buttons->addWidget(m_switchButton);
    buttons->addStretch(1);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setDefault(true);
    connect(m_closeButton, &QPushButton::clicked, this, &PolicyDialog::reject);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    // Opening a file is what the dialog is for; the tables are for reading.
    m_openButton->setFocus();
    setMinimumSize(760, 560);
    resize(1000, 760);
}

void PolicyDialog::retranslate()
{
    setWindowTitle(tr("Policy"));
    m_inForceTitle->setText(tr("Policy in force"));
    m_nameCaption->setText(tr("Name:"));
    m_versionCaption->setText(tr("Version:"));
    m_loadedCaption->setText(tr("Loaded:"));
    m_activatedCaption->setText(tr("Activated:"));
    m_versionsTitle->setText(tr("Stored versions"));
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Name"), tr("File"), tr("Loaded"), tr("Activated")});
    m_openButton->setText(tr("&Open Policy File…"));
    m_cancelButton->setText(tr("&Cancel"));
    m_placeholder->setText(tr("Open a policy file to see how it would route the workspace's findings and which SLA "
                              "clocks would have been breached, before switching it on."));
    m_switchButton->setText(tr("&Switch On…"));
    m_closeButton->setText(tr("Close"));
    renderState();
    renderProposal();
    updateSwitchButton();
}

void PolicyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PolicyDialog::reject()
{
    // The switch is one transaction on the writer; its outcome must be seen.
    if (m_switching)
        return;
    if (m_busy)
        cancelBacktest();
    QDialog::reject();
}

void PolicyDialog::setCanSwitch(bool manager)
{
    m_canSwitch = manager;
    updateSwitchButton();
}

void PolicyDialog::setNow(const QDateTime& utc)
{
    m_now = utc.isValid() ? utc.toUTC() : QDateTime();
}

QDateTime PolicyDialog::evaluationTime() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString PolicyDialog::currentVersion() const
{
    return m_state ? qs(m_state->version) : QString();
}

QString PolicyDialog::proposedVersion() const
{
    return m_proposal ? qs(m_proposal->report->proposedVersion) : QString();
}

const BacktestReport* PolicyDialog::report() const
{
    return m_proposal ? m_proposal->report.get() : nullptr;
}

// --- the policy in force ---------------------------------------------------

void PolicyDialog::refreshState()
{
    if (!m_reader)
        return;
    QPointer<PolicyDialog> self(this);
    auto started = std::make_shared<std::atomic<bool>>(false);
    // Generation 0: never superseded by (and never interrupting) a backtest.
    m_reader->post(0, [self, started](Database& db) {
        started->store(true);
        auto state = std::make_shared<State>();
        try {
            ReadSnapshot snapshot(db);
            PolicyStore store(db);
            state->versions = store.list();
            const auto active = store.activeReadOnly();
            state->version = active->version;
            state->name = active->name;
            for (const PolicyRecord& r : state->versions)
                if (r.version == state->version) {
                    state->stored = true;
                    state->record = r;
                }
        } catch (const std::exception& e) {
            state->error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(self, [self, state] {
            if (self)
                self->applyState(state);
        }, Qt::QueuedConnection);
    });
    QTimer::singleShot(StartTimeoutMs, this, [this, started] {
        if (started->load() || (m_state && m_state->error.isEmpty()))
            return;
        const std::string error = m_reader->lastError();
        if (error.empty())
            return;
        auto state = std::make_shared<State>();
        state->error = QString::fromStdString(error);
        applyState(state);
    });
}

void PolicyDialog::applyState(std::shared_ptr<const State> state)
{
    m_state = std::move(state);
    renderState();
    updateSwitchButton();
}

void PolicyDialog::renderState()
{
    const QString unknown = QStringLiteral("\u2026");
    if (!m_state || !m_state->error.isEmpty()) {
        m_inForceName->setText(m_state ? tr("Could not read the workspace: %1").arg(m_state->error) : unknown);
        m_inForceVersion->setText(unknown);
        m_inForceLoaded->setText(unknown);
        m_inForceActivated->setText(unknown);
        m_versions->setRowCount(0);
        PolicyDiffView::fitHeight(m_versions, 4);
        return;
    }
    const State& s = *m_state;
    m_inForceName->setText(qs(s.name));
    m_inForceVersion->setText(shortVersion(s.version));
    m_inForceVersion->setToolTip(qs(s.version));
    // The shipped default is stored at the workspace's origin, not by a load.
    auto loaded = [](const PolicyRecord& r) {
        if (r.loadedAt.rfind("1970-01-01T00:00:00", 0) == 0)
            return tr("shipped default, with the workspace");
        return tr("%1 by %2").arg(CaseVocabulary::time(qs(r.loadedAt)), qs(r.loadedBy));
    };
    auto activated = [](const PolicyRecord& r) {
        if (r.activatedAt.empty())
            return tr("never switched on");
        return tr("%1 by %2").arg(CaseVocabulary::time(qs(r.activatedAt)), qs(r.activatedBy));
    };
    if (s.stored) {
        m_inForceLoaded->setText(loaded(s.record));
        m_inForceActivated->setText(activated(s.record));
    } else {
        m_inForceLoaded->setText(tr("shipped default, not stored yet"));
        m_inForceActivated->setText(tr("never switched on"));
    }

    // Newest first: the one a manager compares with is usually the last.
    std::vector<PolicyRecord> versions = s.versions;
    std::reverse(versions.begin(), versions.end());
    m_versions->setRowCount(int(versions.size()));
    for (int row = 0; row < int(versions.size()); ++row) {
        const PolicyRecord& r = versions[std::size_t(row)];
        QString version = shortVersion(r.version);
        if (r.active)
            version += QLatin1Char(' ') + tr("(in force)");
        QTableWidgetItem* items[] = {setCell(m_versions, row, 0, version), setCell(m_versions, row, 1, qs(r.name)),
                                     setCell(m_versions, row, 2, QFileInfo(qs(r.sourceFile)).fileName()),
                                     setCell(m_versions, row, 3, loaded(r)), setCell(m_versions, row, 4, activated(r))};
        items[0]->setToolTip(qs(r.version));
        items[0]->setData(Qt::UserRole, qs(r.version));
        items[2]->setToolTip(qs(r.sourceFile));
        if (r.active)
            for (QTableWidgetItem* item : items) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
    }
    PolicyDiffView::fitHeight(m_versions, 4);
}

// --- proposal and backtest -------------------------------------------------

void PolicyDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Policy File"), QString(),
                                                      tr("Policy files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void PolicyDialog::loadFile(const QString& path)
{
    if (m_switching || !m_reader)
        return;
    if (m_cancel)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    const QString fileName = QFileInfo(path).fileName();
    m_fileError->hide();
    setBusy(true, tr("Validating %1…").arg(fileName));

    const QDateTime now = evaluationTime();
    const std::size_t maxListed = m_maxListed;
    QPointer<PolicyDialog> self(this);
    auto started = std::make_shared<std::atomic<bool>>(false);
    m_reader->post(generation, [self, generation, cancel, started, path, fileName, now, maxListed](Database& db) {
        started->store(true);
        auto fail = [&self, generation](const QString& message) {
            QMetaObject::invokeMethod(self, [self, generation, message] {
                if (self)
                    self->showFileError(generation, message);
            }, Qt::QueuedConnection);
        };
        auto proposal = std::make_shared<Proposal>();
        proposal->path = QFileInfo(path).absoluteFilePath();
        proposal->fileName = fileName;
        std::shared_ptr<const Policy> proposed;
        try {
            proposal->bytes = readPolicyFile(path, fileName.toStdString());
            proposed = std::make_shared<const Policy>(parsePolicy(proposal->bytes, fileName.toStdString()));
        } catch (const std::exception& e) {
            fail(QString::fromUtf8(e.what()));
            return;
        }
        const QString name = qs(proposed->name);
        QMetaObject::invokeMethod(self, [self, generation, name] {
            if (self && generation == self->m_generation)
                self->setBusy(true, tr("Backtesting “%1” over the workspace's history…").arg(name));
        }, Qt::QueuedConnection);
        try {
            ReadSnapshot snapshot(db); // the policy in force and the history it is compared on agree
            const auto current = PolicyStore(db).activeReadOnly();
            for (const auto& [id, c] : current->classes)
                proposal->classTitles[id] = c.title;
            for (const auto& [id, c] : proposed->classes)
                proposal->classTitles[id] = c.title;
            proposal->report = std::make_shared<const BacktestReport>(
                backtestPolicy(db, *current, *proposed, now, maxListed, cancel.get()));
        } catch (const std::exception& e) {
            if (!cancel->load())
                fail(tr("The backtest failed: %1").arg(QString::fromUtf8(e.what())));
            return;
        }
        if (cancel->load())
            return; // a partial report is no report
        QMetaObject::invokeMethod(self, [self, generation, proposal] {
            if (self)
                self->applyProposal(generation, proposal);
        }, Qt::QueuedConnection);
    });
    QTimer::singleShot(StartTimeoutMs, this, [this, generation, started] {
        if (started->load() || generation != m_generation || !m_busy)
            return;
        const std::string error = m_reader->lastError();
        if (!error.empty())
            showFileError(generation, tr("Could not read the workspace: %1").arg(QString::fromStdString(error)));
    });
}

void PolicyDialog::cancelBacktest()
{
    if (!m_busy || m_switching)
        return;
    if (m_cancel)
        m_cancel->store(true);
    // A newer generation also interrupts the statement that is running.
    m_reader->supersede(++m_generation);
    setBusy(false);
    showMessage(tr("Backtest cancelled; nothing changed."), false);
}

void PolicyDialog::showFileError(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    setBusy(false);
    // Only the error shows: the diff on screen (if any) and the policy in
    // force stay as they were, and the label says so.
    m_fileError->setText(message + QLatin1Char('\n') +
                         (m_proposal ? tr("Nothing was loaded: the proposal below and the policy in force are unchanged.")
                                     : tr("Nothing was loaded: the policy in force is unchanged.")));
    m_fileError->show();
    emit loadFailed(message);
}

void PolicyDialog::applyProposal(quint64 generation, std::shared_ptr<const Proposal> proposal)
{
    if (generation != m_generation)
        return;
    setBusy(false);
    m_fileError->hide();
    m_message->hide();
    m_proposal = std::move(proposal);
    m_diff->setReport(m_proposal->report, m_proposal->classTitles);
    renderProposal();
    updateSwitchButton();
    // Someone may have switched since the dialog read the policy in force.
    if (m_state && m_state->version != m_proposal->report->currentVersion)
        refreshState();
    emit proposalShown(qs(m_proposal->report->proposedVersion));
}

void PolicyDialog::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_busyWhat = what;
    m_busyRow->setVisible(busy);
    m_cancelButton->setVisible(!m_switching);
    if (busy) {
        if (!m_busyTimer->isActive()) {
            m_busyClock.start();
            m_busyTimer->start();
        }
    } else {
        m_busyTimer->stop();
    }
    updateBusyText();
    updateSwitchButton();
}

void PolicyDialog::updateBusyText()
{
    const qint64 seconds = m_busyClock.isValid() ? m_busyClock.elapsed() / 1000 : 0;
    m_busyLabel->setText(seconds >= 1 ? tr("%1 (%2 s)").arg(m_busyWhat).arg(seconds) : m_busyWhat);
}

void PolicyDialog::renderProposal()
{
    m_placeholder->setVisible(!m_proposal);
    m_diff->setVisible(bool(m_proposal));
    if (!m_proposal) {
        m_proposedLabel->setText(tr("No proposal open."));
        return;
    }
    const BacktestReport& r = *m_proposal->report;
    m_proposedLabel->setText(tr("Proposed: “%1”, version %2, from %3")
                                 .arg(qs(r.proposedName), shortVersion(r.proposedVersion), m_proposal->fileName));
    m_proposedLabel->setToolTip(m_proposal->path + QLatin1Char('\n') + qs(r.proposedVersion));
}

// --- switching on ----------------------------------------------------------

void PolicyDialog::updateSwitchButton()
{
    const bool known = m_state && m_state->error.isEmpty();
    const bool differs = m_proposal && known && m_proposal->report->proposedVersion != m_state->version;
    QString why;
    if (!m_proposal)
        why = tr("Open a valid policy file first.");
    else if (!m_canSwitch)
        why = tr("Only a manager can switch a policy on.");
    else if (!known)
        why = tr("The policy in force is not known yet.");
    else if (!differs)
        why = tr("This version is already in force.");
    else if (m_busy || m_switching)
        why = tr("Wait until the work in progress is done.");
    m_switchButton->setEnabled(why.isEmpty());
    m_switchButton->setToolTip(why.isEmpty() ? tr("Switch this version on after confirming it") : why);
    m_openButton->setEnabled(!m_switching);
    m_closeButton->setEnabled(!m_switching);
}

void PolicyDialog::requestSwitch()
{
    if (!m_switchButton->isEnabled() || !m_proposal)
        return;
    const BacktestReport& r = *m_proposal->report;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Switch On Policy"),
                                tr("Switch on “%1”, version %2?\n\nIt replaces “%3” (version %4). Every finding is "
                                   "routed again under it (%n would change path or class), and the switch is audited.",
                                   nullptr, int(std::min<std::int64_t>(r.changedCount, INT_MAX)))
                                    .arg(qs(r.proposedName), shortVersion(r.proposedVersion),
                                         m_state ? qs(m_state->name) : QString(),
                                         m_state ? shortVersion(m_state->version) : QString()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("switchConfirm"));
    box->setTextFormat(Qt::PlainText);
    box->button(QMessageBox::Yes)->setText(tr("Switch On"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            startSwitch();
    });
    box->open();
}

void PolicyDialog::startSwitch()
{
    if (!m_proposal || m_switching)
        return;
    m_switching = true;
    m_message->hide();
    setBusy(true, tr("Switching on version %1…").arg(shortVersion(m_proposal->report->proposedVersion)));

    StoreWriter* writer = &m_writer;
    const std::string bytes = m_proposal->bytes;
    const std::string file = m_proposal->path.toStdString();
    const std::string actor = m_actor.toStdString();
    std::shared_ptr<const Clock> clock;
    if (m_now.isValid())
        clock = std::make_shared<FixedClock>(m_now);
    QPointer<PolicyDialog> self(this);
    // switchPolicy waits for the writer; that wait belongs on a thread of its own.
    std::thread([self, writer, bytes, file, actor, clock] {
        SwitchOutcome out;
        try {
            const PolicySwitch s = switchPolicy(*writer, bytes, file, actor, clock ? *clock : systemClock());
            out.ok = true;
            out.version = s.version;
            out.name = s.name;
            out.unchanged = s.unchanged;
            out.evaluated = s.evaluation.evaluated;
            out.rerouted = s.evaluation.rerouted;
        } catch (const std::exception& e) {
            // A refusal (ExceptionError Forbidden: not a manager) reads as the
            // core words it, naming the user and their roles.
            out.error = tr("Not switched on: %1").arg(QString::fromUtf8(e.what()));
        }
        QMetaObject::invokeMethod(self, [self, out] {
            if (self)
                self->finishSwitch(out);
        }, Qt::QueuedConnection);
    }).detach();
}

void PolicyDialog::finishSwitch(const SwitchOutcome& out)
{
    m_switching = false;
    setBusy(false);
    if (!out.ok) {
        showMessage(out.error, true);
        return;
    }
    if (out.unchanged)
        showMessage(tr("“%1” (version %2) was already in force.").arg(qs(out.name), shortVersion(out.version)), false);
    else
        showMessage(tr("“%1” (version %2) is in force: %n finding(s) evaluated, %3 rerouted.", nullptr,
                       int(std::min<qint64>(out.evaluated, INT_MAX)))
                        .arg(qs(out.name), shortVersion(out.version), QLocale().toString(out.rerouted)),
                    false);
    refreshState();
    emit policySwitched(qs(out.version));
}

void PolicyDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { border: 2px solid #C0392B; border-radius: 3px; padding: 6px 8px; }")
                                   : QStringLiteral("QLabel { padding: 6px 0px; }"));
    m_message->setVisible(!text.isEmpty());
}

} // namespace closeloop
