// SPDX-License-Identifier: GPL-3.0-or-later
#include "osv_scanner_importer.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace closeloop {

using nlohmann::json;

namespace {

constexpr const char* ToolName = "OSV-Scanner";

// "AV:N/AC:L/..." into metric -> value; nullopt when a part is malformed or a
// metric repeats (an ambiguous vector gets no score rather than a guess).
std::optional<std::map<std::string, std::string>> vectorMetrics(std::string_view body)
{
    std::map<std::string, std::string> out;
    while (!body.empty()) {
        const auto slash = body.find('/');
        const std::string_view part = body.substr(0, slash);
        const auto colon = part.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon + 1 == part.size())
            return std::nullopt;
        if (!out.emplace(std::string(part.substr(0, colon)), std::string(part.substr(colon + 1))).second)
            return std::nullopt;
        if (slash == std::string_view::npos)
            break;
        body.remove_prefix(slash + 1);
    }
    return out;
}

// Looks a metric value up in a table; nullopt when absent or not listed.
std::optional<double> weight(const std::map<std::string, std::string>& m, const char* metric,
    std::initializer_list<std::pair<const char*, double>> table)
{
    const auto it = m.find(metric);
    if (it == m.end())
        return std::nullopt;
    for (const auto& [value, w] : table) {
        if (it->second == value)
            return w;
    }
    return std::nullopt;
}

// CVSS v3.1 section 7.4: round up to one decimal, computed on integers so
// that floating-point noise (e.g. 4.000000001) does not push a score up.
double roundUp(double x)
{
    const auto i = static_cast<long long>(std::llround(x * 100000.0));
    if (i % 10000 == 0)
        return double(i) / 100000.0;
    return double(i / 10000 + 1) / 10.0;
}

std::optional<double> cvss3(const std::map<std::string, std::string>& m)
{
    const auto scope = m.find("S");
    if (scope == m.end() || (scope->second != "U" && scope->second != "C"))
        return std::nullopt;
    const bool changed = scope->second == "C";
    const auto av = weight(m, "AV", {{"N", 0.85}, {"A", 0.62}, {"L", 0.55}, {"P", 0.2}});
    const auto ac = weight(m, "AC", {{"L", 0.77}, {"H", 0.44}});
    const auto pr = weight(m, "PR", {{"N", 0.85}, {"L", changed ? 0.68 : 0.62}, {"H", changed ? 0.5 : 0.27}});
    const auto ui = weight(m, "UI", {{"N", 0.85}, {"R", 0.62}});
    const auto c = weight(m, "C", {{"H", 0.56}, {"L", 0.22}, {"N", 0.0}});
    const auto i = weight(m, "I", {{"H", 0.56}, {"L", 0.22}, {"N", 0.0}});
    const auto a = weight(m, "A", {{"H", 0.56}, {"L", 0.22}, {"N", 0.0}});
    if (!av || !ac || !pr || !ui || !c || !i || !a)
        return std::nullopt;
    const double iss = 1.0 - (1.0 - *c) * (1.0 - *i) * (1.0 - *a);
    const double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * std::pow(iss - 0.02, 15) : 6.42 * iss;
    const double exploitability = 8.22 * *av * *ac * *pr * *ui;
    if (impact <= 0)
        return 0.0;
    return changed ? roundUp(std::min(1.08 * (impact + exploitability), 10.0))
                   : roundUp(std::min(impact + exploitability, 10.0));
}

std::optional<double> cvss2(const std::map<std::string, std::string>& m)
{
    const auto av = weight(m, "AV", {{"L", 0.395}, {"A", 0.646}, {"N", 1.0}});
    const auto ac = weight(m, "AC", {{"H", 0.35}, {"M", 0.61}, {"L", 0.71}});
    const auto au = weight(m, "Au", {{"M", 0.45}, {"S", 0.56}, {"N", 0.704}});
    const auto c = weight(m, "C", {{"N", 0.0}, {"P", 0.275}, {"C", 0.660}});
    const auto i = weight(m, "I", {{"N", 0.0}, {"P", 0.275}, {"C", 0.660}});
    const auto a = weight(m, "A", {{"N", 0.0}, {"P", 0.275}, {"C", 0.660}});
    if (!av || !ac || !au || !c || !i || !a)
        return std::nullopt;
    const double impact = 10.41 * (1.0 - (1.0 - *c) * (1.0 - *i) * (1.0 - *a));
    const double exploitability = 20.0 * *av * *ac * *au;
    const double f = impact == 0.0 ? 0.0 : 1.176;
    const double base = ((0.6 * impact) + (0.4 * exploitability) - 1.5) * f;
    // Round half up to one decimal; the epsilon absorbs binary noise at .x5.
    return std::max(0.0, std::floor(base * 10.0 + 0.5 + 1e-9) / 10.0);
}

