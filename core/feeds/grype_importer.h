// SPDX-License-Identifier: GPL-3.0-or-later
// Grype JSON (`grype -o json`), from the 0.7 layout (cvssV2/cvssV3 objects,
// fixedInVersion, matchDetails as an object) to current releases (cvss[],
// fix{versions,state}, epss[], relatedVulnerabilities, ignoredMatches).
// Each match is a finding; an ignored match is a finding the feed suppressed.
//
// Scope: tool "Grype" on the scanned target: source.target.userInput for an
// image (else its first tag, repo digest or image id), without tag or digest
// (see scope_names.h; the full reference stays in the asset), or source.target when
// it is a string (directory, file, SBOM, purl). A document without a usable
// source ("unknown") covers no scope, so it never closes anything.
//
// Grype writes "source" and "descriptor" after "matches" (or sorts the keys,
// which puts "source" last), so every finding's target is known only at the
// end. Matches read before both are known go to a spool that stays in memory
// up to a few MiB and continues in an anonymous temporary file, so memory
// stays flat however big the report is; the spool is replayed, in order, once
// the context is known. The file cannot be read twice (ByteSource streams).
//
// Fingerprint (family "grype"): scope target, vulnerability id, artifact
// name, artifact type, the artifact's first location path (the package
// database or the jar; it tells two copies of one library apart). Left out:
// the installed version, artifact id (a hash that includes the version),
// severity, the descriptor version and timestamps.
#pragma once

#include "feed_importer.h"

namespace closeloop {

class GrypeImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "grype-json"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

} // namespace closeloop
