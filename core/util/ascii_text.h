// SPDX-License-Identifier: GPL-3.0-or-later
// Case folding for the words Closeloop defines itself (catalog refs, filter
// fields and values, change kinds): A-Z only, so the result never depends on
// the process's locale and UTF-8 bytes pass through untouched. Feed text goes
// through feeds/feed_text.h instead.
#pragma once

#include <string>
#include <string_view>

namespace closeloop {

std::string asciiLower(std::string_view s);

} // namespace closeloop
