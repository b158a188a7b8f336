// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_policy_panel.h"

#include "badge_label.h"
#include "case_field_form.h"
#include "case_json.h"
#include "case_table.h"
#include "case_vocabulary.h"
#include "exceptions/exception_vocabulary.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStandardItem>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace closeloop {

using namespace casejson;
using nlohmann::json;

namespace {

constexpr std::size_t MaxExceptions = 50;
constexpr qsizetype MaxJustificationChars = 90;
constexpr int BarResolution = 1000;

// Stored times are UTC, also when the zone was left off.
QDateTime utc(const QString& iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString local(const QDateTime& t)
{
    return CaseVocabulary::localTime(t.toString(Qt::ISODateWithMs));
}

QString holderRole(const QString& role)
{
    if (role == QLatin1String("owner")) return CasePolicyPanel::tr("owner");
    if (role == QLatin1String("assignee")) return CasePolicyPanel::tr("assignee");
    if (role == QLatin1String("backup")) return CasePolicyPanel::tr("backup");
    if (role == QLatin1String("manager")) return CasePolicyPanel::tr("manager");
    if (role == QLatin1String("security")) return CasePolicyPanel::tr("security team");
    if (role == QLatin1String("operations_lead") || role == QLatin1String("operations-lead"))
        return CasePolicyPanel::tr("operations lead");
    return role;
}

// The worse of the states the section header names.
int urgency(const QString& state)
{
    if (state == QLatin1String("breached")) return 4;
    if (state == QLatin1String("at_risk")) return 3;
    if (state == QLatin1String("paused")) return 2;
    if (state == QLatin1String("on_track")) return 1;
    return 0;
}

// The first line, cut to fit a table cell; the whole text is the tooltip.
QString elided(const QString& text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > MaxJustificationChars || line.size() < text.trimmed().size())
        line = line.left(MaxJustificationChars).trimmed() + QChar(0x2026);
    return line;
}

} // namespace

CasePolicyPanel::CasePolicyPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("policyPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_summary = CaseFieldForm::makeValueLabel(this, CaseFieldForm::Value::Text);
    m_summary->setObjectName(QStringLiteral("policySummary"));
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    layout->addWidget(m_summary);
    m_holder = CaseFieldForm::makeValueLabel(this, CaseFieldForm::Value::Copyable);
    m_holder->setObjectName(QStringLiteral("policyHolder"));
    layout->addWidget(m_holder);

    m_empty = CaseFieldForm::makeMutedLabel(this);
    m_empty->setObjectName(QStringLiteral("policyEmpty"));
    layout->addWidget(m_empty);

    m_clocks = new QWidget(this);
    m_clocks->setObjectName(QStringLiteral("policyClocks"));
    m_grid = new QGridLayout(m_clocks);
    m_grid->setContentsMargins(0, 2, 0, 2);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const QString clock = QString::fromLatin1(ClockNames[i]);
        ClockRow& r = m_rows[i];
        r.name = CaseFieldForm::makeMutedLabel(m_clocks);
        r.name->setObjectName(QStringLiteral("clockName_") + clock);
        r.name->setWordWrap(false);
        r.state = new BadgeLabel(m_clocks);
        r.state->setObjectName(QStringLiteral("clockState_") + clock);
        r.due = CaseFieldForm::makeValueLabel(m_clocks, CaseFieldForm::Value::Text);
        r.due->setObjectName(QStringLiteral("clockDue_") + clock);
        r.bar = new QProgressBar(m_clocks);
        r.bar->setObjectName(QStringLiteral("clockProgress_") + clock);
        r.bar->setRange(0, BarResolution);
        r.bar->setTextVisible(false);
        r.bar->setFixedSize(88, 6);
        r.level = CaseFieldForm::makeMutedLabel(m_clocks);
        r.level->setObjectName(QStringLiteral("clockLevel_") + clock);
        r.level->setWordWrap(false);
    }
    m_grid->setColumnStretch(4, 1);
    arrangeClocks(false);
    layout->addWidget(m_clocks);

    // The decision, then (under it, as a wrapped label beside it would be
    // squeezed) whether that policy is still in force, then what the rule says.
    auto* decision = new QVBoxLayout;
    decision->setSpacing(2);
    m_decision = CaseFieldForm::makeValueLabel(this, CaseFieldForm::Value::Copyable);
    m_decision->setObjectName(QStringLiteral("policyDecision"));
    m_notInForce = CaseFieldForm::makeMutedLabel(this);
    m_notInForce->setObjectName(QStringLiteral("policyNotInForce"));
    m_rule = CaseFieldForm::makeMutedLabel(this);
    m_rule->setObjectName(QStringLiteral("policyRule"));
    decision->addWidget(m_decision);
    decision->addWidget(m_notInForce);
    decision->addWidget(m_rule);
    layout->addLayout(decision);

    m_exceptionsTitle = CaseFieldForm::makeMutedLabel(this);
    m_exceptionsTitle->setObjectName(QStringLiteral("policyExceptionsTitle"));
    layout->addWidget(m_exceptionsTitle);
    m_exceptions = new CaseTable(this);
    m_exceptions->setObjectName(QStringLiteral("policyExceptions"));
    m_exceptions->setStretchColumn(6);
    m_exceptions->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_exceptions);
    // Seven columns do not fit a narrow view: there the same facts read as lines.
    m_exceptionLines = CaseFieldForm::makeValueLabel(this, CaseFieldForm::Value::Text);
    m_exceptionLines->setObjectName(QStringLiteral("policyExceptionLines"));
    layout->addWidget(m_exceptionLines);

    retranslate();
    setCase(json());
}

