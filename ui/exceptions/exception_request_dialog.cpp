// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_request_dialog.h"

#include "exception_vocabulary.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

namespace closeloop {

namespace {

QPlainTextEdit* textEdit(QWidget* parent, const char* name, int lines)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

} // namespace

ExceptionRequestDialog::ExceptionRequestDialog(QWidget* parent)
    : QDialog(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
    setWindowTitle(tr("Request an exception"));

    m_scopeKind = new QComboBox(this);
    m_scopeKind->setObjectName(QStringLiteral("scopeKind"));
    m_scopeKind->addItem(tr("Selected findings"), QStringLiteral("findings"));
    m_scopeKind->addItem(tr("A CVE"), QStringLiteral("cve"));
    m_scopeKind->addItem(tr("A rule"), QStringLiteral("rule"));
    m_scopeValue = new QLineEdit(this);
    m_scopeValue->setObjectName(QStringLiteral("scopeValue"));
    m_scopeValue->setMaxLength(200);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setEditable(true);
    m_service->setInsertPolicy(QComboBox::NoInsert);
    m_service->lineEdit()->setMaxLength(200);
    m_service->lineEdit()->setPlaceholderText(tr("All services"));
    m_justification = textEdit(this, "justification", 4);
    m_justification->setPlaceholderText(tr("Why the risk is acceptable until the expiry"));
    m_previous = new QLabel(this);
    m_previous->setObjectName(QStringLiteral("previousJustification"));
    m_previous->setTextFormat(Qt::PlainText); // requests are user text: never HTML
    m_previous->setWordWrap(true);
    m_previous->hide();
    m_controls = textEdit(this, "compensatingControls", 3);
    m_controls->setPlaceholderText(tr("For example: WAF rule blocks the vulnerable path"));
    m_expiry = new QDateTimeEdit(this);
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Scope:"), m_scopeKind);
    m_scopeValueLabel = new QLabel(tr("CVE or &rule:"), this);
    m_scopeValueLabel->setBuddy(m_scopeValue);
    form->addRow(m_scopeValueLabel, m_scopeValue);
    form->addRow(tr("Ser&vice:"), m_service);
    form->addRow(tr("&Justification:"), m_justification);
    form->addRow(QString(), m_previous);
    form->addRow(tr("&Compensating controls:"), m_controls);
    form->addRow(tr("&Expires:"), m_expiry);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, &ExceptionRequestDialog::validate);
    connect(m_scopeValue, &QLineEdit::textChanged, this, &ExceptionRequestDialog::validate);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &ExceptionRequestDialog::validate);
    connect(m_controls, &QPlainTextEdit::textChanged, this, &ExceptionRequestDialog::validate);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &ExceptionRequestDialog::validate);

    setSelectedFindings({});
    setNow(m_now);
}

QString ExceptionRequestDialog::scopeKind() const
{
    return m_scopeKind->currentData().toString();
}

void ExceptionRequestDialog::setSelectedFindings(const std::vector<std::int64_t>& ids)
{
    m_findingIds = ids;
    m_scopeKind->setItemText(0, tr("Selected findings (%n)", nullptr, int(ids.size())));
    // The queue's selection is what the user meant when there is one;
    // without it, a CVE is the likeliest scope.
    m_scopeKind->setCurrentIndex(ids.empty() ? 1 : 0);
    validate();
}

void ExceptionRequestDialog::setScope(const QString& kind, const QString& value, const QString& service)
{
    const int index = m_scopeKind->findData(kind);
    if (index >= 0)
        m_scopeKind->setCurrentIndex(index);
    m_scopeValue->setText(value);
    m_service->setCurrentText(service);
    validate();
}

void ExceptionRequestDialog::setServices(const QStringList& services)
{
    const QString current = m_service->currentText();
    m_service->clear();
    m_service->addItems(services);
    m_service->setCurrentText(current);
    m_service->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_service->completer()->setFilterMode(Qt::MatchContains);
}

