// SPDX-License-Identifier: GPL-3.0-or-later
// The month grid of the expiry calendar: each day shows how many exceptions
// expire on it, tinted by the most urgent of them, with a mark when some
// await a decision; today is outlined. It only paints what it is given: the
// page loads the counts of the visible range on a reader thread.
#pragma once

#include "exceptions/exception_calendar_reader.h"

#include <QCalendarWidget>
#include <QDate>
#include <QMap>

#include <vector>

class QTableView;

namespace closeloop {

class ExpiryCalendarWidget : public QCalendarWidget
{
    Q_OBJECT
public:
    explicit ExpiryCalendarWidget(QWidget* parent = nullptr);

    // Replaces the counts shown (days absent have none).
    void setCounts(const std::vector<ExpiryDayCount>& counts);
    void clearCounts();
    // nullptr when the day has no exceptions (or was not loaded).
    const ExpiryDayCount* countOn(QDate day) const;
    // Today in the page's time zone, which may differ from the system's.
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // The first and last day the grid shows for the current page (six
    // weeks, as QCalendarWidget lays them out).
    QDate firstVisibleDate() const;
    QDate lastVisibleDate() const;
    // The day under a point of the grid's viewport; invalid off the days.
    QDate dateAt(const QPoint& viewportPos) const;
    // "12 exceptions expire: 2 expired, ..." for a cell's tooltip and
    // accessibility.
    QString describeDay(QDate day) const;

protected:
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_grid = nullptr;
    QMap<QDate, ExpiryDayCount> m_counts;
    QDate m_today;
};

} // namespace closeloop
