// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_policy.h"

#include "policy/notifier.h"
#include "policy/policy_store.h"
#include "policy/sla_timeline.h"
#include "util/clock.h"

namespace closeloop {

namespace {

using json = nlohmann::json;

json optText(const Statement& st, int col)
{
    return st.isNull(col) ? json(nullptr) : json(st.text(col));
}

struct ClockRow
{
    SlaClockState state;
    int level = 0;
    std::string next;
};

} // namespace

json casePolicy(Database& db, std::int64_t id, const std::string& nowIso)
{
    const QDateTime now = parseUtcIso(nowIso);
    auto f = db.prepare("SELECT path, sla_class, policy_rule, policy_version, status, status_changed_at, service, owner,"
                        " assignee, exception_id FROM findings WHERE id = ?");
    f.bind(1, id);
    if (!f.step())
        return nullptr;
    const std::string path = f.text(0), cls = f.text(1), rule = f.text(2), version = f.text(3), status = f.text(4),
                      changedAt = f.text(5), service = f.text(6), owner = f.text(7), assignee = f.text(8);
    json out = {{"path", path}, {"sla_class", cls}, {"rule", rule}, {"version", version},
                {"version_short", version.substr(0, 12)}};
    PolicyStore store(db);
    const auto decided = version.empty() ? nullptr : store.byVersion(version);
    const std::string inForce = store.activeVersion();
    out["in_force"] = inForce.empty() || inForce == version;
    if (decided) {
        out["policy_name"] = decided->name;
        if (auto c = decided->classes.find(cls); c != decided->classes.end())
            out["sla_class_title"] = c->second.title;
        for (const auto& r : decided->rules)
            if (r.id == rule)
                out["rule_description"] = r.description;
    }

    // The clocks, and the most urgent running one: it decides who holds it.
    std::vector<ClockRow> rows;
    auto c = db.prepare("SELECT clock, budget_s, started_at, consumed_s, running_since, due_at, risk_at, stopped_at,"
                        " escalation_level, next_escalation_at FROM sla_clocks WHERE finding_id = ?");
    c.bind(1, id);
    json clocks = json::array();
    const ClockRow* urgent = nullptr;
    while (c.step()) {
        ClockRow r;
        const auto kind = slaClockFromName(c.text(0));
        if (!kind)
            continue;
        r.state.kind = *kind;
        r.state.started = true;
        r.state.budget = c.int64(1);
        r.state.startedAt = parseUtcIso(c.text(2));
        r.state.consumed = c.int64(3);
        if (!c.isNull(4))
            r.state.runningSince = parseUtcIso(c.text(4));
        if (!c.isNull(5))
            r.state.dueAt = parseUtcIso(c.text(5));
        if (!c.isNull(6))
            r.state.riskAt = parseUtcIso(c.text(6));
        if (!c.isNull(7))
            r.state.stoppedAt = parseUtcIso(c.text(7));
        r.state.paused = !r.state.stopped() && !r.state.runningSince.isValid();
        r.level = int(c.int64(8));
        r.next = c.isNull(9) ? std::string() : c.text(9);
        const SlaState s = slaStateAt(r.state, now);
        json j = {{"clock", c.text(0)},         {"state", slaStateName(s)},  {"budget_s", r.state.budget},
                  {"consumed_s", r.state.consumed}, {"started_at", c.text(2)}, {"due_at", optText(c, 5)},
                  {"risk_at", optText(c, 6)},   {"stopped_at", optText(c, 7)}, {"escalation_level", r.level},
                  {"next_escalation_at", optText(c, 9)}, {"running_since", optText(c, 4)}};
        if (r.state.running() && r.state.dueAt.isValid())
            j["seconds_left"] = now.secsTo(r.state.dueAt);
        clocks.push_back(std::move(j));
        rows.push_back(std::move(r));
    }
    for (const ClockRow& r : rows)
        if (r.state.running() && (!urgent || r.state.dueAt < urgent->state.dueAt))
            urgent = &r;
    out["clocks"] = std::move(clocks);
    out["now"] = nowIso;

    // Who holds it: the assignee or owner until the first threshold passed,
    // then the escalation step last notified.
    Notifier chain(db, systemClock());
    json holder = nullptr;
    if (urgent) {
        std::string step = "owner";
        if (urgent->level > 0 && decided) {
            const auto ci = decided->classes.find(cls);
            if (ci != decided->classes.end()) {
                const auto& steps = ci->second.clocks[std::size_t(urgent->state.kind)].escalation;
                if (std::size_t(urgent->level) <= steps.size())
                    step = steps[std::size_t(urgent->level - 1)].notify;
            }
        }
        Recipient r;
        if ((step == "owner" || step == "assignee") && !assignee.empty())
            r = {assignee, "", "assignee"};
        else if (step == "security" && decided)
            r = {decided->exceptions.securityTeam, "", "security"};
        else
            r = chain.chainMember(service, step == "assignee" ? "owner" : step, owner);
        holder = {{"name", r.name}, {"contact", r.contact}, {"role", r.role}, {"level", urgent->level},
                  {"clock", slaClockName(urgent->state.kind)}};
    }
    out["holder"] = std::move(holder);

    // Exceptions that cover or covered it, newest first.
    json exceptions = json::array();
    std::string pendingSince, activeSince;
    auto e = db.prepare("SELECT e.id, e.state, e.tier, e.expires_at, e.requested_by, e.requested_at, e.decided_by,"
                        " e.decided_at, e.justification, e.source FROM exception_findings x"
                        " JOIN exceptions e ON e.id = x.exception_id WHERE x.finding_id = ? ORDER BY e.id DESC LIMIT 50");
    e.bind(1, id);
    while (e.step()) {
        const std::string state = e.text(1);
        if (state == "requested" && pendingSince.empty())
            pendingSince = e.text(5);
        if (state == "active" && activeSince.empty())
            activeSince = e.isNull(7) ? e.text(5) : e.text(7);
        exceptions.push_back({{"id", e.int64(0)},           {"state", state},           {"tier", e.text(2)},
                              {"expires_at", e.text(3)},     {"requested_by", e.text(4)}, {"requested_at", e.text(5)},
                              {"decided_by", e.text(6)},     {"decided_at", optText(e, 7)},
                              {"justification", e.text(8)}, {"source", e.text(9)}});
    }
    out["exceptions"] = std::move(exceptions);

    std::string waiting = "nothing", since = changedAt;
    if (status == "accepted_risk") {
        waiting = "exception expiry";
        if (!activeSince.empty())
            since = activeSince;
    } else if (!pendingSince.empty() && status != "resolved_verified" && status != "false_positive" && status != "suppressed") {
        waiting = "approval";
        since = pendingSince;
    } else if (status == "new" || status == "reopened") {
        waiting = "acknowledgement";
    } else if (status == "triaged" || status == "in_progress") {
        waiting = "remediation";
        for (const ClockRow& r : rows)
            if (r.state.kind == SlaClockKind::Contain && r.state.running())
                waiting = "containment";
    } else if (status == "contained") {
        waiting = "remediation";
    } else if (status == "pending_verification") {
        waiting = "verification";
    }
    out["waiting_for"] = waiting;
    out["since"] = since;
    return out;
}

} // namespace closeloop
