// SPDX-License-Identifier: GPL-3.0-or-later
// One SARIF result into a finding.
#include "sarif_result_mapper.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"
#include "sarif_fields.h"

#include <algorithm>
#include <cctype>

namespace closeloop {

using nlohmann::json;
using namespace sarif;
using js::optArray;
using js::optObject;
using js::optString;

namespace {

constexpr std::size_t MaxTitleBytes = 300;

const std::vector<std::string> Kinds = {"fail", "pass", "notApplicable", "informational", "open", "review"};
const std::vector<std::string> BaselineStates = {"new", "unchanged", "updated", "absent"};

// The first non-empty line, cut to a length a list view can show.
std::string oneLine(std::string_view text)
{
    std::string_view line;
    while (!text.empty()) {
        const auto nl = text.find('\n');
        line = trim(text.substr(0, nl));
        if (!line.empty() || nl == std::string_view::npos)
            break;
        text.remove_prefix(nl + 1);
    }
    if (line.size() <= MaxTitleBytes)
        return std::string(line);
    return std::string(utf8Prefix(line, MaxTitleBytes)) + "\u2026";
}

// A file path from an artifact uri: the scheme of file URIs is dropped and
// %XX escapes are decoded; nothing on the local file system is consulted.
std::string fileFromUri(std::string_view uri)
{
    std::string s(uri);
    if (lower(s.substr(0, 5)) == "file:") {
        s.erase(0, 5);
        if (s.substr(0, 2) == "//") {
            // file:///x and file:////x (dependency-check) name /x; file://host/x a share
            const auto slash = s.find('/', 2);
            const std::string host = s.substr(2, slash == std::string::npos ? std::string::npos : slash - 2);
            std::string path = slash == std::string::npos ? std::string() : s.substr(slash);
            while (path.size() > 1 && path[0] == '/' && path[1] == '/')
                path.erase(0, 1);
            s = !host.empty() && host != "localhost" ? "//" + host + path : path;
        }
        if (s.size() >= 3 && s[0] == '/' && std::isalpha(static_cast<unsigned char>(s[1])) && s[2] == ':')
            s.erase(0, 1); // file:///C:/src -> C:/src
    }
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2])) && s.compare(i + 1, 1, "0") != 0 &&
            s.compare(i + 1, 1, "1") != 0) {
            out.push_back(char(std::stoi(s.substr(i + 1, 2), nullptr, 16))); // control characters stay escaped
            i += 2;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

// SARIF message format strings: "{0}" takes arguments[0]; "{{" and "}}" are
// literal braces.
std::string formatMessage(const std::string& text, const json* args)
{
    if (!args || !args->is_array())
        return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            out.push_back(c);
            ++i;
            continue;
        }
        if (c == '{') {
            const auto close = text.find('}', i);
            const std::string_view n = close == std::string::npos ? std::string_view()
                                                                   : std::string_view(text).substr(i + 1, close - i - 1);
            if (isDigits(n) && n.size() < 6) {
                const std::size_t k = std::stoul(std::string(n));
                if (k < args->size()) {
                    out += js::str(&(*args)[k]);
                    i = close;
                    continue;
                }
            }
        }
        out.push_back(c);
    }
    return out;
}

// Indexes: absent, null and SARIF's "unset" -1 give nullopt.
std::optional<std::size_t> optIndex(const json& obj, std::string_view key, const std::string& place)
{
    const json* v = js::find(obj, key);
    if (!v || v->is_null())
        return std::nullopt;
    if (!v->is_number_integer())
        throw FeedError(child(place, key), "expected an integer");
    if (v->is_number_unsigned())
        return std::size_t(v->get<std::uint64_t>());
    const auto i = v->get<std::int64_t>();
    if (i < -1)
        throw FeedError(child(place, key), "negative index " + std::to_string(i));
    return i < 0 ? std::nullopt : std::optional<std::size_t>(std::size_t(i));
}

void checkEnum(const std::string& value, const std::vector<std::string>& allowed, const std::string& place,
                      std::string_view what)
{
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end())
        return;
    std::string list;
    for (const auto& a : allowed)
        list += (list.empty() ? "" : ", ") + a;
    throw FeedError(place, "unknown " + std::string(what) + " \"" + value + "\" (SARIF: " + list + ")");
}

} // namespace

