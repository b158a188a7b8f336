// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_table.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStandardItemModel>

#include <algorithm>
#include <map>

namespace closeloop {

CaseTable::CaseTable(QWidget* parent)
    : QTableView(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(false); // Tab leaves the table, as elsewhere in the view
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(false);
}

void CaseTable::setHeaders(const QStringList& headers)
{
    m_model->setColumnCount(int(headers.size()));
    m_model->setHorizontalHeaderLabels(headers);
    m_lastWidth = -1;
}

void CaseTable::setStretchColumn(int column)
{
    m_stretchColumn = column;
}

void CaseTable::setRowCount(int rows)
{
    m_model->setRowCount(rows);
}

QStandardItem* CaseTable::setCell(int row, int column, const QString& text)
{
    QStandardItem* item = m_model->item(row, column);
    if (!item) {
        item = new QStandardItem(text);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        m_model->setItem(row, column, item);
    } else if (item->text() != text) {
        item->setText(text);
    }
    return item;
}

void CaseTable::finish()
{
    m_lastWidth = -1;
    fitColumns();
}

void CaseTable::fitColumns()
{
    const int available = viewport()->width();
    if (available <= 0 || available == m_lastWidth)
        return;
    m_lastWidth = available;
    const int columns = m_model->columnCount();
    if (columns == 0)
        return;
    // What each column's text asks for, capped so one long value cannot take
    // the table; the stretch column keeps at least 40% for the sentence it holds.
    const int cap = std::max(80, available / 3);
    std::map<int, int> want;
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        if (c == m_stretchColumn)
            continue;
        const int w = std::min(cap, naturalWidth(c) + 8);
        want[c] = w;
        total += w;
    }
    const int budget = m_stretchColumn >= 0 ? available - available * 2 / 5 : available;
    if (total > budget && total > 0) {
        for (auto& [c, w] : want)
            w = std::max(40, w * budget / total);
        total = 0;
        for (const auto& [c, w] : want)
            total += w;
    }
    for (const auto& [c, w] : want)
        setColumnWidth(c, w);
    if (m_stretchColumn >= 0) {
        setColumnWidth(m_stretchColumn, std::max(40, available - total));
    } else if (!want.empty() && total < available) {
        // Without a stretch column the last one takes what is left.
        setColumnWidth(columns - 1, want[columns - 1] + available - total);
    }
    resizeRowsToContents();
    const int h = contentHeight();
    if (h != m_lastHeight) {
        m_lastHeight = h;
        updateGeometry();
    }
}

int CaseTable::naturalWidth(int column) const
{
    // Every row, on one line: sizeHintForColumn() would look only at the rows
    // inside the viewport, which is not yet as tall as the table will be.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.features &= ~QStyleOptionViewItem::WrapText;
    int width = horizontalHeader()->sectionSizeHint(column);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, column);
        width = std::max(width, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return width;
}

int CaseTable::contentHeight() const
{
    const int header = horizontalHeader()->isVisible() ? horizontalHeader()->sizeHint().height() : 0;
    return 2 * frameWidth() + header + verticalHeader()->length();
}

QSize CaseTable::sizeHint() const
{
    return QSize(240, contentHeight());
}

QSize CaseTable::minimumSizeHint() const
{
    return QSize(120, contentHeight());
}

void CaseTable::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void CaseTable::keyPressEvent(QKeyEvent* event)
{
    // Analysts paste rows into tickets: copy the selection as tab-separated text.
    if (event->matches(QKeySequence::Copy)) {
        QModelIndexList indexes = selectionModel()->selectedIndexes();
        std::sort(indexes.begin(), indexes.end());
        QString out;
        int lastRow = -1;
        for (const QModelIndex& index : indexes) {
            if (lastRow >= 0)
                out += index.row() == lastRow ? QLatin1Char('\t') : QLatin1Char('\n');
            out += index.data().toString();
            lastRow = index.row();
        }
        if (!out.isEmpty())
            QGuiApplication::clipboard()->setText(out);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace closeloop
