// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_completer.h"

#include "filter_field.h"
#include "filter_lexer.h"
#include "util/ascii_text.h"

#include <algorithm>

namespace closeloop {

namespace {

using Item = FilterCompletionItem;

bool isBoundary(char c)
{
    return FilterLexer::isSpace(c) || c == '(' || c == ')';
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool takesList(const FilterField& f)
{
    switch (f.kind) {
    case FilterField::Kind::Severity:
    case FilterField::Kind::Status:
    case FilterField::Kind::Environment:
    case FilterField::Kind::Owner:
    case FilterField::Kind::Service:
    case FilterField::Kind::Assignee:
    case FilterField::Kind::Tool:
    case FilterField::Kind::Tier:
    case FilterField::Kind::Lifecycle:
    case FilterField::Kind::DataClass:
    case FilterField::Kind::Id:
    case FilterField::Kind::Path:
    case FilterField::Kind::SlaClass:
    case FilterField::Kind::Sla:
    case FilterField::Kind::Exception:
        return true;
    default:
        return false;
    }
}

// A value as the filter language needs it written: quoted (with \" and \\)
// when it holds what would end or change an unquoted value.
std::string written(std::string_view value, bool forceQuotes, bool inList)
{
    bool quote = forceQuotes || value.empty() || value.front() == '-';
    for (const char c : value) {
        if (isBoundary(c) || c == '"' || c == '\\' || (inList && c == ','))
            quote = true;
    }
    if (!quote)
        return std::string(value);
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

// The end of a "..." string that starts at `from` (after its closing quote).
std::size_t quotedEnd(std::string_view text, std::size_t from)
{
    for (std::size_t i = from + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return text.size();
}

// Owners and services the language accepts by their bare name.
std::string shortRef(const std::string& field, const std::string& value)
{
    const std::string prefix = field == "owner" ? "group:default/" : "component:default/";
    if (startsWith(value, prefix) && value.size() > prefix.size())
        return value.substr(prefix.size());
    return value;
}

void fieldNames(std::string_view prefix, FilterCompletion& out)
{
    const std::string p = asciiLower(prefix);
    for (const auto& f : filterFields()) {
        std::string label;
        if (startsWith(f.name, p)) {
            label = std::string(f.name);
        } else {
            std::string_view rest = f.aliases;
            while (!rest.empty() && label.empty()) {
                const auto sp = rest.find(' ');
                const std::string_view alias = rest.substr(0, sp);
                if (startsWith(alias, p))
                    label = std::string(f.name) + " (" + std::string(alias) + ")";
                rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
            }
        }
        if (!label.empty())
            out.items.push_back({Item::Kind::Field, std::string(f.name) + ':', label, std::string(f.description)});
    }
    if (!prefix.empty() && startsWith("OR", prefix))
        out.items.push_back({Item::Kind::Keyword, "OR", "OR", "either the terms before or the terms after"});
}

} // namespace

FilterCompletion FilterCompleter::complete(std::string_view text, std::size_t cursor, const FilterValueSource& values)
{
    cursor = std::min(cursor, text.size());
    FilterCompletion out;
    out.replaceFrom = cursor;

    // The word the cursor is in: quotes hide spaces and parentheses.
    std::size_t wordStart = 0;
    bool inQuote = false;
    std::size_t quoteStart = 0;
    for (std::size_t i = 0; i < cursor; ++i) {
        const char c = text[i];
        if (inQuote) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inQuote = false;
        } else if (isBoundary(c)) {
            wordStart = i + 1;
        } else if (c == '"') {
            inQuote = true;
            quoteStart = i;
        }
    }
    std::size_t start = wordStart;
    while (start < cursor && text[start] == '-')
        ++start;
    if (inQuote && quoteStart == start)
        return out; // a free-text phrase: nothing to complete
    const std::string_view before = text.substr(start, cursor - start);

    std::size_t nameEnd = 0;
    if (!before.empty() && FilterLexer::isFieldStart(before[0])) {
        while (nameEnd < before.size() && FilterLexer::isFieldChar(before[nameEnd]))
            ++nameEnd;
    }
    const bool valueMode = nameEnd > 0 && nameEnd < before.size() && FilterLexer::isOperatorStart(before[nameEnd]);

    if (!valueMode) {
        if (!before.empty() && (before[0] == '"' || nameEnd != before.size()))
            return out; // free text, not a field name
        std::size_t end = cursor;
        while (end < text.size() && FilterLexer::isFieldChar(text[end]))
            ++end;
        if (end < text.size() && text[end] == ':')
            ++end;
        out.replaceFrom = start;
        out.replaceLength = end - start;
        fieldNames(before, out);
        if (out.items.size() > MaxItems)
            out.items.resize(MaxItems);
        return out;
    }

    const FilterField* field = findFilterField(before.substr(0, nameEnd));
    if (!field)
        return out;
    out.field = std::string(field->name);
    std::size_t j = nameEnd;
    if (before[j] == ':')
        ++j;
    bool compared = false;
    if (j < before.size() && (before[j] == '<' || before[j] == '>')) {
        compared = true;
        ++j;
        if (j < before.size() && before[j] == '=')
            ++j;
    } else if (j < before.size() && before[j] == '=') {
        ++j;
    }
    std::size_t valueStart = start + j;
    std::string_view prefix = text.substr(valueStart, cursor - valueStart);
    const bool quoted = !prefix.empty() && prefix.front() == '"';
    const bool list = takesList(*field) && !compared && !quoted;
    std::size_t end = cursor;
    if (quoted) {
        prefix.remove_prefix(1);
        end = quotedEnd(text, valueStart);
    } else {
        if (list) {
            if (const auto comma = prefix.rfind(','); comma != std::string_view::npos) {
                valueStart += comma + 1;
                prefix.remove_prefix(comma + 1);
            }
        }
        while (end < text.size() && !isBoundary(text[end]) && !(list && text[end] == ','))
            ++end;
    }
    out.replaceFrom = valueStart;
    out.replaceLength = end - valueStart;

    auto add = [&](Item::Kind kind, const std::string& value, const std::string& label, std::string_view description) {
        if (out.items.size() < MaxItems)
            out.items.push_back({kind, written(value, quoted, list), label, std::string(description)});
    };
    const auto choices = field->choices();
    if (field->ordered() && choices.empty() && !compared && prefix.empty() && !quoted) {
        out.items.push_back({Item::Kind::Operator, ">", ">", "greater than"});
        out.items.push_back({Item::Kind::Operator, ">=", ">=", "at least"});
        out.items.push_back({Item::Kind::Operator, "<", "<", "less than"});
        out.items.push_back({Item::Kind::Operator, "<=", "<=", "at most"});
        return out;
    }
    const std::string p = asciiLower(prefix);
    for (const auto& c : choices) {
        if (startsWith(c.value, p))
            add(Item::Kind::Value, std::string(c.value), std::string(c.value), c.description);
    }
    if (field->valuesFromWorkspace()) {
        if (field->kind == FilterField::Kind::Assignee && startsWith("me", p))
            add(Item::Kind::Value, "me", "me", "assigned to you");
        for (const auto& v : values.values(field->name, prefix, MaxItems)) {
            const bool ref = field->kind == FilterField::Kind::Owner || field->kind == FilterField::Kind::Service;
            add(Item::Kind::Value, ref ? shortRef(out.field, v) : v, v, {});
        }
    }
    return out;
}

} // namespace closeloop
