// SPDX-License-Identifier: GPL-3.0-or-later
#include "expiry_legend.h"

#include "exception_vocabulary.h"

#include <QEvent>
#include <QPainter>

namespace closeloop {

namespace {
constexpr int Gap = 14;      // between entries
constexpr int SwatchGap = 6; // between a swatch and its text
constexpr int RowGap = 4;
}

ExpiryLegend::ExpiryLegend(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Calendar legend"));
}

QList<ExpiryLegend::Entry> ExpiryLegend::entries() const
{
    return {
        {Entry::Tint, int(ExpiryUrgency::Expired), tr("Expired")},
        {Entry::Tint, int(ExpiryUrgency::Within7Days), tr("Within 7 days")},
        {Entry::Tint, int(ExpiryUrgency::Within30Days), tr("Within 30 days")},
        {Entry::Tint, int(ExpiryUrgency::Later), tr("Later")},
        {Entry::Dot, 0, tr("Awaiting decision")},
        {Entry::Today, 0, tr("Today")},
    };
}

int ExpiryLegend::layoutEntries(int width, QList<QRect>* swatches, QList<QRect>* labels) const
{
    const QFontMetrics fm(font());
    const int h = fm.height();
    const int swatch = h;
    int x = 0;
    int y = 0;
    for (const Entry& e : entries()) {
        const int w = swatch + SwatchGap + fm.horizontalAdvance(e.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += h + RowGap;
        }
        if (swatches)
            swatches->append(QRect(x, y, swatch, h));
        if (labels)
            labels->append(QRect(x + swatch + SwatchGap, y, w - swatch - SwatchGap, h));
        x += w + Gap;
    }
    return y + h;
}

QSize ExpiryLegend::sizeHint() const
{
    int width = 0;
    const QFontMetrics fm(font());
    for (const Entry& e : entries())
        width += fm.height() + SwatchGap + fm.horizontalAdvance(e.text) + Gap;
    return {width - Gap, fm.height()};
}

QSize ExpiryLegend::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.height() * 8, fm.height()};
}

int ExpiryLegend::heightForWidth(int width) const
{
    return layoutEntries(width, nullptr, nullptr);
}

void ExpiryLegend::paintEvent(QPaintEvent*)
{
    QList<QRect> swatches;
    QList<QRect> labels;
    layoutEntries(width(), &swatches, &labels);
    const QList<Entry> all = entries();
    const QPalette pal = palette();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Entry& e = all[i];
        const QRectF s = QRectF(swatches[i]).adjusted(1.5, 1.5, -1.5, -1.5);
        switch (e.mark) {
        case Entry::Tint:
            // The cell's tint over the cell's base, framed so a light tint
            // still shows its edge.
            p.fillRect(s, pal.brush(QPalette::Base));
            p.fillRect(s, ExceptionVocabulary::urgencyTint(ExpiryUrgency(e.urgency), pal));
            p.setPen(QPen(ExceptionVocabulary::urgencyColor(ExpiryUrgency(e.urgency)), 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(s);
            break;
        case Entry::Dot:
            p.setPen(Qt::NoPen);
            p.setBrush(pal.color(QPalette::Highlight));
            p.drawEllipse(s.center(), 3.5, 3.5);
            break;
        case Entry::Today:
            p.setPen(QPen(pal.color(QPalette::Text), 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(s);
            break;
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(labels[i], Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
}

void ExpiryLegend::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace closeloop
