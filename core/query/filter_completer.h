// SPDX-License-Identifier: GPL-3.0-or-later
// Completion for the filter box: field names (with what each means) where a
// field name is being typed, and the field's values after `field:`.
#pragma once

#include "filter_value_source.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace closeloop {

struct FilterCompletionItem
{
    enum class Kind { Field, Value, Operator, Keyword };
    Kind kind = Kind::Value;
    std::string text;        // replaces the range (quoted when it has to be)
    std::string label;       // what the list shows
    std::string description; // one line, may be empty
};

struct FilterCompletion
{
    // The bytes of the text the chosen item replaces.
    std::size_t replaceFrom = 0;
    std::size_t replaceLength = 0;
    std::string field; // canonical field whose values are offered; empty for field names
    std::vector<FilterCompletionItem> items;
};

class FilterCompleter
{
public:
    static constexpr std::size_t MaxItems = 50;

    // cursor is a byte offset into text (clamped to its size).
    static FilterCompletion complete(std::string_view text, std::size_t cursor, const FilterValueSource& values);
};

} // namespace closeloop
