// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_compiler.h"

#include "filter_field.h"
#include "filter_parser.h"
#include "filter_sizer.h"
#include "util/ascii_text.h"
#include "util/clock.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>

namespace closeloop {

namespace {

using K = FilterField::Kind;

// A compiled piece: SQL with its binds, or an FTS5 expression not yet wrapped
// in SQL, so that the free-text pieces of one AND or OR group become a single
// MATCH (one full-text lookup instead of one per word).
struct Part
{
    bool fts = false;
    std::string text;
    std::vector<FilterValue> binds;
    bool compound = false; // needs parentheses inside a larger expression
};

constexpr std::size_t MaxListValues = 64;
// id: takes the findings a notification or a selection names.
constexpr std::size_t MaxIdValues = 1000;

// The unicode61 tokenizer keeps letters and digits and drops the rest; a
// phrase without any would match nothing alone and be dropped silently
// inside a larger query, so it is refused. Non-ASCII bytes count as letters
// (most are); an emoji-only search then simply finds nothing.
bool hasSearchableCharacters(std::string_view s)
{
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return true;
    }
    return false;
}

// A user value as an FTS5 string: inside double quotes every character is
// literal, and a double quote is written twice.
std::string ftsPhrase(std::string_view value)
{
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

const char* sqlOperator(FilterOp op)
{
    switch (op) {
    case FilterOp::Less:
        return "<";
    case FilterOp::LessEqual:
        return "<=";
    case FilterOp::Greater:
        return ">";
    case FilterOp::GreaterEqual:
        return ">=";
    case FilterOp::Match:
    case FilterOp::Equal:
        break;
    }
    return "=";
}

const char* writtenOperator(FilterOp op)
{
    switch (op) {
    case FilterOp::Match:
        return ":";
    case FilterOp::Equal:
        return "=";
    default:
        return sqlOperator(op);
    }
}

bool isComparison(FilterOp op)
{
    return op != FilterOp::Match && op != FilterOp::Equal;
}

std::string placeholders(std::size_t n)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += i ? ", ?" : "?";
    return out;
}

std::string withSuggestion(std::string message, const std::string& suggestion)
{
    if (!suggestion.empty())
        message += " — did you mean '" + suggestion + "'?";
    return message;
}

// "kind:namespace/name" from the shorthand Backstage allows: a missing kind
// is defaultKind, a missing namespace is "default".
std::string fullRef(const std::string& value, std::string_view defaultKind)
{
    std::string kind(defaultKind);
    std::string rest = value;
    if (const auto colon = value.find(':'); colon != std::string::npos) {
        kind = value.substr(0, colon);
        rest = value.substr(colon + 1);
    }
    if (rest.find('/') == std::string::npos)
        rest = "default/" + rest;
    return kind + ':' + rest;
}

class Compilation
{
public:
    Compilation(const FilterContext& context, std::size_t textSize)
        : m_context(context)
        , m_sizer(context.reader)
        , m_textSize(textSize)
    {
    }

    Part node(const FilterNode& n);

private:
    Part group(const FilterNode& n, bool isAnd);
    Part term(const FilterTerm& t);
    Part text(const FilterTerm& t, std::string_view column);

    Part severity(const FilterTerm& t);
    Part status(const FilterTerm& t);
    Part environment(const FilterTerm& t);
    Part yesNo(const FilterTerm& t, const FilterField& f);
    Part owner(const FilterTerm& t);
    Part service(const FilterTerm& t);
    Part assignee(const FilterTerm& t);
    Part tool(const FilterTerm& t);
    Part textField(const FilterTerm& t, const FilterField& f);
    Part tier(const FilterTerm& t);
    Part lifecycle(const FilterTerm& t);
    Part dataClass(const FilterTerm& t);
    Part number(const FilterTerm& t, const FilterField& f);
    Part date(const FilterTerm& t, const FilterField& f);
    Part age(const FilterTerm& t);
    Part id(const FilterTerm& t);
    Part has(const FilterTerm& t);
    Part is(const FilterTerm& t);
    Part path(const FilterTerm& t);
    Part slaClass(const FilterTerm& t);
    Part sla(const FilterTerm& t);
    Part slaState(const FilterTerm& t, const std::string& state, const std::string& now);
    Part exception(const FilterTerm& t);

