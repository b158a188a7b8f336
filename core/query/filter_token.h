// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces a filter expression is made of, each with the stretch of text it
// came from (so that errors and completion can point at it).
#pragma once

#include <cstddef>
#include <string>

namespace closeloop {

// ':' matches (a phrase for text fields, equality or a list otherwise); '='
// is exact; the others compare numbers, dates and ranks.
enum class FilterOp { Match, Equal, Less, LessEqual, Greater, GreaterEqual };

// One term: `field:value`, `field>=value`, a free word or a "quoted phrase".
struct FilterTerm
{
    bool isField = false;
    std::string field; // lower case, as written (an alias stays an alias)
    FilterOp op = FilterOp::Match;
    std::string value; // quotes removed, \" and \\ unescaped
    bool quoted = false;
    std::size_t offset = 0; // the whole term, in bytes of the text
    std::size_t length = 0;
    std::size_t fieldLength = 0; // the field name starts at offset
    std::size_t valueOffset = 0; // the value as written (with its quotes)
    std::size_t valueLength = 0;
};

struct FilterToken
{
    enum class Type { Term, Open, Close, Or, And, Not, End };
    Type type = Type::End;
    std::size_t offset = 0;
    std::size_t length = 0;
    FilterTerm term; // for Type::Term
};

} // namespace closeloop