// The rule a result names: by index into its tool component (the driver
// unless rule.toolComponent says otherwise), else by id.
const SarifRule* SarifResultMapper::ruleOf(const json& r, const std::string& place, const std::string* ruleId,
                                          std::string& idOut) const
{
    const SarifRuleTable* component = &m_run.driver;
    std::optional<std::size_t> index = optIndex(r, "ruleIndex", place);
    const std::string* refId = nullptr;
    if (const json* ref = optObject(r, "rule", place)) {
        const std::string refPlace = child(place, "rule");
        refId = optString(*ref, "id", refPlace);
        if (auto i = optIndex(*ref, "index", refPlace))
            index = i;
        if (const json* tc = optObject(*ref, "toolComponent", refPlace)) {
            const std::string tcPlace = child(refPlace, "toolComponent");
            if (auto ti = optIndex(*tc, "index", tcPlace)) {
                if (*ti >= m_run.extensions.size())
                    throw FeedError(child(tcPlace, "index"), "no tool extension at index " + std::to_string(*ti));
                component = &m_run.extensions[*ti];
            } else if (const std::string* name = optString(*tc, "name", tcPlace)) {
                for (const auto& e : m_run.extensions) {
                    if (e.name() == *name)
                        component = &e;
                }
            }
        }
    }
    const std::string* id = ruleId ? ruleId : refId;
    const SarifRule* rule = index ? component->at(*index) : nullptr;
    if (index && !rule && !id)
        throw FeedError(child(place, "ruleIndex"), "no rule at index " + std::to_string(*index));
    if (id && (!rule || rule->id != *id)) {
        // SARIF allows hierarchical ids ("CA2101/1" for rule "CA2101").
        const SarifRule* byId = nullptr;
        for (std::string key = *id; !key.empty() && !byId;) {
            byId = component->find(key);
            for (std::size_t e = 0; !byId && e < m_run.extensions.size(); ++e)
                byId = m_run.extensions[e].find(key);
            if (!byId)
                byId = m_run.driver.find(key);
            const auto slash = key.rfind('/');
            key = slash == std::string::npos ? std::string() : key.substr(0, slash);
        }
        if (byId || !rule)
            rule = byId;
    }
    idOut = id ? *id : rule ? rule->id : std::string();
    return rule;
}

std::string SarifResultMapper::messageOf(const json& r, const std::string& place, const SarifRule* rule) const
{
    const json* m = optObject(r, "message", place);
    if (!m)
        return {};
    const std::string mPlace = child(place, "message");
    const json* args = js::find(*m, "arguments");
    if (const std::string* text = optString(*m, "text", mPlace))
        return formatMessage(*text, args);
    if (const std::string* md = optString(*m, "markdown", mPlace))
        return formatMessage(*md, args);
    if (const std::string* id = optString(*m, "id", mPlace)) {
        for (const json* strings : {rule ? &rule->messageStrings : nullptr, &m_run.globalMessageStrings}) {
            if (!strings || !strings->is_object())
                continue;
            if (const json* s = js::find(*strings, *id)) {
                const std::string text = js::str(*s, "text").empty() ? js::str(*s, "markdown") : js::str(*s, "text");
                return formatMessage(text, args);
            }
        }
    }
    return {};
}

std::string SarifResultMapper::artifactFile(const json& al, const std::string& place) const
{
    std::string uri;
    if (const std::string* u = optString(al, "uri", place))
        uri = *u;
    else if (auto i = optIndex(al, "index", place); i && *i < m_run.artifacts.size())
        uri = m_run.artifacts[*i];
    if (uri.empty())
        return {};
    std::string file = fileFromUri(uri);
    const std::string base = js::str(al, "uriBaseId");
    const bool relative = uri.find(':') == std::string::npos && uri.front() != '/';
    // Paths under the scanned root stay relative (owners map them); other
    // bases are kept as a label, never resolved.
    if (relative && !base.empty() && base != "SRCROOT" && base != "%SRCROOT%" && base != "ROOTPATH")
        file = (base.front() == '%' ? base : '%' + base + '%') + '/' + file;
    return file;
}

SarifResultMapper::Place SarifResultMapper::placeOf(const json& r, const std::string& place) const
{
    Place out;
    if (const json* locs = optArray(r, "locations", place)) {
        for (std::size_t i = 0; i < locs->size() && out.file.empty(); ++i) {
            const json& loc = (*locs)[i];
            const std::string locPlace = child(child(place, "locations"), std::to_string(i));
            if (!loc.is_object())
                throw FeedError(locPlace, "expected a location object");
            const json* phys = optObject(loc, "physicalLocation", locPlace);
            if (!phys)
                continue;
            const std::string physPlace = child(locPlace, "physicalLocation");
            if (const json* al = optObject(*phys, "artifactLocation", physPlace))
                out.file = artifactFile(*al, child(physPlace, "artifactLocation"));
            if (const json* region = optObject(*phys, "region", physPlace)) {
                if (auto line = js::num(*region, "startLine"); line && *line >= 1 && *line < 1e9)
                    out.line = int(*line);
                out.snippet = js::strAt(*region, {"snippet", "text"});
            }
        }
        // No physical location: the logical one (a function, a package).
        for (std::size_t i = 0; i < locs->size() && out.file.empty(); ++i) {
            const json* logical = js::find((*locs)[i], "logicalLocations");
            if (!logical || !logical->is_array() || logical->empty())
                continue;
            const json& first = (*logical)[0];
            out.file = js::str(first, "fullyQualifiedName");
            if (out.file.empty())
                out.file = js::str(first, "name");
        }
    }
    if (out.file.empty()) {
        if (const json* target = optObject(r, "analysisTarget", place))
            out.file = artifactFile(*target, child(place, "analysisTarget"));
    }
    return out;
}

