// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_pointer.h"

namespace closeloop {

void appendJsonPointerToken(std::string& out, std::string_view token)
{
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out.push_back(c);
    }
}

std::string escapeJsonPointerToken(std::string_view token)
{
    std::string out;
    appendJsonPointerToken(out, token);
    return out;
}

} // namespace closeloop