// "Debian:11" and "Debian" name the same ecosystem for matching affected[].
std::string baseEcosystem(const std::string& e)
{
    return lower(e.substr(0, e.find(':')));
}

struct Package
{
    std::string name;
    std::string version;
    std::string ecosystem;
};

struct GroupInfo
{
    std::vector<std::string> aliases;
    std::optional<double> maxSeverity;
    std::optional<bool> called; // experimental call analysis, when it ran
};

class OsvParse
{
public:
    explicit OsvParse(FindingSink& sink)
        : m_sink(sink)
    {
    }

    void run(ByteSource& src)
    {
        JsonRecordReader reader;
        // "packageSource" is what releases before 1.0 called "source".
        for (const char* key : {"/results/*/source", "/results/*/packageSource"})
            reader.capture(key, [this](auto& p, json&& v) { source(p, v); });
        reader.capture("/results/*/packages/*", [this](auto& p, json&& v) {
            std::string place = JsonRecordReader::pointer(p);
            if (m_haveSource)
                package(place, v);
            else
                m_buffered.emplace_back(std::move(place), std::move(v)); // this result names its source later
        });
        reader.onEnd("/results/*", [this](auto& p) {
            if (!m_haveSource)
                throw FeedError(JsonRecordReader::pointer(p, "source"), "result without a source");
            for (const auto& [place, v] : m_buffered)
                package(place, v);
            m_buffered.clear();
            m_sink.coverScope({ToolName, m_sourcePath});
            m_haveSource = false;
            m_sourcePath.clear();
            m_sourceType.clear();
        });
        reader.run(src);
        m_sink.setTool(ToolName, {});
    }

private:
    void source(const JsonRecordReader::Segments& p, const json& v)
    {
        m_sourcePath = js::str(v, "path");
        if (m_sourcePath.empty())
            throw FeedError(JsonRecordReader::pointer(p, "path"), "source without a path");
        m_sourceType = js::str(v, "type");
        m_haveSource = true;
    }

    AssetKind assetKind() const
    {
        if (m_sourceType == "docker" || m_sourceType == "image")
            return AssetKind::Image;
        return AssetKind::Repository; // a lockfile, SBOM or git checkout in a repository
    }

    void package(const std::string& place, const json& rec)
    {
        if (!rec.is_object())
            throw FeedError(place, "expected an object");
        const auto* pkgJson = js::find(rec, "package");
        if (!pkgJson || !pkgJson->is_object())
            throw FeedError(place + "/package", "package entry without a package object");
        Package pkg;
        pkg.name = js::str(*pkgJson, "name");
        pkg.version = js::str(*pkgJson, "version");
        pkg.ecosystem = js::str(*pkgJson, "ecosystem");
        const std::string commit = js::str(*pkgJson, "commit");
        if (pkg.name.empty())
            pkg.name = commit; // a git dependency known only by its commit
        if (pkg.version.empty())
            pkg.version = commit;
        if (pkg.name.empty())
            throw FeedError(place + "/package/name", "package without a name");

        std::map<std::string, GroupInfo> groups;
        if (const auto* gs = js::find(rec, "groups"); gs && gs->is_array()) {
            for (const auto& g : *gs) {
                GroupInfo info;
                if (const auto* aliases = js::find(g, "aliases"); aliases && aliases->is_array()) {
                    for (const auto& a : *aliases)
                        addUnique(info.aliases, js::str(&a));
                }
                const auto max = js::num(g, "max_severity");
                if (max && *max >= 0 && *max <= 10)
                    info.maxSeverity = max;
                const auto* ids = js::find(g, "ids");
                if (!ids || !ids->is_array())
                    continue;
                for (const auto& id : *ids) {
                    GroupInfo mine = info;
                    if (const auto* called = js::path(g, {"experimentalAnalysis", js::str(&id), "called"});
                        called && called->is_boolean())
                        mine.called = called->get<bool>();
                    groups[js::str(&id)] = std::move(mine);
                }
            }
        }

        if (const auto* vulns = js::find(rec, "vulnerabilities"); vulns && !vulns->is_null()) {
            if (!vulns->is_array())
                throw FeedError(place + "/vulnerabilities", "expected an array");
            for (std::size_t i = 0; i < vulns->size(); ++i)
                vulnerability((*vulns)[i], pkg, groups, place + "/vulnerabilities/" + std::to_string(i));
        }
        if (const auto* lv = js::find(rec, "license_violations"); lv && lv->is_array()) {
            for (std::size_t i = 0; i < lv->size(); ++i)
                licenseViolation((*lv)[i], pkg, place + "/license_violations/" + std::to_string(i));
        }
    }

    void common(Finding& f, const Package& pkg) const
    {
        f.tool = ToolName;
        f.scopeTarget = m_sourcePath;
        f.asset = m_sourcePath;
        f.assetKind = assetKind();
        f.locationFile = m_sourcePath;
        f.package = pkg.name;
        f.packageVersion = pkg.version;
    }

