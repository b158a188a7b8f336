// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_model.h"

#include "model/severity.h"
#include "case/case_vocabulary.h"
#include "query/reader_worker.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QPointer>

namespace closeloop {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// "component:default/payments-api" reads as "payments-api"; other
// namespaces keep theirs.
QString shortRef(const std::string& ref)
{
    const auto colon = ref.find(':');
    if (colon == std::string::npos)
        return qs(ref);
    std::string rest = ref.substr(colon + 1);
    if (rest.rfind("default/", 0) == 0)
        rest = rest.substr(8);
    return qs(rest);
}

QString dateOnly(const std::string& iso)
{
    return qs(iso.substr(0, 10));
}

qint64 ageDays(const std::string& firstSeen)
{
    const QDateTime t = QDateTime::fromString(qs(firstSeen), Qt::ISODateWithMs);
    if (!t.isValid())
        return -1;
    return t.daysTo(QDateTime::currentDateTimeUtc());
}

} // namespace

QueueModel::QueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QueueModel::~QueueModel()
{
    // Workers first: no job may call back into a model being destroyed.
    m_pageWorker.reset();
    m_countWorker.reset();
}

void QueueModel::setWorkspace(const QString& dbPath)
{
    beginResetModel();
    m_pageWorker.reset();
    m_countWorker.reset();
    m_path = dbPath;
    m_cache.clear();
    m_lru.clear();
    m_pending.clear();
    m_total = 0;
    m_countKnown = false;
    endResetModel();
    if (dbPath.isEmpty())
        return;
    m_pageWorker = std::make_unique<ReaderWorker>(dbPath.toStdString());
    m_countWorker = std::make_unique<ReaderWorker>(dbPath.toStdString());
    startGeneration(false);
}

void QueueModel::setQuery(const QueueQuery& query)
{
    m_query = query;
    startGeneration(false);
}

void QueueModel::refresh()
{
    startGeneration(true);
}

