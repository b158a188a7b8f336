// SPDX-License-Identifier: GPL-3.0-or-later
// A rounded, coloured badge with white bold text (severity, "Known exploited",
// "Unowned"), drawn like the queue's severity column. The text is painted as
// plain text, so a badge can never render markup.
#pragma once

#include <QColor>
#include <QWidget>

namespace closeloop {

class BadgeLabel : public QWidget
{
    Q_OBJECT
public:
    explicit BadgeLabel(QWidget* parent = nullptr);
    void setText(const QString& text);
    QString text() const { return m_text; }
    void setColor(const QColor& color);
    QColor color() const { return m_color; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QFont badgeFont() const;
    QString m_text;
    QColor m_color;
};

} // namespace closeloop
