// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_edit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>
#include <QTimer>

namespace closeloop {

FilterEdit::FilterEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_applyTimer(new QTimer(this))
    , m_popupModel(new QStringListModel(this))
{
    setClearButtonEnabled(true);
    setObjectName(QStringLiteral("filterEdit"));
    m_applyTimer->setSingleShot(true);
    // Long enough not to run a query per keystroke while typing a word,
    // short enough to feel immediate.
    m_applyTimer->setInterval(180);
    connect(m_applyTimer, &QTimer::timeout, this, &FilterEdit::applyNow);
    connect(this, &QLineEdit::textEdited, this, &FilterEdit::onTextEdited);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.isEmpty() && !m_appliedText.isEmpty()) {
            validate();
            m_applyTimer->start();
        }
    });

    m_popup = new QCompleter(m_popupModel, this);
    m_popup->setWidget(this);
    m_popup->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_popup->setCaseSensitivity(Qt::CaseInsensitive);
    m_popup->setMaxVisibleItems(12);
    connect(m_popup, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& shown) {
        // Shown as "candidate — description"; insert the candidate.
        const int i = m_suggestions.candidates.indexOf(shown.section(QStringLiteral("  —  "), 0, 0));
        insertSuggestion(i >= 0 ? m_suggestions.candidates[i] : shown);
    });
}

void FilterEdit::setFilterText(const QString& text)
{
    m_typing = false;
    setText(text);
    validate();
    applyNow();
}

void FilterEdit::onTextEdited()
{
    m_typing = true;
    validate();
    showSuggestions();
    m_applyTimer->start();
}

void FilterEdit::validate()
{
    if (!m_check)
        return;
    m_last = m_check(text(), m_typing);
    setState(m_last.ok, text().trimmed().isEmpty());
    if (m_last.ok) {
        setToolTip(tr("Filter: fields such as severity:critical, kev:yes, owner:team, status:new, epss>0.5, "
                      "first_seen<2026-10-01, free text in quotes; - negates. Press Down for suggestions."));
    } else {
        setToolTip(m_last.message);
        emit filterInvalid(m_last.message);
    }
}

void FilterEdit::setState(bool ok, bool empty)
{
    // The palette frame is not visible in every style; a coloured border
    // is, and leaves the text colour to the theme.
    if (empty)
        setStyleSheet(QString());
    else if (ok)
        setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #2E8B57; border-radius: 3px; padding: 2px 4px; }"));
    else
        setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #C0392B; border-radius: 3px; padding: 2px 4px; }"));
    // Underline the bad part by selecting it would steal the cursor; the
    // message carries the position instead, and the text is left alone.
}

void FilterEdit::applyNow()
{
    m_applyTimer->stop();
    if (!m_check)
        return;
    if (!m_last.ok)
        return;
    m_appliedText = text();
    emit filterApplied(m_last, m_appliedText);
}

void FilterEdit::showSuggestions()
{
    if (!m_complete)
        return;
    m_suggestions = m_complete(text(), cursorPosition());
    if (m_suggestions.candidates.isEmpty()) {
        m_popup->popup()->hide();
        return;
    }
    QStringList shown;
    for (int i = 0; i < m_suggestions.candidates.size(); ++i) {
        const QString d = i < m_suggestions.descriptions.size() ? m_suggestions.descriptions[i] : QString();
        shown << (d.isEmpty() ? m_suggestions.candidates[i] : m_suggestions.candidates[i] + QStringLiteral("  —  ") + d);
    }
    m_popupModel->setStringList(shown);
    QRect r = cursorRect();
    r.setWidth(std::max(320, width() / 2));
    m_popup->complete(r);
}

void FilterEdit::insertSuggestion(const QString& candidate)
{
    QString t = text();
    t.replace(m_suggestions.replaceStart, m_suggestions.replaceLength, candidate);
    setText(t);
    setCursorPosition(m_suggestions.replaceStart + int(candidate.size()));
    validate();
    m_applyTimer->start();
    // A field name ends with ':' and goes straight on to its values.
    if (candidate.endsWith(QLatin1Char(':')))
        QTimer::singleShot(0, this, &FilterEdit::showSuggestions);
}

void FilterEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_popup->popup()->isVisible()) {
        // The popup handles Up/Down/Enter/Escape itself.
        QLineEdit::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Down || (event->key() == Qt::Key_Space && event->modifiers() & Qt::ControlModifier)) {
        showSuggestions();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        m_typing = false;
        validate();
        applyNow();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void FilterEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
}

} // namespace closeloop
