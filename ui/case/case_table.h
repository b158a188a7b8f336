// SPDX-License-Identifier: GPL-3.0-or-later
// A small read-only table inside a case panel (escalation chain, changes,
// similar findings, timeline). It is as tall as its rows, so the case view
// scrolls as one page, and it never needs a horizontal scroll bar: columns take
// what their text needs up to a share of the width and cells wrap. Cells are
// QStandardItem text, drawn as plain text. Rows are few (capped by the
// caller), which is why a QStandardItemModel is enough here.
#pragma once

#include <QTableView>

class QStandardItem;
class QStandardItemModel;

namespace closeloop {

class CaseTable : public QTableView
{
    Q_OBJECT
public:
    explicit CaseTable(QWidget* parent = nullptr);

    void setHeaders(const QStringList& headers);
    // The column that takes the remaining width (a summary or title).
    void setStretchColumn(int column);
    // Resizes the table to rows, reusing the items already there.
    void setRowCount(int rows);
    QStandardItem* setCell(int row, int column, const QString& text);
    QStandardItemModel* tableModel() const { return m_model; }
    // Call after filling the cells: fits columns and rows to the text.
    void finish();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void fitColumns();
    int contentHeight() const;
    int naturalWidth(int column) const;

    QStandardItemModel* m_model = nullptr;
    int m_stretchColumn = -1;
    int m_lastHeight = -1;
    int m_lastWidth = -1;
};

} // namespace closeloop
