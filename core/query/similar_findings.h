// SPDX-License-Identifier: GPL-3.0-or-later
// Findings like one finding (the same CVE, rule or package, here or in
// other services) and how they ended: for the case view's panel, and for
// applying one decision to all that are still open. Candidates come from the
// full-text index, bounded and newest first, then checked for an exact match.
#pragma once

#include "store/database.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace closeloop {

enum class SimilarBy { Cve, Rule, Package };

// What a finding is like.
struct SimilarOf
{
    std::int64_t id = 0;
    std::string cves; // space separated
    std::string ruleId;
    std::string package;
    std::string service; // its own service's findings come first
};

// The case's "similar" list (at most maxListed, same CVE first, then rule,
// then package; this service first) and "similar_summary" (outcomes, median
// days to fix, whether all `candidates` per kind were seen).
void similarFindings(Database& reader, const SimilarOf& of, int candidates, int maxListed, nlohmann::json& list,
                     nlohmann::json& summary);

// The other findings that share the finding's CVEs, rule or package, for
// applying one decision to all of them: only those still open (not resolved,
// accepted, false positive or suppressed), ascending ids, at most maxIds.
std::vector<std::int64_t> similarFindingIds(Database& reader, std::int64_t findingId, SimilarBy by,
                                            std::size_t maxIds = 100000);

// An FTS5 phrase restricted to one column: the value is quoted, so nothing in
// it (quotes doubled) can act as query syntax.
std::string ftsPhrase(const char* column, std::string_view value);

} // namespace closeloop