void ExceptionRequestDialog::setRenewalOf(const ExceptionRecord& previous)
{
    m_renewalOf = previous.id;
    m_previousJustification = QString::fromStdString(previous.justification);
    setWindowTitle(tr("Renew exception %1").arg(previous.id));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request renewal"));
    if (previous.scopeKind == "findings") {
        std::vector<std::int64_t> none;
        setSelectedFindings(none); // the core renews the same findings
        m_scopeKind->setItemText(0, tr("Its findings (%n)", nullptr, int(previous.findingCount)));
        m_scopeKind->setCurrentIndex(0);
    }
    setScope(QString::fromStdString(previous.scopeKind), QString::fromStdString(previous.scopeValue),
             QString::fromStdString(previous.service));
    // The scope of a renewal is the scope that was accepted.
    m_scopeKind->setEnabled(false);
    m_scopeValue->setReadOnly(true);
    m_service->setEnabled(false);
    m_controls->setPlainText(QString::fromStdString(previous.compensatingControls));
    m_previous->setText(tr("Previous justification: %1").arg(m_previousJustification));
    m_previous->show();
    validate();
}

void ExceptionRequestDialog::setNow(const QDateTime& now)
{
    m_now = now.toUTC();
    // Whole minutes: the field shows no seconds.
    QDateTime start = m_now.addDays(DefaultDays).toLocalTime();
    start.setTime(QTime(start.time().hour(), start.time().minute()));
    m_expiry->setMinimumDateTime(m_now.toLocalTime());
    m_expiry->setDateTime(start);
    validate();
}

void ExceptionRequestDialog::setMaximumExpiry(const QDateTime& latest)
{
    m_latest = latest.toUTC();
    m_expiry->setMaximumDateTime(latest.toLocalTime());
    validate();
}

QString ExceptionRequestDialog::problem() const
{
    const QString kind = scopeKind();
    const QString value = m_scopeValue->text().trimmed();
    if (kind == QLatin1String("findings") && m_findingIds.empty() && !isRenewal())
        return tr("Select the findings in the queue first, or choose a CVE or a rule.");
    if (kind == QLatin1String("cve")) {
        static const QRegularExpression cve(QStringLiteral("^CVE-\\d{4}-\\d{4,}$"),
                                            QRegularExpression::CaseInsensitiveOption);
        if (!cve.match(value).hasMatch())
            return tr("Enter a CVE id such as CVE-2024-1234.");
    }
    if (kind == QLatin1String("rule") && value.isEmpty())
        return tr("Enter the rule id.");
    const QString justification = m_justification->toPlainText().trimmed();
    if (justification.isEmpty())
        return tr("A justification is required.");
    if (isRenewal() && justification == m_previousJustification.trimmed())
        return tr("A renewal needs a new justification.");
    if (justification.size() > MaxTextLength || m_controls->toPlainText().size() > MaxTextLength)
        return tr("Keep the texts under %n characters.", nullptr, MaxTextLength);
    const QDateTime expiry = m_expiry->dateTime().toUTC();
    if (!expiry.isValid() || expiry <= m_now)
        return tr("The expiry must be in the future.");
    if (m_latest && expiry > *m_latest)
        return tr("The expiry may be at most %1.").arg(ExceptionVocabulary::localTime(*m_latest, QTimeZone::systemTimeZone()));
    return {};
}

void ExceptionRequestDialog::validate()
{
    const bool values = scopeKind() != QLatin1String("findings");
    m_scopeValue->setEnabled(values);
    m_scopeValueLabel->setEnabled(values);
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

ExceptionRequest ExceptionRequestDialog::request(const std::string& actor) const
{
    ExceptionRequest r;
    r.scope.kind = scopeKind().toStdString();
    if (r.scope.kind == "findings")
        r.scope.findingIds = m_findingIds;
    else
        r.scope.value = (r.scope.kind == "cve" ? m_scopeValue->text().trimmed().toUpper() : m_scopeValue->text().trimmed())
                            .toStdString();
    r.scope.service = m_service->currentText().trimmed().toStdString();
    r.justification = m_justification->toPlainText().trimmed().toStdString();
    r.compensatingControls = m_controls->toPlainText().trimmed().toStdString();
    r.requestedExpiry = m_expiry->dateTime().toUTC();
    r.actor = actor;
    return r;
}

} // namespace closeloop
