// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub alert JSON as people export it (DefectDojo's anonymised exports spell
// null as "None": absent here), and the repository a GitHub address names.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace closeloop::github {

// The member, unless it is absent, null or "None".
const nlohmann::json* field(const nlohmann::json& j, std::string_view key);
// The member when it is an object (an array); j may be null.
const nlohmann::json* object(const nlohmann::json* j, std::string_view key);
const nlohmann::json* array(const nlohmann::json* j, std::string_view key);
// The member as text (numbers included), or ""; j may be null.
std::string text(const nlohmann::json* j, std::string_view key);

// "owner/repo" from https://api.github.com/repos/owner/repo/..., a GitHub
// Enterprise https://host/api/v3/repos/owner/repo/..., or an html_url such
// as https://github.com/owner/repo/security/dependabot/20; "" otherwise.
std::string repositoryFromUrl(const std::string& url);

} // namespace closeloop::github
