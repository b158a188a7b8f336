// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy_controller.h"

#include "exceptions/exception_decision_dialog.h"
#include "exceptions/exception_request_dialog.h"
#include "exceptions/exception_service.h"
#include "exceptions/exception_vocabulary.h"
#include "exceptions/exceptions_view.h"
#include "exceptions/role_book.h"
#include "notifications/notification_model.h"
#include "notifications/notification_panel.h"
#include "policy/policy_dialog.h"
#include "policy/sla_sweep.h"
#include "store/database.h"
#include "store/store_writer.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QMainWindow>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

namespace closeloop {

namespace {

constexpr int SweepIntervalMs = 60 * 1000;

QString errorText(const std::exception& e)
{
    return QString::fromUtf8(e.what());
}

} // namespace

PolicyController::PolicyController(QMainWindow* window, QTabWidget* pages)
    : QObject(window)
    , m_window(window)
    , m_pages(pages)
    , m_generation(std::make_shared<int>(0))
{
    m_timer = new QTimer(this);
    m_timer->setInterval(SweepIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PolicyController::sweep);

    m_requestAction = new QAction(this);
    m_requestAction->setObjectName(QStringLiteral("requestException"));
    connect(m_requestAction, &QAction::triggered, this, [this] { requestException({}); });
    m_sweepAction = new QAction(this);
    m_sweepAction->setObjectName(QStringLiteral("runSweep"));
    connect(m_sweepAction, &QAction::triggered, this, &PolicyController::sweep);
    m_showAction = new QAction(this);
    m_showAction->setObjectName(QStringLiteral("showExceptions"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_showAction, &QAction::triggered, this, [this] {
        if (m_view)
            m_pages->setCurrentWidget(m_view);
    });
    m_policyAction = new QAction(this);
    m_policyAction->setObjectName(QStringLiteral("openPolicy"));
    connect(m_policyAction, &QAction::triggered, this, [this] { showPolicyDialog(); });

    m_notificationsDock = new QDockWidget(window);
    m_notificationsDock->setObjectName(QStringLiteral("notificationsDock"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_notificationsDock);
    m_notificationsDock->hide();
    notificationsAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_unreadButton = new QToolButton(window);
    m_unreadButton->setObjectName(QStringLiteral("unreadNotifications"));
    m_unreadButton->setAutoRaise(true);
    m_unreadButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_unreadButton, &QToolButton::clicked, this, [this] {
        m_notificationsDock->show();
        m_notificationsDock->raise();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_tray->show();
    }
    retranslate();
    setWorkspace(nullptr, QString(), QString());
}

QAction* PolicyController::notificationsAction() const
{
    return m_notificationsDock->toggleViewAction();
}

PolicyDialog* PolicyController::showPolicyDialog()
{
    if (!m_writer)
        return nullptr;
    if (!m_policyDialog) {
        m_policyDialog = new PolicyDialog(*m_writer, m_dbPath, m_actor, m_window);
        m_policyDialog->setObjectName(QStringLiteral("policyDialog"));
        m_policyDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_policyDialog, &PolicyDialog::policySwitched, this, [this](const QString& version) {
            emit findingsChanged(tr("Policy %1 is in force; every finding was evaluated again").arg(version.left(12)));
        });
        connect(m_policyDialog, &PolicyDialog::openFindingRequested, this,
                [this](qint64 id) { emit openFindings(QStringLiteral("id:%1").arg(id)); });
    }
    m_policyDialog->setCanSwitch(m_manager);
    m_policyDialog->show();
    m_policyDialog->raise();
    return m_policyDialog;
}

void PolicyController::updateUnread(int count)
{
    m_unreadButton->setText(count > 0 ? tr("%n unread notification(s)", nullptr, count) : tr("Notifications"));
    m_unreadButton->setToolTip(tr("Escalations, reminders and exception decisions (Ctrl+Shift+N)"));
}

void PolicyController::showDesktopNotifications(const QList<qint64>& ids, const QStringList& subjects)
{
    if (subjects.isEmpty())
        return;
    const QString title = tr("Closeloop: %n new notification(s)", nullptr, int(ids.size()));
    // One message for a burst: a sweep can post dozens at once.
    QString text = subjects.first();
    if (subjects.size() > 1)
        text += QLatin1Char('\n') + tr("and %n more", nullptr, int(subjects.size() - 1));
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
}

PolicyController::~PolicyController() = default;

void PolicyController::retranslate()
{
    m_requestAction->setText(tr("New Exception for a CVE or &Rule…"));
    m_sweepAction->setText(tr("Check Expiry and Escalations &Now"));
    m_showAction->setText(tr("E&xceptions Calendar"));
    m_policyAction->setText(tr("&Policy…"));
    m_policyAction->setToolTip(tr("The policy in force; load a new one, see its backtest and switch it on"));
    m_notificationsDock->setWindowTitle(tr("Notifications"));
    updateUnread(m_notifications ? m_notifications->unreadCount() : 0);
    if (m_view)
        m_pages->setTabText(m_pages->indexOf(m_view), tr("Exceptions"));
}

void PolicyController::setWorkspace(StoreWriter* writer, const QString& dbPath, const QString& actor)
{
    ++*m_generation;
    m_timer->stop();
    if (m_view) {
        m_pages->removeTab(m_pages->indexOf(m_view));
        delete m_view;
    }
    if (m_policyDialog)
        m_policyDialog->close();
    delete m_policyDialog;
    m_notificationsDock->setWidget(nullptr);
    delete m_notifications;
    updateUnread(0);
    m_writer = writer;
    m_dbPath = dbPath;
    m_actor = actor;
    m_manager = false;
    m_requestAction->setEnabled(writer != nullptr);
    m_sweepAction->setEnabled(writer != nullptr);
    m_showAction->setEnabled(writer != nullptr);
    m_policyAction->setEnabled(writer != nullptr);
    if (!writer)
        return;
    m_view = new ExceptionsView(dbPath, m_pages);
    m_view->setObjectName(QStringLiteral("exceptionsView"));
    m_view->setCurrentUser(actor);
    m_view->setCanDecide(false);
    m_pages->addTab(m_view, tr("Exceptions"));
    connect(m_view, &ExceptionsView::approveRequested, this, [this](qint64 id) { decide(id, 0); });
    connect(m_view, &ExceptionsView::rejectRequested, this, [this](qint64 id) { decide(id, 1); });
    connect(m_view, &ExceptionsView::revokeRequested, this, [this](qint64 id) { decide(id, 2); });
    connect(m_view, &ExceptionsView::renewRequested, this, &PolicyController::renew);
    connect(m_view, &ExceptionsView::requestNewException, this, [this] { requestException({}); });
    connect(m_view, &ExceptionsView::openFindingsRequested, this, &PolicyController::openFindings);
    m_notifications = new NotificationPanel(*writer, dbPath, m_notificationsDock);
    m_notifications->setObjectName(QStringLiteral("notificationPanel"));
    m_notificationsDock->setWidget(m_notifications);
    connect(m_notifications, &NotificationPanel::openFindingsRequested, this, &PolicyController::openFindings);
    connect(m_notifications, &NotificationPanel::unreadCountChanged, this, &PolicyController::updateUnread);
    connect(m_notifications->model(), &NotificationModel::newNotifications, this, &PolicyController::showDesktopNotifications);
    m_notifications->refresh();
    readRoles();
    // What happened while the console was closed is handled at once.
    sweep();
    m_timer->start();
}

void PolicyController::readRoles()
{
    const std::string path = m_dbPath.toStdString();
    const std::string actor = m_actor.toStdString();
    auto manager = std::make_shared<bool>(false);
    runCore(
        [path, actor, manager] {
            Database db(path, Database::Mode::ReadOnly);
            *manager = RoleBook(db).has(actor, Role::Manager);
            return QString();
        },
        [this, manager](const QString&) {
            m_manager = *manager;
            if (m_view)
                m_view->setCanDecide(m_manager);
            if (m_policyDialog)
                m_policyDialog->setCanSwitch(m_manager);
        });
}

void PolicyController::runCore(std::function<QString()> job, std::function<void(const QString&)> done)
{
    const int generation = *m_generation;
    auto error = std::make_shared<QString>();
    QThread* thread = QThread::create([job = std::move(job), error] {
        try {
            *error = job();
        } catch (const std::exception& e) {
            *error = errorText(e);
        }
    });
    connect(thread, &QThread::finished, this, [this, thread, error, done = std::move(done), generation] {
        thread->deleteLater();
        if (generation == *m_generation)
            done(*error);
    });
    thread->start();
}

void PolicyController::runExceptionChange(std::function<QString()> change, const QString& failure)
{
    auto message = std::make_shared<QString>();
    runCore(
        [change = std::move(change), message] {
            *message = change();
            return QString();
        },
        [this, message, failure](const QString& error) {
            if (!error.isEmpty()) {
                emit failed(failure.arg(error));
                return;
            }
            if (m_view)
                m_view->refresh();
            if (m_notifications)
                m_notifications->refresh();
            emit findingsChanged(*message);
        });
}

bool PolicyController::ask(QWidget& dialog)
{
    if (m_autoAnswer)
        return m_autoAnswer(dialog);
    auto* d = qobject_cast<QDialog*>(&dialog);
    return d && d->exec() == QDialog::Accepted;
}

void PolicyController::requestException(const QList<qint64>& findingIds)
{
    if (!m_writer)
        return;
    ExceptionRequestDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("exceptionRequestDialog"));
    dialog.setSelectedFindings(std::vector<std::int64_t>(findingIds.begin(), findingIds.end()));
    if (!ask(dialog))
        return;
    const ExceptionRequest request = dialog.request(m_actor.toStdString());
    StoreWriter* writer = m_writer;
    runExceptionChange(
        [writer, request] {
            const ExceptionOutcome out = ExceptionService(*writer).request(request);
            return out.awaitsManager
                       ? tr("Exception #%1 requested (%2 tier): a manager decides").arg(out.exception.id).arg(ExceptionVocabulary::tier(QString::fromStdString(out.exception.tier)))
                       : tr("Exception #%1 approved by policy (%2 tier): %n finding(s) accepted until %3", nullptr,
                            int(out.findingsCovered))
                             .arg(out.exception.id)
                             .arg(ExceptionVocabulary::tier(QString::fromStdString(out.exception.tier)), out.exception.expiresAt.toLocalTime().toString(Qt::ISODate));
        },
        tr("Exception not requested: %1"));
}

void PolicyController::decide(qint64 id, int decision)
{
    if (!m_writer || !m_view)
        return;
    const ExceptionRecord record = m_view->currentException();
    if (record.id != id)
        return;
    const auto kind = decision == 0   ? ExceptionDecisionDialog::Decision::Approve
                      : decision == 1 ? ExceptionDecisionDialog::Decision::Reject
                                      : ExceptionDecisionDialog::Decision::Revoke;
    ExceptionDecisionDialog dialog(kind, record, m_window);
    dialog.setObjectName(QStringLiteral("exceptionDecisionDialog"));
    dialog.setCurrentUser(m_actor);
    if (!ask(dialog))
        return;
    const std::string reason = dialog.reason().toStdString();
    const std::string actor = m_actor.toStdString();
    StoreWriter* writer = m_writer;
    runExceptionChange(
        [writer, id, decision, reason, actor] {
            ExceptionService service(*writer);
            const ExceptionOutcome out = decision == 0   ? service.approve(id, actor, reason)
                                         : decision == 1 ? service.reject(id, actor, reason)
                                                         : service.revoke(id, actor, reason);
            return decision == 0   ? tr("Exception #%1 approved: %n finding(s) accepted", nullptr, int(out.findingsCovered)).arg(id)
                   : decision == 1 ? tr("Exception #%1 rejected").arg(id)
                                   : tr("Exception #%1 revoked: %n finding(s) reopened", nullptr, int(out.findingsCovered)).arg(id);
        },
        tr("Not done: %1"));
}

void PolicyController::renew(qint64 id)
{
    if (!m_writer || !m_view)
        return;
    const ExceptionRecord previous = m_view->currentException();
    if (previous.id != id)
        return;
    ExceptionRequestDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("exceptionRenewDialog"));
    dialog.setRenewalOf(previous);
    if (!ask(dialog))
        return;
    const ExceptionRequest request = dialog.request(m_actor.toStdString());
    StoreWriter* writer = m_writer;
    runExceptionChange(
        [writer, id, request] {
            const ExceptionOutcome out = ExceptionService(*writer).renew(id, request);
            return out.awaitsManager ? tr("Renewal #%1 of exception #%2 requested: a manager decides").arg(out.exception.id).arg(id)
                                     : tr("Exception #%1 renewed as #%2").arg(id).arg(out.exception.id);
        },
        tr("Not renewed: %1"));
}

void PolicyController::sweep()
{
    if (!m_writer || m_sweeping)
        return;
    m_sweeping = true;
    StoreWriter* writer = m_writer;
    auto result = std::make_shared<SweepResult>();
    runCore(
        [writer, result] {
            *result = runSweep(*writer, systemClock());
            return QString();
        },
        [this, result](const QString& error) {
            m_sweeping = false;
            if (!error.isEmpty()) {
                emit failed(tr("Expiry and escalation check failed: %1").arg(error));
                return;
            }
            if (result->notifications > 0) {
                if (m_notifications)
                    m_notifications->refresh();
                emit notificationsPosted(result->notifications);
            }
            if (result->exceptionsExpired > 0) {
                if (m_view)
                    m_view->refresh();
                emit findingsChanged(tr("%n exception(s) expired; their findings reopened", nullptr, int(result->exceptionsExpired)));
            }
        });
}

} // namespace closeloop
