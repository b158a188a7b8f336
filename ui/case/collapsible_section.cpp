// SPDX-License-Identifier: GPL-3.0-or-later
#include "collapsible_section.h"

#include <QKeyEvent>
#include <QPainter>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace closeloop {

CollapsibleSection::CollapsibleSection(const QString& id, bool expandedByDefault, QWidget* parent)
    : QWidget(parent)
    , m_id(id)
{
    setObjectName(id);
    m_expanded = QSettings().value(settingsKey(id), expandedByDefault).toBool();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(0);

    m_header = new QToolButton(this);
    m_header->setObjectName(id + QStringLiteral("Header"));
    // Not checkable: a checked tool button draws as pressed, and an open panel is not a pressed button.
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_header->setFocusPolicy(Qt::StrongFocus);
    QFont f = m_header->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.08);
    m_header->setFont(f);
    m_header->installEventFilter(this);
    layout->addWidget(m_header);

    m_body = new QWidget(this);
    m_body->setObjectName(id + QStringLiteral("Body"));
    m_bodyLayout = new QVBoxLayout(m_body);
    // Indented under the title text, past the chevron.
    m_bodyLayout->setContentsMargins(24, 4, 8, 12);
    m_bodyLayout->setSpacing(8);
    layout->addWidget(m_body);
    m_body->setVisible(m_expanded);

    connect(m_header, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    updateHeader();
}

QString CollapsibleSection::settingsKey(const QString& id)
{
    return QStringLiteral("case/panels/") + id;
}

void CollapsibleSection::setTitle(const QString& title)
{
    m_title = title;
    updateHeader();
}

void CollapsibleSection::setHint(const QString& hint)
{
    if (hint == m_hint)
        return;
    m_hint = hint;
    updateHeader();
}

void CollapsibleSection::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_body->setVisible(expanded);
    updateHeader();
    QSettings().setValue(settingsKey(m_id), expanded);
    emit expandedChanged(expanded);
}

void CollapsibleSection::updateHeader()
{
    m_header->setArrowType(m_expanded ? Qt::DownArrow : Qt::RightArrow);
    // The hint is ours (a count), never feed text; the title is a tr() string.
    m_header->setText(m_hint.isEmpty() ? m_title : tr("%1 · %2").arg(m_title, m_hint));
    m_header->setAccessibleName(m_title);
    m_header->setAccessibleDescription(m_expanded ? tr("Expanded; press Space to fold") : tr("Folded; press Space to expand"));
}

bool CollapsibleSection::eventFilter(QObject* watched, QEvent* event)
{
    // Space is the button's own key; Enter folds too, as in tree views.
    if (watched == m_header && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            setExpanded(!m_expanded);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CollapsibleSection::paintEvent(QPaintEvent*)
{
    // A hairline above each panel, from the palette so it suits dark themes.
    QPainter p(this);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, 0, width() - 1, 0);
}

} // namespace closeloop
