// SPDX-License-Identifier: GPL-3.0-or-later
// Approve, reject or revoke one exception, with the reason the audit log
// keeps. Shows what is being decided (scope, tier, requester, justification
// as plain text) and mirrors the core's four-eyes rule: the requester cannot
// approve or reject their own request here either.
#pragma once

#include "exceptions/exception_types.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace closeloop {

class ExceptionDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Decision { Approve, Reject, Revoke };
    static constexpr int MaxReasonLength = 2000;

    ExceptionDecisionDialog(Decision decision, const ExceptionRecord& exception, QWidget* parent = nullptr);

    void setCurrentUser(const QString& user);
    Decision decision() const { return m_decision; }
    qint64 exceptionId() const { return m_exception.id; }
    QString reason() const;
    // Why Ok is disabled; empty when the decision can be sent.
    QString problem() const;

private:
    void validate();

    Decision m_decision;
    ExceptionRecord m_exception;
    QString m_user;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace closeloop