void CasePolicyPanel::retranslate()
{
    m_empty->setText(tr("No SLA clocks (not routed yet)"));
    m_notInForce->setText(tr("(not the policy in force)"));
    m_exceptionsTitle->setText(tr("Exceptions"));
    m_exceptions->setHeaders({tr("ID"), tr("State"), tr("Tier"), tr("Expires"), tr("Requested by"), tr("Decided by"),
                              tr("Justification")});
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i].name->setText(CaseVocabulary::slaClock(QString::fromLatin1(ClockNames[i])));
}

QDateTime CasePolicyPanel::evaluatedAt(const json& policy)
{
    // The core measured the clocks at its own "now" (closeloop-cli --now, or
    // when the case was read). Relative times follow that instant, so that
    // "in 3 h" never contradicts a state badge computed a moment earlier.
    if (const QDateTime t = utc(text(policy, "now")); t.isValid())
        return t;
    for (const json& c : items(member(policy, "clocks"), 8)) {
        const auto left = number(c, "seconds_left");
        const QDateTime due = utc(text(c, "due_at"));
        if (left && std::isfinite(*left) && due.isValid())
            return due.addSecs(-qint64(*left));
    }
    return QDateTime::currentDateTimeUtc();
}

void CasePolicyPanel::setCase(const json& c)
{
    const json& p = member(c, "policy");
    const bool present = p.is_object();
    const QDateTime now = evaluatedAt(p);

    // The summary line: path, class, what it waits for and since when, who holds it.
    QStringList parts;
    if (const QString path = text(p, "path"); !path.isEmpty())
        parts << CaseVocabulary::path(path);
    const QString classTitle = text(p, "sla_class_title");
    if (const QString cls = classTitle.isEmpty() ? text(p, "sla_class") : classTitle; !cls.isEmpty())
        parts << cls;
    const QString waiting = text(p, "waiting_for");
    QString waits = CaseVocabulary::waitingFor(waiting);
    const QDateTime since = utc(text(p, "since"));
    if (since.isValid() && waiting != QLatin1String("nothing") && !waiting.isEmpty())
        waits = tr("%1 since %2").arg(waits, CaseVocabulary::duration(since.secsTo(now)));
    parts << waits;
    const json& holder = member(p, "holder");
    const QString holderName = text(holder, "name");
    const QString role = holderRole(text(holder, "role"));
    if (!holderName.isEmpty())
        parts << tr("held by %1 (%2)").arg(holderName, role);
    m_summary->setText(present ? parts.join(QStringLiteral(" · ")) : QString());
    m_summary->setVisible(present);

    QStringList held;
    if (!holderName.isEmpty()) {
        // The summary names the holder; this line says how to reach them.
        const QString contact = text(holder, "contact");
        held << (contact.isEmpty() ? tr("Held by %1 (%2)").arg(holderName, role)
                                   : tr("Reach %1 at %2").arg(holderName, contact));
        if (const QString clock = text(holder, "clock"); !clock.isEmpty())
            held << tr("escalation level %1 on %2")
                        .arg(text(holder, "level").isEmpty() ? QStringLiteral("0") : text(holder, "level"),
                             CaseVocabulary::slaClock(clock));
    }
    m_holder->setText(held.join(QStringLiteral(" · ")));
    m_holder->setVisible(!held.isEmpty());

    // The clocks: every one of the four, those the class has not started shown so.
    const auto clocks = items(member(p, "clocks"), 16); // copies: alive while the rows are filled
    std::array<const json*, 4> byName{};
    for (const json& clock : clocks) {
        const std::string name = text(clock, "clock").toStdString();
        for (std::size_t i = 0; i < ClockNames.size(); ++i) {
            if (name == ClockNames[i] && !byName[i])
                byName[i] = &clock;
        }
    }
    const bool anyClock = std::any_of(byName.begin(), byName.end(), [](const json* j) { return j != nullptr; });
    int worst = 0;
    m_hint.clear();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        fillClock(m_rows[i], byName[i] ? *byName[i] : json(), now);
        if (const int u = urgency(m_rows[i].stateName); u > worst) {
            worst = u;
            m_hint = CaseVocabulary::slaState(m_rows[i].stateName);
        }
    }
    m_clocks->setVisible(anyClock);
    m_empty->setVisible(!anyClock);

    // Which rule of which policy version decided.
    const QString rule = text(p, "rule");
    const QString name = text(p, "policy_name");
    const QString version = text(p, "version_short");
    QString decided;
    if (!rule.isEmpty()) {
        const QString shortVersion = version.isEmpty() ? QString() : version + QChar(0x2026);
        if (!name.isEmpty() && !shortVersion.isEmpty())
            decided = tr("Decided by rule %1 of policy '%2' (version %3)").arg(rule, name, shortVersion);
        else if (!shortVersion.isEmpty())
            decided = tr("Decided by rule %1 of policy version %2").arg(rule, shortVersion);
        else
            decided = tr("Decided by rule %1").arg(rule);
    }
    m_decision->setText(decided);
    m_decision->setToolTip(text(p, "version"));
    m_decision->setVisible(!decided.isEmpty());
    m_notInForce->setVisible(!decided.isEmpty() && flag(p, "in_force") == false);
    const QString description = text(p, "rule_description");
    m_rule->setText(description);
    m_rule->setVisible(!decided.isEmpty() && !description.isEmpty());

    fillExceptions(p);
}

