// SPDX-License-Identifier: GPL-3.0-or-later
// SARIF 2.1.0 logs from any tool (CodeQL, Semgrep, Trivy, Grype, ESLint, ...).
// Results stream one at a time and are joined to their rule (driver or
// extension rules, by ruleIndex, rule.index, ruleId or rule.id).
//
// A run's results are held back until the run ends, because the tool, its
// rules and what names the target may all come after them; the held results
// spill to a temporary file past a few MiB, so memory stays flat.
//
// Results that are not findings: kind "pass" and "notApplicable" (checks that
// held), and baselineState "absent" (the result is gone since the baseline;
// the next scan of that scope closes it). Kinds "informational", "open" and
// "review" are emitted at their own level, "none" (info) unless they set one.
// Suppressions: any with status absent or "accepted" makes the finding
// Suppressed with its justification; "underReview" and "rejected" stay open.
//
// Severity: properties.security-severity of the result, then of the rule (a
// number goes through severityFromCvss; Semgrep writes a word, which is read
// as one); else the result's level, the rule's defaultConfiguration.level,
// else SARIF's default "warning": error high, warning medium, note low,
// none info.
//
// Scope target per run, first found: versionControlProvenance[0]
// repositoryUri ("@branch" appended when named); the SRCROOT (or %SRCROOT%)
// entry of originalUriBaseIds; properties.imageName (Trivy images; without tag
// or digest, see scope_names.h); the
// ROOTPATH entry (Trivy fs/config); then "#" and the automationDetails.id
// category (the id up to its last "/": what follows is the run instance; an
// id without "/" is taken whole) are appended, or the category alone when
// nothing else names the target. With none of them the target is
// "(unspecified target)": a later scan by the same tool naming no target
// then closes this scan's findings. A run covers its
// scope when it has a results array (SARIF: absent or null results mean the
// tool did not run) and no invocation reports executionSuccessful false.
//
// Fingerprint (family "sarif"): driver name, scope target, rule id, the file
// (artifact uri relative to its base; two files with the same line share a
// line hash, so the file is always in), then the tool's partialFingerprints
// (sorted key=value pairs), else its fingerprints, else the region's snippet
// text, else the package labelled "Package:" in the message (Trivy) or in the
// per-package rule's help (Grype), whose messages also name the installed
// version, else the message text. Never the line. When these repeat within
// the file (the same code on two lines, or a tool's hash of identical
// context), the second and later get an occurrence number, as GitHub's
// primaryLocationLineHash does.
#pragma once

#include "feed_importer.h"

namespace closeloop {

class SarifImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "sarif"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

} // namespace closeloop