std::optional<Finding> SarifResultMapper::map(const std::string& place, std::string raw)
{
    const json r = json::parse(raw);

    const std::string* kindField = optWord(r, "kind", place);
    const std::string kind = kindField ? *kindField : "fail";
    checkEnum(kind, Kinds, child(place, "kind"), "kind");
    if (kind == "pass" || kind == "notApplicable")
        return std::nullopt; // a check that held is not a finding
    if (const std::string* baseline = optWord(r, "baselineState", place)) {
        checkEnum(*baseline, BaselineStates, child(place, "baselineState"), "baselineState");
        if (*baseline == "absent")
            return std::nullopt; // gone since the baseline: the scan's coverage closes it
    }

    Finding f;
    const std::string* ruleIdField = optString(r, "ruleId", place);
    const SarifRule* rule = ruleOf(r, place, ruleIdField, f.ruleId);
    if (f.ruleId.empty())
        throw FeedError(place, "the result names no rule (ruleId, rule.id, or ruleIndex into the rules)");
    const std::string message = messageOf(r, place, rule);
    const json* props = optObject(r, "properties", place);
    const std::string propsPlace = child(place, "properties");

    f.tool = m_run.tool;
    f.toolVersion = !m_run.version.empty() ? m_run.version : m_run.semanticVersion;
    f.scopeTarget = m_run.target;
    if (m_run.target != SarifRun::UnspecifiedTarget) {
        f.asset = m_run.target;
        f.assetKind = m_run.assetKind;
    }

    // Identity
    cvesIn(f.ruleId, f.cves);
    if (rule) {
        for (const auto& c : rule->cves)
            addUnique(f.cves, c);
        f.cwes = rule->cwes;
    }
    idsFromProperties(props, f.cwes, f.cves);
    if (const json* taxa = js::find(r, "taxa"); taxa && taxa->is_array()) {
        for (const auto& t : *taxa)
            cweFromTaxon(t, f.cwes);
    }
    cvesIn(lineAfter(message, "Vulnerability "), f.cves);

    // Title and description: the rule's short description names the
    // problem; the message says what this result found.
    const std::string shortDescription = rule ? rule->shortDescription : std::string();
    const std::string fullDescription = rule ? rule->fullDescription : std::string();
    std::vector<std::string> parts;
    if (!shortDescription.empty()) {
        f.title = oneLine(shortDescription);
        if (trim(message) != f.title)
            parts.push_back(message);
    } else if (!message.empty()) {
        f.title = oneLine(message);
        if (f.title != trim(message))
            parts.push_back(message);
    } else {
        f.title = rule && !rule->name.empty() ? rule->name : f.ruleId;
    }
    if (fullDescription != message && trim(fullDescription) != f.title)
        parts.push_back(fullDescription);
    for (const auto& part : parts) {
        if (!trim(part).empty())
            appendParagraph(f.description, part);
    }

    // Rating
    std::optional<Severity> level;
    if (const std::string* word = optWord(r, "level", place))
        level = levelSeverity(*word, child(place, "level"));
    if (kind != "fail") {
        // informational, open, review: not a failure; level "none" unless set.
        f.severity = level.value_or(Severity::Info);
    } else {
        std::optional<Severity> s = props ? securitySeverity(*props, propsPlace) : std::nullopt;
        if (!s && rule)
            s = rule->securitySeverity;
        if (!s)
            s = level;
        if (!s && rule)
            s = rule->defaultLevel;
        f.severity = s.value_or(Severity::Medium); // SARIF's default level is "warning"
    }
    cvssFrom(props, f.cvssScore, f.cvssVector);
    if (!f.cvssScore && rule) {
        f.cvssScore = rule->cvssScore;
        f.cvssVector = rule->cvssVector;
    }

    // Where
    const Place where = placeOf(r, place);
    f.locationFile = where.file;
    f.locationLine = where.line;
    // Vulnerability scanners label the package in the message (Trivy) or
    // in the help of a per-package rule (Grype).
    f.package = lineAfter(message, "Package: ");
    if (!f.package.empty()) {
        f.packageVersion = lineAfter(message, "Installed Version: ");
        f.fixVersion = lineAfter(message, "Fixed Version: ");
    } else if (rule) {
        f.package = lineAfter(rule->help, "Package: ");
        f.packageVersion = lineAfter(rule->help, "Version: ");
        f.fixVersion = lineAfter(rule->help, "Fix Version: ");
        if (f.fixVersion.empty())
            f.fixVersion = lineAfter(rule->help, "Fixed Version: ");
    }
    if (rule)
        f.purl = rule->purl;

    // Remedy and context
    if (const json* fixes = js::find(r, "fixes"); fixes && fixes->is_array()) {
        for (const auto& fix : *fixes) {
            const std::string text = textOf(fix, "description");
            if (!text.empty() && f.remediation.find(text) == std::string::npos)
                f.remediation += (f.remediation.empty() ? "" : "\n") + text;
        }
    }
    if (f.remediation.empty() && !f.fixVersion.empty() && !f.package.empty())
        f.remediation = "Upgrade " + f.package + " to " + f.fixVersion;
    if (f.remediation.empty() && rule)
        f.remediation = rule->help;
    if (rule)
        f.references = rule->references;
    if (props) {
        referencesFrom(js::find(*props, "reference"), f.references);
        referencesFrom(js::find(*props, "references"), f.references);
    }
    referencesFrom(js::find(r, "hostedViewerUri"), f.references);
    if (props) {
        for (const char* key : {"precision", "confidence", "issue_confidence"}) {
            if (f.confidence.empty())
                f.confidence = confidenceWord(js::str(*props, key));
        }
    }
    if (f.confidence.empty() && rule)
        f.confidence = rule->confidence;
    f.firstSeenInFeed = js::strAt(r, {"provenance", "firstDetectionTimeUtc"});
    suppression(r, place, f);
    f.raw = std::move(raw);

    fingerprint(r, place, where, f, message);
    return f;
}

