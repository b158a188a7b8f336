// SPDX-License-Identifier: GPL-3.0-or-later
#include "intel_epss_scores.h"

#include "feeds/feed_error.h"
#include "feeds/feed_text.h"
#include "intel_cve_id.h"
#include "intel_line_reader.h"

#include <charconv>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace closeloop {

namespace {

// Blanks around a CSV cell, and around a header's key and value.
constexpr std::string_view Blanks = " \t";

std::vector<std::string_view> splitCommas(std::string_view s)
{
    std::vector<std::string_view> out;
    std::size_t pos = 0;
    while (true) {
        const std::size_t comma = s.find(',', pos);
        const std::size_t end = comma == std::string_view::npos ? s.size() : comma;
        out.push_back(trim(s.substr(pos, end - pos), Blanks));
        if (comma == std::string_view::npos)
            return out;
        pos = comma + 1;
    }
}

// A plain decimal in [0,1]; from_chars takes no locale, so "0,5" or " 1" fail.
double probability(std::string_view text, const char* what, const std::string& place)
{
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        throw FeedError(place, std::string(what) + " \"" + std::string(text.substr(0, 40)) + "\" is not a number");
    if (!std::isfinite(v) || v < 0 || v > 1)
        throw FeedError(place, std::string(what) + " " + std::string(text.substr(0, 40)) + " is outside [0,1]");
    return v;
}

// "#model_version:v2025.03.14,score_date:2025-03-15T00:00:00+0000"; the
// values end up in the audit trail, so only plain printable ASCII is taken.
void readComment(std::string_view line, EpssScores& out)
{
    for (char c : line) {
        if (c < 0x20 || c > 0x7e)
            throw FeedError("line 1", "the comment line is not plain ASCII text");
    }
    line.remove_prefix(1);
    for (std::string_view part : splitCommas(line)) {
        const std::size_t colon = part.find(':');
        if (colon == std::string_view::npos)
            continue;
        const std::string_view key = trim(part.substr(0, colon), Blanks);
        const std::string_view value = trim(part.substr(colon + 1), Blanks);
        if (key == "model_version")
            out.modelVersion = std::string(value.substr(0, 64));
        else if (key == "score_date")
            out.scoreDate = std::string(value.substr(0, 64));
    }
}

} // namespace

EpssScores EpssScores::read(ByteSource& src)
{
    EpssScores out;
    LineReader lines(src, MaxLineBytes);
    std::string line;
    // FIRST serves the file gzip-compressed; the line reader names that.
    if (!lines.next(line))
        throw FeedError("line 1", "empty file: expected an EPSS CSV");
    if (!line.empty() && line[0] == '#') {
        readComment(line, out);
        if (!lines.next(line))
            throw FeedError("line 2", "expected the header cve,epss,percentile");
    }
    int colCve = -1, colScore = -1, colPercentile = -1;
    const auto header = splitCommas(line);
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == "cve")
            colCve = int(i);
        else if (header[i] == "epss")
            colScore = int(i);
        else if (header[i] == "percentile")
            colPercentile = int(i);
    }
    if (colCve < 0 || colScore < 0 || colPercentile < 0)
        throw FeedError(lines.place(), "expected the header cve,epss,percentile, found \"" + line.substr(0, 60) + "\"");
    const std::size_t columns = header.size();

    std::unordered_map<std::string, std::uint64_t> seen;
    seen.reserve(350000);
    while (lines.next(line)) {
        if (trim(line, Blanks).empty())
            continue;
        const std::string place = lines.place();
        if (out.rows.size() >= MaxRows)
            throw FeedError(place, "more than " + std::to_string(MaxRows) + " rows: not an EPSS file");
        const auto fields = splitCommas(line);
        if (fields.size() != columns)
            throw FeedError(place, "expected " + std::to_string(columns) + " fields, found " +
                                       std::to_string(fields.size()));
        EpssScore s;
        s.cve = std::string(fields[std::size_t(colCve)]);
        if (!isCveId(s.cve))
            throw FeedError(place, "\"" + s.cve.substr(0, 40) + "\" is not a CVE id (CVE-YYYY-NNNN)");
        s.score = probability(fields[std::size_t(colScore)], "epss", place);
        s.percentile = probability(fields[std::size_t(colPercentile)], "percentile", place);
        const auto [it, fresh] = seen.emplace(s.cve, lines.number());
        if (!fresh)
            throw FeedError(place, "duplicate " + s.cve + " (first on line " + std::to_string(it->second) + ")");
        out.rows.push_back(std::move(s));
    }
    if (out.rows.empty())
        throw FeedError(lines.place(), "no scores after the header");
    return out;
}

} // namespace closeloop
