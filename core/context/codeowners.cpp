// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeowners.h"

#include "catalog_keys.h"
#include "feeds/feed_error.h"

namespace closeloop {

namespace {

// '*' and '?' within one path segment; backtracks only to the last '*', so
// it stays linear-ish on hostile patterns.
bool segmentGlob(std::string_view pat, std::string_view name)
{
    std::size_t p = 0, n = 0, star = std::string_view::npos, mark = 0;
    while (n < name.size()) {
        if (p < pat.size() && (pat[p] == '?' || pat[p] == name[n])) {
            ++p;
            ++n;
        } else if (p < pat.size() && pat[p] == '*') {
            star = p++;
            mark = n;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            n = ++mark;
        } else {
            return false;
        }
    }
    while (p < pat.size() && pat[p] == '*')
        ++p;
    return p == pat.size();
}

// Segment lists with "**" matching any number of segments, in one pass:
// afterwards reach[j] says whether the pattern matches the first j segments
// of the path, which answers "this file" and "a folder above it" at once.
std::vector<char> prefixMatches(const std::vector<std::string_view>& pat, const std::vector<std::string_view>& path)
{
    const std::size_t n = path.size();
    std::vector<char> cur(n + 1, 0), next(n + 1, 0);
    cur[0] = 1;
    for (const auto& seg : pat) {
        std::fill(next.begin(), next.end(), 0);
        bool any = false;
        for (std::size_t j = 0; j <= n; ++j) {
            if (!cur[j])
                continue;
            if (seg == "**") {
                std::fill(next.begin() + std::ptrdiff_t(j), next.end(), 1);
                any = true;
                break;
            }
            if (j < n && segmentGlob(seg, path[j])) {
                next[j + 1] = 1;
                any = true;
            }
        }
        if (!any)
            return next; // all zero
        cur.swap(next);
    }
    return cur;
}

// Splits at unescaped white space; "\ " and "\#" are literal.
std::vector<std::string> tokens(std::string_view line)
{
    std::vector<std::string> out;
    std::string cur;
    bool have = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\\' && i + 1 < line.size() && (line[i + 1] == ' ' || line[i + 1] == '#')) {
            cur.push_back(line[++i]);
            have = true;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            if (have)
                out.push_back(std::move(cur));
            cur.clear();
            have = false;
        } else if (c == '#' && !have) {
            break; // a comment after the pattern and owners
        } else {
            cur.push_back(c);
            have = true;
        }
    }
    if (have)
        out.push_back(std::move(cur));
    return out;
}

bool validOwner(const std::string& o)
{
    if (o.size() > 1 && o[0] == '@') {
        for (std::size_t i = 1; i < o.size(); ++i) {
            const char c = o[i];
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '_' || c == '.' || c == '/';
            if (!ok)
                return false;
        }
        return o.back() != '/';
    }
    const auto at = o.find('@');
    return at != std::string::npos && at > 0 && o.find('.', at) != std::string::npos && o.find('@', at + 1) == std::string::npos;
}

} // namespace

bool Codeowners::patternMatches(std::string_view patternIn, std::string_view pathIn)
{
    std::string_view pattern = patternIn;
    if (pattern.empty())
        return false;
    const bool dirOnly = pattern.back() == '/';
    while (!pattern.empty() && pattern.back() == '/')
        pattern.remove_suffix(1);
    const bool anchored = !pattern.empty() && (pattern.front() == '/' || pattern.find('/') != std::string_view::npos);
    while (!pattern.empty() && pattern.front() == '/')
        pattern.remove_prefix(1);
    if (pattern.empty())
        return true; // "/" : the whole repository
    std::vector<std::string_view> pat = pathSegments(pattern);
    if (!anchored)
        pat.insert(pat.begin(), std::string_view("**"));
    const std::string path = normalizePath(pathIn);
    const std::vector<std::string_view> parts = pathSegments(path);
    // Bounds the work a hostile pattern or path can cause (O(parts x pattern)).
    if (parts.empty() || parts.size() > MaxSegments || pat.size() > MaxSegments)
        return false;
    const std::vector<char> reach = prefixMatches(pat, parts);
    // A path we are given is a file: a folder-only pattern ("logs/") matches a
    // folder above it, never the path itself. GitHub: "docs/*" covers the
    // files in docs/, not those in its subfolders.
    if (reach[parts.size()] && !dirOnly)
        return true;
    const bool filesOnly = anchored && pat.back() == "*";
    if (filesOnly)
        return false;
    for (std::size_t len = 1; len < parts.size(); ++len) {
        if (reach[len])
            return true;
    }
    return false;
}

