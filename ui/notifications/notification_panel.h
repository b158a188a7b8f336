// SPDX-License-Identifier: GPL-3.0-or-later
// The notifications page: the latest notifications (unread in bold), the one
// selected in full (its JSON body as plain text and its outbox file), "Mark
// all read", and a double-click that opens the findings or the exception a
// notification is about.
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace closeloop {

class NotificationModel;
class StoreWriter;

class NotificationPanel : public QWidget
{
    Q_OBJECT
public:
    // A double-click opens at most this many findings.
    static constexpr int MaxFilterIds = 200;

    NotificationPanel(StoreWriter& writer, const QString& dbPath, QWidget* parent = nullptr);
    ~NotificationPanel() override;

    NotificationModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    int unreadCount() const;

    // The queue filter for a notification's JSON body: "id:1,2,3" for its
    // findings (the first MaxFilterIds; lists of 64, the filter language's
    // limit, joined by OR), else "exception:ID"; empty when it names neither.
    static QString filterFor(const QString& body);
    // The body as indented JSON (as stored when it is not JSON, or nested
    // too deep to print safely).
    static QString prettyBody(const QString& body);

public slots:
    void refresh();
    // Marks every notification up to the newest shown read, through the
    // writer; notifications that arrive meanwhile stay unread.
    void markAllRead();

signals:
    void openFindingsRequested(const QString& filter);
    void unreadCountChanged(int count);
    void markAllReadFinished(int marked);
    void markAllReadFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showCurrent();
    void openRow(int row);
    void updateUnread();
    void finishMarking(qint64 upTo, int marked, int unreadLeft, const QString& error);

    StoreWriter& m_writer;
    NotificationModel* m_model = nullptr;
    bool m_marking = false;

    QLabel* m_title = nullptr;
    QLabel* m_unreadLabel = nullptr;
    QPushButton* m_markAllRead = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detailTitle = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_outbox = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace closeloop
