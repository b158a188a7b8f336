// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_decision_dialog.h"

#include "exception_vocabulary.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace closeloop {

namespace {

// Everything in a request was typed by someone or came from a feed: plain
// text only.
QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

ExceptionDecisionDialog::ExceptionDecisionDialog(Decision decision, const ExceptionRecord& exception, QWidget* parent)
    : QDialog(parent)
    , m_decision(decision)
    , m_exception(exception)
{
    QString title;
    QString ok;
    switch (decision) {
    case Decision::Approve:
        title = tr("Approve exception %1").arg(exception.id);
        ok = tr("&Approve");
        break;
    case Decision::Reject:
        title = tr("Reject exception %1").arg(exception.id);
        ok = tr("Re&ject");
        break;
    case Decision::Revoke:
        title = tr("Revoke exception %1").arg(exception.id);
        ok = tr("Re&voke");
        break;
    }
    setWindowTitle(title);

    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto* form = new QFormLayout;
    form->addRow(tr("Scope:"), plainLabel(ExceptionVocabulary::scope(exception), this));
    QString tier = ExceptionVocabulary::tier(QString::fromStdString(exception.tier));
    if (!exception.tierRule.empty())
        tier = tr("%1 (policy rule %2)").arg(tier, QString::fromStdString(exception.tierRule));
    form->addRow(tr("Tier:"), plainLabel(tier, this));
    form->addRow(tr("State:"), plainLabel(ExceptionVocabulary::state(QString::fromStdString(exception.state)), this));
    form->addRow(tr("Requested by:"),
                 plainLabel(tr("%1 on %2").arg(QString::fromStdString(exception.requestedBy),
                                               ExceptionVocabulary::localTime(exception.requestedAt, zone)),
                            this));
    form->addRow(tr("Expires:"), plainLabel(ExceptionVocabulary::localTime(exception.expiresAt, zone), this));
    auto* justification = new QPlainTextEdit(this);
    justification->setObjectName(QStringLiteral("justification"));
    justification->setPlainText(QString::fromStdString(exception.justification));
    justification->setReadOnly(true);
    justification->setTabChangesFocus(true);
    justification->setFixedHeight(justification->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Justification:"), justification);
    if (!exception.compensatingControls.empty())
        form->addRow(tr("Compensating controls:"), plainLabel(QString::fromStdString(exception.compensatingControls), this));
    if (exception.source == "vex")
        form->addRow(tr("Source:"), plainLabel(tr("VEX statement %1").arg(QString::fromStdString(exception.provenance)), this));

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_reason->setPlaceholderText(decision == Decision::Approve ? tr("Optional") : tr("Required"));
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(ok);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ExceptionDecisionDialog::validate);
    m_reason->setFocus();
    validate();
}

void ExceptionDecisionDialog::setCurrentUser(const QString& user)
{
    m_user = user;
    validate();
}

QString ExceptionDecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString ExceptionDecisionDialog::problem() const
{
    const bool deciding = m_decision != Decision::Revoke;
    if (deciding && m_exception.state != "requested")
        return tr("Only a request awaiting a decision can be approved or rejected.");
    if (!deciding && m_exception.state != "active" && m_exception.state != "requested")
        return tr("Only an active or requested exception can be revoked.");
    if (deciding && !m_user.isEmpty() && QString::fromStdString(m_exception.requestedBy) == m_user)
        return tr("You requested this exception: another manager must decide it (four eyes).");
    if (m_decision != Decision::Approve && reason().isEmpty())
        return tr("Give a reason.");
    if (reason().size() > MaxReasonLength)
        return tr("Keep the reason under %n characters.", nullptr, MaxReasonLength);
    return {};
}

void ExceptionDecisionDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace closeloop