    static FilterError valueError(const FilterTerm& t, const std::string& message)
    {
        return {t.valueOffset, t.valueLength, message};
    }
    // The comma-separated values of an unquoted `field:a,b` (one value when quoted).
    static std::vector<std::string> list(const FilterTerm& t, std::size_t maxValues = MaxListValues);
    static bool yes(const FilterTerm& t, const FilterField& f);
    static std::int64_t integer(const FilterTerm& t, std::string_view value, std::int64_t min, std::int64_t max,
                                const std::string& message);
    QDateTime now(const FilterTerm& t) const;
    std::string cutoff(const FilterTerm& t, std::int64_t days) const;
    bool isLastWord(const FilterTerm& t) const
    {
        return m_context.prefixLastWord && !t.quoted && t.offset + t.length == m_textSize;
    }

    const FilterContext& m_context;
    FilterSizer m_sizer;
    std::size_t m_textSize;
};

// binds is taken by reference so that a caller's `placeholders(binds.size())`
// in the same call still sees the values (argument order is unspecified).
Part sqlPart(std::string sql, std::vector<FilterValue>&& binds = {}, bool compound = false)
{
    Part p;
    p.text = std::move(sql);
    p.binds = std::move(binds);
    p.compound = compound;
    return p;
}

// Marks a unary + that only helps a query in sort order: CompiledFilter
// turns it into "+" in `where` and drops it from `countWhere` (a count is
// quickest through the column's own index). No user text ever reaches the
// SQL, so the byte cannot come from anywhere else.
constexpr char SortHint = '\x01';
// The same for a term whose own cost makes a walk of the sort index never
// much worse than any other plan (the SLA states that look at each
// finding's clocks): it stays when the whole filter matches few findings,
// where counting those few would itself read every clock.
constexpr char StickyHint = '\x02';

// An equality on an indexed column: `sql` writes it with the column prefixed
// by "" or the sort hint.
Part indexed(const FilterSizer& sizer, const std::function<std::string(const char*)>& sql,
             std::vector<FilterValue>&& binds, bool compound = false)
{
    static const char hint[] = {SortHint, '\0'};
    const bool many = sizer.manyRows(sql(""), binds);
    return sqlPart(sql(many ? hint : ""), std::move(binds), compound);
}

Part asSql(Part p, const FilterSizer& sizer)
{
    if (!p.fts)
        return p;
    // Unary + keeps SQLite from driving the query by rowid look-ups of every
    // hit; it then scans the index of the ORDER BY and tests membership.
    const char* sql = sizer.manyHits(p.text) ? "+f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)"
                                               : "f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)";
    return sqlPart(sql, {std::move(p.text)});
}

std::string parenthesized(const Part& p)
{
    return p.compound ? "(" + p.text + ")" : p.text;
}

// The catalog fields: findings whose service is a catalog entity with the
// property. A property usually holds for many services (tier:1 matched a
// quarter of a million findings): the unary + keeps SQLite from fetching all
// of their rows through findings_by_service and sorting them (980 ms), so it
// walks the ORDER BY index and tests membership instead (a few ms).
Part catalog(const std::string& condition, std::vector<FilterValue>&& binds = {})
{
    return sqlPart("+f.service IN (SELECT ref FROM catalog_entities WHERE " + condition + ")", std::move(binds));
}

Part Compilation::node(const FilterNode& n)
{
    switch (n.kind) {
    case FilterNode::Kind::All:
        return sqlPart("1");
    case FilterNode::Kind::Term:
        return term(n.term);
    case FilterNode::Kind::And:
        return group(n, true);
    case FilterNode::Kind::Or:
        return group(n, false);
    case FilterNode::Kind::Not: {
        Part child = node(n.children.front());
        if (child.fts)
            return sqlPart("f.id NOT IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)",
                           {std::move(child.text)});
        return sqlPart("NOT (" + child.text + ")", std::move(child.binds));
    }
    }
    return sqlPart("1");
}

Part Compilation::group(const FilterNode& n, bool isAnd)
{
    std::vector<Part> fts, sql;
    for (const auto& c : n.children) {
        Part p = node(c);
        (p.fts ? fts : sql).push_back(std::move(p));
    }
    Part merged;
    if (!fts.empty()) {
        merged.fts = true;
        merged.compound = fts.size() > 1 || fts.front().compound;
        for (std::size_t i = 0; i < fts.size(); ++i) {
            if (i)
                merged.text += isAnd ? " AND " : " OR "; // FTS5 ANDs a phrase and a group only explicitly
            merged.text += parenthesized(fts[i]);
        }
        if (sql.empty())
            return merged;
        // The full-text lookup first: it is usually the most selective.
        sql.insert(sql.begin(), asSql(std::move(merged), m_sizer));
    }
    if (sql.size() == 1)
        return std::move(sql.front());
    Part out;
    out.compound = true;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        if (i)
            out.text += isAnd ? " AND " : " OR ";
        out.text += parenthesized(sql[i]);
        for (auto& b : sql[i].binds)
            out.binds.push_back(std::move(b));
    }
    return out;
}

