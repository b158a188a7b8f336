// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcut_sheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace closeloop {

ShortcutSheet::ShortcutSheet(const QList<QPair<QString, QList<QAction*>>>& groups, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* table = new QTableWidget(this);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setShowGrid(false);
    table->setFocusPolicy(Qt::NoFocus);
    int row = 0;
    for (const auto& [heading, actions] : groups) {
        table->insertRow(row);
        auto* head = new QTableWidgetItem(heading);
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        table->setItem(row, 0, head);
        table->setSpan(row, 0, 1, 2);
        ++row;
        for (QAction* a : actions) {
            QStringList keys;
            for (const QKeySequence& k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            if (keys.isEmpty())
                continue;
            table->insertRow(row);
            auto* keyItem = new QTableWidgetItem(keys.join(QStringLiteral(", ")));
            QFont mono = keyItem->font();
            mono.setFamily(QStringLiteral("monospace"));
            keyItem->setFont(mono);
            table->setItem(row, 0, keyItem);
            table->setItem(row, 1, new QTableWidgetItem(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))));
            ++row;
        }
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 620);
}

} // namespace closeloop
