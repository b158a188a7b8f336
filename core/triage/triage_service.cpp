// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage_service.h"

#include "audit/audit_log.h"
#include "policy/policy_engine.h"
#include "policy/policy_store.h"
#include "util/clock.h"
#include "util/sha256.h"

#include <algorithm>
#include <map>

namespace closeloop {

namespace {

// A decision can change what the policy decides (the owner routes, the
// status stops or starts clocks): the findings it changed are evaluated
// again in the same transaction. Returns the policy version in force.
std::string reapplyPolicy(Database& db, std::int64_t changeSetId, const Clock& clock)
{
    std::vector<std::int64_t> ids;
    auto st = db.prepare("SELECT DISTINCT finding_id FROM finding_changes WHERE change_set = ? AND field <> 'note'");
    st.bind(1, changeSetId);
    while (st.step())
        ids.push_back(st.int64(0));
    auto policy = PolicyStore(db).active();
    PolicyEngine(db, policy, clock).evaluateIds(ids);
    return policy->version;
}

// One column a decision writes. The names come from this table only, never
// from the request, so they can be spliced into SQL.
struct ColumnChange
{
    const char* column;
    std::string value;
};

const char* fieldName(TriageField f)
{
    switch (f) {
    case TriageField::Owner: return "assign_owner";
    case TriageField::Assignee: return "assign";
    case TriageField::Status: return "set_status";
    }
    return "";
}

std::vector<ColumnChange> columnsOf(const TriageRequest& r)
{
    std::vector<ColumnChange> out;
    for (const auto& c : r.changes) {
        switch (c.field) {
        case TriageField::Owner:
            // A hand-set owner survives the next catalog mapping.
            out.push_back({"owner", c.value});
            out.push_back({"owner_manual", c.value.empty() ? "0" : "1"});
            break;
        case TriageField::Assignee:
            out.push_back({"assignee", c.value});
            break;
        case TriageField::Status:
            out.push_back({"status", c.value});
            out.push_back({"status_reason", r.reason});
            break;
        }
    }
    return out;
}

constexpr const char* Undoable[] = {"owner", "owner_manual", "assignee", "status", "status_reason"};

void fillSelection(Database& db, const std::vector<std::int64_t>& ids)
{
    db.exec("CREATE TEMP TABLE IF NOT EXISTS triage_selection (id INTEGER PRIMARY KEY)");
    db.exec("DELETE FROM temp.triage_selection");
    auto ins = db.prepare("INSERT OR IGNORE INTO temp.triage_selection (id) VALUES (?)");
    for (auto id : ids) {
        ins.bind(1, id);
        ins.exec();
    }
}

std::int64_t scalar(Database& db, const std::string& sql, std::int64_t bindValue = 0, bool bindIt = false)
{
    auto st = db.prepare(sql);
    if (bindIt)
        st.bind(1, bindValue);
    return st.step() ? st.int64(0) : 0;
}

// Which rows a change set wrote, in a canonical order, as one digest: the
// audit entry stays small for a change over 100,000 findings, and any later
// edit of those rows no longer matches the chained entry.
std::string changeDigest(Database& db, std::int64_t changeSet)
{
    auto st = db.prepare("SELECT finding_id, field, before, after FROM finding_changes WHERE change_set = ?"
                         " ORDER BY finding_id, field");
    st.bind(1, changeSet);
    Sha256 h;
    while (st.step()) {
        const std::string line = std::to_string(st.int64(0)) + '\x1f' + st.text(1) + '\x1f' + st.text(2) + '\x1f' +
                                 st.text(3) + '\n';
        h.add(line);
    }
    return Sha256::hex(h.finish());
}

nlohmann::json sampleIds(Database& db, std::int64_t changeSet)
{
    nlohmann::json ids = nlohmann::json::array();
    auto st = db.prepare("SELECT DISTINCT finding_id FROM finding_changes WHERE change_set = ? ORDER BY finding_id LIMIT 50");
    st.bind(1, changeSet);
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

void validate(const TriageRequest& r)
{
    if (r.actor.empty())
        throw TriageError("a triage decision needs an actor");
    if (r.findingIds.empty())
        throw TriageError("no findings selected");
    if (r.changes.empty() && r.note.empty())
        throw TriageError("nothing to change: no field and no note");
    for (const auto& c : r.changes) {
        if (c.field != TriageField::Status)
            continue;
        const auto& allowed = manualStatuses();
        if (std::find(allowed.begin(), allowed.end(), c.value) == allowed.end())
            throw TriageError("status '" + c.value + "' cannot be set by hand");
        if (r.reason.empty())
            throw TriageError("a status change needs a reason");
    }
}

} // namespace

const std::vector<std::string>& manualStatuses()
{
    // accepted_risk comes only from an exception: it has an expiry and a
    // decision, a status set by hand would have neither.
    static const std::vector<std::string> s = {"new",       "triaged",        "in_progress",
                                               "contained", "false_positive", "pending_verification"};
    return s;
}

bool isKnownStatus(std::string_view status)
{
    static const char* const all[] = {"new",           "reopened",             "triaged",
                                      "in_progress",   "contained",            "false_positive",       "accepted_risk",
                                      "pending_verification", "resolved_verified", "suppressed"};
    return std::any_of(std::begin(all), std::end(all), [&](const char* s) { return status == s; });
}

TriagePreview TriageService::preview(const TriageRequest& request)
{
    const auto columns = columnsOf(request);
    return m_writer
        .run([&](Database& db) {
            Transaction tx(db, Transaction::Kind::Deferred); // read only: rolled back
            fillSelection(db, request.findingIds);
            TriagePreview p;
            p.selected = scalar(db, "SELECT count(*) FROM findings WHERE id IN temp.triage_selection");
            p.missing = scalar(db, "SELECT count(*) FROM temp.triage_selection") - p.selected;
            if (!request.note.empty()) {
                p.changing = p.selected;
            } else if (!columns.empty()) {
                std::string cond;
                for (std::size_t i = 0; i < columns.size(); ++i)
                    cond += std::string(i ? " OR " : "") + columns[i].column + " IS NOT ?";
                auto st = db.prepare("SELECT count(*) FROM findings WHERE id IN temp.triage_selection AND (" + cond + ")");
                for (std::size_t i = 0; i < columns.size(); ++i)
                    st.bind(int(i + 1), columns[i].value);
                p.changing = st.step() ? st.int64(0) : 0;
            }
            return p;
        })
        .get();
}

TriageResult TriageService::apply(const TriageRequest& request)
{
    validate(request);
    const auto columns = columnsOf(request);
    std::string action;
    for (const auto& c : request.changes)
        action += std::string(action.empty() ? "" : "+") + fieldName(c.field);
    if (!request.note.empty())
        action += action.empty() ? "note" : "+note";

    return m_writer
        .run([&](Database& db) {
            TriageResult result;
            const std::string now = m_clock.nowIso();
            Transaction tx(db);
            fillSelection(db, request.findingIds);
            auto cs = db.prepare("INSERT INTO change_sets (at, actor, action, reason, count) VALUES (?,?,?,?,0)");
            cs.bind(1, now).bind(2, request.actor).bind(3, action).bind(4, request.reason);
            cs.exec();
            result.changeSetId = db.lastInsertId();

            for (const auto& c : columns) {
                const std::string col = c.column;
                auto rec = db.prepare("INSERT INTO finding_changes (change_set, finding_id, field, before, after)"
                                      " SELECT ?1, id, '" + col + "', " + col + ", ?2 FROM findings"
                                      " WHERE id IN temp.triage_selection AND " + col + " IS NOT ?2");
                rec.bind(1, result.changeSetId).bind(2, c.value);
                rec.exec();
                std::string set = col + " = ?1";
                if (col == "status")
                    set += ", status_changed_at = ?2";
                auto upd = db.prepare("UPDATE findings SET " + set + " WHERE id IN temp.triage_selection AND " + col +
                                      " IS NOT ?1");
                upd.bind(1, c.value);
                if (col == "status")
                    upd.bind(2, now);
                upd.exec();
            }
            if (!request.note.empty()) {
                auto note = db.prepare("INSERT INTO finding_notes (finding_id, at, actor, text, change_set)"
                                       " SELECT id, ?, ?, ?, ? FROM findings WHERE id IN temp.triage_selection");
                note.bind(1, now).bind(2, request.actor).bind(3, request.note).bind(4, result.changeSetId);
                note.exec();
                result.notesAdded = db.changes();
                auto rec = db.prepare("INSERT INTO finding_changes (change_set, finding_id, field, before, after)"
                                      " SELECT change_set, finding_id, 'note', '', text FROM finding_notes"
                                      " WHERE change_set = ?");
                rec.bind(1, result.changeSetId);
                rec.exec();
            }
            result.findingsChanged = scalar(db, "SELECT count(DISTINCT finding_id) FROM finding_changes WHERE change_set = ?",
                                            result.changeSetId, true);
            if (result.findingsChanged == 0)
                return TriageResult{}; // nothing differed: the transaction rolls back

            auto count = db.prepare("UPDATE change_sets SET count = ? WHERE id = ?");
            count.bind(1, result.findingsChanged).bind(2, result.changeSetId);
            count.exec();

            const std::string policyVersion = reapplyPolicy(db, result.changeSetId, m_clock);
            AuditEntry audit;
            audit.policyVersion = policyVersion;
            audit.at = now;
            audit.actor = request.actor;
            audit.role = request.role;
            audit.action = "triage";
            audit.objectType = "change_set";
            audit.objectId = std::to_string(result.changeSetId);
            nlohmann::json fields = nlohmann::json::object();
            for (const auto& c : request.changes)
                fields[fieldName(c.field)] = c.value;
            audit.after = {{"action", action},
                           {"fields", fields},
                           {"note", request.note},
                           {"findings", result.findingsChanged},
                           {"changes_sha256", changeDigest(db, result.changeSetId)},
                           {"finding_ids_first", sampleIds(db, result.changeSetId)}};
            audit.reason = request.reason;
            appendAudit(db, std::move(audit));
            tx.commit();
            return result;
        })
        .get();
}

TriageResult TriageService::undo(std::int64_t changeSetId, const std::string& actor)
{
    if (actor.empty())
        throw TriageError("an undo needs an actor");
    return m_writer
        .run([&](Database& db) {
            TriageResult result;
            const std::string now = m_clock.nowIso();
            Transaction tx(db);
            auto find = db.prepare("SELECT action, undoes, undone_by FROM change_sets WHERE id = ?");
            find.bind(1, changeSetId);
            if (!find.step())
                throw TriageError("there is no change set " + std::to_string(changeSetId));
            const std::string action = find.text(0);
            if (!find.isNull(1))
                throw TriageError("change set " + std::to_string(changeSetId) + " is itself an undo");
            if (!find.isNull(2))
                throw TriageError("change set " + std::to_string(changeSetId) + " was undone already (by " +
                                  std::to_string(find.int64(2)) + ")");

            auto cs = db.prepare("INSERT INTO change_sets (at, actor, action, reason, count, undoes) VALUES (?,?,'undo',?,0,?)");
            cs.bind(1, now).bind(2, actor).bind(3, "undo of change set " + std::to_string(changeSetId)).bind(4, changeSetId);
            cs.exec();
            result.changeSetId = db.lastInsertId();

            for (const char* colName : Undoable) {
                const std::string col = colName;
                // Only fields still holding what the change set wrote: a later
                // decision by someone else is not silently reverted.
                auto rec = db.prepare("INSERT INTO finding_changes (change_set, finding_id, field, before, after)"
                                      " SELECT ?1, fc.finding_id, fc.field, fc.after, fc.before"
                                      " FROM finding_changes fc JOIN findings f ON f.id = fc.finding_id"
                                      " WHERE fc.change_set = ?2 AND fc.field = '" + col + "' AND f." + col + " IS fc.after");
                rec.bind(1, result.changeSetId).bind(2, changeSetId);
                rec.exec();
                result.conflicts += scalar(db, "SELECT count(*) FROM finding_changes fc JOIN findings f ON f.id = fc.finding_id"
                                               " WHERE fc.change_set = ? AND fc.field = '" + col + "' AND f." + col +
                                               " IS NOT fc.after", changeSetId, true);
                std::string set = col + " = (SELECT after FROM finding_changes u WHERE u.change_set = ?1"
                                        " AND u.finding_id = findings.id AND u.field = '" + col + "')";
                if (col == "status")
                    set += ", status_changed_at = ?2";
                auto upd = db.prepare("UPDATE findings SET " + set + " WHERE id IN (SELECT finding_id FROM finding_changes"
                                      " WHERE change_set = ?1 AND field = '" + col + "')");
                upd.bind(1, result.changeSetId);
                if (col == "status")
                    upd.bind(2, now);
                upd.exec();
            }
            // Notes added by the change set are withdrawn; the audit entry of
            // the original change still says what they were.
            auto notes = db.prepare("INSERT INTO finding_changes (change_set, finding_id, field, before, after)"
                                    " SELECT ?1, finding_id, 'note', text, '' FROM finding_notes WHERE change_set = ?2");
            notes.bind(1, result.changeSetId).bind(2, changeSetId);
            notes.exec();
            auto delNotes = db.prepare("DELETE FROM finding_notes WHERE change_set = ?");
            delNotes.bind(1, changeSetId);
            delNotes.exec();
            result.notesRemoved = db.changes();

            result.findingsChanged = scalar(db, "SELECT count(DISTINCT finding_id) FROM finding_changes WHERE change_set = ?",
                                            result.changeSetId, true);
            auto mark = db.prepare("UPDATE change_sets SET count = ? WHERE id = ?");
            mark.bind(1, result.findingsChanged).bind(2, result.changeSetId);
            mark.exec();
            auto undone = db.prepare("UPDATE change_sets SET undone_by = ? WHERE id = ?");
            undone.bind(1, result.changeSetId).bind(2, changeSetId);
            undone.exec();

            const std::string policyVersion = reapplyPolicy(db, result.changeSetId, m_clock);
            AuditEntry audit;
            audit.policyVersion = policyVersion;
            audit.at = now;
            audit.actor = actor;
            audit.role = "analyst";
            audit.action = "triage_undo";
            audit.objectType = "change_set";
            audit.objectId = std::to_string(result.changeSetId);
            audit.before = {{"change_set", changeSetId}, {"action", action}};
            audit.after = {{"findings", result.findingsChanged},
                           {"conflicts", result.conflicts},
                           {"changes_sha256", changeDigest(db, result.changeSetId)},
                           {"finding_ids_first", sampleIds(db, result.changeSetId)}};
            appendAudit(db, std::move(audit));
            tx.commit();
            return result;
        })
        .get();
}

std::optional<std::int64_t> TriageService::lastUndoable(const std::string& actor)
{
    return m_writer
        .run([&](Database& db) -> std::optional<std::int64_t> {
            auto st = db.prepare("SELECT id FROM change_sets WHERE actor = ? AND undoes IS NULL AND undone_by IS NULL"
                                 " ORDER BY id DESC LIMIT 1");
            st.bind(1, actor);
            if (st.step())
                return st.int64(0);
            return std::nullopt;
        })
        .get();
}

} // namespace closeloop
