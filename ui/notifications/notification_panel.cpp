// SPDX-License-Identifier: GPL-3.0-or-later
#include "notification_panel.h"

#include "notification_model.h"
#include "policy/notification_store.h"
#include "policy/notifier.h"
#include "store/store_writer.h"
#include "util/clock.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>

namespace closeloop {

namespace {

// The filter language takes at most this many values in one list
// (core/query/filter_compiler.cpp, MaxListValues).
constexpr int FilterListValues = 64;
// Deeper bodies are shown as stored: printing recurses once per level.
constexpr int MaxBodyDepth = 32;
// Bodies are small (an escalation lists up to 1,000 ids); anything larger is
// shown as stored, cut here.
constexpr qsizetype MaxBodyChars = 1 << 20;

// Nesting depth of JSON text, counting brackets outside strings; stops
// counting past limit.
int jsonDepth(const QString& text, int limit)
{
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (const QChar c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == QLatin1Char(']') || c == QLatin1Char('}')) {
            --depth;
        }
    }
    return deepest;
}

// The body parsed, or a discarded value when it is not JSON we print safely.
nlohmann::json parseBody(const QString& body)
{
    if (body.size() > MaxBodyChars || jsonDepth(body, MaxBodyDepth) > MaxBodyDepth)
        return nlohmann::json(nlohmann::json::value_t::discarded);
    return nlohmann::json::parse(body.toStdString(), nullptr, false);
}

} // namespace

