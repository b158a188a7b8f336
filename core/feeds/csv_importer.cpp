// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_importer.h"

#include "csv_reader.h"
#include "feed_error.h"
#include "feed_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>

namespace closeloop {

using Field = CsvLayout::Field;
using Outcome = CsvLayout::Outcome;

namespace {

// Cells lose their blanks at either end, not their line breaks: a quoted cell
// may end with one on purpose.
constexpr std::string_view Blanks = " \t";

bool sameWord(const std::string& a, const std::string& b)
{
    return lower(trim(a, Blanks)) == lower(b);
}

bool isIsoDate(const std::string& s)
{
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i) {
            if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i])))
                return false;
        }
        return true;
    };
    return digits(0, 4) && s.size() >= 10 && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2);
}

void cwesIn(const std::string& s, std::vector<std::string>& out)
{
    for (std::size_t i = 0; i < s.size();) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < s.size() && std::isdigit(static_cast<unsigned char>(s[end])))
            ++end;
        const std::string n = s.substr(i, end - i);
        if (n.find_first_not_of('0') != std::string::npos) // CWE 0: none given
            addUnique(out, "CWE-" + n.substr(n.find_first_not_of('0')));
        i = end;
    }
}

void referencesIn(const std::string& s, std::vector<std::string>& out)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = s.find_first_not_of(" \t\r\n,|", i);
        if (b == std::string::npos)
            break;
        auto e = s.find_first_of(" \t\r\n,|", b);
        if (e == std::string::npos)
            e = s.size();
        addUnique(out, s.substr(b, e - b));
        i = e;
    }
}

class RowMapper
{
public:
    RowMapper(const CsvLayout& layout, const std::vector<std::string>& header, FindingSink& sink)
        : m_layout(layout)
        , m_sink(sink)
    {
        std::map<std::string, int> seen;
        for (std::size_t i = 0; i < header.size(); ++i) {
            m_index.emplace(lower(trim(header[i], Blanks)), i);
            // raw keys must be unique; a repeated header gets its ordinal
            const int n = ++seen[header[i]];
            m_keys.push_back(n == 1 ? header[i] : header[i] + " (" + std::to_string(n) + ')');
        }
    }

    void row(const std::vector<std::string>& values, const std::string& place)
    {
        m_values = &values;
        m_place = place;
        Finding f;
        f.tool = m_layout.tool;
        bool covered = false;
        f.scopeTarget = target(covered);
        if (covered)
            m_scopes.insert({f.tool, f.scopeTarget});
        f.toolVersion = first(Field::ToolVersion);
        if (!f.toolVersion.empty())
            m_version = f.toolVersion;

        std::string reason;
        for (const auto& rule : m_layout.states) {
            if (!sameWord(value(rule.header), rule.value))
                continue;
            if (rule.outcome == Outcome::NotAFinding)
                return;
            f.sourceState = rule.outcome == Outcome::Suppressed ? SourceState::Suppressed
                            : rule.outcome == Outcome::Dismissed ? SourceState::Dismissed
                                                                 : SourceState::Fixed;
            reason = rule.reason;
            const std::string detail = first(Field::StateReason);
            if (!detail.empty())
                reason += (reason.empty() ? "" : ": ") + detail;
            break;
        }
        f.sourceStateReason = reason;

        f.ruleId = first(Field::RuleId);
        f.title = first(Field::Title);
        f.description = all(Field::Description, true);
        f.remediation = all(Field::Remediation, false);
        f.package = first(Field::Package);
        f.packageVersion = first(Field::PackageVersion);
        f.purl = first(Field::Purl);
        f.locationFile = first(Field::Location);
        f.fixVersion = first(Field::FixVersion);
        f.asset = first(Field::Asset);
        if (!f.asset.empty())
            f.assetKind = m_layout.assetKind;
        f.cvssVector = first(Field::CvssVector);
        f.cvssScore = number(Field::CvssScore);
        f.epss = number(Field::Epss);
        const std::string seen = first(Field::FirstSeen);
        if (isIsoDate(seen))
            f.firstSeenInFeed = seen;
        if (truthy(first(Field::Verified)))
            f.confidence = "high";
        for (const auto& c : m_layout.columns) {
            for (const auto& h : c.headers) {
                if (c.field == Field::Cve)
                    cvesIn(value(h), f.cves);
                else if (c.field == Field::Cwe)
                    cwesIn(value(h), f.cwes);
                else if (c.field == Field::Reference)
                    referencesIn(value(h), f.references);
            }
        }
        if (f.ruleId.empty())
            f.ruleId = f.title;
        if (f.ruleId.empty())
            throw FeedError(m_place, "the row names no rule, vulnerability or title");
        if (f.title.empty())
            f.title = f.ruleId + (f.package.empty() ? "" : " in " + f.package);
        f.severity = severity(f.cvssScore);
        if (f.remediation.empty() && !f.fixVersion.empty() && !f.package.empty())
            f.remediation = "Upgrade " + f.package + " to " + f.fixVersion;

        nlohmann::ordered_json raw = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < values.size() && i < m_keys.size(); ++i)
            raw[m_keys[i]] = values[i];
        f.raw = raw.dump();

