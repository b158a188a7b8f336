// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the SARIF fields that rules and results share.
#include "sarif_fields.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"

#include <algorithm>
#include <cctype>

namespace closeloop::sarif {

using nlohmann::json;

namespace {

bool isAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// "external/cwe/cwe-079", "CWE-79", "CWE-327: Use of ...", "cwe-919 - ...";
// with bareNumber also "79" (a taxon of the CWE taxonomy).
std::optional<std::string> cweFrom(std::string_view s, bool bareNumber)
{
    const std::string l = lower(trim(s));
    std::string_view v = l;
    if (v.substr(0, 13) == "external/cwe/")
        v.remove_prefix(13);
    if (v.substr(0, 3) == "cwe") {
        v.remove_prefix(3);
        if (!v.empty() && (v.front() == '-' || v.front() == ':' || v.front() == '_' || v.front() == ' '))
            v.remove_prefix(1);
    } else if (!bareNumber) {
        return std::nullopt;
    }
    std::size_t n = 0;
    while (n < v.size() && std::isdigit(static_cast<unsigned char>(v[n])))
        ++n;
    if (n == 0 || (n < v.size() && isAlnum(v[n])))
        return std::nullopt;
    std::string_view digits = v.substr(0, n);
    while (digits.size() > 1 && digits.front() == '0')
        digits.remove_prefix(1);
    if (digits == "0")
        return std::nullopt;
    return "CWE-" + std::string(digits);
}

void cwesFromValue(const json* v, bool bareNumber, std::vector<std::string>& out)
{
    if (!v)
        return;
    if (v->is_string()) {
        if (auto c = cweFrom(v->get_ref<const std::string&>(), bareNumber))
            addUnique(out, *c);
    } else if (v->is_array()) {
        for (const auto& e : *v)
            cwesFromValue(&e, bareNumber, out);
    }
}

} // namespace

std::string child(const std::string& place, std::string_view key)
{
    return JsonRecordReader::childPointer(place, key);
}

const std::string* optWord(const json& obj, std::string_view key, const std::string& place)
{
    const std::string* s = js::optString(obj, key, place);
    return s && !s->empty() ? s : nullptr;
}

Severity levelSeverity(const std::string& level, const std::string& place)
{
    if (level == "error")
        return Severity::High;
    if (level == "warning")
        return Severity::Medium;
    if (level == "note")
        return Severity::Low;
    if (level == "none")
        return Severity::Info;
    throw FeedError(place, "unknown level \"" + level + "\" (SARIF levels: error, warning, note, none)");
}

std::optional<Severity> securitySeverity(const json& props, const std::string& propsPlace)
{
    const json* v = js::find(props, "security-severity");
    if (!v || v->is_null())
        return std::nullopt;
    const std::string place = child(propsPlace, "security-severity");
    std::optional<double> score;
    if (v->is_number()) {
        score = v->get<double>();
    } else if (v->is_string()) {
        const std::string s(trim(v->get_ref<const std::string&>()));
        if (s.empty())
            return std::nullopt;
        score = js::num(&*v);
        if (!score) {
            const auto word = severityFromWord(s);
            if (!word)
                throw FeedError(place, "unknown security-severity \"" + s + "\" (a score 0-10 or a severity word)");
            return *word == Severity::Unknown ? std::nullopt : word;
        }
    } else {
        throw FeedError(place, "expected a score (number or string)");
    }
    if (!(*score >= 0.0 && *score <= 10.0))
        throw FeedError(place, "security-severity " + js::str(&*v) + " is outside 0-10");
    return severityFromCvss(*score);
}

void idsFromProperties(const json* props, std::vector<std::string>& cwes, std::vector<std::string>& cves)
{
    if (!props || !props->is_object())
        return;
    if (const json* tags = js::find(*props, "tags"); tags && tags->is_array()) {
        for (const auto& t : *tags) {
            if (!t.is_string())
                continue;
            const auto& s = t.get_ref<const std::string&>();
            if (auto c = cweFrom(s, false))
                addUnique(cwes, *c);
            cvesIn(s, cves);
        }
    }
    for (const char* key : {"cwe", "cwes", "CWE"})
        cwesFromValue(js::find(*props, key), false, cwes);
    for (const char* key : {"cve", "cves", "CVE"}) {
        const json* v = js::find(*props, key);
        if (v && v->is_string())
            cvesIn(v->get_ref<const std::string&>(), cves);
        else if (v && v->is_array())
            for (const auto& e : *v)
                if (e.is_string())
                    cvesIn(e.get_ref<const std::string&>(), cves);
    }
}

void cweFromTaxon(const json& ref, std::vector<std::string>& cwes)
{
    if (!ref.is_object())
        return;
    const std::string component = lower(js::strAt(ref, {"toolComponent", "name"}));
    if (component == "cwe")
        cwesFromValue(js::find(ref, "id"), true, cwes);
}

void referencesFrom(const json* v, std::vector<std::string>& out)
{
    if (!v)
        return;
    if (v->is_array()) {
        for (const auto& e : *v)
            referencesFrom(&e, out);
        return;
    }
    if (!v->is_string())
        return;
    const std::string_view s = trim(v->get_ref<const std::string&>());
    if (isWebUrl(s) && std::none_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; }))
        addUnique(out, std::string(s));
}

std::string confidenceWord(std::string_view w)
{
    const std::string l = lower(trim(w));
    if (l == "very-high" || l == "high" || l == "certain")
        return "high";
    if (l == "medium")
        return "medium";
    if (l == "low" || l == "very-low")
        return "low";
    return {};
}

std::string textOf(const json& obj, std::string_view key)
{
    const json* m = js::find(obj, key);
    if (!m || !m->is_object())
        return {};
    const std::string text = js::str(*m, "text");
    return text.empty() ? js::str(*m, "markdown") : text;
}

void cvssFrom(const json* props, std::optional<double>& score, std::string& vector)
{
    if (!props || !props->is_object() || score)
        return;
    if (auto s = js::num(*props, "cvssv3_baseScore")) {
        score = s;
        vector = js::str(*props, "cvssv3_vector");
    } else if (auto s2 = js::num(*props, "cvssv2_score")) {
        score = s2;
        vector = js::str(*props, "cvssv2_vector");
    }
}

std::string lineAfter(std::string_view text, std::string_view prefix)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        if (line.substr(0, prefix.size()) == prefix)
            return std::string(trim(line.substr(prefix.size())));
        pos = end + 1;
    }
    return {};
}

} // namespace closeloop::sarif
