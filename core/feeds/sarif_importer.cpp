// SPDX-License-Identifier: GPL-3.0-or-later
#include "sarif_importer.h"

#include "feed_error.h"
#include "json_record_reader.h"
#include "scope_names.h"

#include <QTemporaryFile>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>

namespace closeloop {

using nlohmann::json;

namespace {

constexpr const char* UnspecifiedTarget = "(unspecified target)";
constexpr std::size_t MaxTitleBytes = 300;

// ---------------------------------------------------------------- text helpers

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool isDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool isAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

void addUnique(std::vector<std::string>& v, std::string s)
{
    if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end())
        v.push_back(std::move(s));
}

// A JSON pointer one key deeper than place.
std::string child(const std::string& place, std::string_view key)
{
    std::string out = place == "/" ? std::string() : place;
    out.push_back('/');
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out.push_back(c);
    }
    return out;
}

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
    std::size_t cut = MaxTitleBytes;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
        --cut; // never split a UTF-8 sequence
    return std::string(line.substr(0, cut)) + "\u2026";
}

// The rest of the first line that starts with prefix ("Package: x" -> "x").
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

// "CVE-2019-1549" tokens, also inside ids such as "CVE-2019-1549-libcrypto1.1".
void cvesIn(std::string_view t, std::vector<std::string>& out)
{
    auto digitsAt = [&t](std::size_t i) {
        std::size_t n = 0;
        while (i + n < t.size() && std::isdigit(static_cast<unsigned char>(t[i + n])))
            ++n;
        return n;
    };
    for (std::size_t i = 0; i + 13 <= t.size(); ++i) {
        if (lower(t.substr(i, 4)) != "cve-" || (i > 0 && isAlnum(t[i - 1])))
            continue;
        const std::size_t year = digitsAt(i + 4);
        if (year != 4 || i + 9 >= t.size() || t[i + 8] != '-')
            continue;
        const std::size_t seq = digitsAt(i + 9);
        if (seq < 4)
            continue;
        addUnique(out, "CVE-" + std::string(t.substr(i + 4, 4)) + '-' + std::string(t.substr(i + 9, seq)));
        i += 8 + seq;
    }
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

// Tags and properties such as "cwe": "CWE-327: ..." (njsscan, mobsfscan) or
// ["CWE-79"] (Snyk Code), and CVE ids among the tags.
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

// A reference to the CWE taxonomy: relationships[].target or taxa[].
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
    const bool url = s.substr(0, 7) == "http://" || s.substr(0, 8) == "https://";
    if (url && std::none_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; }))
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

// ------------------------------------------------------ typed field access

const std::string* optString(const json& obj, std::string_view key, const std::string& place)
{
    const json* v = js::find(obj, key);
    if (!v || v->is_null())
        return nullptr;
    if (!v->is_string())
        throw FeedError(child(place, key), "expected a string");
    return &v->get_ref<const std::string&>();
}

