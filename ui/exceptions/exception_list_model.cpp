// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_list_model.h"

#include "exception_vocabulary.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace closeloop {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// A cell shows one line: long justifications are cut here and elided by the
// view; the tooltip has the whole text.
QString oneLine(const std::string& s)
{
    constexpr qsizetype MaxShown = 400;
    QString t = qs(s).simplified();
    if (t.size() > MaxShown)
        t.truncate(MaxShown);
    return t;
}

QIcon dotIcon(const QColor& color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pm);
}

} // namespace

ExceptionListModel::ExceptionListModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_zone(QTimeZone::systemTimeZone())
{
    if (kind == Kind::Agenda)
        m_columns.push_back(Column::Due);
    for (Column c : {Column::Expiry, Column::State, Column::Tier, Column::Scope, Column::Requester, Column::DecidedBy,
                     Column::Justification})
        m_columns.push_back(c);
    for (int u = 0; u < 4; ++u)
        m_urgencyIcons[std::size_t(u)] = dotIcon(ExceptionVocabulary::urgencyColor(ExpiryUrgency(u)));
}

void ExceptionListModel::setRows(std::vector<ExceptionRecord> rows)
{
    const auto byExpiry = [](const ExceptionRecord& a, const ExceptionRecord& b) { return a.expiresAt < b.expiresAt; };
    // The page sorts on its reader thread; this only catches other callers.
    if (m_kind == Kind::Agenda && !std::is_sorted(rows.begin(), rows.end(), byExpiry))
        std::stable_sort(rows.begin(), rows.end(), byExpiry);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ExceptionListModel::clear()
{
    setRows({});
}

void ExceptionListModel::setNow(const QDateTime& now)
{
    if (now == m_now)
        return;
    m_now = now;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ExceptionListModel::setTimeZone(const QTimeZone& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ExceptionListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const ExceptionRecord* ExceptionListModel::exceptionAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_rows.size())
        return nullptr;
    return &m_rows[std::size_t(row)];
}

const ExceptionRecord* ExceptionListModel::exception(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return exceptionAt(index.row());
}

QModelIndex ExceptionListModel::indexOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return index(int(i), 0);
    }
    return {};
}

int ExceptionListModel::sectionOf(Column column) const
{
    const auto it = std::find(m_columns.begin(), m_columns.end(), column);
    return it == m_columns.end() ? -1 : int(it - m_columns.begin());
}

int ExceptionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExceptionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ExceptionListModel::display(const ExceptionRecord& e, Column column) const
{
    switch (column) {
    case Column::Due: return ExceptionVocabulary::dueIn(e.expiresAt, m_now, m_zone);
    case Column::Expiry:
        // A day's list is all one date: the time is what tells rows apart.
        if (m_kind == Kind::Day && e.expiresAt.isValid())
            return e.expiresAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
        return ExceptionVocabulary::localTime(e.expiresAt, m_zone);
    case Column::State: return ExceptionVocabulary::state(qs(e.state));
    case Column::Tier: return ExceptionVocabulary::tier(qs(e.tier));
    case Column::Scope: return ExceptionVocabulary::scope(e);
    case Column::Requester: return qs(e.requestedBy);
    case Column::DecidedBy: return e.decidedBy.empty() ? QStringLiteral("\u2014") : qs(e.decidedBy);
    case Column::Justification: return oneLine(e.justification);
    }
    return {};
}

QVariant ExceptionListModel::toolTip(const ExceptionRecord& e, Column column) const
{
    switch (column) {
    case Column::Justification: {
        QString text = qs(e.justification);
        if (!e.compensatingControls.empty())
            text += QLatin1String("\n\n") + tr("Compensating controls: %1").arg(qs(e.compensatingControls));
        return ExceptionVocabulary::plainToolTip(text);
    }
    case Column::Scope: {
        QString text = ExceptionVocabulary::scope(e);
        if (e.scopeKind != "findings" && e.findingCount > 0)
            text += QLatin1Char('\n') + tr("%n finding(s) covered now", nullptr, int(e.findingCount));
        return ExceptionVocabulary::plainToolTip(text);
    }
    case Column::Expiry:
    case Column::Due:
        return ExceptionVocabulary::plainToolTip(
            ExceptionVocabulary::urgency(expiryUrgency(e.expiresAt, m_now)) + QLatin1String(" \u2014 ") +
            e.expiresAt.toUTC().toString(Qt::ISODate));
    case Column::State:
        // The red dot says it too; the words say why it is still listed.
        if ((e.state == "active" || e.state == "requested") && e.expiresAt.isValid() && e.expiresAt <= m_now)
            return ExceptionVocabulary::plainToolTip(tr("Past its expiry: the expiry sweep has not handled it yet"));
        return {};
    case Column::DecidedBy:
        if (!e.decisionReason.empty())
            return ExceptionVocabulary::plainToolTip(qs(e.decisionReason));
        return {};
    case Column::Tier:
        if (!e.tierRule.empty())
            return ExceptionVocabulary::plainToolTip(tr("Set by policy rule %1").arg(qs(e.tierRule)));
        return {};
    default:
        return {};
    }
}

QVariant ExceptionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExceptionRecord& e = m_rows[std::size_t(index.row())];
    const Column column = m_columns[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole: return display(e, column);
    case Qt::ToolTipRole: return toolTip(e, column);
    case Qt::DecorationRole:
        if (column == (m_kind == Kind::Agenda ? Column::Due : Column::Expiry))
            return m_urgencyIcons[std::size_t(expiryUrgency(e.expiresAt, m_now))];
        return {};
    case ExceptionIdRole: return qint64(e.id);
    case UrgencyRole: return int(expiryUrgency(e.expiresAt, m_now));
    case StateRole: return qs(e.state);
    case RequesterRole: return qs(e.requestedBy);
    default: return {};
    }
}

QVariant ExceptionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = m_columns[std::size_t(section)];
    if (role == Qt::ToolTipRole && column == Column::Expiry)
        return tr("Local time (%1)").arg(m_zone.displayName(m_now, QTimeZone::LongName));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (column) {
    case Column::Due: return tr("Due");
    case Column::Expiry: return m_kind == Kind::Day ? tr("Expires at") : tr("Expires");
    case Column::State: return tr("State");
    case Column::Tier: return tr("Tier");
    case Column::Scope: return tr("Scope");
    case Column::Requester: return tr("Requester");
    case Column::DecidedBy: return tr("Decided by");
    case Column::Justification: return tr("Justification");
    }
    return {};
}

} // namespace closeloop
