// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of the filter language, what each one matches in SQL, and the
// values it takes. The only place field names come from: a filter can name a
// field, never a column. `f` is `findings f`; every ? is a bound value; a
// list `field:a,b` becomes IN (?, ?); `-` before a term wraps it in NOT (...).
//
//   severity, sev     info < low < medium < high < critical, and unknown:
//                     f.severity IN (?...); compared: f.severity >= 0 AND f.severity <op> ?
//   status, state     f.status IN (?...) (the status vocabulary; in-progress = in_progress)
//   env, environment  f.environment COLLATE NOCASE IN (?...) OR (f.environment = '' AND
//                     +f.service IN (SELECT ref FROM catalog_entities WHERE environment COLLATE NOCASE IN (?...)))
//                     (the finding's own environment wins over its service's)
//   kev               yes/no: f.kev = 1 / f.kev = 0
//   owner, team       f.owner IN (?...); a bare or partial name also matches the full
//                     ref: team-a -> group:default/team-a
//   service, svc      f.service IN (?...) with component:default/<name> for a bare name, OR
//                     f.service IN (SELECT ref FROM catalog_entities WHERE name COLLATE NOCASE IN (?...))
//   assignee          f.assignee <> '' AND f.assignee IN (?...); me = FilterContext::currentUser
//   tool              f.tool COLLATE NOCASE IN (?...)
//   cve, cves         FTS5 phrase in column cves:
//                     f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH 'cves : "<value>"')
//   rule, rule_id     FTS5 phrase in rule_id; rule=<id> is exact: f.rule_id = ?
//   package, pkg      FTS5 phrase in package; package=<name> is exact: f.package = ?
//   asset             FTS5 phrase in asset; asset=<name> is exact: f.asset = ?
//   title             FTS5 phrase in title; title=<text> is exact: f.title = ?
//   description, desc FTS5 phrase in description
//   tier              1..4: +f.service IN (SELECT ref FROM catalog_entities WHERE tier IN (?...) | tier <op> ?)
//   lifecycle         ... WHERE lifecycle COLLATE NOCASE IN (?...)
//   internet          yes/no: ... WHERE internet_facing = 1 / = 0
//   customer          yes/no: ... WHERE customer_facing = 1 / = 0
//   pii               yes/no: ... WHERE instr(' ' || lower(data_classes) || ' ', ' pii ') > 0 / = 0
//   data              ... WHERE instr(' ' || lower(data_classes) || ' ', ' <class> ') > 0 (OR per class)
//   epss              0..1: f.epss IS NOT NULL AND f.epss <op> ?
//   percentile        0..1: f.epss_percentile IS NOT NULL AND f.epss_percentile <op> ?
//   cvss              0..10: f.cvss_score IS NOT NULL AND f.cvss_score <op> ?
//   first_seen, first YYYY-MM-DD, whole UTC days: <D: f.first_seen < 'D'; <=D: < 'D+1';
//                     >D: >= 'D+1'; >=D: >= 'D'; :D: >= 'D' AND < 'D+1'
//   last_seen, last   the same on f.last_seen
//   age               whole days since first seen, from FilterContext::now:
//                     age>N: f.first_seen <= now-(N+1)d; age>=N: <= now-Nd; age<N: > now-Nd ...
//   id                f.id IN (?...) (at most 1000 ids) or f.id <op> ?
//   path              enforce, approve, ticket, incident, batch: f.path IN (?...)
//   class, sla_class  the SLA class the policy gave: f.sla_class IN (?...)
//   sla               the finding's running clocks at FilterContext::now (f.sla_due is
//                     the earliest deadline of its running clocks, NULL without one):
//                     breached: f.sla_due IS NOT NULL AND f.sla_due <= now;
//                     at_risk: f.sla_due > now AND EXISTS (a running clock of it with
//                     risk_at <= now); on_track: f.sla_due > now AND NOT EXISTS (...);
//                     paused: f.exception_id IS NOT NULL (an active exception holds them;
//                     wrapped in likelihood(..., 0.001) unless the reader finds many)
//   due               YYYY-MM-DD on f.sla_due, as first_seen (IS NOT NULL first, so
//                     that -due<D keeps the findings without a deadline)
//   exception, exc    f.id IN (SELECT finding_id FROM exception_findings
//                     WHERE exception_id IN (?...)): every finding the exception names
//   has               fix: f.fix_version <> ''; assignee, owner, service: f.<column> <> '';
//                     epss, cvss: f.epss / f.cvss_score IS NOT NULL; cve: f.cves <> ''
//   is                unowned: f.service = ''; unassigned: f.assignee = '';
//                     open: status new, reopened, triaged, in_progress, contained or
//                     pending_verification;
//                     closed: false_positive, accepted_risk, resolved_verified or suppressed
// Free text (words and "quoted phrases") is an FTS5 phrase over title,
// description, package, asset, cves and rule_id:
//   f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH '"word" AND "two words"')
// The free-text and FTS-field terms of one AND or OR group share one MATCH.
// With a reader in the FilterContext, a term on an indexed column (and free
// text) that matches very many findings is written with a unary + before the
// column (+f.owner IN ...), and tool names become their stored spellings
// (f.tool IN ('Trivy')): see FilterContext::reader.
// The catalog fields match only findings whose service is in the catalog;
// IS NOT NULL keeps a negated comparison a true complement.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace closeloop {

struct FilterChoice
{
    std::string_view value;
    std::string_view description;
};

struct FilterField
{
    enum class Kind {
        Severity,
        Status,
        Environment,
        Kev,
        Owner,
        Service,
        Assignee,
        Tool,
        Text,        // a column of findings_fts
        Tier,
        Lifecycle,
        CatalogFlag, // internet, customer: a 0/1 column of catalog_entities
        Pii,
        DataClass,
        Number,      // epss, percentile, cvss
        Date,        // first_seen, last_seen
        Age,
        Id,
        Has,
        Is,
        Path,        // the routing path the policy gave
        SlaClass,
        Sla,         // the state of the running SLA clocks
        Due,         // the earliest deadline of the running clocks (a date)
        Exception,   // the findings an exception names
    };
    std::string_view name;        // canonical, lower case
    std::string_view aliases;     // space separated
    Kind kind;
    std::string_view column;      // the findings, FTS or catalog column it reads
    std::string_view description; // one line, for completion
    double minimum = 0;           // Number: the valid range
    double maximum = 0;

    // Comparisons (< <= > >=) make sense for this field.
    bool ordered() const;
    // Values from a fixed list (severity, status, yes/no ...); empty otherwise.
    std::vector<FilterChoice> choices() const;
    // Values a ValueSource looks up in the workspace (owner, service ...).
    bool valuesFromWorkspace() const;
};

const std::vector<FilterField>& filterFields();
// By name or alias, case-insensitive; nullptr when unknown.
const FilterField* findFilterField(std::string_view name);
// The closest known word to `word` (by edit distance), or empty when none is
// close enough to be what the user meant.
std::string closestWord(std::string_view word, const std::vector<std::string_view>& candidates);
// The canonical name of the field closest to `name`, or empty.
std::string suggestFilterField(std::string_view name);

} // namespace closeloop