// Enumerated words (level, kind, ...): an empty string counts as absent.
const std::string* optWord(const json& obj, std::string_view key, const std::string& place)
{
    const std::string* s = optString(obj, key, place);
    return s && !s->empty() ? s : nullptr;
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

const json* optObject(const json& obj, std::string_view key, const std::string& place)
{
    const json* v = js::find(obj, key);
    if (!v || v->is_null())
        return nullptr;
    if (!v->is_object())
        throw FeedError(child(place, key), "expected an object");
    return v;
}

const json* optArray(const json& obj, std::string_view key, const std::string& place)
{
    const json* v = js::find(obj, key);
    if (!v || v->is_null())
        return nullptr;
    if (!v->is_array())
        throw FeedError(child(place, key), "expected an array");
    return v;
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

// properties.security-severity: a CVSS-like score as number or string; some
// tools (Semgrep) write a severity word instead.
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

// ------------------------------------------------------------------- rules

struct Rule
{
    std::string id, name, shortDescription, fullDescription, help, helpUri;
    std::vector<std::string> cwes, cves, references;
    std::optional<Severity> securitySeverity;
    std::optional<Severity> defaultLevel;
    std::string confidence;
    std::optional<double> cvssScore;
    std::string cvssVector;
    std::string purl;
    json messageStrings; // id -> multiformatMessageString, or null
};

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

Rule parseRule(const json& r, const std::string& place)
{
    if (!r.is_object())
        throw FeedError(place, "expected a rule object");
    Rule rule;
    const std::string* id = optString(r, "id", place);
    if (!id || id->empty())
        throw FeedError(child(place, "id"), "a rule needs an id");
    rule.id = *id;
    rule.name = js::str(r, "name");
    rule.shortDescription = textOf(r, "shortDescription");
    rule.fullDescription = textOf(r, "fullDescription");
    rule.help = textOf(r, "help");
    rule.helpUri = js::str(r, "helpUri");
    if (const json* config = optObject(r, "defaultConfiguration", place)) {
        const std::string configPlace = child(place, "defaultConfiguration");
        if (const std::string* level = optWord(*config, "level", configPlace))
            rule.defaultLevel = levelSeverity(*level, child(configPlace, "level"));
    }
    if (const json* props = optObject(r, "properties", place)) {
        const std::string propsPlace = child(place, "properties");
        rule.securitySeverity = securitySeverity(*props, propsPlace);
        idsFromProperties(props, rule.cwes, rule.cves);
        rule.confidence = confidenceWord(js::str(*props, "precision"));
        if (rule.confidence.empty())
            rule.confidence = confidenceWord(js::str(*props, "confidence"));
        cvssFrom(props, rule.cvssScore, rule.cvssVector);
        // Grype: a rule per vulnerability and package, with that package's purl.
        if (const json* purls = js::find(*props, "purls"); purls && purls->is_array() && purls->size() == 1)
            rule.purl = js::str(&(*purls)[0]);
        referencesFrom(js::find(*props, "references"), rule.references);
    }
    if (const json* rel = js::find(r, "relationships"); rel && rel->is_array()) {
        for (const auto& e : *rel) {
            if (const json* target = js::find(e, "target"))
                cweFromTaxon(*target, rule.cwes);
        }
    }
    cvesIn(rule.id, rule.cves);
    // Trivy and Grype help text opens with "Vulnerability CVE-...".
    cvesIn(lineAfter(rule.help, "Vulnerability "), rule.cves);
    referencesFrom(js::find(r, "helpUri"), rule.references);
    referencesFrom(js::path(r, {"help", "text"}), rule.references); // Dockle: help is a bare link
    if (const json* ms = js::find(r, "messageStrings"); ms && ms->is_object())
        rule.messageStrings = *ms;
    return rule;
}

// The rules of one tool component (the driver or an extension).
struct Component
{
    std::string name;
    std::vector<Rule> rules;
    std::unordered_map<std::string, std::size_t> byId;

    void add(std::size_t index, Rule&& r)
    {
        if (rules.size() <= index)
            rules.resize(index + 1);
        byId.emplace(r.id, index);
        rules[index] = std::move(r);
    }
    const Rule* at(std::size_t index) const
    {
        return index < rules.size() && !rules[index].id.empty() ? &rules[index] : nullptr;
    }
    const Rule* find(const std::string& id) const
    {
        const auto it = byId.find(id);
        return it == byId.end() ? nullptr : &rules[it->second];
    }
};

// ----------------------------------------------------------- result spool

// Holds a run's results until the run ends: in memory up to a few MiB, then
// in a temporary file, so a run of any size keeps memory flat.
class ResultSpool
{
public:
    static constexpr std::size_t MemoryBytes = 16u << 20;

    void add(std::string place, std::string raw)
    {
        if (!m_file && m_bytes + raw.size() <= MemoryBytes) {
            m_bytes += raw.size() + place.size();
            m_memory.emplace_back(std::move(place), std::move(raw));
            return;
        }
        if (!m_file) {
            m_file = std::make_unique<QTemporaryFile>();
            if (!m_file->open())
                throw FeedError({}, "cannot buffer the results of a SARIF run in a temporary file: " +
                                        m_file->errorString().toStdString());
        }
        // One record per line: compact JSON never holds a raw newline.
        const std::string line = place + '\t' + raw + '\n';
        if (m_file->write(line.data(), qint64(line.size())) != qint64(line.size()))
            throw FeedError({}, "cannot buffer the results of a SARIF run: " + m_file->errorString().toStdString());
    }

    template <class Fn> void drain(Fn&& fn)
    {
        for (auto& [place, raw] : m_memory)
            fn(place, std::move(raw));
        m_memory.clear();
        m_bytes = 0;
        if (!m_file)
            return;
        if (!m_file->flush() || !m_file->seek(0))
            throw FeedError({}, "cannot read back buffered SARIF results: " + m_file->errorString().toStdString());
        while (!m_file->atEnd()) {
            const QByteArray line = m_file->readLine();
            const qsizetype tab = line.indexOf('\t');
            if (tab < 0)
                break;
            qsizetype end = line.size();
            if (end > 0 && line[end - 1] == '\n')
                --end;
            fn(std::string(line.constData(), std::size_t(tab)),
               std::string(line.constData() + tab + 1, std::size_t(end - tab - 1)));
        }
        m_file.reset();
    }

private:
    std::vector<std::pair<std::string, std::string>> m_memory;
    std::size_t m_bytes = 0;
    std::unique_ptr<QTemporaryFile> m_file;
};

// -------------------------------------------------------------- the parse

const std::vector<std::string> Kinds = {"fail", "pass", "notApplicable", "informational", "open", "review"};
const std::vector<std::string> BaselineStates = {"new", "unchanged", "updated", "absent"};

struct RunState
{
    std::string tool, version, semanticVersion;
    bool toolNameSeen = false;
    Component driver;
    std::vector<Component> extensions;
    json globalMessageStrings;
    std::vector<std::string> artifacts; // uri by artifact index
    std::string repositoryUri, branch;
    std::string srcRoot, rootPath, imageName, automationId;
    bool resultsArray = false;
    bool executionFailed = false;

    // Known once the run has ended.
    std::string target;
    AssetKind assetKind = AssetKind::Unknown;
};

class SarifParse
{
public:
    explicit SarifParse(FindingSink& sink)
        : m_sink(sink)
    {
    }

    void run(ByteSource& src, const FeedSniff& sniff)
    {
        checkSniff(sniff);
        JsonRecordReader reader;
        reader.capture("/version", [this](auto&, json&& v) {
            if (!v.is_string())
                throw FeedError("/version", "expected a string");
            m_version = v.get<std::string>();
            checkVersion(*m_version);
        });
        reader.onEnd("/runs", [this](auto&) { m_runsSeen = true; });
        reader.onEnd("/runs/*", [this](auto& p) { endRun(p); });

        reader.capture("/runs/*/tool/driver/name", [this](auto& p, json&& v) {
            enterRun(p);
            if (!v.is_string())
                throw FeedError(JsonRecordReader::pointer(p), "expected a string");
            m_run.tool = v.get<std::string>();
            m_run.driver.name = m_run.tool;
            m_run.toolNameSeen = true;
        });
        reader.capture("/runs/*/tool/driver/version", [this](auto& p, json&& v) {
            enterRun(p);
            m_run.version = js::str(&v);
        });
        reader.capture("/runs/*/tool/driver/semanticVersion", [this](auto& p, json&& v) {
            enterRun(p);
            m_run.semanticVersion = js::str(&v);
        });
        reader.capture("/runs/*/tool/driver/globalMessageStrings", [this](auto& p, json&& v) {
            enterRun(p);
            if (v.is_object())
                m_run.globalMessageStrings = std::move(v);
        });
        // Rules one at a time: CodeQL drivers carry hundreds with long help.
        reader.capture("/runs/*/tool/driver/rules/*", [this](auto& p, json&& v) {
            enterRun(p);
            const std::string place = JsonRecordReader::pointer(p);
            m_run.driver.add(arrayIndex(p, 5), parseRule(v, place));
        });
        reader.capture("/runs/*/tool/extensions/*/name", [this](auto& p, json&& v) {
            enterRun(p);
            extension(p, JsonRecordReader::pointer(p)).name = js::str(&v);
        });
        reader.capture("/runs/*/tool/extensions/*/rules/*", [this](auto& p, json&& v) {
            enterRun(p);
            const std::string place = JsonRecordReader::pointer(p);
            extension(p, place).add(arrayIndex(p, 6), parseRule(v, place));
        });

        reader.capture("/runs/*/versionControlProvenance/0", [this](auto& p, json&& v) {
            enterRun(p);
            const std::string place = JsonRecordReader::pointer(p);
            if (!v.is_object())
                throw FeedError(place, "expected an object");
            if (const std::string* uri = optString(v, "repositoryUri", place))
                m_run.repositoryUri = *uri;
            if (const std::string* branch = optString(v, "branch", place))
                m_run.branch = *branch;
        });
        for (const char* base : {"SRCROOT", "%SRCROOT%"}) {
            reader.capture(std::string("/runs/*/originalUriBaseIds/") + base + "/uri", [this](auto& p, json&& v) {
                enterRun(p);
                if (m_run.srcRoot.empty())
                    m_run.srcRoot = js::str(&v);
            });
        }
        reader.capture("/runs/*/originalUriBaseIds/ROOTPATH/uri", [this](auto& p, json&& v) {
            enterRun(p);
            m_run.rootPath = js::str(&v);
        });
        reader.capture("/runs/*/properties/imageName", [this](auto& p, json&& v) {
            enterRun(p);
            m_run.imageName = js::str(&v);
        });
        reader.capture("/runs/*/automationDetails/id", [this](auto& p, json&& v) {
            enterRun(p);
            m_run.automationId = js::str(&v);
        });
        reader.capture("/runs/*/invocations/*/executionSuccessful", [this](auto& p, json&& v) {
            enterRun(p);
            if (v.is_boolean() && !v.get<bool>())
                m_run.executionFailed = true;
        });
        reader.capture("/runs/*/artifacts/*/location/uri", [this](auto& p, json&& v) {
            enterRun(p);
            const std::size_t i = arrayIndex(p, 3);
            if (i < MaxArtifacts) {
                if (m_run.artifacts.size() <= i)
                    m_run.artifacts.resize(i + 1);
                m_run.artifacts[i] = js::str(&v);
            }
        });

        reader.capture("/runs/*/results/*", [this](auto& p, json&& v) {
            enterRun(p);
            const std::string place = JsonRecordReader::pointer(p);
            arrayIndex(p, 3);
            if (!v.is_object())
                throw FeedError(place, "expected a result object");
            m_spool.add(place, v.dump(-1, ' ', false, json::error_handler_t::replace));
        });
        reader.onEnd("/runs/*/results", [this](auto& p) {
            enterRun(p);
            m_run.resultsArray = true;
        });

        reader.run(src);

        if (!m_runsSeen)
            throw FeedError("/runs", "missing: a SARIF log holds an array of runs");
        if (!m_version)
            throw FeedError("/version", "missing: a SARIF log names its version (2.1.0)");
        if (m_runCount > 0)
            m_sink.setTool(m_firstTool, m_firstVersion); // the import record keeps the first run's version
    }

private:
    // Artifact uris are kept only for locations that give an index alone;
    // past this many, such locations lose their file rather than memory grow.
    static constexpr std::size_t MaxArtifacts = 1u << 20;

    static void checkVersion(const std::string& version)
    {
        if (version != "2.1.0")
            throw FeedError("/version", "SARIF version \"" + version + "\" is not supported (only 2.1.0)");
    }

    // What the first 256 KiB already show wrong, before any work.
    static void checkSniff(const FeedSniff& s)
    {
        if (s.scalars.count("/version"))
            checkVersion(s.value("/version"));
        if (s.scalars.count("/runs"))
            throw FeedError("/runs", "expected an array of runs");
        for (auto it = s.paths.lower_bound("/runs/"); it != s.paths.end() && it->rfind("/runs/", 0) == 0; ++it) {
            if (it->compare(0, 8, "/runs/*/") != 0 && *it != "/runs/*")
                throw FeedError("/runs", "expected an array of runs, found an object");
        }
        if (s.scalars.count("/runs/*") || s.hasPrefix("/runs/*/*"))
            throw FeedError("/runs", "expected an array of run objects");
    }

    // Array indices in a captured path; an object where SARIF has an array
    // shows up as a key there.
    static std::size_t arrayIndex(const JsonRecordReader::Segments& p, std::size_t at)
    {
        if (!isDigits(p[at]) || p[at].size() > 9) {
            const JsonRecordReader::Segments parent(p.begin(), p.begin() + std::ptrdiff_t(at));
            throw FeedError(JsonRecordReader::pointer(parent), "expected an array");
        }
        return std::stoul(p[at]);
    }

    // Runs follow one another, so the current run's state is all there is;
    // this only checks that runs is an array.
    static void enterRun(const JsonRecordReader::Segments& p)
    {
        if (!isDigits(p[1]))
            throw FeedError("/runs", "expected an array of runs, found an object");
    }

    Component& extension(const JsonRecordReader::Segments& p, const std::string& place)
    {
        const std::size_t i = arrayIndex(p, 4);
        if (i >= 4096)
            throw FeedError(place, "more tool extensions than supported (4096)");
        if (m_run.extensions.size() <= i)
            m_run.extensions.resize(i + 1);
        return m_run.extensions[i];
    }

    void endRun(const JsonRecordReader::Segments& p)
    {
        enterRun(p);
        const std::string runPlace = JsonRecordReader::pointer(p);
        if (!m_run.toolNameSeen || m_run.tool.empty())
            throw FeedError(runPlace + "/tool/driver/name", "missing: every run names its tool");
        decideTarget();
        m_spool.drain([this](const std::string& place, std::string raw) { result(place, std::move(raw)); });
        const std::string version = !m_run.version.empty() ? m_run.version : m_run.semanticVersion;
        if (m_runCount++ == 0) {
            m_firstTool = m_run.tool;
            m_firstVersion = version;
        }
        m_sink.setTool(m_run.tool, version);
        if (m_run.resultsArray && !m_run.executionFailed)
            m_sink.coverScope({m_run.tool, m_run.target});
        m_run = RunState();
    }

    void decideTarget()
    {
        std::string base;
        if (!m_run.repositoryUri.empty()) {
            base = m_run.repositoryUri + (m_run.branch.empty() ? "" : "@" + m_run.branch);
            m_run.assetKind = AssetKind::Repository;
        } else if (!m_run.srcRoot.empty()) {
            base = m_run.srcRoot;
            m_run.assetKind = AssetKind::Repository;
        } else if (!m_run.imageName.empty()) {
            base = imageRepository(m_run.imageName); // see scope_names.h
            m_run.assetKind = AssetKind::Image;
        } else if (!m_run.rootPath.empty()) {
            base = m_run.rootPath;
        }
        // "category/instance": the instance changes every run, the category not.
        std::string category = m_run.automationId;
        if (const auto slash = category.rfind('/'); slash != std::string::npos)
            category.erase(slash);
        if (!base.empty() && !category.empty())
            m_run.target = base + '#' + category;
        else if (!base.empty())
            m_run.target = base;
        else if (!category.empty())
            m_run.target = category;
        else
            m_run.target = UnspecifiedTarget;
    }

    // The rule a result names: by index into its tool component (the driver
    // unless rule.toolComponent says otherwise), else by id.
    const Rule* ruleOf(const json& r, const std::string& place, const std::string* ruleId, std::string& idOut) const
    {
        const Component* component = &m_run.driver;
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
                        if (e.name == *name)
                            component = &e;
                    }
                }
            }
        }
        const std::string* id = ruleId ? ruleId : refId;
        const Rule* rule = index ? component->at(*index) : nullptr;
        if (index && !rule && !id)
            throw FeedError(child(place, "ruleIndex"), "no rule at index " + std::to_string(*index));
        if (id && (!rule || rule->id != *id)) {
            // SARIF allows hierarchical ids ("CA2101/1" for rule "CA2101").
            const Rule* byId = nullptr;
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

    std::string messageOf(const json& r, const std::string& place, const Rule* rule) const
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

    struct Place
    {
        std::string file;
        int line = 0;
        std::string snippet;
    };

    std::string artifactFile(const json& al, const std::string& place) const
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

    Place placeOf(const json& r, const std::string& place) const
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

    static void checkEnum(const std::string& value, const std::vector<std::string>& allowed, const std::string& place,
                          std::string_view what)
    {
        if (std::find(allowed.begin(), allowed.end(), value) != allowed.end())
            return;
        std::string list;
        for (const auto& a : allowed)
            list += (list.empty() ? "" : ", ") + a;
        throw FeedError(place, "unknown " + std::string(what) + " \"" + value + "\" (SARIF: " + list + ")");
    }

    void result(const std::string& place, std::string raw)
    {
        const json r = json::parse(raw);

        const std::string* kindField = optWord(r, "kind", place);
        const std::string kind = kindField ? *kindField : "fail";
        checkEnum(kind, Kinds, child(place, "kind"), "kind");
        if (kind == "pass" || kind == "notApplicable")
            return; // a check that held is not a finding
        if (const std::string* baseline = optWord(r, "baselineState", place)) {
            checkEnum(*baseline, BaselineStates, child(place, "baselineState"), "baselineState");
            if (*baseline == "absent")
                return; // gone since the baseline: the scan's coverage closes it
        }

        Finding f;
        const std::string* ruleIdField = optString(r, "ruleId", place);
        const Rule* rule = ruleOf(r, place, ruleIdField, f.ruleId);
        if (f.ruleId.empty())
            throw FeedError(place, "the result names no rule (ruleId, rule.id, or ruleIndex into the rules)");
        const std::string message = messageOf(r, place, rule);
        const json* props = optObject(r, "properties", place);
        const std::string propsPlace = child(place, "properties");

        f.tool = m_run.tool;
        f.toolVersion = !m_run.version.empty() ? m_run.version : m_run.semanticVersion;
        f.scopeTarget = m_run.target;
        if (m_run.target != UnspecifiedTarget) {
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
                f.description += (f.description.empty() ? "" : "\n\n") + part;
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
        m_sink.addFinding(std::move(f));
    }

    static void suppression(const json& r, const std::string& place, Finding& f)
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

    void fingerprint(const json& r, const std::string& place, const Place& where, Finding& f,
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

    FindingSink& m_sink;
    RunState m_run;
    ResultSpool m_spool;
    std::unordered_map<std::size_t, std::uint32_t> m_occurrences;
    std::optional<std::string> m_version;
    bool m_runsSeen = false;
    std::size_t m_runCount = 0;
    std::string m_firstTool, m_firstVersion;
};

} // namespace

int SarifImporter::detect(const FeedSniff& s) const
{
    if (s.kind != FeedSniff::Kind::Json || s.jsonRoot != '{')
        return 0;
    const bool runs = s.hasPath("/runs");
    const bool schema = lower(s.value("/$schema")).find("sarif") != std::string::npos;
    if (runs && (s.value("/version") == "2.1.0" || schema))
        return 90;
    // A driver under runs is SARIF 2 shape even when the version comes later.
    if (s.hasPrefix("/runs/*/tool/driver"))
        return 80;
    if (schema && s.hasPath("/version"))
        return 60;
    return 0;
}

void SarifImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    if (detect(sniff) == 0)
        throw FeedError({}, "not a SARIF log");
    SarifParse(sink).run(src, sniff);
}

} // namespace closeloop
