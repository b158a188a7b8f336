// SPDX-License-Identifier: GPL-3.0-or-later
#include "intel_cve_id.h"

namespace closeloop {

namespace {
bool digits(std::string_view s)
{
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}
} // namespace

bool isCveId(std::string_view s)
{
    if (s.size() < 13 || s.size() > 28 || s.substr(0, 4) != "CVE-" || s[8] != '-')
        return false;
    return digits(s.substr(4, 4)) && digits(s.substr(9));
}

std::vector<std::string_view> splitCves(std::string_view s)
{
    std::vector<std::string_view> out;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t sp = s.find(' ', pos);
        const std::size_t end = sp == std::string_view::npos ? s.size() : sp;
        if (end > pos)
            out.push_back(s.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

} // namespace closeloop