void CasePolicyPanel::fillClock(ClockRow& row, const json& clock, const QDateTime& now)
{
    const bool started = clock.is_object();
    QString state = started ? text(clock, "state") : QString();
    if (state.isEmpty())
        state = QStringLiteral("not_started");
    row.stateName = state;
    row.state->setText(CaseVocabulary::slaState(state));
    row.state->setColor(CaseVocabulary::slaStateColor(state));

    const double budget = std::max(0.0, number(clock, "budget_s").value_or(0));
    const double consumed = std::max(0.0, number(clock, "consumed_s").value_or(0));
    const QDateTime startedAt = utc(text(clock, "started_at"));
    const QDateTime due = utc(text(clock, "due_at"));
    const QDateTime stopped = utc(text(clock, "stopped_at"));
    QString dueText;
    QString dueTip;
    double share = 0;
    if (!started || state == QLatin1String("not_started")) {
        // The badge says it all.
    } else if (stopped.isValid()) {
        dueText = state == QLatin1String("met_late") && due.isValid() && stopped > due
                      ? tr("Met %1, %2 late").arg(local(stopped), CaseVocabulary::duration(due.secsTo(stopped)))
                      : tr("Met %1").arg(local(stopped));
        share = budget > 0 ? consumed / budget : 1;
    } else if (!due.isValid()) {
        // Paused: the deadline moves with the pause, only the time left is known.
        dueText = consumed >= budget ? tr("Paused after its deadline")
                                     : tr("Paused with %1 left").arg(CaseVocabulary::duration(qint64(budget - consumed)));
        share = budget > 0 ? consumed / budget : 0;
    } else {
        const auto given = number(clock, "seconds_left");
        const qint64 left = given && std::isfinite(*given) ? qint64(*given) : now.secsTo(due);
        dueText = tr("Due %1 · %2").arg(local(due), CaseVocabulary::dueIn(left));
        // Time used: what was banked before this run, plus the wall-clock
        // share of the run so far (exact in calendar time, close on business
        // hours, where nights and weekends stretch the run evenly). The run
        // began at running_since; without it, at the clock's start.
        QDateTime runStart = utc(text(clock, "running_since"));
        if (!runStart.isValid())
            runStart = startedAt;
        if (runStart.isValid() && runStart < due && budget > 0) {
            const double banked = std::min(consumed / budget, 1.0);
            share = banked + (1.0 - banked) * double(runStart.secsTo(now)) / double(runStart.secsTo(due));
        } else {
            share = budget > 0 ? 1.0 - double(left) / budget : 1;
        }
    }
    if (due.isValid())
        dueTip = tr("Deadline %1").arg(CaseVocabulary::time(due.toString(Qt::ISODateWithMs)));
    if (const QDateTime risk = utc(text(clock, "risk_at")); risk.isValid() && !stopped.isValid())
        dueTip += (dueTip.isEmpty() ? QString() : QStringLiteral("\n")) +
                  tr("At risk from %1").arg(CaseVocabulary::time(risk.toString(Qt::ISODateWithMs)));
    row.due->setText(dueText);
    row.due->setToolTip(dueTip);
    row.due->setVisible(!dueText.isEmpty());

    share = std::isfinite(share) ? std::clamp(share, 0.0, 1.0) : 0;
    row.bar->setValue(int(std::lround(share * BarResolution)));
    row.bar->setToolTip(started ? tr("%1% of the clock's time used").arg(std::lround(share * 100)) : QString());
    row.bar->setVisible(started);
    styleBar(row);

    const QString level = text(clock, "escalation_level");
    row.level->setText(started ? tr("Level %1").arg(level.isEmpty() ? QStringLiteral("0") : level) : QString());
    const QDateTime next = utc(text(clock, "next_escalation_at"));
    row.level->setToolTip(next.isValid() ? tr("Next escalation %1").arg(local(next)) : QString());
}

