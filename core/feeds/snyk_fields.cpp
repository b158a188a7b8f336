// SPDX-License-Identifier: GPL-3.0-or-later
#include "snyk_fields.h"

#include "feed_error.h"
#include "json_record_reader.h"

namespace closeloop::snyk {

using nlohmann::json;

Severity severityOf(const json& rec, std::string_view key, const std::string& place, std::optional<double> cvss)
{
    const json* s = js::find(rec, key);
    if (!s || s->is_null())
        return cvss ? severityFromCvss(*cvss) : Severity::Unknown;
    const std::string field = place + '/' + std::string(key);
    if (!s->is_string())
        throw FeedError(field, "expected a severity word");
    const std::string word = s->get<std::string>();
    const auto sev = severityFromWord(word);
    if (!sev)
        throw FeedError(field, "unknown severity \"" + word + "\"");
    if (*sev == Severity::Unknown && cvss)
        return severityFromCvss(*cvss);
    return *sev;
}

} // namespace closeloop::snyk
