// SPDX-License-Identifier: GPL-3.0-or-later
// Paints the severity column as a coloured badge, readable in light and dark
// palettes.
#pragma once

#include <QStyledItemDelegate>

namespace closeloop {

class SeverityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The role carrying the severity (-1 unrated .. 4 critical) as an int.
    static constexpr int SeverityRole = Qt::UserRole + 1;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    static QColor colorFor(int severity);
};

} // namespace closeloop
