// SPDX-License-Identifier: GPL-3.0-or-later
// The parsed form of a filter expression: terms combined by AND, OR and NOT.
#pragma once

#include "filter_token.h"

#include <vector>

namespace closeloop {

struct FilterNode
{
    // All: the empty filter (everything).
    enum class Kind { All, And, Or, Not, Term };
    Kind kind = Kind::All;
    std::vector<FilterNode> children;
    FilterTerm term; // for Kind::Term
    std::size_t offset = 0;
    std::size_t length = 0;
};

} // namespace closeloop
