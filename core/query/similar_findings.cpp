// SPDX-License-Identifier: GPL-3.0-or-later
#include "similar_findings.h"

#include "context/intel_cve_id.h"
#include "model/severity.h"
#include "store/database.h"
#include "util/clock.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace closeloop {

using nlohmann::json;

namespace {

// Statuses that end a finding's story, and what the similar-findings panel
// calls each outcome.
bool isClosed(std::string_view status)
{
    return status == "resolved_verified" || status == "accepted_risk" || status == "false_positive" ||
           status == "suppressed";
}

std::string outcomeOf(std::string_view status)
{
    if (status == "resolved_verified")
        return "fixed_verified";
    if (status == "accepted_risk")
        return "exception";
    if (status == "false_positive")
        return "false_positive";
    if (status == "suppressed")
        return "suppressed";
    return "open";
}

double oneDecimal(double v)
{
    return double(std::llround(v * 10)) / 10;
}

struct Similar
{
    std::int64_t id = 0;
    std::string title, service, status, fixVersion, firstSeen, statusChangedAt;
    int severity = -1;
    int same = 0; // 0 cve, 1 rule, 2 package
};

bool hasToken(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    });
}

// Full-text candidates for one value, newest first and bounded, each checked
// for an exact match (a phrase matches "log4j core" inside "log4j-core-extra").
template<class Exact>
void collect(Database& db, const char* column, std::string_view value, std::int64_t self, int limit, int same,
             Exact exact, std::map<std::int64_t, Similar>& found, bool& complete)
{
    if (value.empty() || !hasToken(value))
        return;
    auto st = db.prepare("SELECT f.id, f.title, f.service, f.status, f.fix_version, f.first_seen,"
                         " f.status_changed_at, f.severity, f.cves, f.rule_id, f.package"
                         " FROM (SELECT rowid AS id FROM findings_fts WHERE findings_fts MATCH ?"
                         "       ORDER BY rowid DESC LIMIT ?) m"
                         " JOIN findings f ON f.id = m.id");
    st.bind(1, ftsPhrase(column, value)).bind(2, limit);
    int rows = 0;
    while (st.step()) {
        ++rows;
        const std::int64_t id = st.int64(0);
        if (id == self || !exact(st))
            continue;
        auto [it, fresh] = found.try_emplace(id);
        if (!fresh) {
            it->second.same = std::min(it->second.same, same);
            continue;
        }
        Similar& s = it->second;
        s.id = id;
        s.title = st.text(1);
        s.service = st.text(2);
        s.status = st.text(3);
        s.fixVersion = st.text(4);
        s.firstSeen = st.text(5);
        s.statusChangedAt = st.text(6);
        s.severity = int(st.int64(7));
        s.same = same;
    }
    if (rows >= limit)
        complete = false;
}

constexpr std::size_t MaxCvesLookedUp = 16;

std::map<std::int64_t, Similar> findSimilar(Database& db, std::int64_t self, const std::string& cves,
                                            const std::string& rule, const std::string& package, int limit,
                                            bool& complete, std::optional<SimilarBy> only = std::nullopt)
{
    std::map<std::int64_t, Similar> found;
    complete = true;
    if (!only || *only == SimilarBy::Cve) {
        std::size_t n = 0;
        for (std::string_view cve : splitCves(cves)) {
            if (++n > MaxCvesLookedUp) {
                complete = false;
                break;
            }
            collect(db, "cves", cve, self, limit, 0, [cve](const Statement& st) {
                const auto theirs = splitCves(st.textView(8));
                return std::find(theirs.begin(), theirs.end(), cve) != theirs.end();
            }, found, complete);
        }
    }
    if (!only || *only == SimilarBy::Rule) {
        collect(db, "rule_id", rule, self, limit, 1, [&rule](const Statement& st) { return st.textView(9) == rule; },
                found, complete);
    }
    if (!only || *only == SimilarBy::Package) {
        collect(db, "package", package, self, limit, 2,
                [&package](const Statement& st) { return st.textView(10) == package; }, found, complete);
    }
    return found;
}

} // namespace