Codeowners Codeowners::parse(std::string_view text)
{
    Codeowners out;
    std::string section;
    bool optional = false;
    std::vector<std::string> sectionOwners;
    int lineNo = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view raw = text.substr(start, end - start);
        start = end + 1;
        ++lineNo;
        std::size_t p = 0;
        while (p < raw.size() && (raw[p] == ' ' || raw[p] == '\t'))
            ++p;
        std::string_view line = raw.substr(p);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#') {
            if (end == text.size())
                break;
            continue;
        }
        const std::string place = "line " + std::to_string(lineNo);
        if (line.front() == '[' || (line.front() == '^' && line.size() > 1 && line[1] == '[')) {
            // GitLab section: ^[Name][approvals] @default owners
            optional = line.front() == '^';
            std::string_view rest = line.substr(optional ? 2 : 1);
            const auto close = rest.find(']');
            if (close == std::string_view::npos || close == 0)
                throw FeedError(place, "section header without a closing ']'");
            section = std::string(rest.substr(0, close));
            rest = rest.substr(close + 1);
            if (!rest.empty() && rest.front() == '[') {
                const auto c2 = rest.find(']');
                if (c2 == std::string_view::npos ||
                    rest.substr(1, c2 - 1).find_first_not_of("0123456789") != std::string_view::npos)
                    throw FeedError(place, "the approval count of a section must be a number in brackets");
                rest = rest.substr(c2 + 1);
            }
            sectionOwners = tokens(rest);
            for (const auto& o : sectionOwners) {
                if (!validOwner(o))
                    throw FeedError(place, "\"" + o + "\" is not an owner (@user, @org/team or an e-mail address)");
            }
        } else {
            std::vector<std::string> parts = tokens(line);
            if (parts.empty())
                continue;
            CodeownersRule r;
            r.line = lineNo;
            r.pattern = parts.front();
            r.section = section;
            r.optionalSection = optional;
            const bool exclusion = r.pattern.size() > 1 && r.pattern.front() == '!';
            for (std::size_t i = 1; i < parts.size(); ++i) {
                if (!validOwner(parts[i]))
                    throw FeedError(place,
                                    "\"" + parts[i] + "\" is not an owner (@user, @org/team or an e-mail address)");
                r.owners.push_back(parts[i]);
            }
            if (exclusion) {
                r.owners.clear();
            } else if (r.owners.empty() && !section.empty()) {
                r.owners = sectionOwners;
            }
            if (out.m_rules.size() >= MaxRules)
                throw FeedError(place, "more than " + std::to_string(MaxRules) + " rules");
            r.position = int(out.m_rules.size());
            out.m_rules.push_back(std::move(r));
        }
        if (end == text.size())
            break;
    }
    return out;
}

Codeowners Codeowners::fromRules(std::vector<CodeownersRule> rules)
{
    Codeowners out;
    out.m_rules = std::move(rules);
    return out;
}

std::optional<CodeownersRule> Codeowners::match(std::string_view path) const
{
    const CodeownersRule* optionalHit = nullptr;
    for (auto it = m_rules.rbegin(); it != m_rules.rend(); ++it) {
        const std::string_view pattern =
            (it->pattern.size() > 1 && it->pattern.front() == '!') ? std::string_view(it->pattern).substr(1)
                                                                    : std::string_view(it->pattern);
        if (!patternMatches(pattern, path))
            continue;
        if (!it->optionalSection)
            return *it;
        if (!optionalHit)
            optionalHit = &*it;
    }
    if (optionalHit)
        return *optionalHit;
    return std::nullopt;
}

} // namespace closeloop
