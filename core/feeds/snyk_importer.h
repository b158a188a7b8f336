// SPDX-License-Identifier: GPL-3.0-or-later
// Snyk JSON: `snyk test --json` (one project object), `snyk test
// --all-projects --json` (an array of them), `snyk container test --json` (an
// image object whose `applications` are nested projects) and the REST API's
// `/orgs/{id}/issues` JSON:API listing (or one issue, `/issues/{id}`).
// `snyk code test --json` writes SARIF, which the SARIF importer reads;
// `snyk iac test --json` output is refused with its place rather than read as
// an empty project.
//
// Tools and scope targets (closing happens per (tool, target)):
//  - "Snyk Open Source": one scope per project object, target
//    "<projectName> (<displayTargetFile>)"; the path stands in for a missing
//    file name, so two manifests of one directory stay two scopes.
//  - "Snyk Container": the image as given on the command line (`path`, else
//    projectName without "docker-image|"), without tag or digest (see
//    scope_names.h; the full reference stays in the asset). Each application found in the image
//    is its own scope "<image> (<displayTargetFile>)", so a later scan run with
//    --exclude-app-vulns does not close application findings.
//  - "Snyk" (REST API, any product): "<scan_item type>:<scan_item id>", or
//    "organization:<id>" for an issue without a scan item. Only a complete,
//    unfiltered listing covers its scopes: a page with a `next` link, a later
//    page, or a `links.self` query that filters (type, status, severity ...)
//    covers nothing, because closing from it would close what it left out;
//    nor does a single-issue document.
//
// Fingerprint, family "snyk" (CLI): target, vulnerability id, packageName, the
// vulnerable module `name` (in images the binary package, "gcc-10/libgcc-s1"),
// and the top-level dependency that introduces it (from[1] without its
// version). The CLI lists a vulnerability once per dependency path: paths
// through the same top-level dependency are one finding (the pipeline counts
// the repeats as duplicates), paths through different top-level dependencies
// stay distinct, since each goes away with its own upgrade. Versions are left
// out: a bump that does not fix the problem keeps the finding.
// Items the CLI filtered out (`filtered.ignore`, `filtered.patch`) are
// emitted too, as suppressed, with the ignore reason.
//
// Fingerprint, family "snyk-api": target, issue type, the issue key (Snyk's
// own stable identity; the issue id when there is no key), package name and
// source file.
//
// Memory: the CLI writes projectName, displayTargetFile and path after the
// vulnerabilities, so a project's records wait until its object ends (those of
// an image's applications too) in a RecordSpool: a few MiB in memory, the rest
// in a temporary file. Memory stays flat however large one project is
// (measured: a 1 GB project of 911k findings imports in 117 MB peak RSS, where
// holding its findings took 3.7 GB). A record is mapped when it is read, so a
// bad one is refused at its place, and again from the spool once the project is
// named. The REST API listing streams with nothing held.
#pragma once

#include "feed_importer.h"

namespace closeloop {

class SnykImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "snyk-json"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

} // namespace closeloop
