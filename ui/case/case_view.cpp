// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_view.h"

#include "case_business_panel.h"
#include "case_exposure_panel.h"
#include "case_field_form.h"
#include "case_json.h"
#include "case_ownership_panel.h"
#include "case_policy_panel.h"
#include "case_similar_panel.h"
#include "case_summary_panel.h"
#include "case_table.h"
#include "case_vocabulary.h"
#include "collapsible_section.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace closeloop {

using namespace casejson;

namespace {

constexpr std::size_t MaxChanges = 100;
constexpr std::size_t MaxTimeline = 200;
constexpr std::size_t MaxNotes = 100;
// Events are read in full to sort them; beyond this many the oldest are dropped unseen.
constexpr std::size_t MaxTimelineRead = 5000;
constexpr int RawVisibleLines = 24;

} // namespace

CaseView::CaseView(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_emptyState = CaseFieldForm::makeMutedLabel(m_stack);
    m_emptyState->setObjectName(QStringLiteral("caseEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    QFont emptyFont = m_emptyState->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_emptyState->setFont(emptyFont);
    m_stack->addWidget(m_emptyState);

    m_scroll = new QScrollArea(m_stack);
    m_scroll->setObjectName(QStringLiteral("caseScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Every panel wraps or fits its text, so sideways scrolling is never needed.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_page = new QWidget(m_scroll);
    m_page->setObjectName(QStringLiteral("casePage"));
    auto* page = new QVBoxLayout(m_page);
    page->setContentsMargins(16, 12, 16, 16);
    page->setSpacing(2);
    m_scroll->setWidget(m_page);
    m_stack->addWidget(m_scroll);
    // Focusing the view focuses the page, where arrows and Page Down scroll.
    setFocusProxy(m_scroll);

    m_summarySection = addSection(QStringLiteral("summary"), true);
    m_summary = new CaseSummaryPanel(m_summarySection->body());
    m_summarySection->bodyLayout()->addWidget(m_summary);

    m_policySection = addSection(QStringLiteral("policy"), true);
    m_policy = new CasePolicyPanel(m_policySection->body());
    m_policySection->bodyLayout()->addWidget(m_policy);

    m_ownershipSection = addSection(QStringLiteral("ownership"), true);
    m_ownership = new CaseOwnershipPanel(m_ownershipSection->body());
    m_ownershipSection->bodyLayout()->addWidget(m_ownership);

    m_businessSection = addSection(QStringLiteral("business"), true);
    m_business = new CaseBusinessPanel(m_businessSection->body());
    m_businessSection->bodyLayout()->addWidget(m_business);

    m_exposureSection = addSection(QStringLiteral("exposure"), true);
    m_exposure = new CaseExposurePanel(m_exposureSection->body());
    m_exposureSection->bodyLayout()->addWidget(m_exposure);

    m_changesSection = addSection(QStringLiteral("changes"), true);
    m_changesEmpty = CaseFieldForm::makeMutedLabel(m_changesSection->body());
    m_changesEmpty->setObjectName(QStringLiteral("changesEmpty"));
    m_changesSection->bodyLayout()->addWidget(m_changesEmpty);
    m_changes = new CaseTable(m_changesSection->body());
    m_changes->setObjectName(QStringLiteral("changesTable"));
    m_changes->setStretchColumn(4);
    m_changesSection->bodyLayout()->addWidget(m_changes);

    m_similarSection = addSection(QStringLiteral("similar"), true);
    m_similar = new CaseSimilarPanel(m_similarSection->body());
    m_similarSection->bodyLayout()->addWidget(m_similar);
    connect(m_similar, &CaseSimilarPanel::openFinding, this, &CaseView::openFinding);
    connect(m_similar, &CaseSimilarPanel::applyToSimilar, this, &CaseView::applyToSimilar);

    m_fingerprintSection = addSection(QStringLiteral("fingerprint"), true);
    m_fingerprintForm = new CaseFieldForm(m_fingerprintSection->body());
    m_fingerprintForm->setObjectName(QStringLiteral("fingerprintForm"));
    m_fingerprintRow = m_fingerprintForm->addRow(QStringLiteral("fingerprint"), CaseFieldForm::Value::Monospace);
    m_fingerprintSection->bodyLayout()->addWidget(m_fingerprintForm);
    m_inputsForm = new CaseFieldForm(m_fingerprintSection->body());
    m_inputsForm->setObjectName(QStringLiteral("fingerprintInputs"));
    m_fingerprintSection->bodyLayout()->addWidget(m_inputsForm);
    m_inputsEmpty = CaseFieldForm::makeMutedLabel(m_fingerprintSection->body());
    m_inputsEmpty->setObjectName(QStringLiteral("fingerprintEmpty"));
    m_fingerprintSection->bodyLayout()->addWidget(m_inputsEmpty);

    m_timelineSection = addSection(QStringLiteral("timeline"), true);
    m_timelineNote = CaseFieldForm::makeMutedLabel(m_timelineSection->body());
    m_timelineSection->bodyLayout()->addWidget(m_timelineNote);
    m_timeline = new CaseTable(m_timelineSection->body());
    m_timeline->setObjectName(QStringLiteral("timelineTable"));
    m_timeline->setStretchColumn(3);
    m_timelineSection->bodyLayout()->addWidget(m_timeline);
    m_notesTitle = CaseFieldForm::makeMutedLabel(m_timelineSection->body());
    m_timelineSection->bodyLayout()->addWidget(m_notesTitle);
    m_notes = new CaseTable(m_timelineSection->body());
    m_notes->setObjectName(QStringLiteral("notesTable"));
    m_notes->setStretchColumn(2);
    m_timelineSection->bodyLayout()->addWidget(m_notes);

    // Folded by default: the raw record is for the rare deep dive, and
    // pretty-printing it is the dearest part of opening a case.
    m_rawSection = addSection(QStringLiteral("raw"), false);
    m_raw = new QPlainTextEdit(m_rawSection->body());
    m_raw->setObjectName(QStringLiteral("rawSource"));
    m_raw->setReadOnly(true);
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_raw->setFont(CaseFieldForm::monospaceFont());
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_raw->setTabChangesFocus(true);
    m_rawSection->bodyLayout()->addWidget(m_raw);
    m_rawEmpty = CaseFieldForm::makeMutedLabel(m_rawSection->body());
    m_rawSection->bodyLayout()->addWidget(m_rawEmpty);
    connect(m_rawSection, &CollapsibleSection::expandedChanged, this, [this](bool expanded) {
        if (expanded && !m_rawFilled)
            fillRaw();
        settleLayout();
    });

    page->addStretch(1);
    retranslate();
    clear();
}

CollapsibleSection* CaseView::addSection(const QString& id, bool expandedByDefault)
{
    auto* s = new CollapsibleSection(id, expandedByDefault, m_page);
    m_page->layout()->addWidget(s);
    m_sections << s;
    return s;
}

CollapsibleSection* CaseView::section(const QString& id) const
{
    for (CollapsibleSection* s : m_sections) {
        if (s->objectName() == id)
            return s;
    }
    return nullptr;
}

void CaseView::retranslate()
{
    m_emptyState->setText(tr("Select a finding to see its case"));
    m_summarySection->setTitle(tr("Summary"));
    m_policySection->setTitle(tr("Policy and SLA"));
    m_ownershipSection->setTitle(tr("Ownership and escalation"));
    m_businessSection->setTitle(tr("Business context"));
    m_exposureSection->setTitle(tr("Exposure"));
    m_changesSection->setTitle(tr("Recent changes"));
    m_similarSection->setTitle(tr("Similar findings"));
    m_fingerprintSection->setTitle(tr("Fingerprint"));
    m_timelineSection->setTitle(tr("Timeline"));
    m_rawSection->setTitle(tr("Raw source"));
    m_changesEmpty->setText(tr("No changes recorded in the 14 days before first seen"));
    m_changes->setHeaders({tr("When"), tr("Kind"), tr("Reference"), tr("Author"), tr("Summary")});
    m_fingerprintForm->setKey(m_fingerprintRow, tr("Fingerprint"));
    m_inputsEmpty->setText(tr("No fingerprint inputs recorded."));
    m_timeline->setHeaders({tr("When"), tr("Event"), tr("Actor"), tr("Summary")});
    m_notesTitle->setText(tr("Notes"));
    m_notes->setHeaders({tr("When"), tr("Author"), tr("Note")});
    m_rawEmpty->setText(tr("The source did not keep a raw record."));
    m_summary->retranslate();
    m_policy->retranslate();
    m_ownership->retranslate();
    m_business->retranslate();
    m_exposure->retranslate();
    m_similar->retranslate();
    alignForms();
}

void CaseView::alignForms()
{
    // One key column for every panel, so values line up down the page.
    const QList<CaseFieldForm*> forms = m_page->findChildren<CaseFieldForm*>();
    int width = 0;
    for (CaseFieldForm* form : forms) {
        if (form != m_inputsForm)
            width = std::max(width, form->keyWidthHint());
    }
    width = std::clamp(width + 4, 90, 180);
    for (CaseFieldForm* form : forms)
        form->setKeyWidth(width);
}

void CaseView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_hasCase)
            setCase(m_case);
    }
    QWidget::changeEvent(event);
}

void CaseView::clear()
{
    m_hasCase = false;
    m_case = nlohmann::json();
    m_stack->setCurrentWidget(m_emptyState);
    // Refilled from nothing, so a cleared view keeps no finding's data.
    fillPanels();
}

void CaseView::setCase(const nlohmann::json& caseContext)
{
    m_case = bounded(caseContext);
    m_hasCase = true;
    m_stack->setCurrentWidget(m_scroll);
    fillPanels();
    settleLayout();
    m_scroll->verticalScrollBar()->setValue(0);
}

void CaseView::fillPanels()
{
    m_summary->setCase(m_case);
    m_policy->setCase(m_case);
    m_policySection->setHint(m_policy->hint());
    m_ownership->setCase(m_case);
    m_business->setCase(m_case);
    m_exposure->setCase(m_case);
    fillChanges();
    m_similar->setCase(m_case);
    m_similarSection->setHint(m_similar->count() > 0 ? QString::number(m_similar->count()) : QString());
    fillFingerprint();
    fillTimeline();
    m_rawFilled = false;
    if (m_rawSection->isExpanded())
        fillRaw();
    else
        m_raw->clear();
}

void CaseView::settleLayout()
{
    // Laid out now rather than over the next few event-loop turns: otherwise
    // the first frame of a case can paint rows squeezed to one line while the
    // page's height-for-width catches up with the new text.
    if (!isVisible())
        return;
    m_page->layout()->activate();
    QEvent request(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_scroll, &request);
}

void CaseView::fillChanges()
{
    const auto changes = items(member(m_case, "changes"), MaxChanges);
    m_changes->setRowCount(int(changes.size()));
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const nlohmann::json& ch = changes[i];
        const int row = int(i);
        m_changes->setCell(row, 0, CaseVocabulary::time(text(ch, "at")));
        m_changes->setCell(row, 1, CaseVocabulary::changeKind(text(ch, "kind")));
        m_changes->setCell(row, 2, text(ch, "reference"));
        m_changes->setCell(row, 3, text(ch, "author"));
        m_changes->setCell(row, 4, text(ch, "summary"));
    }
    m_changes->finish();
    m_changes->setVisible(!changes.empty());
    m_changesEmpty->setVisible(changes.empty());
    m_changesSection->setHint(changes.empty() ? QString() : QString::number(changes.size()));
}

