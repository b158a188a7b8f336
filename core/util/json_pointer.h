// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Pointer (RFC 6901) reference tokens, as the feed reader and the catalog
// readers write them to name a place in a file: one spelling, so that their
// messages point the same way ("~" as "~0", "/" as "~1").
#pragma once

#include <string>
#include <string_view>

namespace closeloop {

// Appends token to out with '~' and '/' escaped (no leading '/').
void appendJsonPointerToken(std::string& out, std::string_view token);
std::string escapeJsonPointerToken(std::string_view token);

} // namespace closeloop
