// SPDX-License-Identifier: GPL-3.0-or-later
// Which queue columns show, in what order and width: the header's context
// menu (the column chooser), a saved view's column list, and the defaults.
#pragma once

#include <QObject>

#include <string>
#include <vector>

class QAction;
class QTableView;

namespace closeloop {

class QueueModel;

class QueueColumns : public QObject
{
    Q_OBJECT
public:
    QueueColumns(QTableView* view, QueueModel* model, QObject* parent = nullptr);

    // The column chooser, with `reset` at its end.
    void showMenu(const QPoint& pos, QAction* reset);
    // Keys of the visible columns, left to right (what a saved view keeps).
    std::vector<std::string> visible() const;
    // Shows exactly these columns in this order; unknown keys are skipped,
    // none known means the defaults.
    void apply(const std::vector<std::string>& keys);
    void reset();

signals:
    // The user changed columns: the layout is worth saving.
    void changed();

private:
    QTableView* m_view;
    QueueModel* m_model;
};

} // namespace closeloop
