// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the tree of a filter expression:
//   filter  := orExpr?
//   orExpr  := andExpr ('OR' andExpr)*
//   andExpr := unary (('AND')? unary)*        (terms side by side: AND)
//   unary   := '-' unary | '(' orExpr ')' | term
// Nesting (parentheses and '-') is capped at MaxDepth and the number of terms
// at MaxTerms, so that no filter can make the SQL too deep for SQLite.
#pragma once

#include "filter_node.h"

#include <string_view>
#include <vector>

namespace closeloop {

class FilterParser
{
public:
    static constexpr int MaxDepth = 64;
    static constexpr int MaxTerms = 128;

    // Throws FilterError.
    static FilterNode parse(std::string_view text);

private:
    explicit FilterParser(std::vector<FilterToken> tokens);
    FilterNode orExpr(int depth);
    FilterNode andExpr(int depth);
    FilterNode unary(int depth);
    const FilterToken& peek() const { return m_tokens[m_pos]; }
    bool endsGroup() const;

    std::vector<FilterToken> m_tokens;
    std::size_t m_pos = 0;
    int m_terms = 0;
};

} // namespace closeloop
