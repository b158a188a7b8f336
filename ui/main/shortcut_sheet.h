// SPDX-License-Identifier: GPL-3.0-or-later
// The "?" sheet: every keyboard shortcut of the window, read from its
// actions so the sheet can never disagree with what the keys do.
#pragma once

#include <QDialog>

namespace closeloop {

class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    // Groups of actions, each shown under its heading, in order.
    ShortcutSheet(const QList<QPair<QString, QList<QAction*>>>& groups, QWidget* parent = nullptr);
};

} // namespace closeloop
