// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the widget tests: the dark theme they paint with (colours
// that carry meaning and text taken from the palette are looked at on it too)
// and screenshots for a person to look at, in the build's screenshots folder.
#pragma once

#include <QColor>
#include <QDir>
#include <QPalette>
#include <QPixmap>
#include <QString>
#include <QWidget>

namespace closeloop::test {

inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x26, 0x28, 0x2c));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1d, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2f, 0x34));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa8));
    dark.setColor(QPalette::Mid, QColor(0x44, 0x48, 0x4e));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    for (auto role : {QPalette::ButtonText, QPalette::Text, QPalette::WindowText})
        dark.setColor(QPalette::Disabled, role, QColor(0x6e, 0x73, 0x7a));
    return dark;
}

// Saves what w shows as CLOSELOOP_SCREENSHOT_DIR/name; returns the path.
inline QString saveScreenshot(QWidget& w, const QString& name)
{
    QDir().mkpath(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR));
    const QString path = QStringLiteral(CLOSELOOP_SCREENSHOT_DIR "/") + name;
    if (!w.grab().save(path))
        qFatal("cannot save %s", qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
    return path;
}

} // namespace closeloop::test
