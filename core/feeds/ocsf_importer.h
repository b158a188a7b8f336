// SPDX-License-Identifier: GPL-3.0-or-later
// OCSF findings: a JSON array of events (Prowler -M json-ocsf) or one event.
// Classes 2004 Detection Finding (Prowler, OCSF 1.1+), 2002 Vulnerability
// Finding (vulnerabilities[] with cve {uid, cvss[], epss}, cwe and
// affected_packages[]) and 2001 Security Finding (OCSF 1.0, deprecated since
// 1.1: finding {uid, title, desc, types, remediation} and state_id). An event
// of another class is refused, naming it. The event is the unit: a
// vulnerability finding that lists several CVEs is one finding.
//
// Not findings: status_code PASS (the check held) and MANUAL (Prowler could
// not decide: a to-do for an auditor that no scan would ever close). Their
// scopes are still covered. status_id (state_id in 2001) 3 Suppressed is
// Suppressed, 4 Resolved and 5 Archived are Fixed, 6 Deleted is Dismissed.
//
// Severity: severity_id 1 info, 2 low, 3 medium, 4 high, 5 critical, 6 fatal
// (critical), 0 unknown; 99 (other) or no id: the severity word; neither: the
// CVSS base score when there is one.
// Tool: metadata.product.name and .version. Prowler writes the unfilled
// placeholder "<prowler_version>" in some releases: a placeholder names no
// version, so it is blanked.
//
// Scope, per event: cloud.account.uid (GCP: cloud.project_uid) + "/" +
// cloud.region (the account alone without a region). Prowler writes one event per check, resource and region,
// PASS included, so the regions in a file are the regions it scanned; this is
// the single-region target for a single-region file and stays right for
// multi-region files, and it equals the scope of the same scan's Prowler CSV.
// Kubernetes events carry no cloud object and the OCSF output never names the
// cluster, so the target is "kubernetes:" + resources[0].namespace: two
// clusters scanned into one workspace share their namespaces' scopes. Other
// producers: the device (hostname, name or uid), else resources[0].uid; with
// none of those the event covers nothing.
//
// Fingerprint: Prowler (family "prowler", shared with Prowler CSV): scope,
// metadata.event_code (the check), finding_info.uid (stable per check and
// resource; sample files write the placeholder "<finding_uid>" everywhere,
// which the check keeps apart). Other producers (family "ocsf"): product
// name, finding_info.uid (finding.uid in 2001).
#pragma once

#include "feed_importer.h"

namespace closeloop {

class OcsfImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "ocsf"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

} // namespace closeloop