void QueueModel::startGeneration(bool soft)
{
    if (!m_pageWorker)
        return;
    ++m_generation;
    m_softRefresh = soft;
    m_pendingCount = -1;
    m_sinceQuery.start();
    m_pending.clear();
    m_pageWorker->supersede(m_generation);
    m_countWorker->supersede(m_generation);
    // The first page comes first; the count follows on its own thread, posted
    // by the page's thread once the page is read (a count can take far longer
    // than a page and never holds it up).
    m_pending.insert(0);
    const quint64 generation = m_generation;
    QueueQuery query = m_query;
    ReaderWorker* counter = m_countWorker.get();
    QPointer<QueueModel> self(this);
    m_pageWorker->post(generation, [self, generation, query = std::move(query), counter](Database& db) mutable {
        Page rows;
        QString error;
        try {
            if (query.prepare) {
                query.prepare(db, query);
                query.prepare = nullptr;
            }
            rows = std::make_shared<const std::vector<QueueRow>>(queuePage(db, query, 0, PageSize));
            // Counted after the page was read: on two cores the count would
            // otherwise take half the machine from the page the user waits for.
            const std::string where = query.countWhere.empty() ? query.where : query.countWhere;
            const auto binds = query.binds;
            counter->post(generation, [self, generation, where, binds](Database& countDb) {
                const qint64 count = queueCount(countDb, where, binds);
                QMetaObject::invokeMethod(self, [self, generation, count] {
                    if (self)
                        self->onCount(generation, count);
                }, Qt::QueuedConnection);
            });
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        auto prepared = std::make_shared<QueueQuery>(std::move(query));
        QMetaObject::invokeMethod(self, [self, generation, rows, error, prepared] {
            if (!self)
                return;
            if (generation == self->m_generation && error.isEmpty()) {
                // Later pages of this query use what was prepared.
                self->m_query.where = prepared->where;
                self->m_query.countWhere = prepared->countWhere;
                self->m_query.binds = prepared->binds;
                self->m_query.prepare = nullptr;
            }
            self->onPage(generation, 0, rows, error);
        }, Qt::QueuedConnection);
    });
    emit loadingChanged(true);
}

void QueueModel::requestPage(int page) const
{
    if (!m_pageWorker || m_pending.contains(page))
        return;
    m_pending.insert(page);
    const quint64 generation = m_generation;
    const QueueQuery query = m_query;
    QPointer<QueueModel> self(const_cast<QueueModel*>(this));
    m_pageWorker->post(generation, [self, generation, query, page](Database& db) {
        Page rows;
        QString error;
        try {
            rows = std::make_shared<const std::vector<QueueRow>>(
                queuePage(db, query, std::int64_t(page) * PageSize, PageSize));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(self, [self, generation, page, rows, error] {
            if (self)
                self->onPage(generation, page, rows, error);
        }, Qt::QueuedConnection);
    });
}

void QueueModel::storePage(int page, Page rows) const
{
    m_cache.insert(page, std::move(rows));
    m_lru.remove(page);
    m_lru.push_front(page);
    while (int(m_lru.size()) > MaxCachedPages) {
        m_cache.remove(m_lru.back());
        m_lru.pop_back();
    }
}

void QueueModel::onPage(quint64 generation, int page, Page rows, const QString& error)
{
    if (generation != m_generation)
        return; // an older query's page
    m_pending.remove(page);
    if (!error.isEmpty() || !rows) {
        // An interrupted page is only ever an outdated one, so this is real.
        emit queryFailed(error);
        if (m_shownGeneration != generation && m_hasShownQuery && !m_retryingShown) {
            // The failed query superseded the one on screen, whose count or
            // pages may still have been on their way: run that one again.
            m_retryingShown = true;
            m_query = m_shownQuery;
            startGeneration(true);
            return;
        }
        m_retryingShown = false;
        emit loadingChanged(isLoading());
        return;
    }
    m_retryingShown = false;
    if (m_shownGeneration != generation) {
        m_shownQuery = m_query;
        m_hasShownQuery = true;
        // The first page of a new query: it replaces what is on screen.
        const qint64 provisional = m_pendingCount >= 0 ? m_pendingCount
                                   : qint64(rows->size()) < PageSize ? qint64(rows->size()) + qint64(page) * PageSize
                                                                      : std::max<qint64>(qint64(rows->size()), m_softRefresh ? m_total : 0);
        if (m_softRefresh) {
            m_cache.clear();
            m_lru.clear();
            storePage(page, rows);
            m_shownGeneration = generation;
            applyRowCount(provisional);
            if (m_total > 0)
                emit dataChanged(index(0, 0), index(int(m_total) - 1, columnCount() - 1));
        } else {
            beginResetModel();
            m_cache.clear();
            m_lru.clear();
            storePage(page, rows);
            m_shownGeneration = generation;
            m_total = provisional;
            endResetModel();
        }
        m_countKnown = m_pendingCount >= 0 || qint64(rows->size()) < PageSize;
        emit countChanged(m_total, m_countKnown);
        emit queryShown(m_sinceQuery.elapsed());
        // Pages the view asked for while this one was on its way.
        emit loadingChanged(isLoading());
        return;
    }
    storePage(page, rows);
    const int first = page * PageSize;
    const int last = std::min<qint64>(qint64(first) + qint64(rows->size()), m_total) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    emit loadingChanged(isLoading());
}

void QueueModel::onCount(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    if (m_shownGeneration != generation) {
        m_pendingCount = count; // applied with the first page
        return;
    }
    applyRowCount(count);
    m_countKnown = true;
    emit countChanged(m_total, true);
}

void QueueModel::applyRowCount(qint64 rows)
{
    if (rows > m_total) {
        beginInsertRows({}, int(m_total), int(rows - 1));
        m_total = rows;
        endInsertRows();
    } else if (rows < m_total) {
        beginRemoveRows({}, int(rows), int(m_total - 1));
        m_total = rows;
        endRemoveRows();
    }
}

QueueColumn QueueModel::columnAt(int section) const
{
    const auto& cols = queueColumns();
    if (section < 0 || section >= int(cols.size()))
        return QueueColumn::Count;
    return cols[std::size_t(section)].column;
}

int QueueModel::sectionOf(QueueColumn column) const
{
    const auto& cols = queueColumns();
    for (std::size_t i = 0; i < cols.size(); ++i) {
        if (cols[i].column == column)
            return int(i);
    }
    return -1;
}

const QueueRow* QueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_cache.constFind(page);
    if (it == m_cache.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    const auto& rows = **it;
    const std::size_t at = std::size_t(row % PageSize);
    if (m_lru.front() != page) {
        m_lru.remove(page);
        m_lru.push_front(page);
    }
    return at < rows.size() ? &rows[at] : nullptr;
}

qint64 QueueModel::findingId(int row) const
{
    const QueueRow* r = rowAt(row);
    return r ? r->id : 0;
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(queueColumns().size());
}

QVariant QueueModel::data(const QModelIndex& idx, int role) const
{
    if (!idx.isValid() || idx.row() >= m_total)
        return {};
    const QueueRow* r = rowAt(idx.row());
    const QueueColumn col = columnAt(idx.column());
    if (role == LoadedRole)
        return r != nullptr;
    if (!r) {
        if (role == Qt::DisplayRole && col == QueueColumn::Title)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    }
    switch (role) {
    case FindingIdRole:
        return qint64(r->id);
    case SeverityRole:
        return r->severity;
    case KevRole:
        return r->kev;
    case Qt::DisplayRole:
        switch (col) {
        case QueueColumn::Severity: {
            const auto name = severityName(Severity(r->severity));
            QString s = QString::fromLatin1(name.data(), qsizetype(name.size()));
            if (!s.isEmpty())
                s[0] = s[0].toUpper();
            return s;
        }
        case QueueColumn::Kev: return r->kev ? tr("KEV") : QString();
        case QueueColumn::Title: return qs(r->title);
        case QueueColumn::Status: return statusLabel(r->status);
        case QueueColumn::Service: return r->service.empty() ? tr("Unowned") : shortRef(r->service);
        case QueueColumn::Owner: return shortRef(r->owner);
        case QueueColumn::Assignee: return qs(r->assignee);
        case QueueColumn::Asset: return qs(r->asset);
        case QueueColumn::Package:
            return r->packageVersion.empty() ? qs(r->package) : qs(r->package) + QLatin1Char('@') + qs(r->packageVersion);
        case QueueColumn::FixVersion: return qs(r->fixVersion);
        case QueueColumn::Cves: return qs(r->cves);
        case QueueColumn::Epss:
            return r->epss ? QStringLiteral("%1%").arg(*r->epss * 100.0, 0, 'f', *r->epss < 0.1 ? 2 : 1) : QString();
        case QueueColumn::Tool: return qs(r->tool);
        case QueueColumn::Rule: return qs(r->ruleId);
        case QueueColumn::Environment: return qs(r->environment);
        case QueueColumn::FirstSeen: return dateOnly(r->firstSeen);
        case QueueColumn::LastSeen: return dateOnly(r->lastSeen);
        case QueueColumn::Age: {
            const qint64 d = ageDays(r->firstSeen);
            return d < 0 ? QString() : tr("%n day(s)", nullptr, int(d));
        }
        case QueueColumn::Id: return qint64(r->id);
        case QueueColumn::Path: return CaseVocabulary::path(qs(r->path));
        case QueueColumn::SlaClass: return qs(r->slaClass);
        case QueueColumn::SlaDue: {
            if (r->slaDue.empty())
                return r->slaPaused ? tr("paused") : QString();
            const QDateTime due = QDateTime::fromString(qs(r->slaDue), Qt::ISODateWithMs);
            return due.isValid() ? CaseVocabulary::dueIn(QDateTime::currentDateTimeUtc().secsTo(due)) : qs(r->slaDue);
        }
        case QueueColumn::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (col) {
        case QueueColumn::Title: return qs(r->title);
        case QueueColumn::Service: return r->service.empty() ? tr("No catalog entry matched this finding's asset") : qs(r->service);
        case QueueColumn::Owner: return qs(r->owner);
        case QueueColumn::Asset: return qs(r->asset);
        case QueueColumn::Kev: return r->kev ? tr("Known exploited (CISA KEV)") : QString();
        case QueueColumn::SlaDue:
            if (r->slaDue.empty())
                return r->slaPaused ? tr("An active exception pauses the SLA clocks") : tr("No SLA clock is running");
            return tr("Due %1").arg(CaseVocabulary::localTime(qs(r->slaDue)));
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (col == QueueColumn::Epss || col == QueueColumn::Id || col == QueueColumn::Age || col == QueueColumn::SlaDue)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (col == QueueColumn::Kev)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (col == QueueColumn::Kev && r->kev)
            return QColor(0xB0, 0x1E, 0x2D);
        if (col == QueueColumn::Service && r->service.empty())
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        if (col == QueueColumn::SlaDue) {
            const QDateTime due = QDateTime::fromString(qs(r->slaDue), Qt::ISODateWithMs);
            if (due.isValid() && due <= QDateTime::currentDateTimeUtc())
                return CaseVocabulary::overdueColor(QGuiApplication::palette());
            if (r->slaDue.empty())
                return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        }
        return {};
    case Qt::FontRole:
        if (col == QueueColumn::Kev && r->kev) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QString QueueModel::statusLabel(const std::string& status)
{
    // One vocabulary for the queue, the case and the triage dialog.
    return CaseVocabulary::status(QString::fromStdString(status));
}

QString QueueModel::columnTitle(QueueColumn c)
{
    switch (c) {
    case QueueColumn::Severity: return tr("Severity");
    case QueueColumn::Kev: return tr("KEV");
    case QueueColumn::Title: return tr("Title");
    case QueueColumn::Status: return tr("Status");
    case QueueColumn::Service: return tr("Service");
    case QueueColumn::Owner: return tr("Owner");
    case QueueColumn::Assignee: return tr("Assignee");
    case QueueColumn::Asset: return tr("Asset");
    case QueueColumn::Package: return tr("Package");
    case QueueColumn::FixVersion: return tr("Fixed in");
    case QueueColumn::Cves: return tr("CVE");
    case QueueColumn::Epss: return tr("EPSS");
    case QueueColumn::Tool: return tr("Tool");
    case QueueColumn::Rule: return tr("Rule");
    case QueueColumn::Environment: return tr("Environment");
    case QueueColumn::FirstSeen: return tr("First seen");
    case QueueColumn::LastSeen: return tr("Last seen");
    case QueueColumn::Age: return tr("Age");
    case QueueColumn::Id: return tr("ID");
    case QueueColumn::Path: return tr("Path");
    case QueueColumn::SlaClass: return tr("SLA class");
    case QueueColumn::SlaDue: return tr("SLA due");
    case QueueColumn::Count: break;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(columnAt(section));
    return {};
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    const QueueColumn c = columnAt(column);
    if (c == QueueColumn::Count)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (c == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = c;
    m_query.descending = descending;
    startGeneration(false);
}

} // namespace closeloop
