// SPDX-License-Identifier: GPL-3.0-or-later
// The exceptions page: the expiry calendar (counts per day of the visible
// month, tinted by urgency), the chosen day's exceptions, the agenda of the
// next 90 days plus anything overdue, and the actions on the current
// exception. It reads on a reader thread of its own and only asks for
// actions (signals); the main window carries them out through the core.
#pragma once

#include "exceptions/exception_types.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QWidget>


class QLabel;
class QPushButton;
class QSplitter;

namespace closeloop {

class ExceptionCalendarLoader;
class ExceptionListModel;
struct ExceptionCalendarData;
class ExceptionTableView;
class ExpiryCalendarWidget;
class ExpiryLegend;

class ExceptionsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int AgendaDays = 90;

    explicit ExceptionsView(const QString& dbPath, QWidget* parent = nullptr);
    ~ExceptionsView() override;

    // Evaluates urgency at a fixed instant (tests); an invalid time follows
    // the system clock again, read at each refresh.
    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }
    // The zone whose days the calendar shows; the system's by default.
    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_zone; }
    // Mirrors what the core enforces: managers decide, never on their own
    // requests (four eyes).
    void setCanDecide(bool manager);
    void setCurrentUser(const QString& user);

    // The selected exception (day list or agenda), id 0 when none.
    ExceptionRecord currentException() const { return m_current; }
    bool isLoading() const;

    ExpiryCalendarWidget* calendar() const { return m_calendar; }
    ExceptionListModel* dayModel() const { return m_dayModel; }
    ExceptionListModel* agendaModel() const { return m_agendaModel; }
    ExceptionTableView* dayList() const { return m_dayList; }
    ExceptionTableView* agendaList() const { return m_agendaList; }

public slots:
    // Reads counts, the chosen day and the agenda again (after a decision,
    // an import or the expiry sweep).
    void refresh();

signals:
    void approveRequested(qint64 exceptionId);
    void rejectRequested(qint64 exceptionId);
    void renewRequested(qint64 exceptionId);
    void revokeRequested(qint64 exceptionId);
    // "exception:<id>": the queue filtered to the exception's findings.
    void openFindingsRequested(const QString& filterText);
    void requestNewException();
    // A read reached the screen, elapsedMs after it was asked for.
    void dataShown(qint64 elapsedMs);
    void loadFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void scheduleRefresh();
    void load(int parts);
    void apply(const ExceptionCalendarData& data, qint64 elapsedMs);
    void showFailure(const QString& message);
    void onListSelection(ExceptionTableView* list);
    // After rows were replaced: the same exception stays current if it is
    // still listed.
    void restoreCurrent(bool newDay);
    void setCurrent(const ExceptionRecord* record, ExceptionTableView* source);
    void updateButtons();
    void updateHeadings();
    void emitFor(void (ExceptionsView::*signal)(qint64));

    ExceptionCalendarLoader* m_loader = nullptr;
    bool m_refreshQueued = false;
    bool m_stale = false;       // a refresh waits for the page to be shown
    QDateTime m_fixedNow;
    QDateTime m_now;
    QTimeZone m_zone;
    bool m_canDecide = false;
    QString m_user;
    ExceptionRecord m_current;
    ExceptionTableView* m_currentSource = nullptr;
    bool m_syncingSelection = false;
    QDate m_shownDay;           // the day the day list holds
    int m_overdue = 0;          // in the agenda

    ExpiryCalendarWidget* m_calendar = nullptr;
    ExpiryLegend* m_legend = nullptr;
    QLabel* m_monthSummary = nullptr;
    QLabel* m_dayHeading = nullptr;
    QLabel* m_agendaHeading = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_hint = nullptr;
    ExceptionListModel* m_dayModel = nullptr;
    ExceptionListModel* m_agendaModel = nullptr;
    ExceptionTableView* m_dayList = nullptr;
    ExceptionTableView* m_agendaList = nullptr;
    QPushButton* m_request = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_renew = nullptr;
    QPushButton* m_revoke = nullptr;
};

} // namespace closeloop
