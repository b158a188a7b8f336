// SPDX-License-Identifier: GPL-3.0-or-later
// One finding with everything around it, from the JSON of the core's
// caseContext(): summary, policy and SLA, ownership and escalation, business context,
// exposure, recent changes, similar findings, fingerprint, timeline and the
// raw record, each in a panel that folds. Every text from a feed or catalog is
// shown as plain text. The widgets are built once and refilled per case, so
// moving through the queue stays instant.
#pragma once

#include <QWidget>

#include <nlohmann/json.hpp>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

namespace closeloop {

class CaseBusinessPanel;
class CaseExposurePanel;
class CaseFieldForm;
class CaseOwnershipPanel;
class CasePolicyPanel;
class CaseSimilarPanel;
class CaseSummaryPanel;
class CaseTable;
class CollapsibleSection;

class CaseView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseView(QWidget* parent = nullptr);

    // Shows a case; any value may be null, missing or of the wrong type.
    void setCase(const nlohmann::json& caseContext);
    // The calm empty state, for when nothing is selected.
    void clear();
    bool hasCase() const { return m_hasCase; }
    // The panel with this id: summary, policy, ownership, business, exposure,
    // changes, similar, fingerprint, timeline, raw.
    CollapsibleSection* section(const QString& id) const;

signals:
    void openFinding(qint64 id);
    void applyToSimilar(qint64 findingId);

protected:
    void changeEvent(QEvent* event) override;

private:
    CollapsibleSection* addSection(const QString& id, bool expandedByDefault);
    void retranslate();
    void alignForms();
    void settleLayout();
    void fillPanels();
    void fillChanges();
    void fillFingerprint();
    void fillTimeline();
    void fillRaw();

    nlohmann::json m_case;
    bool m_hasCase = false;
    bool m_rawFilled = false;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyState = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_page = nullptr;
    QList<CollapsibleSection*> m_sections;

    CollapsibleSection* m_summarySection = nullptr;
    CollapsibleSection* m_policySection = nullptr;
    CollapsibleSection* m_ownershipSection = nullptr;
    CollapsibleSection* m_businessSection = nullptr;
    CollapsibleSection* m_exposureSection = nullptr;
    CollapsibleSection* m_changesSection = nullptr;
    CollapsibleSection* m_similarSection = nullptr;
    CollapsibleSection* m_fingerprintSection = nullptr;
    CollapsibleSection* m_timelineSection = nullptr;
    CollapsibleSection* m_rawSection = nullptr;

    CaseSummaryPanel* m_summary = nullptr;
    CasePolicyPanel* m_policy = nullptr;
    CaseOwnershipPanel* m_ownership = nullptr;
    CaseBusinessPanel* m_business = nullptr;
    CaseExposurePanel* m_exposure = nullptr;
    CaseSimilarPanel* m_similar = nullptr;

    QLabel* m_changesEmpty = nullptr;
    CaseTable* m_changes = nullptr;
    CaseFieldForm* m_fingerprintForm = nullptr;
    CaseFieldForm* m_inputsForm = nullptr;
    QLabel* m_inputsEmpty = nullptr;
    int m_fingerprintRow = -1;
    QLabel* m_timelineNote = nullptr;
    CaseTable* m_timeline = nullptr;
    QLabel* m_notesTitle = nullptr;
    CaseTable* m_notes = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QLabel* m_rawEmpty = nullptr;
};

} // namespace closeloop
