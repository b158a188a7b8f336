// SPDX-License-Identifier: GPL-3.0-or-later
#include "ascii_text.h"

namespace closeloop {

std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}

} // namespace closeloop