    Severity severityOf(const json& v, const std::string& place, const Finding& f, const GroupInfo* group) const
    {
        if (const auto* word = js::path(v, {"database_specific", "severity"}); word && word->is_string()) {
            const auto s = severityFromWord(word->get<std::string>());
            if (!s)
                throw FeedError(
                    place + "/database_specific/severity", "unknown severity \"" + word->get<std::string>() + "\"");
            if (*s != Severity::Unknown)
                return *s;
        }
        if (const auto* list = js::find(v, "severity"); list && list->is_array()) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const json& e = (*list)[i];
                if (js::str(e, "type") != "Ubuntu")
                    continue;
                const std::string word = js::str(e, "score");
                if (lower(word) == "untriaged")
                    continue; // Ubuntu has not rated it yet
                const auto s = severityFromWord(word);
                if (!s)
                    throw FeedError(
                        place + "/severity/" + std::to_string(i) + "/score", "unknown severity \"" + word + "\"");
                if (*s != Severity::Unknown)
                    return *s;
            }
        }
        if (f.cvssScore)
            return severityFromCvss(*f.cvssScore);
        if (group && group->maxSeverity)
            return severityFromCvss(*group->maxSeverity);
        return Severity::Unknown;
    }

    static void cvss(const json& v, Finding& f)
    {
        const auto* list = js::find(v, "severity");
        if (!list || !list->is_array())
            return;
        std::string v2, v3, v4;
        for (const auto& e : *list) {
            const std::string type = js::str(e, "type");
            const std::string score = js::str(e, "score");
            if (type == "CVSS_V3" && v3.empty())
                v3 = score;
            else if (type == "CVSS_V4" && v4.empty())
                v4 = score;
            else if (type == "CVSS_V2" && v2.empty())
                v2 = score;
        }
        // v3 first: its score can be computed here, and most tools still rate by it.
        if (!v3.empty()) {
            f.cvssVector = v3;
            f.cvssScore = OsvScannerImporter::cvssBaseScore(v3);
        } else if (!v4.empty()) {
            f.cvssVector = v4;
        } else if (!v2.empty()) {
            f.cvssVector = v2;
            f.cvssScore = OsvScannerImporter::cvssBaseScore(v2);
        }
    }

    static void cwes(const json& v, Finding& f)
    {
        if (const auto* ids = js::path(v, {"database_specific", "cwe_ids"}); ids && ids->is_array()) {
            for (const auto& id : *ids)
                addUnique(f.cwes, js::str(&id));
        }
        if (const auto* affected = js::find(v, "affected"); affected && affected->is_array()) {
            for (const auto& a : *affected) {
                const auto* list = js::path(a, {"database_specific", "cwes"});
                if (!list || !list->is_array())
                    continue;
                for (const auto& c : *list)
                    addUnique(f.cwes, c.is_string() ? c.get<std::string>() : js::str(c, "cweId"));
            }
        }
    }

    // Fixed versions and purl from the affected[] entries for this package.
    static void affected(const json& v, const Package& pkg, Finding& f)
    {
        const auto* list = js::find(v, "affected");
        if (!list || !list->is_array())
            return;
        std::vector<const json*> mine;
        for (bool exact : {true, false}) {
            for (const auto& a : *list) {
                const std::string name = js::strAt(a, {"package", "name"});
                const std::string eco = js::strAt(a, {"package", "ecosystem"});
                const bool sameName = exact ? name == pkg.name : lower(name) == lower(pkg.name);
                if (sameName &&
                    (eco.empty() || pkg.ecosystem.empty() || baseEcosystem(eco) == baseEcosystem(pkg.ecosystem)))
                    mine.push_back(&a);
            }
            if (!mine.empty())
                break; // PyPI names differ in case between lockfiles and OSV
        }
        std::vector<std::string> fixed;
        for (const json* a : mine) {
            if (f.purl.empty()) {
                const std::string purl = js::strAt(*a, {"package", "purl"});
                if (!purl.empty())
                    f.purl =
                        purl.find('@') == std::string::npos && !pkg.version.empty() ? purl + '@' + pkg.version : purl;
            }
            const auto* ranges = js::find(*a, "ranges");
            if (!ranges || !ranges->is_array())
                continue;
            for (const auto& r : *ranges) {
                if (js::str(r, "type") == "GIT")
                    continue; // commit hashes, not versions to upgrade to
                const auto* events = js::find(r, "events");
                if (!events || !events->is_array())
                    continue;
                for (const auto& e : *events)
                    addUnique(fixed, js::str(e, "fixed"));
            }
        }
        for (const auto& v2 : fixed)
            f.fixVersion += (f.fixVersion.empty() ? "" : ", ") + v2;
        if (!fixed.empty())
            f.remediation =
                "Upgrade " + pkg.name + " to " + (fixed.size() == 1 ? fixed.front() : "one of " + f.fixVersion);
    }

    void vulnerability(
        const json& v, const Package& pkg, const std::map<std::string, GroupInfo>& groups, const std::string& place)
    {
        if (!v.is_object())
            throw FeedError(place, "expected an object");
        Finding f;
        common(f, pkg);
        f.ruleId = js::str(v, "id");
        if (f.ruleId.empty())
            throw FeedError(place + "/id", "vulnerability without id");
        const auto groupIt = groups.find(f.ruleId);
        const GroupInfo* group = groupIt == groups.end() ? nullptr : &groupIt->second;

        if (startsWith(f.ruleId, "CVE-"))
            f.cves.push_back(f.ruleId);
        if (const auto* aliases = js::find(v, "aliases"); aliases && aliases->is_array()) {
            for (const auto& a : *aliases) {
                if (startsWith(js::str(&a), "CVE-"))
                    addUnique(f.cves, js::str(&a));
            }
        }
        if (group) {
            for (const auto& a : group->aliases) {
                if (startsWith(a, "CVE-"))
                    addUnique(f.cves, a);
            }
        }
        cwes(v, f);
        f.title = js::str(v, "summary");
        if (f.title.empty())
            f.title = f.ruleId + " in " + pkg.name;
        f.description = js::str(v, "details");
        cvss(v, f);
        f.severity = severityOf(v, place, f, group);
        if (!f.cvssScore && f.cvssVector.empty() && group && group->maxSeverity)
            f.cvssScore = group->maxSeverity; // OSV-Scanner's own rating of this alias group
        affected(v, pkg, f);
        if (const auto* refs = js::find(v, "references"); refs && refs->is_array()) {
            for (const auto& r : *refs)
                addUnique(f.references, js::str(r, "url"));
        }
        if (group && group->called && !*group->called) {
            f.confidence = "low";
            f.description += "\n\nCall analysis: the vulnerable code is not called from this project.";
        }
        f.raw = v.dump();
        f.fingerprintFamily = "osv-scanner";
        f.fingerprintInputs = {
            {"ecosystem", pkg.ecosystem}, {"package", pkg.name}, {"id", f.ruleId}, {"source", m_sourcePath}};
        m_sink.addFinding(std::move(f));
    }

    void licenseViolation(const json& l, const Package& pkg, const std::string& place)
    {
        const std::string license = js::str(&l);
        if (license.empty())
            throw FeedError(place, "expected a license name");
        Finding f;
        common(f, pkg);
        f.ruleId = "license:" + license;
        f.title = "License " + license + " of " + pkg.name + " is not in the allowed list";
        f.raw = l.dump();
        f.fingerprintFamily = "osv-scanner";
        f.fingerprintInputs = {
            {"ecosystem", pkg.ecosystem}, {"package", pkg.name}, {"license", license}, {"source", m_sourcePath}};
        m_sink.addFinding(std::move(f));
    }

    FindingSink& m_sink;
    bool m_haveSource = false;
    std::string m_sourcePath;
    std::string m_sourceType;
    std::vector<std::pair<std::string, json>> m_buffered;
};

} // namespace

