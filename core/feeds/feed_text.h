// SPDX-License-Identifier: GPL-3.0-or-later
// Text helpers every importer needs: case, white space, lists of strings, and
// the CVE and CWE ids that feeds spell in many ways.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace closeloop {

// Byte by byte through std::tolower, as every importer compares words.
std::string lower(std::string_view s);
bool startsWith(std::string_view s, std::string_view prefix);
bool endsWith(std::string_view s, std::string_view suffix);
// Non-empty and nothing but the digits 0-9.
bool isDigits(std::string_view s);
// Without leading and trailing std::isspace white space, or without the given
// characters (CSV cells keep a line break inside them: only " \t" goes).
std::string_view trim(std::string_view s);
std::string_view trim(std::string_view s, std::string_view chars);
// At most maxBytes of s, cut before a UTF-8 sequence rather than inside it.
std::string_view utf8Prefix(std::string_view s, std::size_t maxBytes);
// An http:// or https:// address (lower-case scheme, as feeds write it).
bool isWebUrl(std::string_view s);
// %XX escapes decoded (package URLs). formDecode also reads '+' as a space,
// as query strings write it.
std::string percentDecode(std::string_view s);
std::string formDecode(std::string_view s);

// Appends value unless it is empty or already listed: feeds repeat the same
// reference, CVE or CWE in several places of one record.
void addUnique(std::vector<std::string>& list, std::string value);
// Parts with sep between them; a part adds a separator only after text already
// written, so empty parts at the start leave no leading separator.
template <class Strings> std::string join(const Strings& parts, std::string_view sep)
{
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty())
            out += sep;
        out += p;
    }
    return out;
}
// more on a line (a paragraph) of its own after text; nothing when more is empty.
void appendLine(std::string& text, std::string_view more);
void appendParagraph(std::string& text, std::string_view more);

// "79" -> "CWE-79"; anything else (already "CWE-79", a name) is left as it is.
std::string cweId(const std::string& id);
// Adds each CVE id in text as "CVE-YYYY-NNNN": in any case, also inside longer
// ids ("CVE-2019-1549-libcrypto1.1", "ANCHOREVULN_CVE-2020-27218_java-archive"),
// but not glued to a preceding letter or digit.
void cvesIn(std::string_view text, std::vector<std::string>& out);

} // namespace closeloop
