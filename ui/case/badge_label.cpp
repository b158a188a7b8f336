// SPDX-License-Identifier: GPL-3.0-or-later
#include "badge_label.h"

#include <QEvent>
#include <QPainter>

namespace closeloop {

BadgeLabel::BadgeLabel(QWidget* parent)
    : QWidget(parent)
    , m_color(0x6B, 0x77, 0x85)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void BadgeLabel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text);
    updateGeometry();
    update();
}

void BadgeLabel::setColor(const QColor& color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
}

QFont BadgeLabel::badgeFont() const
{
    QFont f = font();
    f.setBold(true);
    return f;
}

QSize BadgeLabel::sizeHint() const
{
    const QFontMetrics fm(badgeFont());
    return QSize(fm.horizontalAdvance(m_text) + 2 * (fm.height() / 2 + 2), fm.height() + 6);
}

void BadgeLabel::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(m_color);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
    p.setPen(Qt::white);
    p.setFont(badgeFont());
    p.drawText(rect(), Qt::AlignCenter | Qt::TextSingleLine, m_text);
}

void BadgeLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace closeloop
