// SPDX-License-Identifier: GPL-3.0-or-later
// GitLab security reports, schema 2.x to 15.x: SAST, dependency scanning,
// container scanning (GitLab's analyzers and Trivy's GitLab template), secret
// detection, DAST, API and coverage fuzzing. One report is one CI job's output.
//
// Tool: "GitLab <report type> (<scanner name>)", e.g. "GitLab dependency
// scanning (Gemnasium)". The report type is the vulnerability's category
// (schemas before 15) or scan.type; the scanner is the vulnerability's scanner
// (before 15) or scan.scanner. A report that names neither, like old 2.x SAST
// output, is "GitLab security report".
// Scope target: a report does not name the project it scanned, so the target
// is "(project)" and the scope is in effect the scanner and report type: the
// next report of the same scanner closes what this one found and that one did
// not. Keep one GitLab project per workspace, or reports of two projects that
// use the same analyzer close each other's findings. Container scanning
// targets the image (location.image), like Trivy's own reports; a clean
// container report names no image and so closes nothing. A report whose
// scan.status is "failure" covers nothing.
//
// Fingerprint (family "gitlab"): target, scanner id, then GitLab's own
// identity of the finding: the best tracking signature (scope_offset_compressed,
// scope_offset, hash; never "location", which is the line), else the
// deprecated `cve` compare key ("file:code-hash:rule"), else report type and
// primary identifier (type:value); then file, package name, and the
// occurrence of that combination in the report. The occurrence is needed
// because GitLab's keys repeat: old SAST analyzers hash an empty snippet (218
// findings of one ESLint rule in one file share a key in the corpus), and
// dependency scanning reports each installed version of a package under one
// key. Counting in report order keeps them apart without the line number.
//
// Memory: analyzers write the scan object after the vulnerabilities, and 15.x
// records name neither scanner nor type, so such records wait for the scan
// object (or the end of the report) in a RecordSpool: a few MiB in memory, the
// rest in a temporary file (measured: a 1 GB report of 1.1M findings imports in
// 164 MB peak RSS, where holding its findings took 4.7 GB). A record is mapped
// when it is read, so a bad one is refused at its place, and again from the
// spool once the scan object is known. Records that name both (schemas before
// 15) are delivered at once. The occurrence count keeps one 64-bit hash per
// distinct identity.
#pragma once

#include "feed_importer.h"

namespace closeloop {

class GitLabImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "gitlab-report"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

} // namespace closeloop