void similarFindings(Database& db, const SimilarOf& f, int candidates, int maxListed, json& list, json& summary)
{
    bool complete = true;
    const auto found = findSimilar(db, f.id, f.cves, f.ruleId, f.package,
                                   std::max(1, candidates), complete);
    std::vector<const Similar*> order;
    order.reserve(found.size());
    std::int64_t fixed = 0, exception = 0, falsePositive = 0, open = 0;
    std::vector<double> fixDays;
    for (const auto& [id, s] : found) {
        order.push_back(&s);
        const std::string outcome = outcomeOf(s.status);
        if (outcome == "fixed_verified") {
            ++fixed;
            if (const auto d = daysBetweenIso(s.firstSeen, s.statusChangedAt))
                fixDays.push_back(*d);
        } else if (outcome == "exception") {
            ++exception;
        } else if (outcome == "false_positive") {
            ++falsePositive;
        } else if (outcome == "open") {
            ++open;
        }
    }
    // Same CVE first, then rule, then package; within each, this service
    // first, then the newest.
    std::sort(order.begin(), order.end(), [&f](const Similar* a, const Similar* b) {
        if (a->same != b->same)
            return a->same < b->same;
        const bool aHere = !f.service.empty() && a->service == f.service;
        const bool bHere = !f.service.empty() && b->service == f.service;
        if (aHere != bHere)
            return aHere;
        return a->id > b->id;
    });
    static const char* const SameNames[] = {"cve", "rule", "package"};
    list = json::array();
    for (const Similar* s : order) {
        if (list.size() >= std::size_t(std::max(0, maxListed)))
            break;
        json days = nullptr;
        if (isClosed(s->status)) {
            if (const auto d = daysBetweenIso(s->firstSeen, s->statusChangedAt))
                days = oneDecimal(*d);
        }
        list.push_back({{"id", s->id},
                        {"title", s->title},
                        {"service", s->service},
                        {"status", s->status},
                        {"outcome", outcomeOf(s->status)},
                        {"fix_version", s->fixVersion},
                        {"days_to_resolve", days},
                        {"same", SameNames[s->same]},
                        {"severity", severityName(Severity(s->severity))}});
    }
    json median = nullptr;
    if (!fixDays.empty()) {
        std::sort(fixDays.begin(), fixDays.end());
        const std::size_t n = fixDays.size();
        median = oneDecimal(n % 2 ? fixDays[n / 2] : (fixDays[n / 2 - 1] + fixDays[n / 2]) / 2);
    }
    summary = {{"total", std::int64_t(found.size())},
               {"fixed_verified", fixed},
               {"exception", exception},
               {"false_positive", falsePositive},
               {"open", open},
               {"median_days_to_fix", median},
               {"complete", complete}};
}

std::vector<std::int64_t> similarFindingIds(Database& reader, std::int64_t findingId, SimilarBy by, std::size_t maxIds)
{
    ReadSnapshot snapshot(reader);
    auto st = reader.prepare("SELECT cves, rule_id, package FROM findings WHERE id = ?");
    st.bind(1, findingId);
    if (!st.step())
        return {};
    bool complete = true;
    const auto found = findSimilar(reader, findingId, st.text(0), st.text(1), st.text(2),
                                   int(std::min<std::size_t>(maxIds, 1000000)), complete, by);
    std::vector<std::int64_t> ids;
    for (const auto& [id, s] : found) {
        if (!isClosed(s.status) && ids.size() < maxIds)
            ids.push_back(id);
    }
    return ids;
}

std::string ftsPhrase(const char* column, std::string_view value)
{
    std::string q = std::string(column) + " : \"";
    for (char c : value) {
        if (c == '"')
            q += '"';
        q += c;
    }
    return q + '"';
}

} // namespace closeloop
