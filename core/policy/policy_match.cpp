// SPDX-License-Identifier: GPL-3.0-or-later
// Rule matching runs for every finding of an import or a policy change (a
// million at a time), so facts are compared in place, case-insensitively,
// without building lower-case copies.
#include "policy.h"

#include "context/catalog_entity.h"
#include "model/severity.h"

#include <string_view>

namespace closeloop {

namespace {

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// value is already lower case (the parser made it so).
bool equalsLower(std::string_view fact, std::string_view value)
{
    if (fact.size() != value.size())
        return false;
    for (std::size_t i = 0; i < fact.size(); ++i) {
        if (lowerAscii(fact[i]) != value[i])
            return false;
    }
    return true;
}

bool anyValueEquals(std::string_view fact, const std::vector<std::string>& values)
{
    for (const auto& v : values) {
        if (equalsLower(fact, v))
            return true;
    }
    return false;
}

// Owners and services are catalog refs ("group:default/team-a") or, when the
// catalog did not know them, names as a CODEOWNERS file wrote them. A policy
// value without kind or namespace means the name, whatever the ref around it.
bool refMatches(std::string_view fact, const std::vector<std::string>& values)
{
    if (fact.empty())
        return false;
    for (const auto& v : values) {
        if (equalsLower(fact, v))
            return true;
        if (v.find_first_of(":/") == std::string::npos && equalsLower(entityRefName(fact), v))
            return true;
    }
    return false;
}

// Facts that hold several words (environment is space separated): any of
// them in the list.
bool anyWordIn(std::string_view words, const std::vector<std::string>& values)
{
    std::size_t i = 0;
    while (i < words.size()) {
        while (i < words.size() && (words[i] == ' ' || words[i] == '\t' || words[i] == ','))
            ++i;
        std::size_t end = i;
        while (end < words.size() && words[end] != ' ' && words[end] != '\t' && words[end] != ',')
            ++end;
        if (end > i && anyValueEquals(words.substr(i, end - i), values))
            return true;
        i = end;
    }
    return false;
}

bool anyItemIn(const std::vector<std::string>& items, const std::vector<std::string>& values)
{
    for (const auto& item : items) {
        if (anyValueEquals(item, values))
            return true;
    }
    return false;
}

bool inRange(const PolicyCondition& c, std::optional<double> v)
{
    if (!v)
        return false;
    return (!c.min || *v >= *c.min) && (!c.max || *v <= *c.max);
}

std::optional<double> severityValue(int severity)
{
    if (severity < 0 || severity > 4)
        return std::nullopt;
    return double(severity);
}

bool holds(const PolicyCondition& c, const FindingFacts& f)
{
    using K = PolicyCondition::Kind;
    const std::string& field = c.field;
    if (field == "severity") {
        if (c.kind == K::Range)
            return inRange(c, severityValue(f.severity));
        // "unknown" in a list is a deliberate choice, not an unknown fact.
        const Severity s = f.severity >= 0 && f.severity <= 4 ? Severity(f.severity) : Severity::Unknown;
        return anyValueEquals(severityName(s), c.values);
    }
    if (field == "kev")
        return c.kind == K::Flag && f.kev == c.flag;
    if (field == "environment")
        return anyWordIn(f.environment, c.values);
    if (field == "criticality") {
        if (!f.criticality)
            return false;
        if (c.kind == K::Range)
            return inRange(c, double(*f.criticality));
        for (const auto& v : c.values) {
            if (v.size() == 1 && v[0] == char('0' + *f.criticality))
                return true;
        }
        return false;
    }
    if (field == "customer_facing")
        return c.kind == K::Flag && f.customerFacing && *f.customerFacing == c.flag;
    if (field == "internet_facing")
        return c.kind == K::Flag && f.internetFacing && *f.internetFacing == c.flag;
    if (field == "cvss")
        return inRange(c, f.cvss);
    if (field == "epss")
        return inRange(c, f.epss);
    if (field == "epss_percentile")
        return inRange(c, f.epssPercentile);
    if (field == "data_classes")
        return anyItemIn(f.dataClasses, c.values);
    if (field == "tags")
        return anyItemIn(f.tags, c.values);
    if (field == "lifecycle")
        return !f.lifecycle.empty() && anyValueEquals(f.lifecycle, c.values);
    if (field == "tool")
        return !f.tool.empty() && anyValueEquals(f.tool, c.values);
    if (field == "owner")
        return refMatches(f.owner, c.values);
    if (field == "service")
        return refMatches(f.service, c.values);
    // A condition the parser would have refused: it never holds, so a
    // hand-built rule with a typo matches nothing rather than everything.
    return false;
}

int tierRank(const std::string& tier)
{
    if (tier == "low")
        return 0;
    if (tier == "medium")
        return 1;
    return 2; // high, and anything unknown: the safe side
}

} // namespace

bool matches(const PolicyMatch& m, const FindingFacts& f)
{
    for (const auto& c : m.all) {
        if (!holds(c, f))
            return false;
    }
    return true;
}

RouteDecision route(const Policy& p, const FindingFacts& f)
{
    for (const auto& r : p.rules) {
        if (matches(r.when, f))
            return {r.path, r.slaClass, r.id};
    }
    return {p.defaultRoute.path, p.defaultRoute.slaClass, "default"};
}

std::string exceptionTier(const Policy& p, const FindingFacts& f, std::string* rule)
{
    auto give = [rule](const std::string& tier, const char* ruleId) {
        if (rule)
            *rule = ruleId;
        return tier;
    };
    // Known exploited is high whatever the rules say: no rule can let such an
    // exception through without a manager.
    if (f.kev)
        return give("high", "kev");
    for (const auto& r : p.exceptions.tierRules) {
        if (matches(r.when, f))
            return give(r.tier, r.id.c_str());
    }
    return give(p.exceptions.defaultTier, "default");
}

std::string higherTier(const std::string& a, const std::string& b)
{
    const int ra = tierRank(a), rb = tierRank(b);
    if (ra == 2 || rb == 2)
        return "high"; // also when either is no tier at all
    return ra >= rb ? a : b;
}

const BusinessCalendar* Policy::calendarOf(const ClockSpec& c) const
{
    if (c.calendar.empty())
        return nullptr;
    const auto it = calendars.find(c.calendar);
    return it == calendars.end() ? nullptr : &it->second;
}

} // namespace closeloop
