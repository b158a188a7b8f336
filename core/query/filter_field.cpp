// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_field.h"

#include "util/ascii_text.h"

#include <algorithm>

namespace closeloop {

namespace {

using K = FilterField::Kind;

// Edits between two words, a swap of neighbours counting as one ("nwe" is
// one edit from "new"): the optimal string alignment distance.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

const std::vector<FilterChoice> YesNo = {{"yes", ""}, {"no", ""}};

} // namespace

bool FilterField::ordered() const
{
    switch (kind) {
    case K::Severity:
    case K::Tier:
    case K::Number:
    case K::Date:
    case K::Age:
    case K::Id:
    case K::Due:
        return true;
    default:
        return false;
    }
}

std::vector<FilterChoice> FilterField::choices() const
{
    switch (kind) {
    case K::Severity:
        return {{"critical", "CVSS 9.0-10.0"}, {"high", "CVSS 7.0-8.9"},  {"medium", "CVSS 4.0-6.9"},
                {"low", "CVSS 0.1-3.9"},       {"info", "informational"}, {"unknown", "the feed gave no rating"}};
    case K::Status:
        return {{"new", "not looked at yet"},
                {"reopened", "came back after it was closed"},
                {"triaged", "looked at, owner known"},
                {"in_progress", "being fixed"},
                {"contained", "exposure limited, fix still to come"},
                {"pending_verification", "fixed, waiting for proof"},
                {"resolved_verified", "fixed and verified"},
                {"accepted_risk", "an exception covers it"},
                {"false_positive", "not a real problem"},
                {"suppressed", "hidden by a rule"}};
    case K::Kev:
        return {{"yes", "in the CISA known exploited catalog"}, {"no", "not known to be exploited"}};
    case K::CatalogFlag:
    case K::Pii:
        return YesNo;
    case K::Tier:
        return {{"1", "most critical"}, {"2", ""}, {"3", ""}, {"4", "least critical"}};
    case K::Has:
        return {{"fix", "a fixed version exists"},
                {"assignee", "someone is assigned"},
                {"owner", "an owner is known"},
                {"service", "mapped to a service"},
                {"epss", "has an EPSS score"},
                {"cvss", "has a CVSS score"},
                {"cve", "names a CVE"}};
    case K::Path:
        return {{"enforce", "acted on automatically"},
                {"approve", "acted on after a manager approves"},
                {"ticket", "assigned to the owner with a due date"},
                {"incident", "active exploitation or a chain of findings"},
                {"batch", "reviewed in the next maintenance window"}};
    case K::Sla:
        return {{"breached", "a running clock is past its deadline"},
                {"at_risk", "a running clock is past its risk threshold"},
                {"on_track", "clocks running, none at risk"},
                {"paused", "an active exception holds the clocks"}};
    case K::Is:
        return {{"open", "still needs someone (new, triaged, in progress, contained, awaiting verification)"},
                {"closed", "decided or fixed and verified"},
                {"unowned", "mapped to no service"},
                {"unassigned", "nobody is assigned"}};
    default:
        return {};
    }
}

bool FilterField::valuesFromWorkspace() const
{
    switch (kind) {
    case K::Environment:
    case K::Owner:
    case K::Service:
    case K::Assignee:
    case K::Tool:
    case K::Lifecycle:
    case K::DataClass:
    case K::SlaClass:
    case K::Exception:
        return true;
    default:
        return false;
    }
}

const std::vector<FilterField>& filterFields()
{
    static const std::vector<FilterField> fields = {
        {"severity", "sev", K::Severity, "severity", "severity: info < low < medium < high < critical"},
        {"status", "state", K::Status, "status", "triage status: new, triaged, in_progress ..."},
        {"env", "environment", K::Environment, "environment", "environment of the finding or of its service"},
        {"kev", "", K::Kev, "kev", "known exploited (CISA KEV): yes or no"},
        {"owner", "team", K::Owner, "owner", "owning team (group ref or bare name)"},
        {"service", "svc", K::Service, "service", "service (catalog ref or bare name)"},
        {"assignee", "assigned", K::Assignee, "assignee", "assigned analyst; me is you"},
        {"tool", "", K::Tool, "tool", "scanner that reported it"},
        {"cve", "cves", K::Text, "cves", "CVE identifier"},
        {"rule", "rule_id", K::Text, "rule_id", "rule or vulnerability id (rule=ID is exact)"},
        {"package", "pkg", K::Text, "package", "affected package (package=NAME is exact)"},
        {"asset", "", K::Text, "asset", "image, repository, host or resource (asset=NAME is exact)"},
        {"title", "", K::Text, "title", "words in the title (title=TEXT is exact)"},
        {"description", "desc", K::Text, "description", "words in the description"},
        {"tier", "", K::Tier, "tier", "service criticality tier, 1 (highest) to 4"},
        {"lifecycle", "", K::Lifecycle, "lifecycle", "service lifecycle: production, deprecated ..."},
        {"internet", "", K::CatalogFlag, "internet_facing", "service is internet-facing: yes or no"},
        {"customer", "", K::CatalogFlag, "customer_facing", "service is customer-facing: yes or no"},
        {"pii", "", K::Pii, "data_classes", "service handles personal data: yes or no"},
        {"data", "", K::DataClass, "data_classes", "a data class the service handles: pii, pci ..."},
        {"epss", "", K::Number, "epss", "EPSS probability of exploitation, 0 to 1 (epss>0.5)", 0, 1},
        {"percentile", "", K::Number, "epss_percentile", "EPSS percentile, 0 to 1", 0, 1},
        {"cvss", "", K::Number, "cvss_score", "CVSS base score, 0 to 10 (cvss>=7)", 0, 10},
        {"first_seen", "first", K::Date, "first_seen", "day first seen, YYYY-MM-DD (UTC)"},
        {"last_seen", "last", K::Date, "last_seen", "day last seen, YYYY-MM-DD (UTC)"},
        {"age", "", K::Age, "first_seen", "whole days since first seen (age>30)"},
        {"id", "", K::Id, "id", "finding number (id:1,2,3)"},
        {"path", "", K::Path, "path", "routing path: enforce, approve, ticket, incident, batch"},
        {"class", "sla_class", K::SlaClass, "sla_class", "SLA class the policy gave"},
        {"sla", "", K::Sla, "sla_due", "SLA clocks now: breached, at_risk, on_track, paused"},
        {"due", "sla_due", K::Due, "sla_due", "earliest SLA deadline, YYYY-MM-DD (UTC) (due<2026-12-01)"},
        {"exception", "exc", K::Exception, "", "findings an exception names (exception:12)"},
        {"has", "", K::Has, "", "has:fix, has:assignee, has:owner ..."},
        {"is", "", K::Is, "", "is:unowned, is:unassigned"},
    };
    return fields;
}

const FilterField* findFilterField(std::string_view name)
{
    const std::string n = asciiLower(name);
    for (const auto& f : filterFields()) {
        if (f.name == n)
            return &f;
        std::string_view rest = f.aliases;
        while (!rest.empty()) {
            const auto sp = rest.find(' ');
            if (rest.substr(0, sp) == n)
                return &f;
            rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
        }
    }
    return nullptr;
}

std::string closestWord(std::string_view word, const std::vector<std::string_view>& candidates)
{
    const std::string w = asciiLower(word);
    // A typo is one or two edits; fewer on short words, where two edits make
    // anything out of anything.
    const std::size_t allowed = w.size() <= 3 ? 1 : 2;
    std::string best;
    std::size_t bestDistance = allowed + 1;
    for (const auto c : candidates) {
        const std::size_t d = editDistance(w, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = std::string(c);
        }
    }
    return best;
}

std::string suggestFilterField(std::string_view name)
{
    std::vector<std::string_view> words;
    for (const auto& f : filterFields()) {
        words.push_back(f.name);
        std::string_view rest = f.aliases;
        while (!rest.empty()) {
            const auto sp = rest.find(' ');
            words.push_back(rest.substr(0, sp));
            rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
        }
    }
    const std::string word = closestWord(name, words);
    if (word.empty())
        return {};
    return std::string(findFilterField(word)->name);
}

} // namespace closeloop
