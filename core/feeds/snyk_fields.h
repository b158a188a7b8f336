// SPDX-License-Identifier: GPL-3.0-or-later
// What Snyk's CLI output and its REST API spell alike: severity words.
#pragma once

#include "model/severity.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace closeloop::snyk {

// rec[key] as a severity; a missing or "unknown" one falls back to the CVSS
// score when there is one. A word Snyk does not use is a FeedError at
// place/key.
Severity severityOf(const nlohmann::json& rec, std::string_view key, const std::string& place,
                    std::optional<double> cvss);

} // namespace closeloop::snyk
