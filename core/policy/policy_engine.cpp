// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy_engine.h"

#include "util/ascii_text.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace closeloop {

namespace {

std::vector<std::string> words(std::string_view s)
{
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ' ' || c == '\t') {
            if (!cur.empty())
                out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += char(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

std::vector<std::string> jsonStrings(std::string_view text)
{
    std::vector<std::string> out;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_array())
        for (const auto& v : j)
            if (v.is_string())
                out.push_back(asciiLower(v.get<std::string>()));
    return out;
}

std::optional<double> optReal(const Statement& st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional<double>(st.real(col));
}

std::optional<bool> optFlag(const Statement& st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional<bool>(st.int64(col) != 0);
}

std::string iso(const QDateTime& t)
{
    return t.isValid() ? isoUtc(t) : std::string();
}

} // namespace

std::optional<FindingEventKind> eventForStatus(const std::string& status)
{
    if (status == "reopened")
        return FindingEventKind::Reopened;
    if (status == "triaged" || status == "in_progress")
        return FindingEventKind::Acknowledged;
    if (status == "contained")
        return FindingEventKind::Contained;
    if (status == "pending_verification")
        return FindingEventKind::Remediated;
    if (status == "resolved_verified")
        return FindingEventKind::Verified;
    if (status == "false_positive" || status == "suppressed")
        return FindingEventKind::Closed;
    if (status == "accepted_risk")
        return FindingEventKind::Paused;
    return std::nullopt;
}

std::vector<FindingEvent> findingHistory(Statement& st, std::int64_t findingId, const std::string& firstSeen,
                                         const std::string& status, const std::string& statusChangedAt, bool readEvents,
                                         std::optional<FindingEventKind>* implied)
{
    std::vector<FindingEvent> events;
    std::string lastAt = firstSeen;
    if (readEvents) {
        st.bind(1, findingId);
        while (st.step())
            if (const auto kind = findingEventFromName(st.text(1))) {
                const std::string at = st.text(0);
                events.push_back({parseUtcIso(at), *kind});
                lastAt = std::max(lastAt, at);
            }
        st.reset();
    }
    if (implied)
        implied->reset();
    if (statusChangedAt > lastAt || (events.empty() && statusChangedAt == lastAt))
        if (const auto kind = eventForStatus(status)) {
            events.push_back({parseUtcIso(statusChangedAt), *kind});
            if (implied)
                *implied = kind;
        }
    return events;
}

std::string factsSelectColumns()
{
    return "f.severity, f.cvss_score, f.kev, f.epss, f.epss_percentile, f.environment, f.tool, f.owner, f.service,"
           " c.tier, c.customer_facing, c.internet_facing, c.data_classes, c.lifecycle, c.tags, c.environment,"
           " f.id";
}

FindingFacts factsFromRow(const Statement& st, int i)
{
    FindingFacts f;
    f.severity = int(st.int64(i));
    f.cvss = optReal(st, i + 1);
    f.kev = st.int64(i + 2) != 0;
    f.epss = optReal(st, i + 3);
    f.epssPercentile = optReal(st, i + 4);
    f.environment = asciiLower(st.textView(i + 5));
    f.tool = asciiLower(st.textView(i + 6));
    f.owner = asciiLower(st.textView(i + 7));
    f.service = asciiLower(st.textView(i + 8));
    if (!st.isNull(i + 9))
        f.criticality = int(st.int64(i + 9));
    f.customerFacing = optFlag(st, i + 10);
    f.internetFacing = optFlag(st, i + 11);
    if (!st.isNull(i + 12))
        f.dataClasses = words(st.textView(i + 12));
    if (!st.isNull(i + 13))
        f.lifecycle = asciiLower(st.textView(i + 13));
    if (!st.isNull(i + 14))
        f.tags = jsonStrings(st.textView(i + 14));
    if (f.environment.empty() && !st.isNull(i + 15))
        f.environment = asciiLower(st.textView(i + 15));
    return f;
}

struct PolicyEngine::Row
{
    std::int64_t id = 0;
    FindingFacts facts;
    std::string status, statusChangedAt, firstSeen, path, slaClass, rule, version;
};

PolicyEngine::PolicyEngine(Database& db, std::shared_ptr<const Policy> policy, const Clock& clock)
    : m_db(db)
    , m_policy(std::move(policy))
    , m_clock(clock)
{
    m_events = db.prepare("SELECT at, kind FROM finding_events WHERE finding_id = ? ORDER BY at, id");
    m_addEvent = db.prepare("INSERT INTO finding_events (finding_id, at, kind, source) VALUES (?,?,?,?)");
    m_oldClocks = db.prepare("SELECT clock, started_at, escalation_level FROM sla_clocks WHERE finding_id = ?");
    m_deleteClocks = db.prepare("DELETE FROM sla_clocks WHERE finding_id = ?");
    m_insertClock = db.prepare("INSERT INTO sla_clocks (finding_id, clock, budget_s, started_at, consumed_s,"
                               " running_since, due_at, risk_at, stopped_at, escalation_level, next_escalation_at)"
                               " VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    m_updateFinding = db.prepare("UPDATE findings SET path = ?, sla_class = ?, policy_rule = ?, policy_version = ?,"
                                 " sla_due = ? WHERE id = ?");
}

void PolicyEngine::addEvent(std::int64_t findingId, FindingEventKind kind, const std::string& at, const std::string& source)
{
    m_addEvent.bind(1, findingId).bind(2, at).bind(3, findingEventName(kind)).bind(4, source);
    m_addEvent.exec();
}

PolicyEvaluation PolicyEngine::evaluateIds(const std::vector<std::int64_t>& ids)
{
    PolicyEvaluation total;
    // In chunks, so that a selection of many ids stays one statement each.
    constexpr std::size_t Chunk = 500;
    for (std::size_t i = 0; i < ids.size(); i += Chunk) {
        const std::size_t n = std::min(Chunk, ids.size() - i);
        std::string in = "f.id IN (";
        for (std::size_t k = 0; k < n; ++k)
            in += k ? ",?" : "?";
        in += ")";
        const PolicyEvaluation e = run(in, {ids.begin() + i, ids.begin() + i + n}, false);
        total.evaluated += e.evaluated;
        total.rerouted += e.rerouted;
        total.eventsAdded += e.eventsAdded;
    }
    return total;
}

PolicyEvaluation PolicyEngine::evaluateAll()
{
    return run("1", {}, false);
}

PolicyEvaluation PolicyEngine::evaluateImport(std::int64_t lastIdBefore, const std::vector<std::int64_t>& changed)
{
    PolicyEvaluation total = run("f.id > ?", {lastIdBefore}, true);
    const PolicyEvaluation e = evaluateIds(changed);
    total.evaluated += e.evaluated;
    total.rerouted += e.rerouted;
    total.eventsAdded += e.eventsAdded;
    return total;
}

PolicyEvaluation PolicyEngine::run(const std::string& where, const std::vector<std::int64_t>& binds, bool fresh)
{
    auto st = m_db.prepare("SELECT " + factsSelectColumns() +
                           ", f.status, f.status_changed_at, f.first_seen, f.path, f.sla_class, f.policy_rule,"
                           " f.policy_version FROM findings f LEFT JOIN catalog_entities c ON c.ref = f.service"
                           " WHERE " + where);
    for (std::size_t i = 0; i < binds.size(); ++i)
        st.bind(int(i + 1), binds[i]);
    PolicyEvaluation stats;
    Row r;
    while (st.step()) {
        r.facts = factsFromRow(st, 0);
        r.id = st.int64(16);
        r.status = st.text(17);
        r.statusChangedAt = st.text(18);
        r.firstSeen = st.text(19);
        r.path = st.text(20);
        r.slaClass = st.text(21);
        r.rule = st.text(22);
        r.version = st.text(23);
        evaluate(r, fresh, stats);
    }
    return stats;
}

std::vector<PolicyEngine::ClockRowText> PolicyEngine::clockRows(
    const SlaClass& cls, const std::array<SlaClockState, SlaClockCount>& clocks,
    const std::map<std::string, std::pair<std::string, int>>& old) const
{
    std::vector<ClockRowText> out;
    for (const SlaClockState& c : clocks) {
        if (!c.started)
            continue;
        ClockRowText t;
        t.name = slaClockName(c.kind);
        const ClockSpec& spec = cls.clocks[std::size_t(c.kind)];
        t.started = iso(c.startedAt);
        if (auto it = old.find(t.name); it != old.end() && it->second.first == t.started)
            t.level = it->second.second;
        t.budget = c.budget;
        t.consumed = c.consumed;
        t.running = c.running();
        t.runningSince = iso(c.runningSince);
        t.due = iso(c.dueAt);
        t.risk = iso(c.riskAt);
        t.stopped = iso(c.stoppedAt);
        if (t.running && t.level < int(spec.escalation.size()))
            t.next = iso(shareReachedAt(c, m_policy->calendarOf(spec), spec.escalation[std::size_t(t.level)].share));
        out.push_back(std::move(t));
    }
    return out;
}

void PolicyEngine::evaluate(Row& r, bool fresh, PolicyEvaluation& stats)
{
    ++stats.evaluated;
    const RouteDecision d = route(*m_policy, r.facts);
    if (d.path != r.path || d.slaClass != r.slaClass)
        ++stats.rerouted;
    const auto cls = m_policy->classes.find(d.slaClass);

    std::optional<FindingEventKind> implied;
    const std::vector<FindingEvent> events =
        findingHistory(m_events, r.id, r.firstSeen, r.status, r.statusChangedAt, !fresh, &implied);
    if (implied) {
        addEvent(r.id, *implied, r.statusChangedAt, "status:" + r.status);
        ++stats.eventsAdded;
    }

    // New findings of one import share their class and detection time: their
    // clock rows, texts included, are worked out once.
    const std::vector<ClockRowText>* rows = nullptr;
    std::vector<ClockRowText> own;
    if (cls != m_policy->classes.end()) {
        if (events.empty() && fresh) {
            const auto key = std::make_pair(d.slaClass, r.firstSeen);
            auto it = m_freshRows.find(key);
            if (it == m_freshRows.end())
                it = m_freshRows.emplace(key, clockRows(cls->second, replayClocks(*m_policy, cls->second, parseUtcIso(r.firstSeen), events), {})).first;
            rows = &it->second;
        } else {
            // Thresholds already notified stay notified while a clock runs on
            // from the same start.
            std::map<std::string, std::pair<std::string, int>> old;
            if (!fresh) {
                m_oldClocks.bind(1, r.id);
                while (m_oldClocks.step())
                    old[m_oldClocks.text(0)] = {m_oldClocks.text(1), int(m_oldClocks.int64(2))};
                m_oldClocks.reset();
            }
            own = clockRows(cls->second, replayClocks(*m_policy, cls->second, parseUtcIso(r.firstSeen), events), old);
            rows = &own;
        }
    }
    if (!fresh) {
        m_deleteClocks.bind(1, r.id);
        m_deleteClocks.exec();
    }

    std::string_view slaDue;
    if (rows) {
        auto bindOpt = [&](int i, const std::string& v) {
            if (v.empty())
                m_insertClock.bindNull(i);
            else
                m_insertClock.bindStatic(i, v);
        };
        for (const ClockRowText& c : *rows) {
            m_insertClock.bind(1, r.id).bindStatic(2, c.name).bind(3, c.budget).bindStatic(4, c.started);
            m_insertClock.bind(5, c.consumed);
            bindOpt(6, c.runningSince);
            bindOpt(7, c.due);
            bindOpt(8, c.risk);
            bindOpt(9, c.stopped);
            m_insertClock.bind(10, c.level);
            bindOpt(11, c.next);
            m_insertClock.exec();
            if (c.running && !c.due.empty() && (slaDue.empty() || c.due < slaDue))
                slaDue = c.due;
        }
    }

    m_updateFinding.bind(1, d.path).bind(2, d.slaClass).bind(3, d.rule).bind(4, m_policy->version);
    if (slaDue.empty())
        m_updateFinding.bindNull(5);
    else
        m_updateFinding.bindStatic(5, slaDue);
    m_updateFinding.bind(6, r.id);
    m_updateFinding.exec();
}

} // namespace closeloop
