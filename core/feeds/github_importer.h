// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub security alerts: Dependabot, code scanning and secret scanning, in
// the shapes people export them in:
//  - REST list responses (a top-level array, repository or organization level);
//  - webhook payloads ({"action", "alert", "repository"}), including the
//    legacy repository_vulnerability_alert event;
//  - GraphQL responses with vulnerabilityAlerts under data.repository,
//    data.search / data.organization.repositories / data.viewer.repositories
//    nodes (as `nodes` or `edges[].node`).
// DefectDojo's anonymised exports write "None" for null; it is read as absent.
//
// Tools: "GitHub Dependabot", "GitHub secret scanning", and for code scanning
// "GitHub code scanning (<analyzer>)", e.g. "GitHub code scanning (CodeQL)".
// Code scanning hosts alerts of many analyzers (CodeQL, uploaded SARIF from
// Trivy, Anchore ...), and a list is often fetched per analyzer
// (?tool_name=); naming the analyzer keeps one analyzer's list from closing
// another's alerts, and the prefix keeps these apart from the same analyzer's
// SARIF imported directly, which has its own fingerprints.
//
// Scope target: the repository "owner/repo" (repository.full_name, else from
// the alert's html_url or API url; GraphQL: nameWithOwner, owner.login/name,
// or only the name when the query asked for nothing more). Coverage:
//  - a REST list covers (tool, repository) for every tool and repository it
//    lists alerts of; an empty list names neither and is left to the
//    empty-list importer;
//  - a GraphQL response covers each repository whose vulnerabilityAlerts
//    connection it shows in full (no pageInfo.hasNextPage), even when empty;
//  - a webhook payload is news about ONE alert, not a scan: it covers no
//    scope, so it updates that alert and never closes the others.
//
// Fingerprint (family "github"): repository, alert kind (dependabot,
// code-scanning, secret-scanning), GitHub's own alert number (stable for the
// alert's life, across moved lines and reopenings; the GraphQL node id when a
// GraphQL query did not ask for the number), and the advisory, rule or
// secret type. Never the line, the state or the timestamps.
//
// Secret alerts carry the secret itself in "secret"; the stored raw record
// keeps only its first four characters so the workspace does not become a
// second copy of the leaked credential.
#pragma once

#include "feed_importer.h"

namespace closeloop {

class GitHubAlertsImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "github-alerts"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

} // namespace closeloop
