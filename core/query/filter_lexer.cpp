// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_lexer.h"

#include "filter_error.h"

#include <cstdint>
#include <cstdio>

namespace closeloop {

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Length of the UTF-8 sequence at s[i], or 0 when it is not valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t utf8Length(std::string_view s, std::size_t i)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80)
        return 1;
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(i + k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    static constexpr std::uint32_t Smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < Smallest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

} // namespace

FilterLexer::FilterLexer(std::string_view text)
    : m_text(text)
{
}

void FilterLexer::validate() const
{
    if (m_text.size() > MaxLength)
        throw FilterError(MaxLength, m_text.size() - MaxLength,
                          "the filter is too long (" + std::to_string(m_text.size()) + " bytes, at most " +
                              std::to_string(MaxLength) + ")");
    for (std::size_t i = 0; i < m_text.size();) {
        const auto c = static_cast<unsigned char>(m_text[i]);
        if ((c < 0x20 && !isSpace(char(c))) || c == 0x7F) {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", unsigned(c));
            throw FilterError(i, 1, std::string("control character ") + code + " is not allowed in a filter");
        }
        const std::size_t n = utf8Length(m_text, i);
        if (n == 0)
            throw FilterError(i, 1, "the filter is not valid UTF-8");
        i += n;
    }
}

std::vector<FilterToken> FilterLexer::tokens()
{
    validate();
    std::vector<FilterToken> out;
    m_pos = 0;
    while (true) {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
        if (m_pos >= m_text.size())
            break;
        const char c = m_text[m_pos];
        FilterToken t;
        t.offset = m_pos;
        if (c == '(' || c == ')') {
            t.type = c == '(' ? FilterToken::Type::Open : FilterToken::Type::Close;
            t.length = 1;
            ++m_pos;
        } else if (c == '-') {
            const bool followed = m_pos + 1 < m_text.size() && !isSpace(m_text[m_pos + 1]) && m_text[m_pos + 1] != ')';
            if (!followed)
                throw FilterError(m_pos, 1, "'-' must be followed by the term to exclude");
            t.type = FilterToken::Type::Not;
            t.length = 1;
            ++m_pos;
        } else {
            t = term();
        }
        out.push_back(std::move(t));
    }
    FilterToken end;
    end.offset = m_text.size();
    out.push_back(end);
    return out;
}

bool FilterLexer::atTermEnd() const
{
    return m_pos >= m_text.size() || isSpace(m_text[m_pos]) || m_text[m_pos] == '(' || m_text[m_pos] == ')';
}

FilterToken FilterLexer::term()
{
    FilterToken t;
    t.type = FilterToken::Type::Term;
    t.offset = m_pos;
    FilterTerm& term = t.term;
    term.offset = m_pos;

    if (m_text[m_pos] == '"') {
        term.valueOffset = m_pos;
        term.value = quoted();
        term.quoted = true;
        term.valueLength = m_pos - term.valueOffset;
        term.length = t.length = m_pos - t.offset;
        return t;
    }

    std::size_t i = m_pos;
    if (isFieldStart(m_text[i])) {
        while (i < m_text.size() && isFieldChar(m_text[i]))
            ++i;
    }
    if (i > m_pos && i < m_text.size() && isOperatorStart(m_text[i])) {
        term.isField = true;
        for (std::size_t k = m_pos; k < i; ++k)
            term.field += lower(m_text[k]);
        term.fieldLength = i - m_pos;
        const auto next = [&](std::size_t k) { return k < m_text.size() ? m_text[k] : '\0'; };
        if (next(i) == ':')
            ++i; // `epss:>0.5` reads as `epss>0.5`
        if (next(i) == '<' || next(i) == '>') {
            const bool orEqual = next(i + 1) == '=';
            term.op = next(i) == '<' ? (orEqual ? FilterOp::LessEqual : FilterOp::Less)
                                     : (orEqual ? FilterOp::GreaterEqual : FilterOp::Greater);
            i += orEqual ? 2 : 1;
        } else if (next(i) == '=') {
            term.op = FilterOp::Equal;
            ++i;
        }
        m_pos = i;
        term.valueOffset = m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            term.value = quoted();
            term.quoted = true;
        } else {
            while (!atTermEnd())
                ++m_pos;
            term.value = std::string(m_text.substr(term.valueOffset, m_pos - term.valueOffset));
        }
        term.valueLength = m_pos - term.valueOffset;
        term.length = t.length = m_pos - t.offset;
        return t;
    }

    while (!atTermEnd())
        ++m_pos;
    const std::string_view word = m_text.substr(t.offset, m_pos - t.offset);
    t.length = term.length = word.size();
    if (word == "OR" || word == "AND") {
        t.type = word == "OR" ? FilterToken::Type::Or : FilterToken::Type::And;
        return t;
    }
    term.value = std::string(word);
    term.valueOffset = t.offset;
    term.valueLength = word.size();
    return t;
}

std::string FilterLexer::quoted()
{
    const std::size_t start = m_pos;
    std::string out;
    ++m_pos;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '\\' && m_pos + 1 < m_text.size() && (m_text[m_pos + 1] == '"' || m_text[m_pos + 1] == '\\')) {
            out += m_text[m_pos + 1];
            m_pos += 2;
        } else if (c == '"') {
            ++m_pos;
            return out;
        } else {
            out += c;
            ++m_pos;
        }
    }
    throw FilterError(start, m_text.size() - start, "unterminated quote: add a closing '\"'");
}

} // namespace closeloop
