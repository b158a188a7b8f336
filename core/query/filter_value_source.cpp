// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_value_source.h"

namespace closeloop {

namespace {

bool startsWithIgnoringCase(std::string_view s, std::string_view prefix)
{
    if (prefix.size() > s.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i], b = prefix[i];
        if (a >= 'A' && a <= 'Z')
            a = char(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z')
            b = char(b - 'A' + 'a');
        if (a != b)
            return false;
    }
    return true;
}

} // namespace

bool filterValueMatches(std::string_view value, std::string_view prefix)
{
    if (startsWithIgnoringCase(value, prefix))
        return true;
    const auto cut = value.find_last_of("/:");
    return cut != std::string_view::npos && startsWithIgnoringCase(value.substr(cut + 1), prefix);
}

} // namespace closeloop