Part Compilation::text(const FilterTerm& t, std::string_view column)
{
    if (!hasSearchableCharacters(t.value))
        throw valueError(t, "'" + t.value + "' has no letters or digits to search for");
    Part p;
    p.fts = true;
    if (!column.empty())
        p.text = std::string(column) + " : ";
    p.text += ftsPhrase(t.value);
    if (isLastWord(t))
        p.text += '*';
    return p;
}

Part Compilation::term(const FilterTerm& t)
{
    if (!t.isField)
        return text(t, {});
    const FilterField* f = findFilterField(t.field);
    if (!f) {
        const std::string suggestion = suggestFilterField(t.field);
        std::string message = withSuggestion("unknown field '" + t.field + "'", suggestion);
        if (suggestion.empty())
            message += " (to search for the text, put it in quotes)";
        throw FilterError(t.offset, t.fieldLength, message);
    }
    if (t.value.empty())
        throw FilterError(t.offset, t.length,
                          std::string(f->name) + " needs a value after '" + writtenOperator(t.op) + "'");
    if (isComparison(t.op) && !f->ordered())
        throw FilterError(t.offset, t.length,
                          std::string(f->name) + " cannot be compared with '" + writtenOperator(t.op) + "': use " +
                              std::string(f->name) + ":VALUE");
    switch (f->kind) {
    case K::Severity:
        return severity(t);
    case K::Status:
        return status(t);
    case K::Environment:
        return environment(t);
    case K::Kev:
        if (!yes(t, *f))
            return sqlPart("f.kev = 0");
        return indexed(m_sizer, [](const char* plus) { return std::string(plus) + "f.kev = 1"; }, {});
    case K::Owner:
        return owner(t);
    case K::Service:
        return service(t);
    case K::Assignee:
        return assignee(t);
    case K::Tool:
        return tool(t);
    case K::Text:
        return textField(t, *f);
    case K::Tier:
        return tier(t);
    case K::Lifecycle:
        return lifecycle(t);
    case K::CatalogFlag:
        return catalog(std::string(f->column) + (yes(t, *f) ? " = 1" : " = 0"));
    case K::Pii:
        return catalog(std::string("instr(' ' || lower(data_classes) || ' ', ' pii ') ") +
                       (yes(t, *f) ? "> 0" : "= 0"));
    case K::DataClass:
        return dataClass(t);
    case K::Number:
        return number(t, *f);
    case K::Date:
        return date(t, *f);
    case K::Age:
        return age(t);
    case K::Id:
        return id(t);
    case K::Has:
        return has(t);
    case K::Is:
        return is(t);
    case K::Path:
        return path(t);
    case K::SlaClass:
        return slaClass(t);
    case K::Sla:
        return sla(t);
    case K::Due:
        return date(t, *f);
    case K::Exception:
        return exception(t);
    }
    throw FilterError(t.offset, t.length, "unsupported field");
}

std::vector<std::string> Compilation::list(const FilterTerm& t, std::size_t maxValues)
{
    if (t.quoted || isComparison(t.op))
        return {t.value};
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto comma = t.value.find(',', start);
        std::string item = t.value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (item.empty())
            throw valueError(t, "empty value in the list '" + t.value + "'");
        out.push_back(std::move(item));
        if (out.size() > maxValues)
            throw valueError(t, "too many values (at most " + std::to_string(maxValues) + ")");
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

bool Compilation::yes(const FilterTerm& t, const FilterField& f)
{
    const std::string v = asciiLower(t.value);
    if (v == "yes" || v == "true" || v == "1" || v == "y")
        return true;
    if (v == "no" || v == "false" || v == "0" || v == "n")
        return false;
    throw valueError(t, std::string(f.name) + " is yes or no, not '" + t.value + "'");
}

std::int64_t Compilation::integer(const FilterTerm& t, std::string_view value, std::int64_t min, std::int64_t max,
                                  const std::string& message)
{
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec != std::errc() || end != value.data() + value.size() || v < min || v > max)
        throw valueError(t, message);
    return v;
}

