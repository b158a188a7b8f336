// SPDX-License-Identifier: GPL-3.0-or-later
#include "severity_delegate.h"

#include <QApplication>
#include <QPainter>

namespace closeloop {

QColor SeverityDelegate::colorFor(int severity)
{
    switch (severity) {
    case 4: return QColor(0xB0, 0x1E, 0x2D); // critical
    case 3: return QColor(0xD9, 0x53, 0x1E); // high
    case 2: return QColor(0xC9, 0x8A, 0x00); // medium
    case 1: return QColor(0x3A, 0x7C, 0xA5); // low
    case 0: return QColor(0x6B, 0x77, 0x85); // info
    default: break;
    }
    return QColor(0x8A, 0x8F, 0x98); // unrated
}

void SeverityDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int severity = index.data(SeverityRole).toInt();
    const QFontMetrics fm(opt.font);
    const int h = fm.height() + 2;
    const int w = fm.horizontalAdvance(text) + 14;
    QRect badge(opt.rect.left() + 6, opt.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colorFor(severity));
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    QFont f = opt.font;
    f.setBold(true);
    painter->setFont(f);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize SeverityDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + 24);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 8));
    return s;
}

} // namespace closeloop
