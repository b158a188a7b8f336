// SPDX-License-Identifier: GPL-3.0-or-later
// Asks for an exception, or for the renewal of one: the scope (the selected
// findings, a CVE or a rule, in one service or all), why, what compensates,
// and until when. Ok stays disabled until the request could be accepted as
// far as the form can tell; the core checks it again and sets the tier.
#pragma once

#include "exceptions/exception_service.h"

#include <QDateTime>
#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace closeloop {

class ExceptionRequestDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int DefaultDays = 30;
    static constexpr int MaxTextLength = 4000;

    explicit ExceptionRequestDialog(QWidget* parent = nullptr);

    // The findings chosen in the queue; without any, that scope is not offered.
    void setSelectedFindings(const std::vector<std::int64_t>& ids);
    // Prefills a scope ("findings", "cve" or "rule") and its value and service.
    void setScope(const QString& kind, const QString& value, const QString& service);
    // Offered as completions; any name may be typed, empty means all services.
    void setServices(const QStringList& services);
    // A renewal: the scope of the previous exception, fixed, and a new
    // justification (the old one is shown, not reused).
    void setRenewalOf(const ExceptionRecord& previous);
    // The instant expiry is checked against (default: when the dialog opened);
    // the expiry field starts at now + 30 days.
    void setNow(const QDateTime& now);
    // The latest expiry the form accepts, when the caller knows the tier's.
    void setMaximumExpiry(const QDateTime& latest);

    bool isRenewal() const { return m_renewalOf != 0; }
    qint64 renewalOf() const { return m_renewalOf; }
    // Why Ok is disabled; empty when the request is complete.
    QString problem() const;
    // The request as the core takes it, for actor.
    ExceptionRequest request(const std::string& actor) const;

private:
    void validate();
    QString scopeKind() const;

    QComboBox* m_scopeKind = nullptr;
    QLineEdit* m_scopeValue = nullptr;
    QLabel* m_scopeValueLabel = nullptr;
    QComboBox* m_service = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QLabel* m_previous = nullptr;
    QPlainTextEdit* m_controls = nullptr;
    QDateTimeEdit* m_expiry = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    std::vector<std::int64_t> m_findingIds;
    qint64 m_renewalOf = 0;
    QString m_previousJustification;
    QDateTime m_now;
    std::optional<QDateTime> m_latest;
};

} // namespace closeloop
