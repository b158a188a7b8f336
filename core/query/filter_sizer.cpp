// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_sizer.h"

#include "util/ascii_text.h"

#include <algorithm>

namespace closeloop {

// A failed look-up only costs the better plan: the query itself reports
// real errors, so every StoreError here reads as "few".

bool FilterSizer::manyHits(const std::string& match) const
{
    if (!m_reader)
        return false;
    try {
        auto st =
            m_reader->prepare("SELECT count(*) FROM (SELECT 1 FROM findings_fts WHERE findings_fts MATCH ? LIMIT ?)");
        st.bind(1, match).bind(2, ManyFtsHits);
        return st.step() && st.int64(0) >= ManyFtsHits;
    } catch (const StoreError&) {
        return false;
    }
}

bool FilterSizer::manyRows(const std::string& condition, const std::vector<FilterValue>& binds) const
{
    if (!m_reader)
        return false;
    try {
        auto st = m_reader->prepare("SELECT count(*) FROM (SELECT 1 FROM findings f WHERE " + condition + " LIMIT ?)");
        CompiledFilter values;
        values.binds = binds;
        st.bind(bindFilter(st, values), ManyRows);
        return st.step() && st.int64(0) >= ManyRows;
    } catch (const StoreError&) {
        return false;
    }
}

std::vector<std::string> FilterSizer::toolSpellings(const std::vector<std::string>& names) const
{
    std::vector<std::string> out;
    if (!m_reader)
        return out;
    std::vector<std::string> wanted;
    for (const auto& n : names)
        wanted.push_back(asciiLower(n));
    try {
        // A loose index scan: one seek per distinct tool, never a pass over
        // the rows.
        auto st = m_reader->prepare("SELECT min(tool) FROM findings WHERE tool > ?");
        std::string last;
        for (int i = 0; i < 2000; ++i) {
            st.reset();
            st.bind(1, last);
            if (!st.step() || st.isNull(0))
                break;
            last = st.text(0);
            if (std::find(wanted.begin(), wanted.end(), asciiLower(last)) != wanted.end())
                out.push_back(last);
        }
    } catch (const StoreError&) {
        out.clear();
    }
    return out;
}

} // namespace closeloop
