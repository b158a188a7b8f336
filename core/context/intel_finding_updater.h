// SPDX-License-Identifier: GPL-3.0-or-later
// Brings findings.kev, findings.epss and findings.epss_percentile in line with
// the threat intelligence in one pass: the findings are streamed with one
// statement (never held), their CVEs looked up in memory, and only rows whose
// values change are written, with one prepared statement. Runs inside the
// caller's transaction.
#pragma once

#include "store/database.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace closeloop {

struct IntelStats
{
    std::int64_t findings = 0;    // findings looked at
    std::int64_t kevFlagged = 0;  // kev 0 -> 1
    std::int64_t kevCleared = 0;  // kev 1 -> 0
    std::int64_t epssChanged = 0; // epss or its percentile changed
    nlohmann::json toJson() const;
};

class FindingIntelUpdater
{
public:
    struct Score
    {
        double score = 0;
        double percentile = 0;
    };
    // Heterogeneous lookup: the CVEs of a finding are views into its row.
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using KevSet = std::unordered_set<std::string, Hash, std::equal_to<>>;
    using EpssMap = std::unordered_map<std::string, Score, Hash, std::equal_to<>>;

    // What to recompute: KEV membership, EPSS, or both. A part left unset is
    // not touched.
    void setKev(KevSet cves) { m_kev = std::move(cves); }
    void setEpss(EpssMap scores) { m_epss = std::move(scores); }
    // Reads the kev table (small: about 1,400 rows).
    void useKevTable(Database& db);
    // Looks EPSS scores up in the epss_scores table: point look-ups while few
    // findings are seen, the whole table in memory once many are (an import
    // of a million findings).
    void useEpssTable(Database& db);

    // Every finding, or only those the import importId touched.
    IntelStats run(Database& db, std::optional<std::int64_t> importId = std::nullopt);

private:
    std::optional<Score> epssFor(Database& db, std::string_view cve);

    std::optional<KevSet> m_kev;
    std::optional<EpssMap> m_epss;
    bool m_epssFromTable = false;
    std::int64_t m_pointLookups = 0;
    Statement m_epssLookup;
};

} // namespace closeloop
