// SPDX-License-Identifier: GPL-3.0-or-later
// Severity scale shared by every feed, and the mapping of the words and CVSS
// scores that feeds use onto it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace closeloop {

// Ordered so that a larger value is more severe; stored as this integer.
// Unknown is a real state ("the feed gave no rating"), not a default of info.
enum class Severity : int { Unknown = -1, Info = 0, Low = 1, Medium = 2, High = 3, Critical = 4 };

std::string_view severityName(Severity s);
// Accepts the words feeds use (case-insensitive): critical, high, important,
// medium, moderate, low, negligible, info, informational, note, warning,
// error, none, unknown. Returns nullopt for anything else.
std::optional<Severity> severityFromWord(std::string_view word);
// CVSS v3/v4 qualitative bands: 0 none(info), 0.1-3.9 low, 4-6.9 medium,
// 7-8.9 high, 9-10 critical.
Severity severityFromCvss(double score);

} // namespace closeloop
