// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub alert JSON with "None" read as absent, and repositories from GitHub addresses.
#include "github_fields.h"

#include "json_record_reader.h"

namespace closeloop::github {

using nlohmann::json;

const json* field(const json& j, std::string_view key)
{
    const json* v = js::find(j, key);
    if (!v || v->is_null() || (v->is_string() && v->get_ref<const std::string&>() == "None"))
        return nullptr;
    return v;
}

const json* object(const json* j, std::string_view key)
{
    const json* v = j ? field(*j, key) : nullptr;
    return v && v->is_object() ? v : nullptr;
}

const json* array(const json* j, std::string_view key)
{
    const json* v = j ? field(*j, key) : nullptr;
    return v && v->is_array() ? v : nullptr;
}

std::string text(const json* j, std::string_view key)
{
    return j ? js::str(field(*j, key)) : std::string();
}

std::string repositoryFromUrl(const std::string& url)
{
    std::size_t start = url.find("/repos/");
    if (start != std::string::npos) {
        start += 7;
    } else {
        const auto scheme = url.find("://");
        if (scheme == std::string::npos)
            return {};
        start = url.find('/', scheme + 3);
        if (start == std::string::npos)
            return {};
        ++start;
    }
    const auto mid = url.find('/', start);
    if (mid == std::string::npos || mid == start)
        return {};
    auto end = url.find_first_of("/?#", mid + 1);
    if (end == std::string::npos)
        end = url.size();
    if (end == mid + 1)
        return {};
    return url.substr(start, end - start);
}

} // namespace closeloop::github