void CasePolicyPanel::styleBar(ClockRow& row)
{
    // The trough from the palette, so it shows on light and dark alike; the
    // fill in the state's colour (paused and met read apart from running).
    const QColor trough = palette().color(QPalette::WindowText);
    const QColor fill = CaseVocabulary::slaStateColor(row.stateName);
    row.bar->setStyleSheet(QStringLiteral("QProgressBar { border: none; border-radius: 3px; background: rgba(%1, %2, %3, 50); }"
                                          " QProgressBar::chunk { border-radius: 3px; background: %4; }")
                               .arg(trough.red())
                               .arg(trough.green())
                               .arg(trough.blue())
                               .arg(fill.name()));
}

void CasePolicyPanel::fillExceptions(const json& p)
{
    const auto list = items(member(p, "exceptions"), MaxExceptions);
    m_exceptions->setRowCount(int(list.size()));
    QStringList lines;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json& e = list[i];
        const int row = int(i);
        m_exceptions->setCell(row, 0, text(e, "id"));
        QString state = ExceptionVocabulary::state(text(e, "state"));
        if (text(e, "source") == QLatin1String("vex"))
            state = tr("%1 (VEX)").arg(state);
        m_exceptions->setCell(row, 1, state);
        m_exceptions->setCell(row, 2, ExceptionVocabulary::tier(text(e, "tier")));
        // The day is what matters at a glance; the hour is in the tool tip.
        const QString expires = CaseVocabulary::localTime(text(e, "expires_at"));
        m_exceptions->setCell(row, 3, expires.left(10))->setToolTip(expires);
        m_exceptions->setCell(row, 4, text(e, "requested_by"));
        m_exceptions->setCell(row, 5, text(e, "decided_by"));
        const QString justification = text(e, "justification");
        QStringList facts = {tr("#%1 %2").arg(text(e, "id"), state), tr("%1 tier").arg(ExceptionVocabulary::tier(text(e, "tier"))),
                             tr("expires %1").arg(expires)};
        if (const QString by = text(e, "requested_by"); !by.isEmpty())
            facts << tr("requested by %1").arg(by);
        if (const QString by = text(e, "decided_by"); !by.isEmpty())
            facts << tr("decided by %1").arg(by);
        lines << tr("• %1: %2").arg(facts.join(QStringLiteral(" · ")), elided(justification));
        // Tool tips guess rich text: the justification is escaped into markup
        // of our own, so that it always reads literally.
        m_exceptions->setCell(row, 6, elided(justification))->setToolTip(ExceptionVocabulary::plainToolTip(justification));
    }
    m_exceptions->finish();
    m_exceptionLines->setText(lines.join(QLatin1Char('\n')));
    m_hasExceptions = !list.empty();
    m_exceptionsTitle->setVisible(m_hasExceptions);
    showExceptions();
}

