// SPDX-License-Identifier: GPL-3.0-or-later
// Completion values from a workspace, on a reader connection: owners and
// services from the catalog and from the findings, tools, assignees,
// environments, lifecycles and data classes. Every look-up is bounded, so
// that completing stays instant at a million findings.
#pragma once

#include "filter_value_source.h"
#include "store/database.h"

#include <set>

namespace closeloop {

class FilterDatabaseValueSource : public FilterValueSource
{
public:
    // The most distinct values read from one column of findings.
    static constexpr int MaxDistinct = 2000;

    // reader must outlive this object; use it from one thread at a time.
    explicit FilterDatabaseValueSource(Database& reader);

    std::vector<std::string> values(std::string_view field, std::string_view prefix,
                                    std::size_t limit) const override;

private:
    // The distinct non-empty values of an indexed column of findings.
    void distinctIndexed(const char* sql, std::string_view prefix, std::set<std::string>& out) const;
    void query(const char* sql, std::string_view prefix, std::set<std::string>& out) const;

    Database& m_db;
};

} // namespace closeloop
