// SPDX-License-Identifier: GPL-3.0-or-later
#include "exceptions_view.h"

#include "exception_calendar_loader.h"
#include "exception_list_model.h"
#include "exception_table_view.h"
#include "exception_vocabulary.h"
#include "expiry_calendar_widget.h"
#include "expiry_legend.h"

#include <QBoxLayout>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>

namespace closeloop {

ExceptionsView::ExceptionsView(const QString& dbPath, QWidget* parent)
    : QWidget(parent)
    , m_loader(new ExceptionCalendarLoader(dbPath, this))
    , m_now(QDateTime::currentDateTimeUtc())
    , m_zone(QTimeZone::systemTimeZone())
{
    buildUi();
    m_calendar->setSelectedDate(m_now.toTimeZone(m_zone).date());
    m_calendar->setToday(m_now.toTimeZone(m_zone).date());
    retranslate();
    updateButtons();
    // The first read starts from the event loop, after the caller had the
    // chance to set the time, zone and roles, and only once the page shows.
    scheduleRefresh();
}

ExceptionsView::~ExceptionsView() = default;

void ExceptionsView::buildUi()
{
    m_calendar = new ExpiryCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("expiryCalendar"));
    m_calendar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_calendar->setMinimumSize(340, 300);
    m_legend = new ExpiryLegend(this);
    m_monthSummary = new QLabel(this);
    m_monthSummary->setTextFormat(Qt::PlainText);
    m_monthSummary->setWordWrap(true);
    m_monthSummary->setObjectName(QStringLiteral("monthSummary"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_calendar, 1);
    leftLayout->addWidget(m_legend);
    leftLayout->addWidget(m_monthSummary);

    m_dayModel = new ExceptionListModel(ExceptionListModel::Kind::Day, this);
    m_agendaModel = new ExceptionListModel(ExceptionListModel::Kind::Agenda, this);
    m_dayList = new ExceptionTableView(this);
    m_dayList->setObjectName(QStringLiteral("dayList"));
    m_dayList->setExceptionModel(m_dayModel);
    m_agendaList = new ExceptionTableView(this);
    m_agendaList->setObjectName(QStringLiteral("agendaList"));
    m_agendaList->setExceptionModel(m_agendaModel);

    QFont headingFont = font();
    headingFont.setBold(true);
    m_dayHeading = new QLabel(this);
    m_dayHeading->setTextFormat(Qt::PlainText);
    m_dayHeading->setFont(headingFont);
    m_dayHeading->setBuddy(m_dayList);
    m_agendaHeading = new QLabel(this);
    m_agendaHeading->setTextFormat(Qt::PlainText);
    m_agendaHeading->setFont(headingFont);
    m_agendaHeading->setBuddy(m_agendaList);

    // The month and the chosen day side by side; the agenda below at full
    // width, since it has the most columns.
    auto* dayPane = new QWidget(this);
    auto* dayLayout = new QVBoxLayout(dayPane);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_dayHeading);
    dayLayout->addWidget(m_dayList, 1);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->setChildrenCollapsible(false);
    top->addWidget(left);
    top->addWidget(dayPane);
    top->setStretchFactor(0, 0);
    top->setStretchFactor(1, 1);
    top->setSizes({380, 820});

    auto* agendaPane = new QWidget(this);
    auto* agendaLayout = new QVBoxLayout(agendaPane);
    agendaLayout->setContentsMargins(0, 4, 0, 0);
    agendaLayout->addWidget(m_agendaHeading);
    agendaLayout->addWidget(m_agendaList, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(agendaPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({430, 270});

    const auto makeButton = [this](const char* name) {
        auto* b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    m_request = makeButton("requestButton");
    m_open = makeButton("openFindingsButton");
    m_approve = makeButton("approveButton");
    m_reject = makeButton("rejectButton");
    m_renew = makeButton("renewButton");
    m_revoke = makeButton("revokeButton");
    m_hint = new QLabel(this);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setObjectName(QStringLiteral("decisionHint"));
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_hint->setPalette(hintPalette);
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("loadError"));
    m_error->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_request);
    buttons->addSpacing(12);
    buttons->addWidget(m_hint, 1);
    for (QPushButton* b : {m_open, m_approve, m_reject, m_renew, m_revoke})
        buttons->addWidget(b);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    setTabOrder(m_calendar, m_dayList);
    setTabOrder(m_dayList, m_agendaList);
    setTabOrder(m_agendaList, m_open);
    setTabOrder(m_open, m_approve);
    setTabOrder(m_approve, m_reject);
    setTabOrder(m_reject, m_renew);
    setTabOrder(m_renew, m_revoke);
    setTabOrder(m_revoke, m_request);
    // Focusing the page focuses the chosen day's list.
    setFocusProxy(m_dayList);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, [this] { load(ExceptionCalendarLoader::Counts); });
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] {
        updateHeadings();
        load(ExceptionCalendarLoader::Day);
    });
    // A click in the grid picks a day for its list: the keyboard user's
    // equivalent is Tab from the calendar.
    connect(m_calendar, &QCalendarWidget::activated, this, [this] { m_dayList->setFocus(Qt::OtherFocusReason); });
    for (ExceptionTableView* list : {m_dayList, m_agendaList}) {
        connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, list] { onListSelection(list); });
        connect(list, &ExceptionTableView::openRequested, this, [this](qint64 id) {
            emit openFindingsRequested(QStringLiteral("exception:%1").arg(id));
        });
    }
    connect(m_request, &QPushButton::clicked, this, &ExceptionsView::requestNewException);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_current.id)
            emit openFindingsRequested(QStringLiteral("exception:%1").arg(m_current.id));
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { emitFor(&ExceptionsView::approveRequested); });
    connect(m_reject, &QPushButton::clicked, this, [this] { emitFor(&ExceptionsView::rejectRequested); });
    connect(m_renew, &QPushButton::clicked, this, [this] { emitFor(&ExceptionsView::renewRequested); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { emitFor(&ExceptionsView::revokeRequested); });
    connect(m_loader, &ExceptionCalendarLoader::loaded, this, &ExceptionsView::apply);
    connect(m_loader, &ExceptionCalendarLoader::failed, this, &ExceptionsView::showFailure);
}

