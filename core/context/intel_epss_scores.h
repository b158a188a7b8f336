// SPDX-License-Identifier: GPL-3.0-or-later
// FIRST's daily EPSS file (epss_scores-YYYY-MM-DD.csv): a comment line
// "#model_version:v2025.03.14,score_date:2025-03-15T00:00:00+0000", the header
// "cve,epss,percentile", then one row per CVE (about 300,000).
#pragma once

#include "feeds/byte_source.h"

#include <string>
#include <vector>

namespace closeloop {

struct EpssScore
{
    std::string cve;
    double score = 0;      // probability of exploitation in the next 30 days
    double percentile = 0; // share of scored CVEs with a lower score
};

struct EpssScores
{
    std::string modelVersion; // "" when the file has no comment line (the 2021 files)
    std::string scoreDate;    // as written, e.g. 2025-03-15T00:00:00+0000
    std::vector<EpssScore> rows;

    static constexpr std::size_t MaxRows = 5000000;
    static constexpr std::size_t MaxLineBytes = 4096;

    // Reads the whole file (rows are small: 300,000 take about 15 MB). Throws
    // FeedError("line N", reason): a gzip file (decompress it first), a
    // missing or wrong header, a malformed CVE id, a score or percentile that
    // is not a number in [0,1], a duplicate CVE, or no rows at all.
    static EpssScores read(ByteSource& src);
};

} // namespace closeloop
