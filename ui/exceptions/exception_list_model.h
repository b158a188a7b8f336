// SPDX-License-Identifier: GPL-3.0-or-later
// Exceptions as table rows: the ones expiring on a chosen day, or the agenda
// (the days ahead and anything overdue, by day). Rows arrive whole from a
// reader thread; display text is made when a view asks for it.
#pragma once

#include "exceptions/exception_types.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>
#include <QTimeZone>

#include <array>
#include <vector>

namespace closeloop {

class ExceptionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Day, Agenda };
    enum class Column { Due, Expiry, State, Tier, Scope, Requester, DecidedBy, Justification };
    enum Role { ExceptionIdRole = Qt::UserRole + 1, UrgencyRole, StateRole, RequesterRole };

    explicit ExceptionListModel(Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    // Replaces all rows; the agenda orders them by expiry (overdue first).
    void setRows(std::vector<ExceptionRecord> rows);
    void clear();
    // Urgency and "in 3 days" are relative to now, in the page's zone.
    void setNow(const QDateTime& now);
    void setTimeZone(const QTimeZone& zone);
    // The language changed: headers and cells say it again.
    void retranslate();

    const ExceptionRecord* exceptionAt(int row) const;
    const ExceptionRecord* exception(const QModelIndex& index) const;
    // The row of an exception, or an invalid index.
    QModelIndex indexOf(qint64 id) const;
    Column columnAt(int section) const { return m_columns[std::size_t(section)]; }
    int sectionOf(Column column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const ExceptionRecord& e, Column column) const;
    QVariant toolTip(const ExceptionRecord& e, Column column) const;

    Kind m_kind;
    std::vector<Column> m_columns;
    std::vector<ExceptionRecord> m_rows;
    QDateTime m_now;
    QTimeZone m_zone;
    std::array<QIcon, 4> m_urgencyIcons; // by ExpiryUrgency
};

} // namespace closeloop