NotificationPanel::NotificationPanel(StoreWriter& writer, const QString& dbPath, QWidget* parent)
    : QWidget(parent)
    , m_writer(writer)
    , m_model(new NotificationModel(dbPath, this))
{
    setObjectName(QStringLiteral("notificationPanel"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    header->addWidget(m_title);
    m_unreadLabel = new QLabel(this);
    m_unreadLabel->setObjectName(QStringLiteral("unreadLabel"));
    m_unreadLabel->setTextFormat(Qt::PlainText);
    header->addWidget(m_unreadLabel);
    header->addStretch(1);
    m_markAllRead = new QPushButton(this);
    m_markAllRead->setObjectName(QStringLiteral("markAllRead"));
    connect(m_markAllRead, &QPushButton::clicked, this, &NotificationPanel::markAllRead);
    header->addWidget(m_markAllRead);
    layout->addLayout(header);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("notificationError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { border: 2px solid #C0392B; border-radius: 3px; padding: 4px 8px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    // Side by side: docked at the bottom of the window the panel is wide and
    // short, and the list needs the height.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("notificationTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_table);

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("notificationSubject"));
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_detailTitle->font();
    subjectFont.setBold(true);
    m_detailTitle->setFont(subjectFont);
    detailLayout->addWidget(m_detailTitle);
    m_body = new QPlainTextEdit(detail);
    m_body->setObjectName(QStringLiteral("notificationBody"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detailLayout->addWidget(m_body, 1);
    m_outbox = new QLabel(detail);
    m_outbox->setObjectName(QStringLiteral("outboxFile"));
    m_outbox->setTextFormat(Qt::PlainText);
    m_outbox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outbox->setToolTip(QString::fromStdString(notificationOutboxDir(dbPath.toStdString())));
    detailLayout->addWidget(m_outbox);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NotificationPanel::showCurrent);
    // Double-click (or Enter, or a single click where the platform activates
    // on one) opens what the notification is about.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_model, &NotificationModel::unreadCountChanged, this, [this](int count) {
        updateUnread();
        emit unreadCountChanged(count);
    });
    connect(m_model, &NotificationModel::dataChanged, this, [this] { showCurrent(); });
    connect(m_model, &NotificationModel::refreshed, this, [this] {
        m_error->hide();
        updateUnread();
        showCurrent();
    });
    connect(m_model, &NotificationModel::loadFailed, this, [this](const QString& message) {
        m_error->setText(tr("Could not read the notifications: %1").arg(message));
        m_error->show();
    });

    retranslate();
    showCurrent();
    m_model->refresh();
}

NotificationPanel::~NotificationPanel() = default;

void NotificationPanel::retranslate()
{
    m_title->setText(tr("Notifications"));
    m_markAllRead->setText(tr("&Mark All Read"));
    m_model->retranslate();
    // Time and kind fit their widest text; the recipient gets a fair share,
    // the subject the rest.
    const QFontMetrics fm = m_table->fontMetrics();
    int kindWidth = 0;
    for (const char* kind : {"escalation", "exception_reminder", "exception_expired", "exception_awaiting_decision",
                             "exception_approved", "exception_approved_notice", "exception_rejected"})
        kindWidth = std::max(kindWidth, fm.horizontalAdvance(NotificationModel::kindLabel(QString::fromLatin1(kind))));
    m_table->setColumnWidth(NotificationModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 24);
    m_table->setColumnWidth(NotificationModel::KindColumn, kindWidth + 24);
    m_table->setColumnWidth(NotificationModel::RecipientColumn, fm.horizontalAdvance(QLatin1Char('x')) * 26);
    updateUnread();
    showCurrent();
}

void NotificationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

int NotificationPanel::unreadCount() const
{
    return m_model->unreadCount();
}

void NotificationPanel::refresh()
{
    m_model->refresh();
}

void NotificationPanel::updateUnread()
{
    const int unread = m_model->unreadCount();
    m_unreadLabel->setText(unread > 0 ? tr("%n unread", nullptr, unread) : tr("all read"));
    m_markAllRead->setEnabled(unread > 0 && !m_marking && m_model->newestId() > 0);
}

void NotificationPanel::showCurrent()
{
    const NotificationRow* r = m_model->rowAt(m_table->currentIndex().row());
    if (!r) {
        m_detailTitle->setText(m_model->rowCount() > 0 ? tr("Select a notification to see it in full.")
                                                       : tr("No notifications."));
        m_body->clear();
        m_outbox->clear();
        return;
    }
    m_detailTitle->setText(r->subject);
    const QString pretty = prettyBody(r->body);
    if (m_body->toPlainText() != pretty)
        m_body->setPlainText(pretty);
    m_outbox->setText(r->outboxFile.isEmpty() ? tr("Not written to the outbox yet.")
                                              : tr("Outbox file: %1").arg(r->outboxFile));
}

void NotificationPanel::openRow(int row)
{
    const NotificationRow* r = m_model->rowAt(row);
    if (!r)
        return;
    const QString filter = filterFor(r->body);
    if (!filter.isEmpty())
        emit openFindingsRequested(filter);
}

QString NotificationPanel::prettyBody(const QString& body)
{
    const nlohmann::json j = parseBody(body);
    if (j.is_discarded())
        return body.left(MaxBodyChars);
    return QString::fromStdString(j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

QString NotificationPanel::filterFor(const QString& body)
{
    const nlohmann::json j = parseBody(body);
    if (!j.is_object())
        return {};
    // Escalations list findings; exception notices carry a count under
    // "findings" and name their exception.
    if (const auto f = j.find("findings"); f != j.end() && f->is_array()) {
        QStringList lists;
        QStringList ids;
        int taken = 0;
        for (const auto& v : *f) {
            if (taken == MaxFilterIds)
                break;
            if (!v.is_number_integer() || v.get<std::int64_t>() <= 0)
                continue;
            ids << QString::number(v.get<std::int64_t>());
            ++taken;
            if (ids.size() == FilterListValues) {
                lists << QStringLiteral("id:") + ids.join(QLatin1Char(','));
                ids.clear();
            }
        }
        if (!ids.isEmpty())
            lists << QStringLiteral("id:") + ids.join(QLatin1Char(','));
        if (!lists.isEmpty())
            return lists.join(QStringLiteral(" OR "));
    }
    if (const auto e = j.find("exception"); e != j.end() && e->is_number_integer() && e->get<std::int64_t>() > 0)
        return QStringLiteral("exception:") + QString::number(e->get<std::int64_t>());
    return {};
}

void NotificationPanel::markAllRead()
{
    const qint64 upTo = m_model->newestId();
    if (m_marking || upTo <= 0)
        return;
    m_marking = true;
    updateUnread();
    const std::string at = nowUtcIso();
    QPointer<NotificationPanel> self(this);
    // The job reports back itself, so nothing waits on the future it returns.
    (void)m_writer.run([self, upTo, at](Database& db) {
        int marked = 0, left = 0;
        QString error;
        try {
            const NotificationMarkResult r = NotificationStore(db).markReadUpTo(upTo, at);
            marked = int(std::min<std::int64_t>(r.marked, INT_MAX));
            left = int(std::min<std::int64_t>(r.unreadLeft, INT_MAX));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(self, [self, upTo, marked, left, error] {
            if (self)
                self->finishMarking(upTo, marked, left, error);
        }, Qt::QueuedConnection);
    });
}

void NotificationPanel::finishMarking(qint64 upTo, int marked, int unreadLeft, const QString& error)
{
    m_marking = false;
    if (!error.isEmpty()) {
        m_error->setText(tr("Could not mark the notifications read: %1").arg(error));
        m_error->show();
        updateUnread();
        emit markAllReadFailed(error);
        return;
    }
    m_error->hide();
    m_model->markReadUpTo(upTo, unreadLeft);
    updateUnread();
    emit markAllReadFinished(marked);
}

} // namespace closeloop