Part Compilation::severity(const FilterTerm& t)
{
    static const std::vector<std::pair<std::string_view, std::int64_t>> ranks = {
        {"unknown", -1}, {"info", 0},   {"informational", 0}, {"low", 1},
        {"medium", 2},   {"moderate", 2}, {"high", 3},        {"critical", 4}};
    std::vector<std::string_view> names;
    for (const auto& r : ranks)
        names.push_back(r.first);
    std::vector<FilterValue> binds;
    for (const auto& item : list(t)) {
        const std::string v = asciiLower(item);
        const auto it = std::find_if(ranks.begin(), ranks.end(), [&](const auto& r) { return r.first == v; });
        if (it == ranks.end())
            throw valueError(t, withSuggestion("unknown severity '" + item + "'", closestWord(v, names)));
        if (isComparison(t.op) && it->second < 0)
            throw valueError(t, "unknown severity has no rank to compare: use severity:unknown");
        binds.emplace_back(it->second);
    }
    if (isComparison(t.op))
        return sqlPart(std::string("f.severity >= 0 AND f.severity ") + sqlOperator(t.op) + " ?", std::move(binds),
                       true);
    if (binds.size() == 1)
        return sqlPart("f.severity = ?", std::move(binds));
    return sqlPart("f.severity IN (" + placeholders(binds.size()) + ")", std::move(binds));
}

Part Compilation::status(const FilterTerm& t)
{
    const FilterField& f = *findFilterField("status");
    std::vector<std::string_view> names;
    for (const auto& c : f.choices())
        names.push_back(c.value);
    std::vector<FilterValue> binds;
    for (const auto& item : list(t)) {
        std::string v = asciiLower(item);
        std::replace(v.begin(), v.end(), '-', '_');
        if (std::find(names.begin(), names.end(), v) == names.end())
            throw valueError(t, withSuggestion("unknown status '" + item + "'", closestWord(v, names)));
        binds.emplace_back(v);
    }
    return sqlPart("f.status IN (" + placeholders(binds.size()) + ")", std::move(binds));
}

Part Compilation::environment(const FilterTerm& t)
{
    const auto values = list(t);
    std::vector<FilterValue> binds;
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto& v : values)
            binds.emplace_back(v);
    }
    const std::string in = "(" + placeholders(values.size()) + ")";
    return sqlPart("f.environment COLLATE NOCASE IN " + in +
                       " OR (f.environment = '' AND +f.service IN (SELECT ref FROM catalog_entities"
                       " WHERE environment COLLATE NOCASE IN " + in + "))",
                   std::move(binds), true);
}

Part Compilation::owner(const FilterTerm& t)
{
    std::vector<std::string> refs;
    for (const auto& item : list(t)) {
        const std::string v = asciiLower(item);
        refs.push_back(v);
        if (v.find(':') == std::string::npos || v.find('/') == std::string::npos)
            refs.push_back(fullRef(v, "group"));
    }
    std::vector<FilterValue> binds(refs.begin(), refs.end());
    const std::string in = placeholders(binds.size());
    return indexed(m_sizer, [&](const char* plus) { return std::string(plus) + "f.owner IN (" + in + ")"; },
                   std::move(binds));
}

Part Compilation::service(const FilterTerm& t)
{
    std::vector<FilterValue> refs, names;
    for (const auto& item : list(t)) {
        const std::string v = asciiLower(item);
        refs.emplace_back(v);
        if (v.find(':') == std::string::npos || v.find('/') == std::string::npos)
            refs.emplace_back(fullRef(v, "component"));
        if (v.find(':') == std::string::npos && v.find('/') == std::string::npos)
            names.emplace_back(v);
    }
    const std::string in = placeholders(refs.size());
    const std::string namesIn = placeholders(names.size());
    const bool byName = !names.empty();
    refs.insert(refs.end(), names.begin(), names.end());
    return indexed(
        m_sizer,
        [&](const char* plus) {
            std::string sql = std::string(plus) + "f.service IN (" + in + ")";
            // A bare name is whatever kind of entity the catalog has by that name.
            if (byName)
                sql += std::string(" OR ") + plus +
                       "f.service IN (SELECT ref FROM catalog_entities WHERE name COLLATE NOCASE IN (" + namesIn + "))";
            return sql;
        },
        std::move(refs), byName);
}

