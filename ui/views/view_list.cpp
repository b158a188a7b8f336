// SPDX-License-Identifier: GPL-3.0-or-later
#include "view_list.h"

#include <QContextMenuEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace closeloop {

namespace {

// Name on the left, count on the right in the secondary text colour, like
// a mail client's folder list.
class ViewDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const qint64 count = index.data(ViewList::CountRole).toLongLong();
        const QString countText = count < 0 ? QStringLiteral("…") : QLocale().toString(count);
        const QFontMetrics fm(opt.font);
        const int countWidth = fm.horizontalAdvance(countText) + 12;
        QStyleOptionViewItem nameOpt = opt;
        nameOpt.rect.setRight(opt.rect.right() - countWidth);
        opt.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : nullptr;
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        nameOpt.backgroundBrush = Qt::NoBrush;
        nameOpt.state &= ~QStyle::State_HasFocus;
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &nameOpt, opt.widget);
        painter->setPen(opt.palette.color(textRole));
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          fm.elidedText(nameOpt.text, Qt::ElideRight, textRect.width()));
        QColor muted = opt.palette.color(textRole);
        if (!selected)
            muted.setAlphaF(0.6f);
        painter->setPen(muted);
        QRect countRect = opt.rect.adjusted(0, 0, -8, 0);
        painter->drawText(countRect, Qt::AlignVCenter | Qt::AlignRight, countText);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), option.fontMetrics.height() + 12));
        return s;
    }
};

} // namespace

ViewList::ViewList(QWidget* parent)
    : QListView(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setItemDelegate(new ViewDelegate(this));
    setEditTriggers(NoEditTriggers);
    setSelectionMode(SingleSelection);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Saved views"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (!current.isValid())
            return;
        const auto id = current.data(ViewIdRole).toLongLong();
        for (const auto& v : m_views) {
            if (v.id == id) {
                emit viewChosen(v);
                return;
            }
        }
    });
}

void ViewList::setViews(const std::vector<SavedView>& views)
{
    const auto keep = currentView();
    QSignalBlocker block(selectionModel());
    m_views = views;
    m_model->clear();
    for (const auto& v : views) {
        auto* item = new QStandardItem(QString::fromStdString(v.name));
        item->setData(qint64(v.id), ViewIdRole);
        item->setData(qint64(-1), CountRole);
        item->setData(v.builtin, BuiltinRole);
        item->setToolTip(v.filter.empty() ? tr("Every finding") : QString::fromStdString(v.filter));
        m_model->appendRow(item);
    }
    if (keep)
        selectView(keep->id);
}

void ViewList::setCount(std::int64_t viewId, qint64 count)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        auto* item = m_model->item(r);
        if (item->data(ViewIdRole).toLongLong() == viewId) {
            item->setData(count, CountRole);
            const QString name = QString::fromStdString(m_views[std::size_t(r)].name);
            item->setData(tr("%1, %n finding(s)", nullptr, int(std::min<qint64>(count, INT_MAX))).arg(name),
                          Qt::AccessibleTextRole);
        }
    }
}

void ViewList::selectView(std::int64_t viewId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->item(r)->data(ViewIdRole).toLongLong() == viewId) {
            setCurrentIndex(m_model->index(r, 0));
            return;
        }
    }
}

std::optional<SavedView> ViewList::currentView() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const auto id = current.data(ViewIdRole).toLongLong();
    for (const auto& v : m_views) {
        if (v.id == id)
            return v;
    }
    return std::nullopt;
}

void ViewList::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex at = indexAt(event->pos());
    if (!at.isValid() || at.data(BuiltinRole).toBool())
        return;
    const auto id = at.data(ViewIdRole).toLongLong();
    QMenu menu(this);
    QAction* del = menu.addAction(tr("Delete View"));
    if (menu.exec(event->globalPos()) == del) {
        for (const auto& v : m_views) {
            if (v.id == id)
                emit deleteRequested(v);
        }
    }
}

} // namespace closeloop
