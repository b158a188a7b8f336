// SPDX-License-Identifier: GPL-3.0-or-later
// Every triage decision the queue offers, as actions with keys: the common
// decisions on single keys (T triaged, I in progress, F false positive,
// A accept risk, V fixed/verify, M assign to me), O assign owner, N note,
// S apply to similar, Ctrl+Z undo. They act on the selected rows (all of
// them, loaded or not), show what they will change, and report what they
// changed with a way back.
#pragma once

#include "triage/triage_service.h"
#include "triage_dialog.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QTableView;

namespace closeloop {

class QueueModel;
class StoreWriter;

class TriageActions : public QObject
{
    Q_OBJECT
public:
    // Looks the similar open findings up off the GUI thread and calls back
    // on it with their ids.
    using SimilarFn = std::function<void(std::int64_t findingId, std::function<void(std::vector<std::int64_t>)> done)>;
    using SuggestFn = std::function<QStringList(TriageDialog::Kind)>;

    TriageActions(QTableView* view, QueueModel* model, QWidget* dialogParent);
    ~TriageActions() override;

    void setWriter(StoreWriter* writer);
    void setActor(const QString& actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    void setSimilarFinder(SimilarFn fn) { m_similar = std::move(fn); }
    void setSuggestions(SuggestFn fn) { m_suggest = std::move(fn); }
    // Dialogs are skipped and these answers used (the keyboard test drives
    // the real actions without a modal loop).
    void setAutoAnswer(std::function<bool(TriageDialog&)> answer) { m_autoAnswer = std::move(answer); }

    QList<QAction*> decisionActions() const { return m_decisions; }
    QAction* undoAction() const { return m_undo; }
    void retranslate();

    // The findings the selection covers, in queue order.
    std::vector<std::int64_t> selectedIds() const;
    // Runs a decision over ids through the dialog (or the auto answer).
    bool decide(TriageDialog::Kind kind, std::vector<std::int64_t> ids, const QString& initial = {});

signals:
    // Findings changed: the queue, the counts and the open case are stale.
    void changed(const QString& message);
    void failed(const QString& message);
    // A: the selection should be covered by an exception (the window asks
    // for scope, justification and expiry).
    void exceptionRequested(const QList<qint64>& findingIds);

private:
    QAction* addDecision(const char* objectName, const QKeySequence& key, std::function<void()> fn);
    void assignToMe();
    void applyToSimilar();
    void undoLast();
    void updateUndo();

    QTableView* m_view;
    QueueModel* m_model;
    QWidget* m_parent;
    StoreWriter* m_writer = nullptr;
    std::unique_ptr<TriageService> m_service;
    QString m_actor;
    SimilarFn m_similar;
    SuggestFn m_suggest;
    std::function<bool(TriageDialog&)> m_autoAnswer;
    QList<QAction*> m_decisions;
    QAction* m_triaged = nullptr;
    QAction* m_inProgress = nullptr;
    QAction* m_falsePositive = nullptr;
    QAction* m_acceptRisk = nullptr;
    QAction* m_contained = nullptr;
    QAction* m_fixed = nullptr;
    QAction* m_assignMe = nullptr;
    QAction* m_assignOwner = nullptr;
    QAction* m_assignPerson = nullptr;
    QAction* m_note = nullptr;
    QAction* m_similarAction = nullptr;
    QAction* m_undo = nullptr;
};

} // namespace closeloop
