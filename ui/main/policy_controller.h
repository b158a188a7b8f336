// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of policy and exceptions: the Exceptions page (expiry
// calendar), requesting an exception for the queue's selection, approving,
// rejecting, renewing and revoking through the core's ExceptionService, and
// the sweep that ends expired exceptions and sends reminders and
// escalations, at start and every minute. Core calls run off the GUI thread.
#pragma once

#include "exceptions/exceptions_view.h"
#include "notifications/notification_panel.h"
#include "policy/policy_dialog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QSystemTrayIcon;
class QTabWidget;
class QToolButton;
class QTimer;
class QWidget;

namespace closeloop {

class StoreWriter;

class PolicyController : public QObject
{
    Q_OBJECT
public:
    PolicyController(QMainWindow* window, QTabWidget* pages);
    ~PolicyController() override;

    // nullptr closes the workspace's page.
    void setWorkspace(StoreWriter* writer, const QString& dbPath, const QString& actor);
    ExceptionsView* exceptionsView() const { return m_view; }
    bool isManager() const { return m_manager; }

    QAction* requestExceptionAction() const { return m_requestAction; }
    QAction* sweepAction() const { return m_sweepAction; }
    QAction* showExceptionsAction() const { return m_showAction; }
    QAction* policyAction() const { return m_policyAction; }
    QAction* notificationsAction() const;
    NotificationPanel* notificationPanel() const { return m_notifications; }
    // "3 unread": toggles the notifications; for the status bar.
    QToolButton* unreadButton() const { return m_unreadButton; }
    // Opens the policy dialog (non-modal); returns it for tests.
    PolicyDialog* showPolicyDialog();

    void requestException(const QList<qint64>& findingIds);
    // Runs the sweep now (also every minute while a workspace is open).
    void sweep();
    void retranslate();

    // Tests answer dialogs instead of a person (return false to cancel).
    void setAutoAnswer(std::function<bool(QWidget& dialog)> answer) { m_autoAnswer = std::move(answer); }

signals:
    // Exceptions or the sweep changed findings: the queue and case reload.
    void findingsChanged(const QString& message);
    void failed(const QString& message);
    void openFindings(const QString& filterText);
    // New notifications were posted by a sweep.
    void notificationsPosted(qint64 count);

private:
    void decide(qint64 id, int decision);
    void renew(qint64 id);
    // Runs job on a thread of its own (it waits on the writer), then done on
    // the GUI thread with the error text ('' on success).
    void runCore(std::function<QString()> job, std::function<void(const QString& error)> done);
    // Runs a change of exceptions through runCore. change returns what the
    // status bar says; on success the page and the notifications reload, on
    // failure `failure` is said with the error for %1.
    void runExceptionChange(std::function<QString()> change, const QString& failure);
    bool ask(QWidget& dialog);
    void readRoles();

    void showDesktopNotifications(const QList<qint64>& ids, const QStringList& subjects);
    void updateUnread(int count);

    QMainWindow* m_window = nullptr;
    QDockWidget* m_notificationsDock = nullptr;
    QPointer<NotificationPanel> m_notifications;
    QPointer<PolicyDialog> m_policyDialog;
    QToolButton* m_unreadButton = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QAction* m_policyAction = nullptr;
    QTabWidget* m_pages = nullptr;
    QPointer<ExceptionsView> m_view;
    StoreWriter* m_writer = nullptr;
    QString m_dbPath;
    QString m_actor;
    bool m_manager = false;
    bool m_sweeping = false;
    QTimer* m_timer = nullptr;
    QAction* m_requestAction = nullptr;
    QAction* m_sweepAction = nullptr;
    QAction* m_showAction = nullptr;
    std::function<bool(QWidget&)> m_autoAnswer;
    std::shared_ptr<int> m_generation; // outlives the controller for threads still running
};

} // namespace closeloop