        f.fingerprintFamily = m_layout.fingerprintFamily;
        f.fingerprintInputs.push_back({"scope", f.scopeTarget});
        for (const auto& in : m_layout.fingerprint)
            f.fingerprintInputs.push_back({in.name, firstOf(in.headers)});
        m_sink.addFinding(std::move(f));
    }

    void finish()
    {
        if (!m_layout.fixedTarget.empty())
            m_scopes.insert({m_layout.tool, m_layout.fixedTarget});
        m_sink.setTool(m_layout.tool, m_version);
        for (const auto& s : m_scopes)
            m_sink.coverScope(s);
    }

private:
    std::string value(const std::string& header) const
    {
        const auto it = m_index.find(lower(header));
        return it == m_index.end() ? std::string() : std::string(trim((*m_values)[it->second], Blanks));
    }

    std::string firstOf(const std::vector<std::string>& headers) const
    {
        for (const auto& h : headers) {
            std::string v = value(h);
            if (!v.empty())
                return v;
        }
        return {};
    }

    const std::vector<std::string>* headersOf(Field field) const
    {
        for (const auto& c : m_layout.columns) {
            if (c.field == field)
                return &c.headers;
        }
        return nullptr;
    }

    std::string first(Field field) const
    {
        const auto* hs = headersOf(field);
        return hs ? firstOf(*hs) : std::string();
    }

    // Every listed column with a value; a description labels the ones after
    // the first with their header, so the reader knows what each one says.
    std::string all(Field field, bool label) const
    {
        std::string out;
        const auto* hs = headersOf(field);
        if (!hs)
            return out;
        for (const auto& h : *hs) {
            const std::string v = value(h);
            if (v.empty() || out.find(v) != std::string::npos)
                continue;
            if (!out.empty())
                out += label ? "\n\n" + h + ": " : "\n";
            out += v;
        }
        return out;
    }

    std::optional<double> number(Field field) const
    {
        const auto* hs = headersOf(field);
        if (!hs)
            return std::nullopt;
        for (const auto& h : *hs) {
            const std::string v = value(h);
            if (v.empty())
                continue;
            char* end = nullptr;
            const double d = std::strtod(v.c_str(), &end);
            if (end == v.c_str() || *end != '\0')
                throw FeedError(m_place, "column \"" + h + "\" is not a number: \"" + v + '"');
            return d;
        }
        return std::nullopt;
    }

    static bool truthy(const std::string& v)
    {
        const std::string l = lower(v);
        return l == "true" || l == "yes" || l == "1";
    }

    Severity severity(std::optional<double> cvss) const
    {
        const auto* hs = headersOf(Field::Severity);
        if (hs) {
            for (const auto& h : *hs) {
                const std::string word = value(h);
                if (word.empty())
                    continue;
                const bool unrated = std::any_of(m_layout.unratedSeverityWords.begin(), m_layout.unratedSeverityWords.end(),
                                                 [&](const std::string& u) { return sameWord(word, u); });
                if (unrated)
                    break;
                const auto s = severityFromWord(word);
                if (!s)
                    throw FeedError(m_place, "unknown severity \"" + word + "\" in column \"" + h + '"');
                if (*s == Severity::Unknown)
                    break;
                return *s;
            }
        }
        return cvss ? severityFromCvss(*cvss) : Severity::Unknown;
    }

    std::string target(bool& covered) const
    {
        covered = false;
        if (m_layout.targetParts.empty()) {
            covered = !m_layout.fixedTarget.empty();
            return covered ? m_layout.fixedTarget : m_layout.unscopedTarget;
        }
        std::string t;
        for (const auto& part : m_layout.targetParts) {
            const std::string v = firstOf(part);
            if (!v.empty())
                t += (t.empty() ? "" : "/") + v;
        }
        covered = true;
        return t.empty() ? std::string("(unnamed)") : t;
    }

    const CsvLayout& m_layout;
    FindingSink& m_sink;
    std::map<std::string, std::size_t> m_index; // lower-cased header -> column
    std::vector<std::string> m_keys;            // raw JSON keys, in column order
    const std::vector<std::string>* m_values = nullptr;
    std::string m_place;
    std::set<ScanScope> m_scopes;
    std::string m_version;
};

