// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage_dialog.h"

#include "queue/queue_model.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace closeloop {

TriageDialog::TriageDialog(Kind kind, std::vector<std::int64_t> ids, QString actor, PreviewFn preview, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_ids(std::move(ids))
    , m_actor(std::move(actor))
    , m_preview(std::move(preview))
{
    const int n = int(std::min<std::size_t>(m_ids.size(), INT_MAX));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    switch (kind) {
    case Kind::SetStatus:
        setWindowTitle(tr("Set Status of %n Finding(s)", nullptr, n));
        m_status = new QComboBox(this);
        for (const auto& s : manualStatuses())
            m_status->addItem(QueueModel::statusLabel(s), QString::fromStdString(s));
        form->addRow(tr("&Status:"), m_status);
        m_reason = new QLineEdit(this);
        m_reason->setPlaceholderText(tr("Why (required, kept in the audit trail)"));
        form->addRow(tr("&Reason:"), m_reason);
        break;
    case Kind::AssignOwner:
    case Kind::AssignPerson:
        setWindowTitle(kind == Kind::AssignOwner ? tr("Assign Owner to %n Finding(s)", nullptr, n)
                                                 : tr("Assign %n Finding(s)", nullptr, n));
        m_value = new QLineEdit(this);
        m_value->setPlaceholderText(kind == Kind::AssignOwner ? tr("Team, e.g. group:default/team-payments")
                                                              : tr("Person; empty to unassign"));
        form->addRow(kind == Kind::AssignOwner ? tr("&Owner:") : tr("&Assignee:"), m_value);
        m_reason = new QLineEdit(this);
        m_reason->setPlaceholderText(tr("Optional"));
        form->addRow(tr("&Reason:"), m_reason);
        break;
    case Kind::AddNote:
        setWindowTitle(tr("Add a Note to %n Finding(s)", nullptr, n));
        break;
    }
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(kind == Kind::AddNote ? tr("The note") : tr("Optional note"));
    m_note->setFixedHeight(kind == Kind::AddNote ? 110 : 64);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_previewLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &TriageDialog::updatePreview);
    auto changed = [this] {
        updateValid();
        m_previewTimer->start();
    };
    if (m_status)
        connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    if (m_value)
        connect(m_value, &QLineEdit::textChanged, this, changed);
    if (m_reason)
        connect(m_reason, &QLineEdit::textChanged, this, changed);
    connect(m_note, &QPlainTextEdit::textChanged, this, changed);
    setMinimumWidth(460);
    updateValid();
    updatePreview();
}

void TriageDialog::setInitialValue(const QString& value)
{
    if (m_status) {
        const int i = m_status->findData(value);
        if (i >= 0)
            m_status->setCurrentIndex(i);
        m_reason->setFocus();
    } else if (m_value) {
        m_value->setText(value);
        m_value->selectAll();
    }
    updateValid();
    updatePreview();
}

void TriageDialog::setSuggestions(const QStringList& values)
{
    if (!m_value)
        return;
    auto* completer = new QCompleter(values, m_value);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_value->setCompleter(completer);
}

TriageRequest TriageDialog::request() const
{
    TriageRequest r;
    r.findingIds = m_ids;
    r.actor = m_actor.toStdString();
    r.note = m_note->toPlainText().trimmed().toStdString();
    if (m_reason)
        r.reason = m_reason->text().trimmed().toStdString();
    switch (m_kind) {
    case Kind::SetStatus:
        r.changes.push_back({TriageField::Status, m_status->currentData().toString().toStdString()});
        break;
    case Kind::AssignOwner:
        r.changes.push_back({TriageField::Owner, m_value->text().trimmed().toStdString()});
        break;
    case Kind::AssignPerson:
        r.changes.push_back({TriageField::Assignee, m_value->text().trimmed().toStdString()});
        break;
    case Kind::AddNote:
        break;
    }
    return r;
}

QString TriageDialog::previewText() const
{
    return m_previewLabel->text();
}

void TriageDialog::updateValid()
{
    bool ok = true;
    if (m_kind == Kind::SetStatus)
        ok = !m_reason->text().trimmed().isEmpty();
    if (m_kind == Kind::AddNote)
        ok = !m_note->toPlainText().trimmed().isEmpty();
    if (m_kind == Kind::AssignOwner)
        ok = !m_value->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void TriageDialog::updatePreview()
{
    if (!m_preview)
        return;
    TriageRequest r = request();
    if (r.changes.empty() && r.note.empty())
        r.note = "(preview)";
    try {
        const TriagePreview p = m_preview(r);
        QString text = tr("%n finding(s) selected", nullptr, int(p.selected));
        text += QStringLiteral("; ") + tr("%n will change", nullptr, int(p.changing));
        if (p.missing > 0)
            text += QStringLiteral("; ") + tr("%n no longer exist", nullptr, int(p.missing));
        text += QLatin1Char('.');
        if (p.changing > 0)
            text += QLatin1Char(' ') + tr("You can undo this with Ctrl+Z.");
        m_previewLabel->setText(text);
    } catch (const std::exception& e) {
        m_previewLabel->setText(tr("Cannot preview: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace closeloop
