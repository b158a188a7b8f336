// SPDX-License-Identifier: GPL-3.0-or-later
// The demo workspace's context files, in the real formats: a CISA KEV catalog
// (JSON) with the real entries of the demo CVEs that CISA lists and some 60
// other real entries, an EPSS file (FIRST's CSV) scoring every demo CVE plus a
// few thousand others, and a change log (JSON lines) of deploys, commits and
// configuration changes of the demo services in the six weeks before now,
// when the demo scans are imported.
#pragma once

#include <string>
#include <vector>

namespace closeloop {

// Writes known_exploited_vulnerabilities.json, epss_scores.csv and
// changes.jsonl into dir (which must exist) and returns their paths in that
// order. now is the ISO 8601 UTC time the change log counts back from (empty:
// the current time). Throws std::runtime_error on I/O errors.
std::vector<std::string> writeDemoIntel(const std::string& dir, const std::string& now = {});

} // namespace closeloop
