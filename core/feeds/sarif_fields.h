// SPDX-License-Identifier: GPL-3.0-or-later
// How SARIF spells what a finding needs (levels, security-severity, CWE and CVE
// ids, references, confidence, CVSS), read alike from rules and results.
#pragma once

#include "model/severity.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace closeloop::sarif {

// A JSON pointer one key deeper than place.
std::string child(const std::string& place, std::string_view key);
// Enumerated words (level, kind, ...): an empty string counts as absent, and
// a value that is no string is a FeedError.
const std::string* optWord(const nlohmann::json& obj, std::string_view key, const std::string& place);

// SARIF levels: error high, warning medium, note low, none info; any other
// word is a FeedError at place.
Severity levelSeverity(const std::string& level, const std::string& place);
// properties.security-severity: a CVSS-like score as number or string; some
// tools (Semgrep) write a severity word instead. Absent, empty or a word for
// "unknown": nothing. Out of 0-10, or neither score nor word: a FeedError.
std::optional<Severity> securitySeverity(const nlohmann::json& props, const std::string& propsPlace);
// Tags and properties such as "cwe": "CWE-327: ..." (njsscan, mobsfscan) or
// ["CWE-79"] (Snyk Code), and CVE ids among the tags.
void idsFromProperties(const nlohmann::json* props, std::vector<std::string>& cwes, std::vector<std::string>& cves);
// A reference to the CWE taxonomy: relationships[].target or taxa[].
void cweFromTaxon(const nlohmann::json& ref, std::vector<std::string>& cwes);
// The http(s) addresses in a string or a list of them.
void referencesFrom(const nlohmann::json* v, std::vector<std::string>& out);
// precision and confidence words onto high, medium, low; others give "".
std::string confidenceWord(std::string_view w);
// The text (else the markdown) of a message member such as shortDescription.
std::string textOf(const nlohmann::json& obj, std::string_view key);
// Scanners' CVSS properties (cvssv3_baseScore, cvssv2_score), unless a score
// is already set.
void cvssFrom(const nlohmann::json* props, std::optional<double>& score, std::string& vector);
// The rest of the first line that starts with prefix ("Package: x" -> "x").
std::string lineAfter(std::string_view text, std::string_view prefix);

} // namespace closeloop::sarif
