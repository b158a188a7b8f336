// SPDX-License-Identifier: GPL-3.0-or-later
#include "intel_kev_catalog.h"

#include "feeds/feed_error.h"
#include "feeds/json_record_reader.h"
#include "intel_cve_id.h"

#include <optional>
#include <unordered_map>

namespace closeloop {

using nlohmann::json;

namespace {

bool isIsoDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    const int month = (s[5] - '0') * 10 + (s[6] - '0');
    const int day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string requiredString(const json& v, std::string_view key, const std::string& place)
{
    const std::string* s = js::optString(v, key, place);
    if (!s)
        throw FeedError(place + '/' + std::string(key), "required field missing");
    return *s;
}

KevEntry entryFrom(const json& v, const std::string& place)
{
    if (!v.is_object())
        throw FeedError(place, "expected an object");
    KevEntry e;
    e.cve = requiredString(v, "cveID", place);
    if (!isCveId(e.cve))
        throw FeedError(place + "/cveID", "\"" + e.cve.substr(0, 40) + "\" is not a CVE id (CVE-YYYY-NNNN)");
    e.vendor = requiredString(v, "vendorProject", place);
    e.product = requiredString(v, "product", place);
    e.name = requiredString(v, "vulnerabilityName", place);
    e.dateAdded = requiredString(v, "dateAdded", place);
    if (!isIsoDate(e.dateAdded))
        throw FeedError(place + "/dateAdded", "\"" + e.dateAdded.substr(0, 40) + "\" is not a date (YYYY-MM-DD)");
    e.shortDescription = requiredString(v, "shortDescription", place);
    e.requiredAction = requiredString(v, "requiredAction", place);
    e.dueDate = requiredString(v, "dueDate", place);
    if (!isIsoDate(e.dueDate))
        throw FeedError(place + "/dueDate", "\"" + e.dueDate.substr(0, 40) + "\" is not a date (YYYY-MM-DD)");
    // "Known" or "Unknown" today; any other word CISA may add later reads as
    // not confirmed rather than failing the whole catalog.
    if (const std::string* r = js::optString(v, "knownRansomwareCampaignUse", place))
        e.ransomware = *r == "Known" || *r == "known";
    if (const std::string* n = js::optString(v, "notes", place))
        e.notes = *n;
    if (const json* cwes = js::optArray(v, "cwes", place)) {
        for (std::size_t i = 0; i < cwes->size(); ++i) {
            const json& c = (*cwes)[i];
            if (!c.is_string())
                throw FeedError(place + "/cwes/" + std::to_string(i), "expected a string");
            e.cwes.push_back(c.get<std::string>());
        }
    }
    return e;
}

} // namespace

KevCatalog KevCatalog::read(ByteSource& src)
{
    KevCatalog cat;
    std::optional<long long> declaredCount;
    bool sawList = false;
    std::unordered_map<std::string, std::size_t> seen;
    JsonRecordReader reader;
    reader.expectObject("");
    reader.expectArray("/vulnerabilities");
    reader.capture("/catalogVersion", [&](auto& p, json&& v) {
        if (!v.is_string())
            throw FeedError(JsonRecordReader::pointer(p), "expected a string");
        cat.catalogVersion = v.get<std::string>();
    });
    reader.capture("/dateReleased", [&](auto& p, json&& v) {
        if (!v.is_string())
            throw FeedError(JsonRecordReader::pointer(p), "expected a string");
        cat.dateReleased = v.get<std::string>();
    });
    reader.capture("/count", [&](auto& p, json&& v) {
        if (!v.is_number_integer())
            throw FeedError(JsonRecordReader::pointer(p), "expected a whole number");
        declaredCount = v.get<long long>();
    });
    reader.onEnd("/vulnerabilities", [&](auto&) { sawList = true; });
    reader.capture("/vulnerabilities/*", [&](auto& p, json&& v) {
        const std::string place = JsonRecordReader::pointer(p);
        if (cat.entries.size() >= MaxEntries)
            throw FeedError(place, "more than " + std::to_string(MaxEntries) + " entries: not a KEV catalog");
        KevEntry e = entryFrom(v, place);
        const auto [it, fresh] = seen.emplace(e.cve, cat.entries.size());
        if (!fresh)
            throw FeedError(place + "/cveID",
                            "duplicate " + e.cve + " (first at /vulnerabilities/" + std::to_string(it->second) + ")");
        cat.entries.push_back(std::move(e));
    });
    reader.run(src);
    if (!sawList)
        throw FeedError("/vulnerabilities", "required field missing: not a KEV catalog");
    if (cat.entries.empty())
        throw FeedError("/vulnerabilities", "the catalog lists no vulnerabilities; refusing to clear every "
                                            "known-exploited flag");
    if (declaredCount && *declaredCount != static_cast<long long>(cat.entries.size()))
        throw FeedError("/count", "says " + std::to_string(*declaredCount) + " but the catalog lists " +
                                      std::to_string(cat.entries.size()) + " vulnerabilities (truncated?)");
    return cat;
}

} // namespace closeloop
