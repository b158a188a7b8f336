// SPDX-License-Identifier: GPL-3.0-or-later
// Everything the case view shows about one finding, read on the caller's
// reader connection in one read transaction: the finding, its threat
// intelligence (KEV, EPSS), service and owner with the escalation chain, why
// the ownership mapping chose them, exposure, the service's changes shortly
// before the finding first appeared, similar findings and how they ended, the
// timeline of its imports, audited events, notes and triage change sets.
//
// Shape (a UI is built against these keys; add keys, never rename them):
//   {"finding": {...FindingReader::details keys, service, owner, ownership, kev,
//                epss_percentile, assignee, status_reason},
//    "intel": {"kev": null | {cve, date_added, due_date, ransomware, required_action, name, notes},
//              "epss": null | {score, percentile, scored_on, model_version, cve, source}},
//    "service": null | {ref, name, title, description, type, lifecycle, tier, customer_facing,
//                       internet_facing, data_classes[], environment, system, tags[], source_file},
//    "owner": null | {ref, name, title, email},
//    "escalation": [{role, name, contact}], "escalation_from": "service" | "owner" | "",
//    "ownership": {"matched": ..., ...},
//    "exposure": {asset, asset_kind, locations[], first_seen, last_seen, open_days, open},
//    "changes": [{at, kind, reference, author, summary, service}], newest first,
//    "changes_window": {from, to},
//    "similar": [{id, title, service, status, outcome, fix_version, days_to_resolve, same, severity}],
//    "similar_summary": {total, fixed_verified, exception, false_positive, open, median_days_to_fix, complete},
//    "timeline": [{at, kind: import|audit|note|change, actor, summary}], oldest first,
//    "notes": [{at, actor, text}]}
// Text from feeds is returned as stored; showing it as plain text is the
// view's job.
#pragma once

#include "similar_findings.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace closeloop {

struct CaseOptions
{
    int changesWindowDays = 14; // changes this long before first seen
    int maxChanges = 50;
    int maxSimilar = 50;
    // How many full-text matches each kind of similarity (CVE, rule, package)
    // reads at most, newest first: keeps a CVE shared by 100,000 findings as
    // fast as a rare one. The summary says whether it saw them all.
    int similarCandidates = 500;
    int maxTimelineEvents = 500; // per source (audit, notes, change sets)
    std::string now;             // ISO 8601 UTC for open_days; empty: the current time
};

// nullopt when there is no finding with that id. Throws StoreError.
std::optional<nlohmann::json> caseContext(Database& reader, std::int64_t findingId, const CaseOptions& options = {});


} // namespace closeloop
