// SPDX-License-Identifier: GPL-3.0-or-later
// Turns a filter expression (see filter_field.h for the fields, filter_parser.h
// for the grammar) into a WHERE clause over `findings f`. The user's text
// reaches SQLite only as bound values: field names pick SQL from a fixed
// table, and free text becomes quoted FTS5 phrases, so neither SQL nor FTS5
// syntax in a filter does anything but match itself.
#pragma once

#include "filter_error.h"
#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace closeloop {

struct FilterContext
{
    std::string currentUser; // what assignee:me means; empty: assignee:me is an error
    std::string now;         // ISO 8601 UTC for age; empty: the clock
    // While the user types: an unquoted word at the very end of the text
    // also matches longer words ("log4" finds log4j).
    bool prefixLastWord = false;
    // Optional: a reader of the workspace the filter will run on. compile()
    // then sizes what the terms match (a few ms, bounded) and writes a term
    // that matches very many findings (free text, owner, service, assignee,
    // tool, kev:yes, is:unowned) with a unary + so that SQLite walks the
    // ORDER BY index and tests each row, instead of fetching every match and
    // sorting them (common word: 700 ms against 80 ms at a million); tool
    // names become their stored spellings so that the tool index serves.
    // The rows are the same either way. Use it on the thread that owns it.
    Database* reader = nullptr;
};

using FilterValue = std::variant<std::int64_t, double, std::string>;

struct CompiledFilter
{
    std::string where = "1"; // for `SELECT ... FROM findings f WHERE <where>`
    std::vector<FilterValue> binds; // in the order of the ?s in where
    bool usesFts = false;
    // The same condition with the same binds, written for
    // `SELECT count(*) ... WHERE <countWhere>`: where can carry hints that
    // make a page in sort order fast and a count slow (see FilterContext::reader).
    std::string countWhere = "1";
};

class FilterCompiler
{
public:
    explicit FilterCompiler(FilterContext context = {});

    // Throws FilterError (with the position of the mistake).
    CompiledFilter compile(std::string_view text) const;
    // The first mistake, or nullopt when the filter is valid: validation as
    // the user types (never reads the workspace, even with a reader set).
    std::optional<FilterError> check(std::string_view text) const;

private:
    FilterContext m_context;
};

// Binds the filter's values to ?s numbered from `first` (the ?s of a query
// before the WHERE clause come first); returns the next free number.
int bindFilter(Statement& statement, const CompiledFilter& filter, int first = 1);

} // namespace closeloop
