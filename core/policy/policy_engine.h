// SPDX-License-Identifier: GPL-3.0-or-later
// Applies the policy in force to findings: routes each one (path, SLA class,
// the rule that decided, the policy version), turns what happened to it into
// clock events, replays its four clocks and stores them with the time of the
// next escalation. Runs inside the caller's transaction: the import, the
// catalog or intelligence load, the triage decision or the exception change
// that made it necessary, so a finding is never seen half-decided.
#pragma once

#include "policy.h"
#include "sla_timeline.h"
#include "store/database.h"
#include "util/clock.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace closeloop {

struct PolicyEvaluation
{
    std::int64_t evaluated = 0;
    std::int64_t rerouted = 0;      // path or class changed (a new finding counts)
    std::int64_t eventsAdded = 0;   // statuses turned into clock events
};

class PolicyEngine
{
public:
    PolicyEngine(Database& db, std::shared_ptr<const Policy> policy, const Clock& clock = systemClock());

    // The findings with these ids.
    PolicyEvaluation evaluateIds(const std::vector<std::int64_t>& ids);
    // Every finding (a new policy, a catalog or intelligence load).
    PolicyEvaluation evaluateAll();
    // Findings with id > lastIdBefore (new in an import) plus the ids of
    // findings the import changed.
    PolicyEvaluation evaluateImport(std::int64_t lastIdBefore, const std::vector<std::int64_t>& changed);

    // Records an event that is not a status change (exception paused or
    // resumed) before the finding is evaluated.
    void addEvent(std::int64_t findingId, FindingEventKind kind, const std::string& at, const std::string& source);

    const Policy& policy() const { return *m_policy; }

private:
    struct Row;
    // A clock as sla_clocks stores it.
    struct ClockRowText
    {
        std::string name, started, runningSince, due, risk, stopped, next;
        std::int64_t budget = 0, consumed = 0;
        int level = 0;
        bool running = false;
    };
    std::vector<ClockRowText> clockRows(const SlaClass& cls, const std::array<SlaClockState, SlaClockCount>& clocks,
                                        const std::map<std::string, std::pair<std::string, int>>& old) const;
    PolicyEvaluation run(const std::string& where, const std::vector<std::int64_t>& binds, bool fresh);
    void evaluate(Row& r, bool fresh, PolicyEvaluation& stats);

    Database& m_db;
    std::shared_ptr<const Policy> m_policy;
    const Clock& m_clock;
    Statement m_events, m_addEvent, m_oldClocks, m_deleteClocks, m_insertClock, m_updateFinding;
    // New findings of one import share their detection time: their clocks
    // are replayed once per class.
    std::map<std::pair<std::string, std::string>, std::vector<ClockRowText>> m_freshRows;
};

// The event a status implies for the clocks, if any (reopened, acknowledged
// for triaged and in_progress, contained, remediated, verified, closed,
// paused for accepted_risk).
std::optional<FindingEventKind> eventForStatus(const std::string& status);

// What happened to a finding, as the clocks are replayed from: the events
// on record (events: "SELECT at, kind FROM finding_events WHERE finding_id = ?
// ORDER BY at, id"), plus the one its status implies when nothing on record
// is as recent as that status. implied receives that one, if any, so the
// engine can store it; the backtest only reads.
std::vector<FindingEvent> findingHistory(Statement& events, std::int64_t findingId, const std::string& firstSeen,
                                         const std::string& status, const std::string& statusChangedAt, bool readEvents,
                                         std::optional<FindingEventKind>* implied);

// The facts the rules read, from a row of `factsSelect()` starting at column first.
std::string factsSelectColumns(); // "f.severity, ..., c.environment" (13 columns)
FindingFacts factsFromRow(const Statement& st, int first);
constexpr int FactsColumnCount = 17;

} // namespace closeloop