void ExceptionsView::retranslate()
{
    m_request->setText(tr("&Request exception\u2026"));
    m_open->setText(tr("&Open findings"));
    m_approve->setText(tr("&Approve\u2026"));
    m_reject->setText(tr("Re&ject\u2026"));
    m_renew->setText(tr("Re&new\u2026"));
    m_revoke->setText(tr("Re&voke\u2026"));
    m_calendar->setAccessibleName(tr("Exception expiry calendar"));
    m_dayList->setAccessibleName(tr("Exceptions expiring on the chosen day"));
    m_agendaList->setAccessibleName(tr("Agenda of expiring exceptions"));
    m_legend->update();
    m_dayModel->retranslate();
    m_agendaModel->retranslate();
    updateHeadings();
    updateButtons();
}

void ExceptionsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExceptionsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        scheduleRefresh();
    }
}

void ExceptionsView::setNow(const QDateTime& now)
{
    m_fixedNow = now.isValid() ? now.toUTC() : QDateTime();
    if (m_fixedNow.isValid()) {
        m_now = m_fixedNow;
        m_calendar->setSelectedDate(m_now.toTimeZone(m_zone).date());
    }
    scheduleRefresh();
}

void ExceptionsView::setTimeZone(const QTimeZone& zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    m_dayModel->setTimeZone(zone);
    m_agendaModel->setTimeZone(zone);
    m_calendar->setSelectedDate(m_now.toTimeZone(m_zone).date());
    scheduleRefresh();
}

void ExceptionsView::setCanDecide(bool manager)
{
    m_canDecide = manager;
    updateButtons();
}

void ExceptionsView::setCurrentUser(const QString& user)
{
    m_user = user;
    updateButtons();
}

void ExceptionsView::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_refreshQueued = false;
        refresh();
    }, Qt::QueuedConnection);
}

void ExceptionsView::refresh()
{
    // Cutter's rule: a hidden page does not read; it catches up when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_fixedNow.isValid())
        m_now = QDateTime::currentDateTimeUtc();
    m_calendar->setToday(m_now.toTimeZone(m_zone).date());
    m_dayModel->setNow(m_now);
    m_agendaModel->setNow(m_now);
    load(ExceptionCalendarLoader::All);
}

void ExceptionsView::load(int parts)
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    ExceptionCalendarLoader::Request request;
    request.from = m_calendar->firstVisibleDate();
    request.to = m_calendar->lastVisibleDate();
    request.day = m_calendar->selectedDate();
    request.now = m_now;
    request.zone = m_zone;
    request.agendaDays = AgendaDays;
    m_loader->load(parts, request);
}

bool ExceptionsView::isLoading() const
{
    return m_stale || m_refreshQueued || m_loader->isLoading();
}

void ExceptionsView::showFailure(const QString& message)
{
    m_error->setText(tr("Could not read the exceptions: %1").arg(message));
    m_error->show();
    emit loadFailed(message);
}

void ExceptionsView::apply(const ExceptionCalendarData& data, qint64 elapsedMs)
{
    m_error->hide();
    bool newDay = false;
    if (data.parts & ExceptionCalendarLoader::Counts)
        m_calendar->setCounts(data.counts);
    if (data.parts & ExceptionCalendarLoader::Day) {
        newDay = data.day != m_shownDay;
        m_shownDay = data.day;
        m_dayModel->setRows(data.dayRows);
    }
    if (data.parts & ExceptionCalendarLoader::Agenda) {
        m_overdue = 0;
        for (const ExceptionRecord& e : data.agendaRows)
            m_overdue += e.expiresAt <= m_now ? 1 : 0;
        m_agendaModel->setRows(data.agendaRows);
    }
    if (data.parts & (ExceptionCalendarLoader::Day | ExceptionCalendarLoader::Agenda))
        restoreCurrent(newDay);
    updateHeadings();
    emit dataShown(elapsedMs);
}

