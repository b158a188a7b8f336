// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_columns.h"

#include "queue_model.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace closeloop {

namespace {

int defaultWidth(QueueColumn c)
{
    switch (c) {
    case QueueColumn::Severity: return 96;
    case QueueColumn::Kev: return 52;
    case QueueColumn::Title: return 420;
    case QueueColumn::Status: return 130;
    case QueueColumn::Service:
    case QueueColumn::Owner:
    case QueueColumn::Rule: return 150;
    case QueueColumn::Asset: return 240;
    case QueueColumn::Package: return 220;
    case QueueColumn::Cves: return 140;
    case QueueColumn::Assignee: return 110;
    case QueueColumn::Epss:
    case QueueColumn::Id: return 70;
    case QueueColumn::Tool: return 90;
    case QueueColumn::Age: return 80;
    case QueueColumn::SlaDue: return 110;
    case QueueColumn::Path: return 80;
    case QueueColumn::SlaClass: return 110;
    default: return 100;
    }
}

// Where each column stands by default: the SLA columns next to the status
// they qualify, though the model lists them last (see queueColumns()).
std::vector<QueueColumn> defaultOrder()
{
    std::vector<QueueColumn> order;
    for (const auto& info : queueColumns()) {
        if (info.column == QueueColumn::SlaDue || info.column == QueueColumn::Path || info.column == QueueColumn::SlaClass)
            continue;
        order.push_back(info.column);
        if (info.column == QueueColumn::Status) {
            order.push_back(QueueColumn::SlaDue);
            order.push_back(QueueColumn::Path);
            order.push_back(QueueColumn::SlaClass);
        }
    }
    return order;
}

} // namespace

QueueColumns::QueueColumns(QTableView* view, QueueModel* model, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
{
}

void QueueColumns::showMenu(const QPoint& pos, QAction* reset)
{
    auto* header = m_view->horizontalHeader();
    QMenu menu(m_view);
    menu.setObjectName(QStringLiteral("columnChooser"));
    for (const auto& info : queueColumns()) {
        const int section = m_model->sectionOf(info.column);
        QAction* a = menu.addAction(QueueModel::columnTitle(info.column));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(section));
        // The last visible column cannot go: an empty table helps nobody.
        a->setEnabled(header->isSectionHidden(section) || header->count() - header->hiddenSectionCount() > 1);
        connect(a, &QAction::toggled, this, [this, header, section](bool on) {
            header->setSectionHidden(section, !on);
            if (on && header->sectionSize(section) < 40)
                header->resizeSection(section, 120);
            emit changed();
        });
    }
    menu.addSeparator();
    menu.addAction(reset);
    menu.exec(header->mapToGlobal(pos));
}

std::vector<std::string> QueueColumns::visible() const
{
    const auto* header = m_view->horizontalHeader();
    std::vector<std::string> out;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            out.emplace_back(queueColumnKey(m_model->columnAt(logical)));
    }
    return out;
}

void QueueColumns::apply(const std::vector<std::string>& keys)
{
    auto* header = m_view->horizontalHeader();
    QSignalBlocker block(header);
    for (int s = 0; s < header->count(); ++s)
        header->setSectionHidden(s, true);
    int visual = 0;
    for (const auto& key : keys) {
        const auto col = queueColumnFromKey(key);
        if (!col)
            continue;
        const int logical = m_model->sectionOf(*col);
        header->setSectionHidden(logical, false);
        header->moveSection(header->visualIndex(logical), visual++);
    }
    if (visual == 0)
        reset();
}

void QueueColumns::reset()
{
    auto* header = m_view->horizontalHeader();
    {
        QSignalBlocker block(header);
        int visual = 0;
        for (const QueueColumn column : defaultOrder()) {
            const int logical = m_model->sectionOf(column);
            header->moveSection(header->visualIndex(logical), visual++);
        }
        for (const auto& info : queueColumns()) {
            const int logical = m_model->sectionOf(info.column);
            header->setSectionHidden(logical, !info.visibleByDefault);
            header->resizeSection(logical, defaultWidth(info.column));
        }
    }
    emit changed();
}

} // namespace closeloop
