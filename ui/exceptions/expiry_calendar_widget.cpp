// SPDX-License-Identifier: GPL-3.0-or-later
#include "expiry_calendar_widget.h"

#include "exception_vocabulary.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QPainter>
#include <QTableView>
#include <QToolTip>

namespace closeloop {

ExpiryCalendarWidget::ExpiryCalendarWidget(QWidget* parent)
    : QCalendarWidget(parent)
    , m_today(QDate::currentDate())
{
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    setGridVisible(true);
    // The grid is QCalendarWidget's internal table; tooltips need its
    // viewport's events.
    m_grid = findChild<QTableView*>(QStringLiteral("qt_calendar_calendarview"));
    if (m_grid) {
        m_grid->viewport()->installEventFilter(this);
        // QCalendarWidget stretches the day-name row like a week; the weeks
        // need the room for their counts.
        QHeaderView* rows = m_grid->verticalHeader();
        rows->setSectionResizeMode(0, QHeaderView::Fixed);
        rows->resizeSection(0, fontMetrics().height() + 8);
    }
}

void ExpiryCalendarWidget::setCounts(const std::vector<ExpiryDayCount>& counts)
{
    m_counts.clear();
    for (const ExpiryDayCount& c : counts)
        m_counts.insert(c.day, c);
    updateCells();
}

void ExpiryCalendarWidget::clearCounts()
{
    m_counts.clear();
    updateCells();
}

const ExpiryDayCount* ExpiryCalendarWidget::countOn(QDate day) const
{
    const auto it = m_counts.constFind(day);
    return it == m_counts.constEnd() ? nullptr : &it.value();
}

void ExpiryCalendarWidget::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    updateCells();
}

QDate ExpiryCalendarWidget::firstVisibleDate() const
{
    // QCalendarWidget's layout: the week of the 1st comes first, unless the
    // 1st falls on the first column, then a week of the previous month does.
    const QDate first(yearShown(), monthShown(), 1);
    const int column = (first.dayOfWeek() - int(firstDayOfWeek()) + 7) % 7;
    return first.addDays(-(column == 0 ? 7 : column));
}

QDate ExpiryCalendarWidget::lastVisibleDate() const
{
    return firstVisibleDate().addDays(6 * 7 - 1);
}

QDate ExpiryCalendarWidget::dateAt(const QPoint& viewportPos) const
{
    if (!m_grid)
        return {};
    const QModelIndex index = m_grid->indexAt(viewportPos);
    // Row 0 holds the day names; there is no week-number column.
    const int firstRow = horizontalHeaderFormat() == QCalendarWidget::NoHorizontalHeader ? 0 : 1;
    if (!index.isValid() || index.row() < firstRow)
        return {};
    return firstVisibleDate().addDays((index.row() - firstRow) * 7 + index.column());
}

QString ExpiryCalendarWidget::describeDay(QDate day) const
{
    const ExpiryDayCount* c = countOn(day);
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    if (!c)
        return tr("%1: no exception expires").arg(date);
    QStringList parts;
    if (c->expired)
        parts << tr("%n expired", nullptr, c->expired);
    if (c->within7)
        parts << tr("%n within 7 days", nullptr, c->within7);
    if (c->within30)
        parts << tr("%n within 30 days", nullptr, c->within30);
    if (c->later)
        parts << tr("%n later", nullptr, c->later);
    QString text = tr("%1: %n exception(s) expire (%2)", nullptr, c->total).arg(date, parts.join(QStringLiteral(", ")));
    if (c->awaitingDecision)
        text += QLatin1Char('\n') + tr("%n awaiting a decision", nullptr, c->awaitingDecision);
    return text;
}

void ExpiryCalendarWidget::paintCell(QPainter* painter, const QRect& rect, QDate date) const
{
    const QPalette pal = palette();
    const bool inMonth = date.month() == monthShown() && date.year() == yearShown();
    const bool selected = date == selectedDate();
    const ExpiryDayCount* count = countOn(date);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(rect, pal.brush(QPalette::Base));
    const QRectF cell = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5);
    if (count)
        painter->fillRect(cell, ExceptionVocabulary::urgencyTint(count->mostUrgent(), pal));
    if (selected) {
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(40);
        painter->fillRect(cell, fill);
        painter->setPen(QPen(pal.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cell.adjusted(1, 1, -1, -1));
    }
    if (date == m_today) {
        // Inside the selection frame, so both read when today is selected.
        painter->setPen(QPen(pal.color(QPalette::Text), 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cell.adjusted(3.5, 3.5, -3.5, -3.5));
    }

    QColor text = pal.color(QPalette::Text);
    if (!inMonth)
        text = pal.color(QPalette::PlaceholderText);
    const QRectF inner = cell.adjusted(5, 3, -5, -3);
    QFont dayFont = font();
    dayFont.setBold(date == m_today);
    painter->setFont(dayFont);
    painter->setPen(text);
    painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop, QString::number(date.day()));

    if (count) {
        QFont countFont = font();
        countFont.setBold(true);
        countFont.setPointSizeF(countFont.pointSizeF() * 1.25);
        painter->setFont(countFont);
        painter->setPen(text);
        painter->drawText(inner, Qt::AlignCenter, QLocale().toString(count->total));
        if (count->awaitingDecision > 0) {
            // Awaiting a decision: a dot in the corner, and the number when
            // the cell is wide enough to say it.
            const qreal r = 3.5;
            const QPointF dot(inner.right() - r, inner.top() + r + 2);
            painter->setPen(Qt::NoPen);
            painter->setBrush(pal.color(QPalette::Highlight));
            painter->drawEllipse(dot, r, r);
            QFont small = font();
            small.setPointSizeF(small.pointSizeF() * 0.8);
            const QString label = tr("%n pending", nullptr, count->awaitingDecision);
            const QFontMetricsF fm(small);
            if (fm.horizontalAdvance(label) <= inner.width() && inner.height() >= 3 * fm.height()) {
                painter->setFont(small);
                painter->setPen(text);
                painter->drawText(inner, Qt::AlignHCenter | Qt::AlignBottom, label);
            }
        }
    }
    painter->restore();
}

bool ExpiryCalendarWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (m_grid && watched == m_grid->viewport() && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QDate day = dateAt(help->pos());
        if (day.isValid())
            QToolTip::showText(help->globalPos(), describeDay(day), m_grid->viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QCalendarWidget::eventFilter(watched, event);
}

} // namespace closeloop
