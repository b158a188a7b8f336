// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage_actions.h"

#include "queue/queue_model.h"
#include "store/store_writer.h"
#include "util/clock.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QPointer>
#include <QTableView>

#include <algorithm>

namespace closeloop {

TriageActions::TriageActions(QTableView* view, QueueModel* model, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_view(view)
    , m_model(model)
    , m_parent(dialogParent)
{
    auto status = [this](const char* value) {
        return [this, value] { decide(TriageDialog::Kind::SetStatus, selectedIds(), QString::fromLatin1(value)); };
    };
    m_triaged = addDecision("triageTriaged", QKeySequence(Qt::Key_T), status("triaged"));
    m_inProgress = addDecision("triageInProgress", QKeySequence(Qt::Key_I), status("in_progress"));
    m_falsePositive = addDecision("triageFalsePositive", QKeySequence(Qt::Key_F), status("false_positive"));
    m_contained = addDecision("triageContained", QKeySequence(Qt::Key_C), status("contained"));
    // Accepting a risk is an exception: it has an expiry and a decision.
    m_acceptRisk = addDecision("triageAcceptRisk", QKeySequence(Qt::Key_A), [this] {
        const auto ids = selectedIds();
        if (!ids.empty())
            emit exceptionRequested(QList<qint64>(ids.begin(), ids.end()));
    });
    m_fixed = addDecision("triageFixed", QKeySequence(Qt::Key_V), status("pending_verification"));
    m_assignMe = addDecision("triageAssignMe", QKeySequence(Qt::Key_M), [this] { assignToMe(); });
    m_assignPerson = addDecision("triageAssign", QKeySequence(Qt::SHIFT | Qt::Key_M),
                                 [this] { decide(TriageDialog::Kind::AssignPerson, selectedIds()); });
    m_assignOwner = addDecision("triageAssignOwner", QKeySequence(Qt::Key_O),
                                [this] { decide(TriageDialog::Kind::AssignOwner, selectedIds()); });
    m_note = addDecision("triageNote", QKeySequence(Qt::Key_N), [this] { decide(TriageDialog::Kind::AddNote, selectedIds()); });
    m_similarAction = addDecision("triageSimilar", QKeySequence(Qt::Key_S), [this] { applyToSimilar(); });
    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("triageUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WindowShortcut);
    connect(m_undo, &QAction::triggered, this, &TriageActions::undoLast);
    m_actor = QString::fromStdString(currentOsUser());
    retranslate();
    updateUndo();
}

TriageActions::~TriageActions() = default;

QAction* TriageActions::addDecision(const char* objectName, const QKeySequence& key, std::function<void()> fn)
{
    auto* a = new QAction(this);
    a->setObjectName(QString::fromLatin1(objectName));
    a->setShortcut(key);
    // Single keys belong to the queue: typing in the filter or a dialog
    // never triggers them.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(a);
    connect(a, &QAction::triggered, this, std::move(fn));
    m_decisions << a;
    return a;
}

void TriageActions::retranslate()
{
    m_triaged->setText(tr("Mark &Triaged…"));
    m_inProgress->setText(tr("Mark &In Progress…"));
    m_falsePositive->setText(tr("Mark &False Positive…"));
    m_contained->setText(tr("Mark &Contained…"));
    m_acceptRisk->setText(tr("Request &Exception (Accept Risk)…"));
    m_fixed->setText(tr("Mark Fixed, &Verify…"));
    m_assignMe->setText(tr("Assign to &Me"));
    m_assignPerson->setText(tr("Assign to &Person…"));
    m_assignOwner->setText(tr("Assign &Owner…"));
    m_note->setText(tr("Add &Note…"));
    m_similarAction->setText(tr("Apply to &Similar Findings…"));
    updateUndo();
}

void TriageActions::setWriter(StoreWriter* writer)
{
    m_writer = writer;
    m_service = writer ? std::make_unique<TriageService>(*writer) : nullptr;
    updateUndo();
}

std::vector<std::int64_t> TriageActions::selectedIds() const
{
    std::vector<std::int64_t> ids;
    const QItemSelection selection = m_view->selectionModel()->selection();
    std::vector<std::pair<int, int>> ranges;
    for (const QItemSelectionRange& r : selection)
        ranges.emplace_back(r.top(), r.bottom());
    if (ranges.empty() && m_view->currentIndex().isValid())
        ranges.emplace_back(m_view->currentIndex().row(), m_view->currentIndex().row());
    std::sort(ranges.begin(), ranges.end());
    std::optional<Database> db; // opened only when rows were never loaded
    for (auto [top, bottom] : ranges) {
        bool allLoaded = true;
        std::vector<std::int64_t> part;
        for (int row = top; row <= bottom && allLoaded; ++row) {
            const QueueRow* r = m_model->rowAt(row);
            if (r)
                part.push_back(r->id);
            else
                allLoaded = false;
        }
        if (!allLoaded) {
            if (!db)
                db.emplace(m_model->workspace().toStdString(), Database::Mode::ReadOnly);
            part = queueIds(*db, m_model->query(), top, std::int64_t(bottom) - top + 1);
        }
        ids.insert(ids.end(), part.begin(), part.end());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

bool TriageActions::decide(TriageDialog::Kind kind, std::vector<std::int64_t> ids, const QString& initial)
{
    if (!m_service || ids.empty())
        return false;
    TriageDialog dialog(kind, ids, m_actor, [this](const TriageRequest& r) { return m_service->preview(r); }, m_parent);
    if (m_suggest)
        dialog.setSuggestions(m_suggest(kind));
    if (!initial.isEmpty())
        dialog.setInitialValue(initial);
    const bool accepted = m_autoAnswer ? m_autoAnswer(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return false;
    try {
        const TriageResult res = m_service->apply(dialog.request());
        updateUndo();
        if (res.changeSetId == 0)
            emit changed(tr("Nothing changed: the findings already were that way."));
        else
            emit changed(tr("Changed %n finding(s). Ctrl+Z undoes it.", nullptr, int(res.findingsChanged)));
        return res.changeSetId != 0;
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
        return false;
    }
}

void TriageActions::assignToMe()
{
    auto ids = selectedIds();
    if (ids.size() > 1) {
        // A bulk change says how many it touches first.
        decide(TriageDialog::Kind::AssignPerson, std::move(ids), m_actor);
        return;
    }
    if (!m_service || ids.empty())
        return;
    try {
        const TriageResult res = m_service->apply({ids, {{TriageField::Assignee, m_actor.toStdString()}}, "", "", m_actor.toStdString()});
        updateUndo();
        emit changed(res.changeSetId ? tr("Assigned to you. Ctrl+Z undoes it.") : tr("Already assigned to you."));
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
    }
}

void TriageActions::applyToSimilar()
{
    const qint64 current = m_model->findingId(m_view->currentIndex().row());
    if (!current || !m_similar)
        return;
    QPointer<TriageActions> self(this);
    m_similar(current, [self, current](std::vector<std::int64_t> ids) {
        if (!self)
            return;
        ids.push_back(current);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        self->decide(TriageDialog::Kind::SetStatus, std::move(ids));
    });
}

void TriageActions::undoLast()
{
    if (!m_service)
        return;
    try {
        const auto last = m_service->lastUndoable(m_actor.toStdString());
        if (!last) {
            emit changed(tr("Nothing to undo."));
            return;
        }
        const TriageResult res = m_service->undo(*last, m_actor.toStdString());
        updateUndo();
        QString msg = tr("Undone: %n finding(s) restored.", nullptr, int(res.findingsChanged));
        if (res.conflicts > 0)
            msg += QLatin1Char(' ') + tr("%n field(s) changed since were left alone.", nullptr, int(res.conflicts));
        emit changed(msg);
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
    }
}

void TriageActions::updateUndo()
{
    m_undo->setText(tr("&Undo Last Triage Decision"));
    m_undo->setEnabled(m_service != nullptr);
}

} // namespace closeloop
