// SPDX-License-Identifier: GPL-3.0-or-later
// The text helpers all importers share.
#include "feed_text.h"

#include <algorithm>
#include <cctype>

namespace closeloop {

namespace {

bool isDigit(char c)
{
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

bool isAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

char lowerChar(char c)
{
    return char(std::tolower(static_cast<unsigned char>(c)));
}

std::string decode(std::string_view s, bool plusIsSpace)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out.push_back(char(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)));
            i += 2;
        } else {
            out.push_back(plusIsSpace && s[i] == '+' ? ' ' : s[i]);
        }
    }
    return out;
}

} // namespace

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), lowerChar);
    return out;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool isDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), isDigit);
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

std::string_view trim(std::string_view s, std::string_view chars)
{
    const auto b = s.find_first_not_of(chars);
    if (b == std::string_view::npos)
        return {};
    return s.substr(b, s.find_last_not_of(chars) - b + 1);
}

std::string_view utf8Prefix(std::string_view s, std::size_t maxBytes)
{
    if (s.size() <= maxBytes)
        return s;
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut; // s[cut] continues a sequence: cut before the sequence's first byte
    return s.substr(0, cut);
}

bool isWebUrl(std::string_view s)
{
    return startsWith(s, "http://") || startsWith(s, "https://");
}

std::string percentDecode(std::string_view s)
{
    return decode(s, false);
}

std::string formDecode(std::string_view s)
{
    return decode(s, true);
}

void addUnique(std::vector<std::string>& list, std::string value)
{
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(std::move(value));
}

void appendLine(std::string& text, std::string_view more)
{
    if (more.empty())
        return;
    if (!text.empty())
        text += '\n';
    text += more;
}

void appendParagraph(std::string& text, std::string_view more)
{
    if (more.empty())
        return;
    if (!text.empty())
        text += "\n\n";
    text += more;
}

std::string cweId(const std::string& id)
{
    return isDigits(id) ? "CWE-" + id : id;
}

void cvesIn(std::string_view t, std::vector<std::string>& out)
{
    auto digitsAt = [&t](std::size_t i) {
        std::size_t n = 0;
        while (i + n < t.size() && isDigit(t[i + n]))
            ++n;
        return n;
    };
    // "CVE-" YYYY "-" NNNN..., so nothing shorter than 13 bytes can hold one.
    for (std::size_t i = 0; i + 13 <= t.size(); ++i) {
        if (lowerChar(t[i]) != 'c' || lowerChar(t[i + 1]) != 'v' || lowerChar(t[i + 2]) != 'e' || t[i + 3] != '-' ||
            (i > 0 && isAlnum(t[i - 1])))
            continue;
        const std::size_t year = digitsAt(i + 4);
        if (year != 4 || i + 9 >= t.size() || t[i + 8] != '-')
            continue;
        const std::size_t seq = digitsAt(i + 9);
        if (seq < 4)
            continue;
        addUnique(out, "CVE-" + std::string(t.substr(i + 4, 4)) + '-' + std::string(t.substr(i + 9, seq)));
        i += 8 + seq;
    }
}

} // namespace closeloop
