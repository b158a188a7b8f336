// SPDX-License-Identifier: GPL-3.0-or-later
// Trivy JSON: schema 2 reports (image, filesystem, repository, VM), the legacy
// top-level array (before v0.20), `trivy k8s` cluster reports and Trivy
// Operator VulnerabilityReport objects. Vulnerabilities, misconfigurations
// (FAIL only; PASS results are not findings), secrets and licenses.
//
// Fingerprint (family "trivy"): scope target; result class and, for
// language packages, misconfigurations, secrets and licenses, the result
// target file (for OS packages the OS type, since the target names the OS
// release, which an upgrade changes); then
//  - vulnerability: VulnerabilityID, PkgName, PkgPath
//  - misconfiguration: ID, CauseMetadata.Resource
//  - secret: RuleID, the masked Match text (survives a moved line)
//  - license: license name, PkgName
// InstalledVersion is left out: an upgrade that does not fix the problem keeps
// the finding; one that does fix it makes the finding disappear from the scan.
#pragma once

#include "feed_importer.h"

namespace closeloop {

class TrivyImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "trivy-json"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

} // namespace closeloop