Part Compilation::assignee(const FilterTerm& t)
{
    std::vector<FilterValue> binds;
    for (const auto& item : list(t)) {
        if (asciiLower(item) == "me" && !t.quoted) {
            if (m_context.currentUser.empty())
                throw valueError(t, "assignee:me needs to know who you are, and the current user is not set");
            binds.emplace_back(m_context.currentUser);
        } else {
            binds.emplace_back(item);
        }
    }
    // The <> '' lets SQLite use the partial index findings_by_assignee.
    const std::string in = placeholders(binds.size());
    return indexed(
        m_sizer,
        [&](const char* plus) { return std::string(plus) + "f.assignee <> '' AND f.assignee IN (" + in + ")"; },
        std::move(binds), true);
}

Part Compilation::tool(const FilterTerm& t)
{
    const auto wanted = list(t);
    if (!m_context.reader) {
        std::vector<FilterValue> binds(wanted.begin(), wanted.end());
        return sqlPart("f.tool COLLATE NOCASE IN (" + placeholders(binds.size()) + ")", std::move(binds));
    }
    // Feeds spell tools as they like ("Trivy", "GitHub Dependabot"); with
    // the workspace at hand the names become the stored spellings, so that
    // findings_by_scope can serve the filter too.
    const auto spellings = m_sizer.toolSpellings(wanted);
    std::vector<FilterValue> binds(spellings.begin(), spellings.end());
    if (binds.empty())
        binds.assign(wanted.begin(), wanted.end()); // no such tool: matches nothing, through the index
    const std::string in = placeholders(binds.size());
    return indexed(m_sizer, [&](const char* plus) { return std::string(plus) + "f.tool IN (" + in + ")"; },
                   std::move(binds));
}

Part Compilation::textField(const FilterTerm& t, const FilterField& f)
{
    if (t.op == FilterOp::Match)
        return text(t, f.column);
    if (f.name == "description")
        throw FilterError(t.offset, t.length, "description is searched with ':' only");
    return sqlPart("f." + std::string(f.column) + " = ?", {t.value});
}

Part Compilation::tier(const FilterTerm& t)
{
    const std::string message = "tier is a number from 1 to 4";
    std::vector<FilterValue> binds;
    for (const auto& item : list(t))
        binds.emplace_back(integer(t, item, 1, 4, message));
    if (isComparison(t.op))
        return catalog(std::string("tier ") + sqlOperator(t.op) + " ?", std::move(binds));
    return catalog("tier IN (" + placeholders(binds.size()) + ")", std::move(binds));
}

Part Compilation::lifecycle(const FilterTerm& t)
{
    std::vector<FilterValue> binds;
    for (const auto& item : list(t))
        binds.emplace_back(item);
    return catalog("lifecycle COLLATE NOCASE IN (" + placeholders(binds.size()) + ")", std::move(binds));
}

Part Compilation::dataClass(const FilterTerm& t)
{
    std::string condition;
    std::vector<FilterValue> binds;
    for (const auto& item : list(t)) {
        if (!condition.empty())
            condition += " OR ";
        condition += "instr(' ' || lower(data_classes) || ' ', ?) > 0";
        binds.emplace_back(" " + asciiLower(item) + " ");
    }
    return catalog(condition, std::move(binds));
}

Part Compilation::number(const FilterTerm& t, const FilterField& f)
{
    auto fmt = [](double d) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", d);
        return std::string(buf);
    };
    const std::string message =
        std::string(f.name) + " needs a number between " + fmt(f.minimum) + " and " + fmt(f.maximum);
    double v = 0;
    const auto [end, ec] = std::from_chars(t.value.data(), t.value.data() + t.value.size(), v);
    if (ec != std::errc() || end != t.value.data() + t.value.size() || !std::isfinite(v) || v < f.minimum ||
        v > f.maximum)
        throw valueError(t, message);
    const std::string column = "f." + std::string(f.column);
    // IS NOT NULL keeps a negated comparison a true complement: -epss>0.5
    // then includes the findings without a score.
    return sqlPart(column + " IS NOT NULL AND " + column + ' ' + sqlOperator(t.op) + " ?", {v}, true);
}

