// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_parser.h"

#include "filter_error.h"
#include "filter_lexer.h"

namespace closeloop {

namespace {

using Type = FilterToken::Type;

void span(FilterNode& node, std::size_t start, std::size_t end)
{
    node.offset = start;
    node.length = end - start;
}

} // namespace

FilterParser::FilterParser(std::vector<FilterToken> tokens)
    : m_tokens(std::move(tokens))
{
}

FilterNode FilterParser::parse(std::string_view text)
{
    FilterParser p(FilterLexer(text).tokens());
    if (p.peek().type == Type::End)
        return {};
    FilterNode root = p.orExpr(0);
    if (p.peek().type == Type::Close)
        throw FilterError(p.peek().offset, 1, "unbalanced parenthesis: ')' without a '(' before it");
    return root;
}

bool FilterParser::endsGroup() const
{
    const Type t = peek().type;
    return t == Type::End || t == Type::Close || t == Type::Or;
}

FilterNode FilterParser::orExpr(int depth)
{
    FilterNode first = andExpr(depth);
    if (peek().type != Type::Or)
        return first;
    FilterNode node;
    node.kind = FilterNode::Kind::Or;
    const std::size_t start = first.offset;
    node.children.push_back(std::move(first));
    while (peek().type == Type::Or) {
        const FilterToken orToken = peek();
        ++m_pos;
        if (endsGroup())
            throw FilterError(orToken.offset, orToken.length, "OR needs a term on each side");
        node.children.push_back(andExpr(depth));
    }
    const FilterNode& last = node.children.back();
    span(node, start, last.offset + last.length);
    return node;
}

FilterNode FilterParser::andExpr(int depth)
{
    if (endsGroup()) {
        const FilterToken& t = peek();
        if (t.type == Type::Or)
            throw FilterError(t.offset, t.length, "OR needs a term on each side");
        throw FilterError(t.offset, t.length, "a term is missing here");
    }
    FilterNode node;
    node.kind = FilterNode::Kind::And;
    while (!endsGroup()) {
        if (peek().type == Type::And) {
            const FilterToken andToken = peek();
            ++m_pos;
            if (node.children.empty() || endsGroup() || peek().type == Type::And)
                throw FilterError(andToken.offset, andToken.length, "AND needs a term on each side");
            continue;
        }
        node.children.push_back(unary(depth));
    }
    if (node.children.size() == 1)
        return std::move(node.children.front());
    const FilterNode& last = node.children.back();
    span(node, node.children.front().offset, last.offset + last.length);
    return node;
}

FilterNode FilterParser::unary(int depth)
{
    const FilterToken t = peek();
    switch (t.type) {
    case Type::Not: {
        if (depth >= MaxDepth)
            throw FilterError(t.offset, 1, "the filter is nested deeper than " + std::to_string(MaxDepth) + " levels");
        ++m_pos;
        if (endsGroup() || peek().type == Type::And)
            throw FilterError(t.offset, 1, "'-' must be followed by the term to exclude");
        FilterNode node;
        node.kind = FilterNode::Kind::Not;
        node.children.push_back(unary(depth + 1));
        const FilterNode& child = node.children.front();
        span(node, t.offset, child.offset + child.length);
        return node;
    }
    case Type::Open: {
        if (depth >= MaxDepth)
            throw FilterError(t.offset, 1,
                              "parentheses nested deeper than " + std::to_string(MaxDepth) + " levels");
        ++m_pos;
        if (peek().type == Type::Close)
            throw FilterError(t.offset, peek().offset + 1 - t.offset, "empty parentheses");
        if (peek().type == Type::End)
            throw FilterError(t.offset, 1, "unbalanced parenthesis: '(' is never closed");
        FilterNode inner = orExpr(depth + 1);
        if (peek().type != Type::Close)
            throw FilterError(t.offset, 1, "unbalanced parenthesis: '(' is never closed");
        const std::size_t end = peek().offset + 1;
        ++m_pos;
        // The group's span includes its parentheses, for error underlining.
        span(inner, t.offset, end);
        return inner;
    }
    case Type::Close:
        throw FilterError(t.offset, 1, "unbalanced parenthesis: ')' without a '(' before it");
    case Type::Term: {
        if (++m_terms > MaxTerms)
            throw FilterError(t.offset, t.length, "too many terms (at most " + std::to_string(MaxTerms) + ")");
        ++m_pos;
        FilterNode node;
        node.kind = FilterNode::Kind::Term;
        node.term = t.term;
        span(node, t.offset, t.offset + t.length);
        return node;
    }
    case Type::And:
        throw FilterError(t.offset, t.length, "AND needs a term on each side");
    case Type::Or:
        throw FilterError(t.offset, t.length, "OR needs a term on each side");
    case Type::End:
        break;
    }
    throw FilterError(t.offset, 0, "a term is missing here");
}

} // namespace closeloop
