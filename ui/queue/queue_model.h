// SPDX-License-Identifier: GPL-3.0-or-later
// The queue: a table model over the workspace that never holds all rows.
// Pages of rows are read on a reader thread (core ReaderWorker) as the view
// asks for them; the count runs on a second one, so a slow count never holds
// up the first page or scrolling. A new filter or sort is a new generation:
// work for older generations is dropped or interrupted, and the rows on
// screen stay until the new first page replaces them.
#pragma once

#include "query/queue_query.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <list>
#include <memory>
#include <vector>

namespace closeloop {

class ReaderWorker;

class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SeverityRole = Qt::UserRole + 1 /* SeverityDelegate::SeverityRole */, FindingIdRole, KevRole, LoadedRole, SortKeyRole };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 60;

    explicit QueueModel(QObject* parent = nullptr);
    ~QueueModel() override;

    // Opens reader connections on the workspace; an empty path closes them.
    void setWorkspace(const QString& dbPath);
    QString workspace() const { return m_path; }

    // Runs a new query (filter and sort); rows change when its first page is in.
    void setQuery(const QueueQuery& query);
    const QueueQuery& query() const { return m_query; }
    // Re-runs the current query after the data changed (import, triage),
    // keeping rows, selection and scroll position in place.
    void refresh();

    qint64 totalCount() const { return m_total; }
    bool isCountKnown() const { return m_countKnown; }
    bool isLoading() const { return m_generation != m_shownGeneration || !m_pending.isEmpty(); }

    QueueColumn columnAt(int section) const;
    int sectionOf(QueueColumn column) const;
    // 0 while the row's page is not loaded yet.
    qint64 findingId(int row) const;
    const QueueRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static QString statusLabel(const std::string& status);
    static QString columnTitle(QueueColumn column);

signals:
    // The first page of the current query is on screen; ms since it was asked for.
    void queryShown(qint64 elapsedMs);
    void countChanged(qint64 total, bool exact);
    void queryFailed(const QString& message);
    void loadingChanged(bool loading);

private:
    using Page = std::shared_ptr<const std::vector<QueueRow>>;
    void startGeneration(bool soft);
    void requestPage(int page) const;
    void onPage(quint64 generation, int page, Page rows, const QString& error);
    void onCount(quint64 generation, qint64 count);
    void applyRowCount(qint64 rows);
    void storePage(int page, Page rows) const;

    QString m_path;
    std::unique_ptr<ReaderWorker> m_pageWorker;
    std::unique_ptr<ReaderWorker> m_countWorker;
    QueueQuery m_query;
    QueueQuery m_shownQuery;     // the query whose rows are on screen
    bool m_hasShownQuery = false;
    bool m_retryingShown = false;
    quint64 m_generation = 0;      // newest query asked for
    quint64 m_shownGeneration = 0; // the query whose rows are on screen
    bool m_softRefresh = false;
    QElapsedTimer m_sinceQuery;
    qint64 m_total = 0;            // rows the view shows
    bool m_countKnown = false;
    qint64 m_pendingCount = -1;    // count of m_generation that arrived before its first page
    mutable QHash<int, Page> m_cache;
    mutable std::list<int> m_lru;  // most recently used page first
    mutable QSet<int> m_pending;
};

} // namespace closeloop