void ExceptionsView::restoreCurrent(bool newDay)
{
    const qint64 id = m_current.id;
    ExceptionTableView* source = m_currentSource;
    m_syncingSelection = true;
    bool found = false;
    if (newDay && (source == m_dayList || !id)) {
        // A new day was picked: its first exception becomes current, so
        // Enter and the buttons work at once.
        if (m_dayModel->rowCount() > 0) {
            m_agendaList->clearSelection();
            found = m_dayList->selectException(m_dayModel->exceptionAt(0)->id);
            source = m_dayList;
        }
    } else if (id) {
        found = source && source->selectException(id);
        if (!found) {
            ExceptionTableView* other = source == m_dayList ? m_agendaList : m_dayList;
            found = other->selectException(id);
            if (found)
                source = other;
        }
    }
    m_syncingSelection = false;
    if (found)
        setCurrent(source->exceptionModel()->exceptionAt(source->currentIndex().row()), source);
    else
        setCurrent(nullptr, nullptr);
}

void ExceptionsView::onListSelection(ExceptionTableView* list)
{
    if (m_syncingSelection)
        return;
    const qint64 id = list->currentExceptionId();
    if (!id) {
        if (m_currentSource == list)
            setCurrent(nullptr, nullptr);
        return;
    }
    // One current exception for the page: choosing in one list clears the
    // other, so the buttons never act on a row the user does not see chosen.
    m_syncingSelection = true;
    (list == m_dayList ? m_agendaList : m_dayList)->clearSelection();
    m_syncingSelection = false;
    setCurrent(list->exceptionModel()->exceptionAt(list->currentIndex().row()), list);
}

void ExceptionsView::setCurrent(const ExceptionRecord* record, ExceptionTableView* source)
{
    m_current = record ? *record : ExceptionRecord{};
    m_currentSource = record ? source : nullptr;
    updateButtons();
}

void ExceptionsView::emitFor(void (ExceptionsView::*signal)(qint64))
{
    if (m_current.id)
        emit(this->*signal)(m_current.id);
}

void ExceptionsView::updateButtons()
{
    const bool has = m_current.id != 0;
    const std::string& state = m_current.state;
    const bool requested = has && state == "requested";
    const bool own = has && !m_user.isEmpty() && QString::fromStdString(m_current.requestedBy) == m_user;
    const bool canDecide = requested && m_canDecide && !own;
    m_open->setEnabled(has);
    m_approve->setEnabled(canDecide);
    m_reject->setEnabled(canDecide);
    m_renew->setEnabled(has && (state == "active" || state == "expired"));
    m_revoke->setEnabled(has && (state == "active" || state == "requested") && (m_canDecide || own));

    QString why;
    if (requested && own)
        why = tr("You requested this exception: another manager decides it (four eyes).");
    else if (requested && !m_canDecide)
        why = tr("Awaiting a manager's decision.");
    m_hint->setText(why);
    m_approve->setToolTip(why);
    m_reject->setToolTip(why);
}

void ExceptionsView::updateHeadings()
{
    const QDate day = m_calendar->selectedDate();
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    const int n = day == m_shownDay ? m_dayModel->rowCount() : -1;
    if (n < 0)
        m_dayHeading->setText(tr("&Expiring on %1").arg(date));
    else if (n == 0)
        m_dayHeading->setText(tr("Nothing &expires on %1").arg(date));
    else
        m_dayHeading->setText(tr("&Expiring on %1: %n exception(s)", nullptr, n).arg(date));

    const int agenda = m_agendaModel->rowCount();
    QString heading = tr("A&genda, next %n day(s): ", nullptr, AgendaDays) +
                      tr("%n exception(s)", nullptr, agenda - m_overdue);
    if (m_overdue > 0)
        heading += tr(", %n overdue", nullptr, m_overdue);
    m_agendaHeading->setText(heading);

    int total = 0;
    int awaiting = 0;
    const int month = m_calendar->monthShown();
    const int year = m_calendar->yearShown();
    for (QDate d(year, month, 1); d.isValid() && d.month() == month; d = d.addDays(1)) {
        if (const ExpiryDayCount* c = m_calendar->countOn(d)) {
            total += c->total;
            awaiting += c->awaitingDecision;
        }
    }
    const QString monthName = QLocale().standaloneMonthName(month) + QLatin1Char(' ') + QString::number(year);
    QString summary = tr("%1: %n exception(s) expiring", nullptr, total).arg(monthName);
    if (awaiting)
        summary += tr(", %n awaiting a decision", nullptr, awaiting);
    m_monthSummary->setText(summary);
}

} // namespace closeloop
