// SPDX-License-Identifier: GPL-3.0-or-later
#include "notification_model.h"

#include "policy/notification_store.h"
#include "query/reader_worker.h"
#include "util/clock.h"

#include <QFont>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <climits>

namespace closeloop {

// One read: rows newer than the newest held, and the read state and outbox
// file of the rows held (both change after a row was first read).
struct NotificationModel::Batch
{
    quint64 epoch = 0;
    std::vector<NotificationRow> fresh; // newest first
    struct State
    {
        qint64 id;
        bool read;
        QString outboxFile;
    };
    std::vector<State> states;
    int unread = 0;
    QString error;
};

namespace {

// A read that never started by then found no workspace to open.
constexpr int StartTimeoutMs = 3000;

QString qs(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

NotificationRow rowFrom(NotificationRecord n)
{
    NotificationRow r;
    r.id = n.id;
    r.at = parseUtcIso(n.at);
    r.kind = qs(n.kind);
    r.recipient = qs(n.recipient);
    r.contact = qs(n.contact);
    r.subject = qs(n.subject);
    r.body = qs(n.body);
    r.read = n.read();
    r.outboxFile = qs(n.outboxFile);
    return r;
}

} // namespace

NotificationModel::NotificationModel(const QString& dbPath, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(std::make_unique<ReaderWorker>(dbPath.toStdString()))
{
}

NotificationModel::~NotificationModel()
{
    // The worker first: no read may come back to a model being destroyed.
    m_worker.reset();
}

void NotificationModel::refresh()
{
    if (m_inFlight) {
        // Two reads from the same newest id would bring the same rows twice.
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_again = false;
    const qint64 newest = newestId();
    const qint64 oldest = m_rows.empty() ? 0 : m_rows.back().id;
    const quint64 epoch = m_markEpoch;
    QPointer<NotificationModel> self(this);
    auto started = std::make_shared<std::atomic<bool>>(false);
    // Generation 0: small reads, each needed; none supersedes another.
    m_worker->post(0, [self, newest, oldest, epoch, started](Database& db) {
        started->store(true);
        auto batch = std::make_shared<Batch>();
        batch->epoch = epoch;
        try {
            // One snapshot: the rows, their states and the count agree.
            ReadSnapshot snapshot(db);
            NotificationStore store(db);
            for (NotificationRecord& n : store.newerThan(newest, MaxRows))
                batch->fresh.push_back(rowFrom(std::move(n)));
            if (newest > 0)
                for (const NotificationState& s : store.statesBetween(oldest, newest))
                    batch->states.push_back({s.id, s.read, qs(s.outboxFile)});
            batch->unread = int(std::min<std::int64_t>(store.unreadCount(), INT_MAX));
        } catch (const std::exception& e) {
            batch->error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(self, [self, batch] {
            if (self)
                self->apply(*batch);
        }, Qt::QueuedConnection);
    });
    // The worker skips every job when it could not open the workspace and
    // only says so through lastError().
    QTimer::singleShot(StartTimeoutMs, this, [this, started] {
        if (started->load() || !m_inFlight)
            return;
        const std::string error = m_worker->lastError();
        if (error.empty())
            return;
        m_inFlight = false;
        m_again = false;
        emit loadFailed(QString::fromStdString(error));
    });
}

void NotificationModel::apply(const Batch& batch)
{
    m_inFlight = false;
    if (!batch.error.isEmpty()) {
        emit loadFailed(batch.error);
    } else {
        const bool first = !m_loaded;
        m_loaded = true;
        // A read that began before the last "mark all read" saw rows unread
        // that are read now: its states and count are stale, its rows are not.
        const bool stale = batch.epoch != m_markEpoch;
        if (!stale) {
            for (const Batch::State& s : batch.states) {
                const QModelIndex at = indexOf(s.id);
                if (!at.isValid())
                    continue;
                NotificationRow& r = m_rows[std::size_t(at.row())];
                const bool read = s.read || r.id <= m_readUpTo;
                if (r.read == read && r.outboxFile == s.outboxFile)
                    continue;
                r.read = read;
                r.outboxFile = s.outboxFile;
                emit dataChanged(index(at.row(), 0), index(at.row(), ColumnCount - 1));
            }
        }
        if (!batch.fresh.empty()) {
            std::vector<NotificationRow> fresh = batch.fresh;
            for (NotificationRow& r : fresh)
                r.read = r.read || r.id <= m_readUpTo;
            beginInsertRows({}, 0, int(fresh.size()) - 1);
            m_rows.insert(m_rows.begin(), fresh.begin(), fresh.end());
            endInsertRows();
            if (int(m_rows.size()) > MaxRows) {
                beginRemoveRows({}, MaxRows, int(m_rows.size()) - 1);
                m_rows.resize(MaxRows);
                endRemoveRows();
            }
            if (!first) {
                QList<qint64> ids;
                QStringList subjects;
                for (auto it = batch.fresh.rbegin(); it != batch.fresh.rend(); ++it) {
                    ids << it->id;
                    subjects << it->subject;
                }
                emit newNotifications(ids, subjects);
            }
        }
        if (!stale)
            setUnread(batch.unread);
        emit refreshed();
    }
    if (m_again)
        refresh();
}

void NotificationModel::markReadUpTo(qint64 id, int unreadLeft)
{
    m_readUpTo = std::max(m_readUpTo, id);
    ++m_markEpoch;
    int first = -1, last = -1;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        NotificationRow& r = m_rows[std::size_t(row)];
        if (r.id <= m_readUpTo && !r.read) {
            r.read = true;
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    setUnread(unreadLeft);
}

void NotificationModel::setUnread(int count)
{
    if (count == m_unread)
        return;
    m_unread = count;
    emit unreadCountChanged(count);
}

const NotificationRow* NotificationModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

QModelIndex NotificationModel::indexOf(qint64 id, int column) const
{
    // Rows are newest first: ids descend.
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
                                     [](const NotificationRow& r, qint64 v) { return r.id > v; });
    if (it == m_rows.end() || it->id != id)
        return {};
    return index(int(it - m_rows.begin()), column);
}

QString NotificationModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("escalation"))
        return tr("Escalation");
    if (kind == QLatin1String("exception_reminder"))
        return tr("Exception expires soon");
    if (kind == QLatin1String("exception_expired"))
        return tr("Exception expired");
    if (kind == QLatin1String("exception_awaiting_decision"))
        return tr("Exception awaits decision");
    if (kind == QLatin1String("exception_approved"))
        return tr("Exception approved");
    if (kind == QLatin1String("exception_approved_notice"))
        return tr("Exception approved automatically");
    if (kind == QLatin1String("exception_rejected"))
        return tr("Exception rejected");
    if (kind == QLatin1String("known_exploited"))
        return tr("Known exploited");
    return kind;
}

void NotificationModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, KindColumn), index(int(m_rows.size()) - 1, KindColumn));
}

int NotificationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationModel::data(const QModelIndex& index, int role) const
{
    const NotificationRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn: return r->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case KindColumn: return kindLabel(r->kind);
        case RecipientColumn: return r->recipient;
        case SubjectColumn: return r->subject;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case TimeColumn: return QString::fromStdString(isoUtc(r->at));
        case RecipientColumn: return r->contact.isEmpty() ? r->recipient : r->recipient + QStringLiteral(" <") + r->contact + QLatin1Char('>');
        case SubjectColumn: return r->subject;
        default: return {};
        }
    case Qt::FontRole:
        if (!r->read) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole: return r->id;
    case UnreadRole: return !r->read;
    case KindRole: return r->kind;
    default: return {};
    }
}

QVariant NotificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Kind");
    case RecipientColumn: return tr("Recipient");
    case SubjectColumn: return tr("Subject");
    case ColumnCount: break;
    }
    return {};
}

} // namespace closeloop
