// SPDX-License-Identifier: GPL-3.0-or-later
// Writing small JSON values by hand on the import's hot path, where building
// an nlohmann::json only to dump it costs more than the insert it feeds.
// Input must be valid UTF-8 (every reader checks it); it is copied as is,
// with quotes, backslashes and control characters escaped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace closeloop {

void appendJsonString(std::string& out, std::string_view s);
// ["a","b"]
std::string jsonStringArray(const std::vector<std::string>& items);

} // namespace closeloop
