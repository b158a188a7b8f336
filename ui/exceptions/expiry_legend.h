// SPDX-License-Identifier: GPL-3.0-or-later
// The key under the expiry calendar: what each tint, the dot and the dashed
// outline mean. Painted from the same palette-aware colours as the cells.
#pragma once

#include <QWidget>

namespace closeloop {

class ExpiryLegend : public QWidget
{
    Q_OBJECT
public:
    explicit ExpiryLegend(QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Entry
    {
        enum Mark { Tint, Dot, Today } mark;
        int urgency; // ExpiryUrgency for Tint
        QString text;
    };
    QList<Entry> entries() const;
    // Lays the entries out in rows for a width; returns the height used.
    int layoutEntries(int width, QList<QRect>* swatches, QList<QRect>* labels) const;
};

} // namespace closeloop
