// SPDX-License-Identifier: GPL-3.0-or-later
// OSV-Scanner JSON (`osv-scanner --format json`): results[] per scanned
// source (a lockfile, SBOM or directory), packages[] with the OSV entries
// that affect them. One finding per (package, vulnerability), and one per
// license violation when license checking was on.
//
// Severity: the entry's database_specific.severity word (GHSA's), else an
// Ubuntu severity[] word, else the CVSS base score computed from the entry's
// CVSS v3.x (or v2) vector, else the group's max_severity score that
// OSV-Scanner computed. CVSS v4 vectors are kept, but their score is not
// computed here (v4 scoring needs the full macro-vector table).
//
// Scope: tool "OSV-Scanner" on each result's source path (the lockfile):
// OSV-Scanner reports the sources it read, so each is covered, with or
// without findings. The output names no scanner version.
//
// Fingerprint (family "osv-scanner"): ecosystem, package name, vulnerability
// id, source path. The installed version is left out, so an upgrade that does
// not fix the problem keeps the finding.
#pragma once

#include "feed_importer.h"

#include <optional>

namespace closeloop {

class OsvScannerImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "osv-scanner-json"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;

    // CVSS v3.0/v3.1 or v2 base score of a vector ("CVSS:3.1/AV:N/..." or
    // "AV:N/AC:L/Au:N/..."); nullopt for v4, an unknown version or a vector
    // that lacks or repeats a base metric. Public so tests can check it.
    static std::optional<double> cvssBaseScore(std::string_view vector);
};

} // namespace closeloop
