// SPDX-License-Identifier: GPL-3.0-or-later
// Splits a filter expression into tokens: terms (`field:value`, `epss>0.5`,
// words, "quoted phrases" with \" and \\ as escapes), parentheses, the
// keywords OR and AND (upper case only) and '-' for negation. Rejects what no
// filter needs: invalid UTF-8, control characters (NUL included) and texts
// over MaxLength bytes.
#pragma once

#include "filter_token.h"

#include <string_view>
#include <vector>

namespace closeloop {

class FilterLexer
{
public:
    static constexpr std::size_t MaxLength = 4096;

    explicit FilterLexer(std::string_view text);
    // Ends with a Type::End token; throws FilterError.
    std::vector<FilterToken> tokens();

    // The characters that shape a term, for FilterCompleter: completion must
    // split the text exactly where the lexer does.
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static bool isFieldStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    static bool isFieldChar(char c) { return isFieldStart(c) || (c >= '0' && c <= '9') || c == '_'; }
    static bool isOperatorStart(char c) { return c == ':' || c == '<' || c == '>' || c == '='; }

private:
    void validate() const;
    FilterToken term();
    // Reads a "..." string at m_pos; returns it unescaped.
    std::string quoted();
    bool atTermEnd() const;

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace closeloop
