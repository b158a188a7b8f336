// SPDX-License-Identifier: GPL-3.0-or-later
// The saved views on the left of the queue, each with its count: My queue,
// New, Known exploited, Unowned, Pending verification, All, and the
// analyst's own.
#pragma once

#include "triage/saved_views.h"

#include <QListView>

class QStandardItemModel;

namespace closeloop {

class ViewList : public QListView
{
    Q_OBJECT
public:
    enum Role { ViewIdRole = Qt::UserRole + 1, CountRole, BuiltinRole };

    explicit ViewList(QWidget* parent = nullptr);

    void setViews(const std::vector<SavedView>& views);
    const std::vector<SavedView>& views() const { return m_views; }
    // -1: not counted yet.
    void setCount(std::int64_t viewId, qint64 count);
    void selectView(std::int64_t viewId);
    std::optional<SavedView> currentView() const;

signals:
    void viewChosen(const closeloop::SavedView& view);
    void deleteRequested(const closeloop::SavedView& view);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QStandardItemModel* m_model;
    std::vector<SavedView> m_views;
};

} // namespace closeloop
