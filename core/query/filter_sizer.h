// SPDX-License-Identifier: GPL-3.0-or-later
// What the filter compiler asks the workspace before it writes SQL: whether
// a term matches so many findings that a page in sort order is quicker by
// walking the ORDER BY index than by fetching every match and sorting, and
// how the feeds spelled a tool. Answers only shape the plan, never the rows;
// without a reader every answer is "few" and "as typed".
#pragma once

#include "filter_compiler.h"

#include <string>
#include <vector>

namespace closeloop {

class FilterSizer
{
public:
    // Full-text hits from which a membership test while walking the sort
    // index wins: at a million findings, fetching 677k hits of a common word
    // and sorting them took 700 ms, the walk about 100 ms; 50k hits are
    // fetched in about 50 ms.
    static constexpr std::int64_t ManyFtsHits = 50000;
    // Matches of an indexed equality from which the walk wins: fetching and
    // sorting costs about 3 us a row (48k rows of one owner: 134 ms), the walk
    // about 3 us per row passed over until a page is full (200 / share of
    // matches); the two meet near 15k matches at a million.
    static constexpr std::int64_t ManyRows = 20000;

    explicit FilterSizer(Database* reader)
        : m_reader(reader)
    {
    }

    // An FTS5 expression matches at least ManyFtsHits findings.
    bool manyHits(const std::string& match) const;
    // `SELECT ... FROM findings f WHERE condition` selects at least ManyRows.
    bool manyRows(const std::string& condition, const std::vector<FilterValue>& binds) const;
    // The stored spellings of the tools named (ASCII case ignored), read by
    // seeking findings_by_scope; empty when none is stored or there is no reader.
    std::vector<std::string> toolSpellings(const std::vector<std::string>& names) const;

private:
    Database* m_reader;
};

} // namespace closeloop