Part Compilation::date(const FilterTerm& t, const FilterField& f)
{
    const std::string& v = t.value;
    const auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i) {
            if (v[i] < '0' || v[i] > '9')
                return false;
        }
        return true;
    };
    const bool shaped = v.size() == 10 && digits(0, 4) && v[4] == '-' && digits(5, 2) && v[7] == '-' && digits(8, 2);
    const QDate day = shaped ? QDate(std::stoi(v.substr(0, 4)), std::stoi(v.substr(5, 2)), std::stoi(v.substr(8, 2)))
                             : QDate();
    if (!day.isValid())
        throw valueError(t, "date must be YYYY-MM-DD");
    // Stored times are ISO 8601 text, so a day's bounds compare as text:
    // "2026-10-01T09:00:00.000Z" >= "2026-10-01" and < "2026-10-02".
    const std::string start = v;
    const std::string next = day.addDays(1).toString(Qt::ISODate).toStdString();
    const std::string column = "f." + std::string(f.column);
    // A finding without a deadline has no due date: IS NOT NULL keeps
    // -due<D its true complement, and lets findings_by_sla_due (partial on
    // IS NOT NULL) serve the range.
    const bool nullable = f.kind == K::Due;
    if (nullable && isComparison(t.op)) {
        // "Due before the end of the year" can be most findings: sized, so
        // that a long range walks the sort index instead of being sorted.
        const bool after = t.op == FilterOp::Greater || t.op == FilterOp::GreaterEqual;
        const std::string bound = t.op == FilterOp::Less || t.op == FilterOp::GreaterEqual ? start : next;
        return indexed(
            m_sizer,
            [&](const char* plus) {
                return std::string(plus) + column + " IS NOT NULL AND " + plus + column + (after ? " >= ?" : " < ?");
            },
            {bound}, true);
    }
    switch (t.op) {
    case FilterOp::Less:
        return sqlPart(column + " < ?", {start});
    case FilterOp::LessEqual:
        return sqlPart(column + " < ?", {next});
    case FilterOp::Greater:
        return sqlPart(column + " >= ?", {next});
    case FilterOp::GreaterEqual:
        return sqlPart(column + " >= ?", {start});
    case FilterOp::Match:
    case FilterOp::Equal:
        break;
    }
    return sqlPart(column + " >= ? AND " + column + " < ?", {start, next}, true);
}

QDateTime Compilation::now(const FilterTerm& t) const
{
    const QString now = QString::fromStdString(m_context.now.empty() ? nowUtcIso() : m_context.now);
    const QDateTime at = QDateTime::fromString(now, Qt::ISODateWithMs);
    if (!at.isValid())
        throw FilterError(t.offset, t.length, "the current time '" + m_context.now + "' is not ISO 8601");
    return at.toUTC();
}

// Times are compared as the text Closeloop stores ("...T12:00:00.000Z"),
// so every bound is written in exactly that form.
std::string storedForm(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toStdString();
}

std::string Compilation::cutoff(const FilterTerm& t, std::int64_t days) const
{
    return storedForm(now(t).addDays(-days));
}

Part Compilation::age(const FilterTerm& t)
{
    const std::int64_t n = integer(t, t.value, 0, 36500, "age is a whole number of days");
    // age is the number of whole days since first seen: age > n means first
    // seen at least n + 1 days ago.
    switch (t.op) {
    case FilterOp::Greater:
        return sqlPart("f.first_seen <= ?", {cutoff(t, n + 1)});
    case FilterOp::GreaterEqual:
        return sqlPart("f.first_seen <= ?", {cutoff(t, n)});
    case FilterOp::Less:
        return sqlPart("f.first_seen > ?", {cutoff(t, n)});
    case FilterOp::LessEqual:
        return sqlPart("f.first_seen > ?", {cutoff(t, n + 1)});
    case FilterOp::Match:
    case FilterOp::Equal:
        break;
    }
    return sqlPart("f.first_seen > ? AND f.first_seen <= ?", {cutoff(t, n + 1), cutoff(t, n)}, true);
}

Part Compilation::id(const FilterTerm& t)
{
    std::vector<FilterValue> binds;
    for (const auto& item : list(t, MaxIdValues))
        binds.emplace_back(integer(t, item, 0, INT64_MAX, "id is a finding number"));
    if (isComparison(t.op))
        return sqlPart(std::string("f.id ") + sqlOperator(t.op) + " ?", std::move(binds));
    return sqlPart("f.id IN (" + placeholders(binds.size()) + ")", std::move(binds));
}

