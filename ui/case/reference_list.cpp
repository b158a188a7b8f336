// SPDX-License-Identifier: GPL-3.0-or-later
#include "reference_list.h"

#include "case_field_form.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace closeloop {

ReferenceList::ReferenceList(QWidget* parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

QUrl ReferenceList::openableUrl(const QString& reference)
{
    const QString trimmed = reference.trimmed();
    // Whitespace or controls inside would let the shown text differ from
    // what opens.
    for (const QChar c : trimmed) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return {};
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    return url;
}

ReferenceList::Row& ReferenceList::rowAt(int index)
{
    while (int(m_rows.size()) <= index) {
        Row row;
        row.widget = new QWidget(this);
        auto* h = new QHBoxLayout(row.widget);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(4);
        row.text = CaseFieldForm::makeValueLabel(row.widget, CaseFieldForm::Value::Copyable);
        row.text->setObjectName(QStringLiteral("reference"));
        row.copy = new QToolButton(row.widget);
        row.copy->setObjectName(QStringLiteral("copyReference"));
        row.copy->setAutoRaise(true);
        row.open = new QToolButton(row.widget);
        row.open->setObjectName(QStringLiteral("openReference"));
        row.open->setAutoRaise(true);
        // The actions sit by their reference, not at the far edge of a wide
        // window: the text takes up to its one-line width (see setReferences)
        // and wraps only when the panel is narrower than that.
        h->addWidget(row.text, 100, Qt::AlignVCenter);
        h->addWidget(row.copy, 0, Qt::AlignVCenter);
        h->addWidget(row.open, 0, Qt::AlignVCenter);
        h->addStretch(1);
        QLabel* label = row.text;
        connect(row.copy, &QToolButton::clicked, this, [label] { QGuiApplication::clipboard()->setText(label->text()); });
        connect(row.open, &QToolButton::clicked, this, [this, label] {
            const QUrl url = openableUrl(label->text());
            if (url.isEmpty())
                return;
            emit opened(url);
            QDesktopServices::openUrl(url);
        });
        m_layout->addWidget(row.widget);
        m_rows.push_back(row);
    }
    return m_rows[std::size_t(index)];
}

void ReferenceList::setReferences(const QStringList& references)
{
    m_count = int(references.size());
    for (int i = 0; i < m_count; ++i) {
        Row& row = rowAt(i);
        const bool link = !openableUrl(references[i]).isEmpty();
        row.text->setText(references[i]);
        row.text->setMaximumWidth(row.text->fontMetrics().horizontalAdvance(references[i]) + 8);
        row.text->setForegroundRole(link ? QPalette::Link : QPalette::WindowText);
        row.open->setVisible(link);
        row.widget->setVisible(true);
    }
    for (std::size_t i = std::size_t(m_count); i < m_rows.size(); ++i)
        m_rows[i].widget->setVisible(false);
    retranslate();
}

void ReferenceList::retranslate()
{
    for (const Row& row : m_rows) {
        row.copy->setText(tr("Copy"));
        row.copy->setToolTip(tr("Copy this reference"));
        row.open->setText(tr("Open"));
        row.open->setToolTip(tr("Open in the web browser"));
    }
}

} // namespace closeloop
