// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding_table_model.h"

#include "model/severity.h"

#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

namespace closeloop {

namespace {

QString severityLabel(int s)
{
    switch (Severity(s)) {
    case Severity::Critical: return FindingTableModel::tr("Critical");
    case Severity::High: return FindingTableModel::tr("High");
    case Severity::Medium: return FindingTableModel::tr("Medium");
    case Severity::Low: return FindingTableModel::tr("Low");
    case Severity::Info: return FindingTableModel::tr("Info");
    case Severity::Unknown: break;
    }
    return FindingTableModel::tr("Unrated");
}

QString statusLabel(const std::string& s)
{
    if (s == "new")
        return FindingTableModel::tr("New");
    if (s == "reopened")
        return FindingTableModel::tr("Reopened");
    if (s == "pending_verification")
        return FindingTableModel::tr("Gone from scan, pending verification");
    if (s == "resolved_verified")
        return FindingTableModel::tr("Resolved (verified)");
    if (s == "suppressed")
        return FindingTableModel::tr("Suppressed by the source");
    return QString::fromStdString(s);
}

} // namespace

FindingTableModel::FindingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

FindingTableModel::~FindingTableModel() = default;

void FindingTableModel::setWorkspace(const QString& dbPath)
{
    beginResetModel();
    m_rows.clear();
    m_reader.reset();
    m_total = 0;
    if (!dbPath.isEmpty()) {
        m_reader = std::make_unique<FindingReader>(dbPath.toStdString());
        m_total = m_reader->count();
        // The first page arrives with the reset, so a view reacting to the
        // reset does not insert rows while others still handle it.
        m_rows = m_reader->list(PageSize, 0);
    }
    endResetModel();
    emit totalCountChanged(m_total);
}

void FindingTableModel::reload()
{
    if (!m_reader)
        return;
    beginResetModel();
    m_rows.clear();
    m_total = m_reader->count();
    m_rows = m_reader->list(PageSize, 0);
    endResetModel();
    emit totalCountChanged(m_total);
}

std::map<int, std::int64_t> FindingTableModel::countBySeverity() const
{
    return m_reader ? m_reader->countBySeverity() : std::map<int, std::int64_t>();
}

std::optional<nlohmann::json> FindingTableModel::details(FindingId id) const
{
    return m_reader ? m_reader->details(id) : std::nullopt;
}

const FindingRow* FindingTableModel::finding(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return nullptr;
    return &m_rows[std::size_t(index.row())];
}

QModelIndex FindingTableModel::index(FindingId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return createIndex(int(i), 0);
    }
    return {};
}

int FindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FindingTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_reader && qint64(m_rows.size()) < m_total;
}

void FindingTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_reader->list(PageSize, qint64(m_rows.size()));
    if (page.empty()) {
        m_total = qint64(m_rows.size()); // rows vanished since counting
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(m_rows));
    endInsertRows();
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const
{
    const FindingRow* r = finding(index);
    if (!r)
        return {};
    if (role == SeverityRole)
        return r->severity;
    if (role == FindingIdRole)
        return qlonglong(r->id);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn: return severityLabel(r->severity);
        case TitleColumn: return QString::fromStdString(r->title);
        case StatusColumn: return statusLabel(r->status);
        case AssetColumn: return QString::fromStdString(r->asset);
        case LocationColumn: return QString::fromStdString(r->location);
        case ToolColumn: return QString::fromStdString(r->tool);
        case RuleColumn: return QString::fromStdString(r->ruleId);
        case LastSeenColumn: {
            const QDateTime t = QDateTime::fromString(QString::fromStdString(r->lastSeen), Qt::ISODateWithMs);
            return role == Qt::ToolTipRole ? t.toLocalTime().toString(Qt::ISODate)
                                           : QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
        }
        default: break;
        }
    }
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case AssetColumn: return tr("Asset");
    case LocationColumn: return tr("Location");
    case ToolColumn: return tr("Tool");
    case RuleColumn: return tr("Rule");
    case LastSeenColumn: return tr("Last seen");
    default: break;
    }
    return {};
}

} // namespace closeloop
