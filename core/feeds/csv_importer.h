// SPDX-License-Identifier: GPL-3.0-or-later
// CSV exports, recognized by their header row. Each known layout is a row of
// data (CsvLayout): the headers that identify it, which columns fill which
// Finding field, which column values mean "not a finding", suppressed,
// dismissed or fixed, what names the scan target, and what makes the
// fingerprint. A user's saved mapping for an unknown header is one more
// CsvLayout passed to the constructor. A header no layout matches is refused
// at "row 1" with "unrecognized CSV layout: header ...". raw is the row as a
// JSON object {header: value}, in column order.
//
// Built-in layouts, with their scope target and fingerprint inputs (every
// fingerprint starts with the scope target):
//  - Wiz Issues export: target "Subscription ID"; family "wiz": Issue ID
//    (Wiz's own issue id), Control ID, Resource external ID. Status RESOLVED
//    is Fixed, REJECTED Dismissed (reason: Resolution).
//  - Wiz vulnerability findings export: target "SubscriptionExternalId" (the
//    cloud account, as in the Issues export), else "SubscriptionId"; family
//    "wiz": AssetID, Name (the CVE or GHSA id), DetailedName (the package),
//    LocationPath. FindingStatus Resolved is Fixed. The installed Version is
//    left out (an upgrade that does not fix keeps the finding).
//  - Prowler CSV (v4/v5: FINDING_UID, ACCOUNT_UID; v3: FINDING_UNIQUE_ID,
//    ACCOUNT_ID; ';'-delimited): target ACCOUNT_UID/REGION; family "prowler",
//    shared with Prowler's OCSF output: CHECK_ID, FINDING_UID. PASS,
//    MANUAL (and v3's INFO) rows are not findings but cover their scope;
//    MUTED True is Suppressed.
//  - Sysdig CLI scanner CSV: the export does not name the image it scanned,
//    so it covers no scope (nothing is closed by a re-import) and its findings
//    carry the target "(image not named in the Sysdig CSV)"; family "sysdig":
//    CVE ID, Package Name, Package Path. Risk Accepted true is Suppressed.
//    Sysdig's "Other" severity is unrated: the CVSS score rates the finding.
//  - DefectDojo generic findings CSV: names neither tool nor target, so the
//    tool is "Generic CSV" and the target "(csv)": each generic CSV import is
//    the whole list and closes the generic CSV findings it no longer lists,
//    whichever file they came from. Family "generic-csv": Title, CVE or
//    Vulnerability Id, CweId/CweIds, Url. FalsePositive and Duplicate TRUE are
//    Dismissed, IsMitigated TRUE and Active FALSE are Fixed.
//  - Microsoft Defender for Cloud recommendations CSV: target subscriptionId;
//    family "defender-for-cloud": recommendationId (the assessment id, unique
//    per recommendation and resource). Healthy and NotApplicable rows are not
//    findings but cover their scope.
#pragma once

#include "csv_layouts.h"
#include "feed_importer.h"

#include <vector>

namespace closeloop {

class CsvImporter : public FeedImporter
{
public:
    // The built-in layouts, then `extra` (saved user mappings).
    explicit CsvImporter(std::vector<CsvLayout> extra = {});

    std::string_view format() const override { return "csv"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;

    // The layout whose signature the header matches (the most specific one),
    // or nullptr.
    const CsvLayout* layoutFor(const std::vector<std::string>& header) const;

private:
    std::vector<CsvLayout> m_layouts;
};

} // namespace closeloop