Part Compilation::has(const FilterTerm& t)
{
    static const std::vector<std::pair<std::string_view, std::string_view>> conditions = {
        {"fix", "f.fix_version <> ''"},      {"assignee", "f.assignee <> ''"},
        {"owner", "f.owner <> ''"},          {"service", "f.service <> ''"},
        {"epss", "f.epss IS NOT NULL"},      {"cvss", "f.cvss_score IS NOT NULL"},
        {"cve", "f.cves <> ''"}};
    const std::string v = asciiLower(t.value);
    std::vector<std::string_view> names;
    for (const auto& [name, sql] : conditions) {
        if (name == v)
            return sqlPart(std::string(sql));
        names.push_back(name);
    }
    throw valueError(t, withSuggestion("unknown has:'" + t.value + "'", closestWord(v, names)));
}

Part Compilation::is(const FilterTerm& t)
{
    const std::string v = asciiLower(t.value);
    if (v == "unowned")
        return indexed(m_sizer, [](const char* plus) { return std::string(plus) + "f.service = ''"; }, {});
    if (v == "unassigned")
        return sqlPart("f.assignee = ''");
    // Open: still needs someone (a fix awaiting verification included);
    // closed: decided (false positive, accepted risk) or fixed and verified.
    if (v == "open")
        return sqlPart("f.status IN ('new', 'reopened', 'triaged', 'in_progress', 'contained', 'pending_verification')");
    if (v == "closed")
        return sqlPart("f.status IN ('false_positive', 'accepted_risk', 'resolved_verified', 'suppressed')");
    throw valueError(t, withSuggestion("unknown is:'" + t.value + "'",
                                       closestWord(v, {"unowned", "unassigned", "open", "closed"})));
}

// A word of the policy language: a typo is an error with a suggestion, not a
// filter that quietly matches nothing.
std::string choiceOf(const FilterTerm& t, const std::string& item, std::string_view fieldName,
                     std::string_view what)
{
    std::string v = asciiLower(item);
    std::replace(v.begin(), v.end(), '-', '_');
    std::vector<std::string_view> names;
    for (const auto& c : findFilterField(fieldName)->choices()) {
        if (c.value == v)
            return v;
        names.push_back(c.value);
    }
    throw FilterError(t.valueOffset, t.valueLength,
                      withSuggestion("unknown " + std::string(what) + " '" + item + "'", closestWord(v, names)));
}

Part Compilation::path(const FilterTerm& t)
{
    std::vector<FilterValue> binds;
    for (const auto& item : list(t))
        binds.emplace_back(choiceOf(t, item, "path", "path"));
    const std::string in = placeholders(binds.size());
    // Most findings take one path (ticket): findings_by_path serves the few,
    // the sort index the many.
    return indexed(m_sizer, [&](const char* plus) { return std::string(plus) + "f.path IN (" + in + ")"; },
                   std::move(binds));
}

Part Compilation::slaClass(const FilterTerm& t)
{
    std::vector<FilterValue> binds;
    for (const auto& item : list(t))
        binds.emplace_back(item);
    // No index: a policy has a handful of classes, each holding a large share
    // of the findings, so the page walks the sort index and tests the column.
    return sqlPart("f.sla_class COLLATE NOCASE IN (" + placeholders(binds.size()) + ")", std::move(binds));
}

Part Compilation::sla(const FilterTerm& t)
{
    const std::string at = storedForm(now(t));
    std::vector<Part> parts;
    for (const auto& item : list(t))
        parts.push_back(slaState(t, choiceOf(t, item, "sla", "SLA state"), at));
    if (parts.size() == 1)
        return std::move(parts.front());
    Part out;
    out.compound = true;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i)
            out.text += " OR ";
        out.text += parenthesized(parts[i]);
        for (auto& b : parts[i].binds)
            out.binds.push_back(std::move(b));
    }
    return out;
}

