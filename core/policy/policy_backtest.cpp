// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy_backtest.h"

#include "policy_engine.h"
#include "sla_timeline.h"
#include "util/clock.h"

namespace closeloop {

namespace {

bool breached(const SlaClockState& c, const QDateTime& now)
{
    const SlaState s = slaStateAt(c, now);
    return s == SlaState::Breached || s == SlaState::MetLate;
}

struct Side
{
    const Policy& policy;
    std::map<std::pair<std::string, std::string>, std::array<SlaClockState, SlaClockCount>> fresh;

    std::array<SlaClockState, SlaClockCount> clocks(const std::string& cls, const std::string& firstSeen,
                                                    const std::vector<FindingEvent>& events)
    {
        const auto it = policy.classes.find(cls);
        if (it == policy.classes.end())
            return {};
        if (!events.empty())
            return replayClocks(policy, it->second, parseUtcIso(firstSeen), events);
        auto f = fresh.find({cls, firstSeen});
        if (f == fresh.end())
            f = fresh.emplace(std::make_pair(cls, firstSeen), replayClocks(policy, it->second, parseUtcIso(firstSeen), events)).first;
        return f->second;
    }
};

} // namespace

BacktestReport backtestPolicy(Database& db, const Policy& current, const Policy& proposed, const QDateTime& now,
                              std::size_t maxChanges, const std::atomic<bool>* cancel)
{
    BacktestReport r;
    r.currentVersion = current.version;
    r.currentName = current.name;
    r.proposedVersion = proposed.version;
    r.proposedName = proposed.name;
    r.now = isoUtc(now);
    Side sides[2] = {{current, {}}, {proposed, {}}};

    auto events = db.prepare("SELECT at, kind FROM finding_events WHERE finding_id = ? ORDER BY at, id");
    auto st = db.prepare("SELECT " + factsSelectColumns() +
                         ", f.status, f.status_changed_at, f.first_seen, f.title FROM findings f"
                         " LEFT JOIN catalog_entities c ON c.ref = f.service ORDER BY f.id");
    while (st.step()) {
        if (cancel && cancel->load())
            break;
        ++r.findings;
        const FindingFacts facts = factsFromRow(st, 0);
        const std::int64_t id = st.int64(16);
        const std::string status = st.text(17);
        const std::string changedAt = st.text(18);
        const std::string firstSeen = st.text(19);

        // The history as the engine reads it, without writing anything.
        const std::vector<FindingEvent> history = findingHistory(events, id, firstSeen, status, changedAt, true, nullptr);

        RouteDecision d[2];
        bool any[2] = {false, false};
        for (int s = 0; s < 2; ++s) {
            d[s] = route(sides[s].policy, facts);
            auto& p = r.paths[d[s].path];
            auto& c = r.classes[d[s].slaClass];
            (s == 0 ? p.first : p.second)++;
            (s == 0 ? c.first : c.second)++;
            for (const SlaClockState& clock : sides[s].clocks(d[s].slaClass, firstSeen, history)) {
                if (!clock.started || !breached(clock, now))
                    continue;
                any[s] = true;
                auto& b = r.breaches[d[s].slaClass][slaClockName(clock.kind)];
                (s == 0 ? b.first : b.second)++;
            }
        }
        if (any[0])
            ++r.breachedFindings.first;
        if (any[1])
            ++r.breachedFindings.second;
        if (d[0].path != d[1].path || d[0].slaClass != d[1].slaClass) {
            ++r.changedCount;
            if (r.changed.size() < maxChanges)
                r.changed.push_back({id, st.text(20), facts.severity, facts.service, d[0], d[1]});
        }
    }
    return r;
}

nlohmann::json BacktestReport::toJson() const
{
    auto pair = [](const std::pair<std::int64_t, std::int64_t>& p) {
        return nlohmann::json{{"current", p.first}, {"proposed", p.second}, {"delta", p.second - p.first}};
    };
    nlohmann::json j = {{"current", {{"version", currentVersion}, {"name", currentName}}},
                        {"proposed", {{"version", proposedVersion}, {"name", proposedName}}},
                        {"now", now},
                        {"findings", findings},
                        {"breached_findings", pair(breachedFindings)},
                        {"changed_count", changedCount}};
    for (const auto& [k, v] : paths)
        j["paths"][k] = pair(v);
    for (const auto& [k, v] : classes)
        j["classes"][k] = pair(v);
    j["breaches"] = nlohmann::json::object();
    for (const auto& [cls, clocks] : breaches)
        for (const auto& [clock, v] : clocks)
            j["breaches"][cls][clock] = pair(v);
    auto route = [](const RouteDecision& d) {
        return nlohmann::json{{"path", d.path}, {"sla_class", d.slaClass}, {"rule", d.rule}};
    };
    j["changed"] = nlohmann::json::array();
    for (const auto& c : changed)
        j["changed"].push_back({{"id", c.id}, {"title", c.title}, {"severity", c.severity}, {"service", c.service},
                                {"from", route(c.from)}, {"to", route(c.to)}});
    j["changed_listed"] = changed.size();
    return j;
}

} // namespace closeloop