void CasePolicyPanel::showExceptions()
{
    m_exceptions->setVisible(m_hasExceptions && !m_narrow);
    m_exceptionLines->setVisible(m_hasExceptions && m_narrow);
}

void CasePolicyPanel::arrangeClocks(bool narrow)
{
    m_narrow = narrow;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        ClockRow& r = m_rows[i];
        for (QWidget* w : {static_cast<QWidget*>(r.name), static_cast<QWidget*>(r.state), static_cast<QWidget*>(r.bar),
                           static_cast<QWidget*>(r.level), static_cast<QWidget*>(r.due)})
            m_grid->removeWidget(w);
        // The fixed-width parts first, the deadline last: it takes the rest
        // of the width. In a narrow view it goes on a line of its own, under
        // the state, where it has room to read.
        const int row = narrow ? int(i) * 2 : int(i);
        m_grid->addWidget(r.name, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        m_grid->addWidget(r.state, row, 1, Qt::AlignLeft | Qt::AlignVCenter);
        m_grid->addWidget(r.bar, row, 2, Qt::AlignVCenter);
        m_grid->addWidget(r.level, row, 3, Qt::AlignLeft | Qt::AlignVCenter);
        if (narrow)
            m_grid->addWidget(r.due, row + 1, 1, 1, 4, Qt::AlignTop);
        else
            m_grid->addWidget(r.due, row, 4, Qt::AlignVCenter);
    }
    m_grid->setVerticalSpacing(narrow ? 3 : 6);
    if (m_exceptions)
        showExceptions();
}

void CasePolicyPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The panel's width comes from the view, never from its content, so
    // rearranging cannot feed back into it.
    if (const bool narrow = width() < NarrowWidth; narrow != m_narrow)
        arrangeClocks(narrow);
}

void CasePolicyPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (ClockRow& row : m_rows)
            styleBar(row);
    }
    QWidget::changeEvent(event);
}

} // namespace closeloop