// Column names are short labels; a first line of prose (a README, a licence
// text with a comma in it) is not a table, so no CSV error is claimed for it.
bool looksLikeCsvHeader(const FeedSniff& sniff, std::vector<std::string>& header)
{
    if (sniff.kind != FeedSniff::Kind::Text || sniff.firstLine.empty() || sniff.firstLine[0] == '#')
        return false;
    header = CsvReader::splitLine(sniff.firstLine, CsvReader::detectDelimiter(sniff.firstLine));
    std::size_t named = 0;
    for (const auto& h : header) {
        const std::string_view name = trim(h, Blanks);
        if (name.size() > 100 || name.find(". ") != std::string::npos || (!name.empty() && name.back() == '.'))
            return false;
        named += name.empty() ? 0 : 1;
    }
    return named >= 2;
}

} // namespace

CsvImporter::CsvImporter(std::vector<CsvLayout> extra)
    : m_layouts(builtInCsvLayouts())
{
    for (auto& l : extra)
        m_layouts.push_back(std::move(l));
}

const CsvLayout* CsvImporter::layoutFor(const std::vector<std::string>& header) const
{
    std::set<std::string> names;
    for (const auto& h : header)
        names.insert(lower(trim(h, Blanks)));
    const CsvLayout* best = nullptr;
    for (const auto& l : m_layouts) {
        const bool all = std::all_of(l.signature.begin(), l.signature.end(), [&](const std::string& s) { return names.count(lower(s)) != 0; });
        if (all && !l.signature.empty() && (!best || l.signature.size() > best->signature.size()))
            best = &l;
    }
    return best;
}

int CsvImporter::detect(const FeedSniff& sniff) const
{
    std::vector<std::string> header;
    if (!looksLikeCsvHeader(sniff, header))
        return 0;
    // A table we have no layout for is still ours to refuse with a clear
    // message; any other importer that knows the text wins over that.
    return layoutFor(header) ? 90 : 5;
}

void CsvImporter::parse(ByteSource& src, const FeedSniff&, FindingSink& sink) const
{
    CsvReader reader(src);
    const CsvLayout* layout = layoutFor(reader.header());
    if (!layout) {
        std::string shown;
        for (const auto& h : reader.header())
            shown += (shown.empty() ? "" : std::string(1, reader.delimiter())) + h;
        if (shown.size() > 300)
            shown = std::string(utf8Prefix(shown, 300)) + "...";
        throw FeedError("row 1", "unrecognized CSV layout: header \"" + shown + "\" matches no known export");
    }
    RowMapper mapper(*layout, reader.header(), sink);
    std::vector<std::string> row;
    while (reader.next(row))
        mapper.row(row, reader.place());
    mapper.finish();
}

} // namespace closeloop
