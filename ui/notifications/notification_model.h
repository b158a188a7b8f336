// SPDX-License-Identifier: GPL-3.0-or-later
// The in-app notifications (escalations, exception reminders, expiries,
// decisions): the newest MaxRows of them, newest first, read on a reader
// thread. A refresh reads only what arrived after the newest row held (and the
// read state of the rows held), so it stays cheap however often the window
// calls it; rows that arrive after the first load are announced with
// newNotifications, which the window turns into desktop notifications.
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace closeloop {

class ReaderWorker;

struct NotificationRow
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString kind; // as stored: escalation, exception_reminder, ...
    QString recipient;
    QString contact;
    QString subject;
    QString body; // JSON, as stored
    QString outboxFile;
    bool read = false;
};

class NotificationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, RecipientColumn, SubjectColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, UnreadRole, KindRole };
    static constexpr int MaxRows = 500;

    explicit NotificationModel(const QString& dbPath, QObject* parent = nullptr);
    ~NotificationModel() override;

    // Reads what is new since the last read (the newest MaxRows at first).
    // A call while a read is on its way runs once more after it.
    void refresh();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_inFlight; }
    // Unread notifications in the whole workspace (not only the rows held).
    int unreadCount() const { return m_unread; }
    qint64 newestId() const { return m_rows.empty() ? 0 : m_rows.front().id; }
    const NotificationRow* rowAt(int row) const;
    QModelIndex indexOf(qint64 id, int column = 0) const;
    // The writer marked every notification up to id read; unreadLeft is what
    // it counted after that, in the same transaction.
    void markReadUpTo(qint64 id, int unreadLeft);

    // The kind in the reader's language; unknown kinds as they are.
    static QString kindLabel(const QString& kind);
    // Re-reads translated texts (headers, kinds) after a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Oldest first; only for rows that arrived after the first load.
    void newNotifications(const QList<qint64>& ids, const QStringList& subjects);
    void unreadCountChanged(int count);
    // A read finished and its rows are in.
    void refreshed();
    void loadFailed(const QString& message);

private:
    struct Batch;
    void apply(const Batch& batch);
    void setUnread(int count);

    std::unique_ptr<ReaderWorker> m_worker;
    std::vector<NotificationRow> m_rows; // newest first
    bool m_loaded = false;
    bool m_inFlight = false;
    bool m_again = false;
    int m_unread = 0;
    qint64 m_readUpTo = 0;  // every id up to this is read (nothing un-reads one)
    quint64 m_markEpoch = 0; // reads started before the last markReadUpTo count stale
};

} // namespace closeloop