// f.sla_due is the earliest deadline of the finding's running clocks, NULL
// when none runs (written with the clocks by the policy engine). So breached
// is one range on findings_by_sla_due, and at risk and on track look at the
// clocks (by primary key, four at most) only of findings with a deadline
// still ahead. IS NOT NULL first keeps a negated state its true complement.
Part Compilation::slaState(const FilterTerm&, const std::string& state, const std::string& at)
{
    if (state == "breached")
        return indexed(
            m_sizer,
            [](const char* plus) {
                return std::string(plus) + "f.sla_due IS NOT NULL AND " + plus + "f.sla_due <= ?";
            },
            {at}, true);
    if (state == "paused") {
        // An active exception holds every clock of the finding. Few findings
        // are held, but SQLite cannot know it (no statistics): likelihood()
        // tells it, so that findings_by_exception serves the few, also when
        // the queue is sorted by SLA due (where it would otherwise walk every
        // deadline, which no paused finding has: a second at a million).
        if (m_sizer.manyRows("f.exception_id IS NOT NULL", {}))
            return sqlPart(std::string(1, SortHint) + "f.exception_id IS NOT NULL");
        return sqlPart("likelihood(f.exception_id IS NOT NULL, 0.001)");
    }
    const std::string atRisk = std::string(state == "on_track" ? "NOT " : "") +
                               "EXISTS (SELECT 1 FROM sla_clocks c WHERE c.finding_id = f.id AND c.stopped_at IS NULL"
                               " AND c.running_since IS NOT NULL AND c.risk_at <= ?)";
    // Sized by the deadlines still ahead, an index-only count: sizing the
    // clocks themselves would read them for every such finding (0.3 s of CPU
    // at a million when few are at risk) before the first page. With many
    // deadlines ahead, the walk of the sort index wins however many match.
    const bool many = m_sizer.manyRows("f.sla_due IS NOT NULL AND f.sla_due > ?", {at});
    const std::string plus = many ? std::string(1, StickyHint) : std::string();
    return sqlPart(plus + "f.sla_due IS NOT NULL AND " + plus + "f.sla_due > ? AND " + atRisk, {at, at}, true);
}

Part Compilation::exception(const FilterTerm& t)
{
    std::vector<FilterValue> binds;
    for (const auto& item : list(t))
        binds.emplace_back(integer(t, item, 1, INT64_MAX, "exception is an exception number"));
    // Every finding the exception names, whatever its state: the primary key
    // of exception_findings starts with the exception.
    const std::string in = placeholders(binds.size());
    return indexed(
        m_sizer,
        [&](const char* plus) {
            return std::string(plus) + "f.id IN (SELECT finding_id FROM exception_findings WHERE exception_id IN (" +
                   in + "))";
        },
        std::move(binds));
}

} // namespace

FilterCompiler::FilterCompiler(FilterContext context)
    : m_context(std::move(context))
{
}

namespace {

// The hints are chosen term by term: a term matching many findings walks the
// sort index. Together with selective terms the walk finds nothing to stop
// at (owner:team-03 env:prod epss>0.5 passed over a million rows for none:
// 1.3 s against 45 ms by the owner index). So the whole filter decides: the
// hints stay only if it still matches many findings, counted without them,
// stopping at the threshold.
bool wholeFilterMatchesMany(Database& reader, const CompiledFilter& f)
{
    auto st = reader.prepare("SELECT count(*) FROM (SELECT 1 FROM findings f WHERE " + f.countWhere + " LIMIT " +
                             std::to_string(FilterSizer::ManyRows) + ")");
    bindFilter(st, f);
    return st.step() && st.int64(0) >= FilterSizer::ManyRows;
}

} // namespace

CompiledFilter FilterCompiler::compile(std::string_view text) const
{
    const FilterNode root = FilterParser::parse(text);
    CompiledFilter out;
    if (root.kind == FilterNode::Kind::All)
        return out;
    Part p = asSql(Compilation(m_context, text.size()).node(root), FilterSizer(m_context.reader));
    const bool sortHints = p.text.find(SortHint) != std::string::npos;
    out.where = p.text;
    out.countWhere = p.text;
    std::replace(out.where.begin(), out.where.end(), SortHint, '+');
    std::replace(out.where.begin(), out.where.end(), StickyHint, '+');
    std::erase(out.countWhere, SortHint);
    std::erase(out.countWhere, StickyHint);
    out.binds = std::move(p.binds);
    out.usesFts = out.where.find("findings_fts") != std::string::npos;
    if (m_context.reader && sortHints && !wholeFilterMatchesMany(*m_context.reader, out)) {
        out.where = std::move(p.text);
        std::erase(out.where, SortHint);
        std::replace(out.where.begin(), out.where.end(), StickyHint, '+');
    }
    return out;
}

std::optional<FilterError> FilterCompiler::check(std::string_view text) const
{
    FilterContext context = m_context;
    context.reader = nullptr; // validating never needs the workspace
    try {
        FilterCompiler(context).compile(text);
    } catch (const FilterError& e) {
        return e;
    }
    return std::nullopt;
}

int bindFilter(Statement& statement, const CompiledFilter& filter, int first)
{
    int i = first;
    for (const auto& v : filter.binds) {
        std::visit([&](const auto& x) { statement.bind(i, x); }, v);
        ++i;
    }
    return i;
}

} // namespace closeloop
