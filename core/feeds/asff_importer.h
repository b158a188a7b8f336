// SPDX-License-Identifier: GPL-3.0-or-later
// AWS Security Hub findings (ASFF): a Security Hub export or `aws securityhub
// get-findings` output ({"Findings": [...]}, or the lower-case "findings" that
// some exporters write; the keys inside a finding are PascalCase in every
// export we have seen), a top-level array of findings (Prowler -M json-asff,
// GuardDuty samples, Trivy's older template), a single finding object, and
// Trivy's contrib/asff.tpl template output.
//
// The ASFF finding is the unit: an Inspector finding that lists several
// Vulnerabilities[] is one finding carrying every CVE. Compliance.Status
// PASSED (the control held) and NOT_AVAILABLE (it could not be evaluated) are
// not findings; they still cover their scope. Workflow.Status SUPPRESSED is
// Suppressed, RESOLVED is Fixed, and RecordState ARCHIVED is Fixed.
//
// Tool: ProductName, else ProductFields "aws/securityhub/ProductName",
// "Product Name" (Trivy) or "ProviderName" (Prowler), else the product part of
// ProductArn ("product/aws/guardduty" -> "guardduty").
//
// Scope: (tool, "AwsAccountId/Region") for every pair seen, the region taken
// from Region, else from ProductArn, else from Resources[0].Region. ASFF does
// not say whether an export is complete, so a file exported with a filter
// (one severity, one workflow state) closes the findings the filter left out:
// import unfiltered exports of an account and region. Trivy's template only
// names the account and region it uploads to; what it scanned is the Trivy
// target in Resources[0].Id, so each target seen is a scope instead.
//
// Fingerprint (family "asff"): ProductArn, Id (stable per finding in Security
// Hub). Trivy's template reuses an Id for several findings ("<target>/<CVE>"
// for each package, "<target>" for each secret), so its findings add the
// package name, the title (built from the target, the vulnerability or check
// title and the package) and the check message.
#pragma once

#include "feed_importer.h"

namespace closeloop {

class AsffImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "asff"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

} // namespace closeloop
