// SPDX-License-Identifier: GPL-3.0-or-later
// The findings table: a model over the workspace's SQLite file on a reader
// connection of its own. It never holds all rows: rows arrive a page at a
// time as the view scrolls (canFetchMore/fetchMore), most severe first.
#pragma once

#include "model/finding.h"
#include "query/finding_reader.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace closeloop {

class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, TitleColumn, StatusColumn, AssetColumn, LocationColumn, ToolColumn, RuleColumn,
                  LastSeenColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, FindingIdRole };
    static constexpr int PageSize = 256;

    explicit FindingTableModel(QObject* parent = nullptr);
    ~FindingTableModel() override;

    // Opens the workspace read-only; an empty path closes it.
    void setWorkspace(const QString& dbPath);
    // Re-reads from the start (after an import).
    void reload();
    qint64 totalCount() const { return m_total; }

    // Through the model's own reader connection (none is opened per call).
    std::map<int, std::int64_t> countBySeverity() const;
    std::optional<nlohmann::json> details(FindingId id) const;

    // Typed look-ups (libkleo style).
    const FindingRow* finding(const QModelIndex& index) const;
    QModelIndex index(FindingId id) const;
    using QAbstractTableModel::index;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void totalCountChanged(qint64 count);

private:
    std::unique_ptr<FindingReader> m_reader;
    std::vector<FindingRow> m_rows;
    qint64 m_total = 0;
};

} // namespace closeloop