void CaseView::fillFingerprint()
{
    const nlohmann::json& f = member(m_case, "finding");
    m_fingerprintForm->setValue(m_fingerprintRow, text(f, "fingerprint"));
    m_fingerprintForm->setVisible(!text(f, "fingerprint").isEmpty());
    const auto rows = nameValueRows(member(f, "fingerprint_inputs"));
    m_inputsForm->setPairs(rows);
    m_inputsForm->setVisible(!rows.empty());
    m_inputsEmpty->setVisible(rows.empty());
}

void CaseView::fillTimeline()
{
    auto events = items(member(m_case, "timeline"), MaxTimelineRead);
    // Oldest first; ISO 8601 times sort as text, and ties keep the core's order.
    std::stable_sort(events.begin(), events.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
        return text(a, "at") < text(b, "at");
    });
    const std::size_t total = events.size();
    const std::size_t first = total > MaxTimeline ? total - MaxTimeline : 0;
    m_timeline->setRowCount(int(total - first));
    for (std::size_t i = first; i < total; ++i) {
        const nlohmann::json& e = events[i];
        const int row = int(i - first);
        m_timeline->setCell(row, 0, CaseVocabulary::time(text(e, "at")));
        m_timeline->setCell(row, 1, CaseVocabulary::eventKind(text(e, "kind")));
        m_timeline->setCell(row, 2, text(e, "actor"));
        m_timeline->setCell(row, 3, text(e, "summary"));
    }
    m_timeline->finish();
    m_timeline->setVisible(total > 0);
    m_timelineNote->setText(total == 0 ? tr("No events recorded.")
                            : first > 0 ? tr("Showing the latest %1 of %2 events.").arg(MaxTimeline).arg(total)
                                        : QString());
    m_timelineNote->setVisible(total == 0 || first > 0);
    m_timelineSection->setHint(total == 0 ? QString() : QString::number(total));

    const auto notes = items(member(m_case, "notes"), MaxNotes);
    m_notes->setRowCount(int(notes.size()));
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const int row = int(i);
        m_notes->setCell(row, 0, CaseVocabulary::time(text(notes[i], "at")));
        m_notes->setCell(row, 1, text(notes[i], "actor"));
        m_notes->setCell(row, 2, text(notes[i], "text"));
    }
    m_notes->finish();
    m_notes->setVisible(!notes.empty());
    m_notesTitle->setVisible(!notes.empty());
}

void CaseView::fillRaw()
{
    const QString raw = prettyRaw(member(member(m_case, "finding"), "raw"));
    m_raw->setPlainText(raw);
    // As tall as a short record, and a window onto a long one.
    const int lines = std::clamp(m_raw->document()->blockCount() + 1, 4, RawVisibleLines);
    m_raw->setFixedHeight(QFontMetrics(m_raw->font()).lineSpacing() * lines + 2 * m_raw->frameWidth()
                          + 2 * int(m_raw->document()->documentMargin()));
    m_raw->setVisible(!raw.isEmpty());
    m_rawEmpty->setVisible(raw.isEmpty() && m_hasCase);
    m_rawFilled = true;
}

} // namespace closeloop