void SarifResultMapper::suppression(const json& r, const std::string& place, Finding& f)
{
    const json* list = optArray(r, "suppressions", place);
    if (!list)
        return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string sPlace = child(child(place, "suppressions"), std::to_string(i));
        const json& s = (*list)[i];
        if (!s.is_object())
            throw FeedError(sPlace, "expected a suppression object");
        const std::string* status = optWord(s, "status", sPlace);
        if (status)
            checkEnum(*status, {"accepted", "underReview", "rejected"}, child(sPlace, "status"), "status");
        if (status && *status != "accepted")
            continue; // proposed or refused: the finding stays open
        f.sourceState = SourceState::Suppressed;
        const std::string justification(trim(js::str(s, "justification")));
        const std::string how = js::str(s, "kind");
        f.sourceStateReason = !justification.empty() ? justification
                                                     : "suppressed" + (how.empty() ? "" : " (" + how + ")");
        return;
    }
}

void SarifResultMapper::fingerprint(const json& r, const std::string& place, const Place& where, Finding& f,
                                    const std::string& message)
{
    f.fingerprintFamily = "sarif";
    f.fingerprintInputs = {{"tool", f.tool}, {"target", f.scopeTarget}, {"rule", f.ruleId}, {"file", where.file}};
    bool own = false;
    for (const char* key : {"partialFingerprints", "fingerprints"}) {
        const json* fps = optObject(r, key, place);
        if (!fps || fps->empty() || own)
            continue;
        for (const auto& [name, value] : fps->items()) { // nlohmann keeps keys sorted
            if (!value.is_string())
                throw FeedError(child(child(place, key), name), "expected a string");
            f.fingerprintInputs.emplace_back(std::string(key) + ':' + name, value.get<std::string>());
        }
        own = true;
    }
    if (!own) {
        if (!trim(where.snippet).empty())
            f.fingerprintInputs.emplace_back("snippet", std::string(trim(where.snippet)));
        else if (!f.package.empty())
            f.fingerprintInputs.emplace_back("package", f.package);
        else
            f.fingerprintInputs.emplace_back("message", message);
    }
    // The same inputs again in this file: the same code on another line.
    std::string key;
    for (const auto& [name, value] : f.fingerprintInputs)
        key += std::to_string(name.size()) + ':' + name + std::to_string(value.size()) + ':' + value;
    const std::uint32_t n = ++m_occurrences[std::hash<std::string>()(key)];
    if (n > 1)
        f.fingerprintInputs.emplace_back("occurrence", std::to_string(n));
}

} // namespace closeloop