std::optional<double> OsvScannerImporter::cvssBaseScore(std::string_view vector)
{
    if (startsWith(vector, "CVSS:3.0/") || startsWith(vector, "CVSS:3.1/")) {
        const auto m = vectorMetrics(vector.substr(9));
        return m ? cvss3(*m) : std::nullopt;
    }
    if (startsWith(vector, "CVSS:"))
        return std::nullopt; // v4 or unknown
    if (vector.size() > 2 && vector.front() == '(' && vector.back() == ')')
        vector = vector.substr(1, vector.size() - 2);
    const auto m = vectorMetrics(vector);
    return m && m->count("Au") ? cvss2(*m) : std::nullopt;
}

int OsvScannerImporter::detect(const FeedSniff& s) const
{
    if (s.kind != FeedSniff::Kind::Json || s.jsonRoot != '{' || !s.hasPath("/results"))
        return 0;
    if (s.hasPath("/results/*/packages/*/package/ecosystem") || s.hasPath("/results/*/packages/*/package/name"))
        return 90;
    if ((s.hasPrefix("/results/*/source/") || s.hasPrefix("/results/*/packageSource/")) &&
        s.hasPath("/results/*/packages"))
        return 80;
    // No result at all: only the experimental_config block says OSV-Scanner.
    if (s.hasPrefix("/experimental_config"))
        return 70;
    return 0;
}

void OsvScannerImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    if (detect(sniff) == 0)
        throw FeedError({}, "not an OSV-Scanner report");
    OsvParse(sink).run(src);
}

} // namespace closeloop
