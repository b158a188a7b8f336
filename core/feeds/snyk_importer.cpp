// SPDX-License-Identifier: GPL-3.0-or-later
#include "snyk_importer.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"
#include "record_spool.h"
#include "scope_names.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

namespace closeloop {

using nlohmann::json;

namespace {

enum class Shape { Project, ProjectArray, Api, ApiSingle, CliError };

// "org.testng:testng@6.13.1" -> "org.testng:testng"; a scoped npm name keeps
// its leading "@".
std::string withoutVersion(const std::string& spec)
{
    const auto at = spec.rfind('@');
    return at == std::string::npos || at == 0 ? spec : spec.substr(0, at);
}

// Package URL for the ecosystems whose Snyk names map onto purl without
// guessing; OS packages need a distro qualifier Snyk does not spell out.
std::string purlFor(const std::string& manager, const std::string& name, const std::string& version)
{
    if (name.empty() || version.empty())
        return {};
    const std::string at = '@' + version;
    if (manager == "npm" || manager == "yarn" || manager == "pnpm")
        return "pkg:npm/" + (name.front() == '@' ? "%40" + name.substr(1) : name) + at;
    if (manager == "maven" || manager == "gradle" || manager == "sbt") {
        const auto colon = name.find(':');
        if (colon == std::string::npos)
            return {};
        return "pkg:maven/" + name.substr(0, colon) + '/' + name.substr(colon + 1) + at;
    }
    if (manager == "pip" || manager == "poetry" || manager == "pipenv")
        return "pkg:pypi/" + lower(name) + at;
    if (manager == "nuget" || manager == "paket")
        return "pkg:nuget/" + name + at;
    if (manager == "rubygems")
        return "pkg:gem/" + name + at;
    if (manager == "composer")
        return "pkg:composer/" + name + at;
    if (manager == "gomodules" || manager == "golangdep" || manager == "govendor")
        return "pkg:golang/" + name + at;
    if (manager == "cocoapods")
        return "pkg:cocoapods/" + name + at;
    return {};
}

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

// The records of "vulnerabilities" must be an array's elements, not an object's members.
void requireIndex(const JsonRecordReader::Segments& path)
{
    const std::string& last = path.back();
    if (!isDigits(last)) {
        JsonRecordReader::Segments parent(path.begin(), path.end() - 1);
        throw FeedError(JsonRecordReader::pointer(parent), "expected an array");
    }
}

// ---------------------------------------------------------------- CLI output

// One project object of CLI output (or one application inside an image): what
// names it, which the CLI writes after the vulnerabilities.
struct Project
{
    std::string name;
    std::string displayTargetFile;
    std::string targetFile;
    std::string path;
    bool docker = false;
    std::size_t held = 0; // its records waiting in a spool

    std::string file() const { return !displayTargetFile.empty() ? displayTargetFile : targetFile; }
};

// What a project's findings are delivered as, once its name is known.
struct Delivery
{
    std::string tool;
    std::string target;
    AssetKind kind = AssetKind::Unknown;
    std::string asset;
    std::string file;
};

// Where a project lists a record: among its vulnerabilities, or among those the
// CLI filtered out ("/vulnerabilities/3", "/filtered/ignore/0", "/filtered/patch/0").
enum class Listing { Vulnerabilities, Ignored, Patched };

Listing listingOf(const std::string& place)
{
    const std::string_view list = std::string_view(place).substr(0, place.rfind('/'));
    if (endsWith(list, "/filtered/ignore"))
        return Listing::Ignored;
    if (endsWith(list, "/filtered/patch"))
        return Listing::Patched;
    return Listing::Vulnerabilities;
}

class SnykCliParse
{
public:
    SnykCliParse(FindingSink& sink, bool array)
        : m_sink(sink)
        , m_array(array)
    {
    }

    void run(ByteSource& src)
    {
        JsonRecordReader reader;
        const std::string base = m_array ? "/*" : "";
        watchProject(reader, base, false);
        watchProject(reader, base + "/applications/*", true);
        reader.onEnd(base + "/applications/*", [this](auto&) {
            m_apps.push_back(std::move(m_app));
            m_app = {};
        });
        if (m_array)
            reader.onEnd(base, [this](auto&) { endProject(); });
        reader.run(src);
        if (!m_array)
            endProject();
        for (const auto& tool : m_tools)
            m_sink.setTool(tool, {});
    }

private:
    void watchProject(JsonRecordReader& reader, const std::string& b, bool app)
    {
        auto ctx = [this, app]() -> Project& { return app ? m_app : m_top; };
        reader.capture(b + "/projectName", [ctx](auto&, json&& v) { ctx().name = js::str(&v); });
        reader.capture(b + "/displayTargetFile", [ctx](auto&, json&& v) { ctx().displayTargetFile = js::str(&v); });
        reader.capture(b + "/targetFile", [ctx](auto&, json&& v) { ctx().targetFile = js::str(&v); });
        reader.capture(b + "/path", [ctx](auto&, json&& v) { ctx().path = js::str(&v); });
        // Its presence marks container output; its content is not needed.
        reader.onEnd(b + "/docker", [ctx](auto&) { ctx().docker = true; });
        reader.capture(b + "/error", [](auto& p, json&& v) {
            const std::string msg = v.is_string() ? v.get<std::string>() : v.dump();
            throw FeedError(JsonRecordReader::pointer(p), "the Snyk CLI reported an error instead of results: " + msg);
        });
        // Infrastructure-as-code results are another shape; refusing beats dropping them silently.
        reader.capture(b + "/infrastructureAsCodeIssues/*", [](auto& p, json&&) {
            throw FeedError(JsonRecordReader::pointer(p), "Snyk IaC results (snyk iac test) are not supported");
        });
        for (const char* list : {"/vulnerabilities/*", "/filtered/ignore/*", "/filtered/patch/*"})
            reader.capture(b + list, [this, app](auto& p, json&& v) { hold(p, v, app); });
    }

    // Mapped now, so that a bad record is refused where it stands; held as the
    // text it was mapped from until the project's name is known, and mapped
    // again then.
    void hold(const JsonRecordReader::Segments& p, const json& v, bool app)
    {
        requireIndex(p);
        const std::string place = JsonRecordReader::pointer(p);
        const Finding f = vulnerability(v, place);
        (app ? m_appRecords : m_topRecords).add(place, f.raw);
        ++(app ? m_app : m_top).held;
    }

    void endProject()
    {
        Delivery top;
        std::vector<Delivery> apps;
        const bool container = m_top.docker || startsWith(m_top.name, "docker-image|") || !m_apps.empty();
        if (container) {
            std::string image = m_top.path;
            if (image.empty())
                image = startsWith(m_top.name, "docker-image|") ? m_top.name.substr(13) : m_top.name;
            if (image.empty())
                image = "(unnamed image)";
            // Scoped by repository (see scope_names.h); the tag stays in the asset.
            const std::string repo = imageRepository(image);
            top = {"Snyk Container", repo, AssetKind::Image, image, m_top.file()};
            for (const auto& app : m_apps) {
                const std::string file = !app.file().empty() ? app.file() : app.name;
                apps.push_back({"Snyk Container", repo + " (" + file + ')', AssetKind::Image, image, app.file()});
            }
        } else {
            const std::string where = !m_top.file().empty() ? m_top.file() : m_top.path;
            std::string target = m_top.name;
            if (target.empty())
                target = where.empty() ? std::string("(unnamed project)") : where;
            else if (!where.empty())
                target += " (" + where + ')';
            top = {"Snyk Open Source", target, AssetKind::Repository, !m_top.name.empty() ? m_top.name : m_top.path,
                   m_top.file()};
        }

        m_topRecords.drain([&](std::string& place, std::string& record) { deliver(place, record, top); });
        covered(top);
        // The applications' records follow one another in the spool: the first
        // application's `held`, then the next one's.
        std::size_t app = 0, delivered = 0;
        m_appRecords.drain([&](std::string& place, std::string& record) {
            for (; delivered == m_apps[app].held; ++app, delivered = 0)
                covered(apps[app]);
            deliver(place, record, apps[app]);
            ++delivered;
        });
        for (; app < apps.size(); ++app)
            covered(apps[app]);
        m_top = {};
        m_apps.clear();
    }

    void deliver(const std::string& place, const std::string& record, const Delivery& d)
    {
        Finding f = vulnerability(json::parse(record), place);
        f.tool = d.tool;
        f.scopeTarget = d.target;
        f.assetKind = d.kind;
        f.asset = d.asset;
        f.locationFile = d.file;
        f.fingerprintInputs.insert(f.fingerprintInputs.begin(), {"target", d.target});
        m_sink.addFinding(std::move(f));
    }

    // After the project's findings: the scan covered it.
    void covered(const Delivery& d)
    {
        m_sink.coverScope({d.tool, d.target});
        if (std::find(m_tools.begin(), m_tools.end(), d.tool) == m_tools.end())
            m_tools.push_back(d.tool);
    }

    static std::string remediationOf(const json& v, const std::vector<std::string>& from, const Finding& f)
    {
        const json* up = js::find(v, "upgradePath");
        const json* upgradable = js::find(v, "isUpgradable");
        const json* patchable = js::find(v, "isPatchable");
        // upgradePath[i] is the version of from[i] that removes the problem;
        // [1] is the direct dependency the user controls.
        if (upgradable && upgradable->is_boolean() && upgradable->get<bool>() && up && up->is_array() &&
            up->size() > 1 && (*up)[1].is_string() && from.size() > 1) {
            return "Upgrade " + from[1] + " to " + (*up)[1].get<std::string>();
        }
        if (patchable && patchable->is_boolean() && patchable->get<bool>())
            return "Apply the Snyk patch for " + f.ruleId;
        if (!f.fixVersion.empty())
            return "Fixed in " + f.package + ' ' + f.fixVersion + "; no upgrade of a direct dependency brings it yet";
        return "No fixed version is available";
    }

    static Finding vulnerability(const json& v, const std::string& place)
    {
        if (!v.is_object())
            throw FeedError(place, "expected an object");
        Finding f;
        const json* id = js::find(v, "id");
        if (!id || id->is_null())
            throw FeedError(place, "vulnerability without id");
        if (!id->is_string() || id->get<std::string>().empty())
            throw FeedError(place + "/id", "expected a non-empty string");
        f.ruleId = id->get<std::string>();

        const json* ids = js::find(v, "identifiers");
        if (ids && !ids->is_null() && !ids->is_object())
            throw FeedError(place + "/identifiers", "expected an object");
        if (ids && ids->is_object()) {
            for (auto& c : js::strings(js::optArray(*ids, "CVE", place + "/identifiers")))
                addUnique(f.cves, std::move(c));
            for (const auto& c : js::strings(js::optArray(*ids, "CWE", place + "/identifiers")))
                addUnique(f.cwes, cweId(c));
        }
        if (f.cves.empty() && startsWith(f.ruleId, "CVE-"))
            f.cves.push_back(f.ruleId);

        f.package = js::str(v, "packageName");
        const std::string module = js::str(v, "name");
        if (f.package.empty())
            f.package = module;
        f.packageVersion = js::str(v, "version");
        f.purl = purlFor(js::str(v, "packageManager"), f.package, f.packageVersion);

        f.title = js::str(v, "title");
        if (f.title.empty())
            f.title = f.ruleId + " in " + f.package;
        f.cvssScore = js::num(v, "cvssScore");
        f.cvssVector = js::str(v, "CVSSv3");
        f.severity = severityOf(v, js::find(v, "severity") ? "severity" : "severityWithCritical", place, f.cvssScore);
        f.epss = js::num(js::path(v, {"epssDetails", "probability"}));

        // Upgrade paths hold `false` where no upgrade helps: only the strings count.
        const std::vector<std::string> from = js::strings(js::optArray(v, "from", place));
        f.fixVersion = join(js::strings(js::optArray(v, "fixedIn", place)), ", ");
        f.remediation = remediationOf(v, from, f);

        if (const json* refs = js::find(v, "references"); refs && refs->is_array()) {
            for (const auto& r : *refs)
                addUnique(f.references, r.is_string() ? r.get<std::string>() : js::str(r, "url"));
        }

        f.description = js::str(v, "description");
        std::string context;
        if (from.size() > 1)
            appendLine(context, "Introduced through: " + join(from, " > "));
        if (js::str(v, "type") == "license")
            appendLine(context, "License: " + js::str(v, "license"));
        appendLine(context, js::str(v, "exploit").empty() ? "" : "Exploit maturity: " + js::str(v, "exploit"));
        if (f.epss) {
            const std::string pct = js::strAt(v, {"epssDetails", "percentile"});
            appendLine(context, "EPSS: probability " + js::strAt(v, {"epssDetails", "probability"}) +
                                    (pct.empty() ? "" : ", percentile " + pct));
        }
        if (const json* m = js::find(v, "malicious"); m && m->is_boolean() && m->get<bool>())
            appendLine(context, "Snyk marks this package as malicious.");
        appendParagraph(f.description, context);

        const Listing listing = listingOf(place);
        if (listing == Listing::Patched) {
            f.sourceState = SourceState::Suppressed;
            f.sourceStateReason = "patched with a Snyk patch";
        } else if (listing == Listing::Ignored) {
            f.sourceState = SourceState::Suppressed;
            std::string reason = "ignored in Snyk";
            const json* ignored = js::path(v, {"filtered", "ignored"});
            if (ignored && ignored->is_array() && !ignored->empty()) {
                const std::string why = js::str((*ignored)[0], "reason");
                const std::string until = js::str((*ignored)[0], "expires");
                if (!why.empty())
                    reason += ": " + why;
                if (!until.empty())
                    reason += " (until " + until + ')';
            }
            f.sourceStateReason = reason;
        }
        f.raw = v.dump();
        f.fingerprintFamily = "snyk";
        f.fingerprintInputs = {{"id", f.ruleId},
                               {"package", f.package},
                               {"module", module},
                               {"via", from.size() > 1 ? withoutVersion(from[1]) : std::string()}};
        return f;
    }

    FindingSink& m_sink;
    bool m_array;
    Project m_top;
    Project m_app;
    std::vector<Project> m_apps;
    RecordSpool m_topRecords{"the findings of a Snyk project"};
    RecordSpool m_appRecords{"the findings of the applications in a Snyk container project"};
    std::vector<std::string> m_tools;
};

// ---------------------------------------------------------------- REST API

class SnykApiParse
{
public:
    SnykApiParse(FindingSink& sink, bool single)
        : m_sink(sink)
        , m_single(single)
    {
    }

    void run(ByteSource& src)
    {
        JsonRecordReader reader;
        reader.capture("/links/self", [this](auto&, json&& v) { m_self = js::str(&v); });
        reader.capture("/links/next", [this](auto&, json&& v) { m_next = js::str(&v); });
        if (m_single) {
            // GET /orgs/{id}/issues/{issue_id}: one small resource object.
            reader.capture("/data", [this](auto& p, json&& v) { issue(v, JsonRecordReader::pointer(p)); });
        } else {
            reader.capture("/data/*", [this](auto& p, json&& v) {
                requireIndex(p);
                issue(v, JsonRecordReader::pointer(p));
            });
        }
        reader.run(src);
        m_sink.setTool(Tool, {});
        if (!m_single) // one issue says nothing about the rest of its scan item
            coverIfComplete();
    }

private:
    static constexpr const char* Tool = "Snyk";

    // Covers the listed scan items only when the listing is whole; see the header.
    void coverIfComplete()
    {
        if (!m_next.empty())
            return;
        std::string scanId, scanType = "project";
        const auto q = m_self.find('?');
        if (q != std::string::npos) {
            std::string_view query(m_self);
            query.remove_prefix(q + 1);
            while (!query.empty()) {
                const auto amp = query.find('&');
                const std::string_view param = query.substr(0, amp);
                query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
                const auto eq = param.find('=');
                const std::string name = formDecode(param.substr(0, eq));
                const std::string value = eq == std::string_view::npos ? std::string() : formDecode(param.substr(eq + 1));
                if (name == "scan_item.id")
                    scanId = value;
                else if (name == "scan_item.type")
                    scanType = value;
                else if (name != "version" && name != "limit")
                    return; // a filter or a cursor: not the whole listing
            }
        }
        if (!scanId.empty())
            m_targets.insert(scanType + ':' + scanId);
        for (const auto& t : m_targets)
            m_sink.coverScope({Tool, t});
    }

    void issue(const json& v, const std::string& place)
    {
        if (!v.is_object())
            throw FeedError(place, "expected an object");
        const std::string type = js::str(v, "type");
        if (type != "issue")
            throw FeedError(place + "/type", "expected an issue resource, not \"" + type + '"');
        const json* attrs = js::find(v, "attributes");
        if (!attrs || !attrs->is_object())
            throw FeedError(place + "/attributes", "expected an object");
        const std::string at = place + "/attributes";
        const std::string key = js::str(*attrs, "key");
        const std::string id = js::str(v, "id");
        if (key.empty() && id.empty())
            throw FeedError(place, "issue without key or id");

        Finding f;
        f.tool = Tool;
        const std::string issueType = js::str(*attrs, "type");
        if (const json* problems = js::find(*attrs, "problems"); problems && problems->is_array()) {
            for (const auto& p : *problems) {
                const std::string pid = js::str(p, "id");
                if (startsWith(pid, "CVE-"))
                    addUnique(f.cves, pid);
                else if (f.ruleId.empty() && js::str(p, "source") == "SNYK")
                    f.ruleId = pid;
                addUnique(f.references, js::str(p, "url"));
            }
        }
        if (f.ruleId.empty())
            f.ruleId = !key.empty() ? key : id;
        if (const json* classes = js::find(*attrs, "classes"); classes && classes->is_array()) {
            for (const auto& c : *classes) {
                if (js::str(c, "source") == "CWE")
                    addUnique(f.cwes, cweId(js::str(c, "id")));
            }
        }
        f.title = js::str(*attrs, "title");
        if (f.title.empty())
            f.title = f.ruleId;
        f.description = js::str(*attrs, "description");

        if (const json* sevs = js::find(*attrs, "severities"); sevs && sevs->is_array()) {
            // Snyk's own rating first: it is the one effective_severity_level follows.
            const json* pick = nullptr;
            for (const auto& s : *sevs) {
                if (!js::num(s, "score"))
                    continue;
                if (!pick)
                    pick = &s;
                if (js::str(s, "source") == "Snyk") {
                    pick = &s;
                    break;
                }
            }
            if (pick) {
                f.cvssScore = js::num(*pick, "score");
                f.cvssVector = js::str(*pick, "vector");
            }
        }
        f.severity = severityOf(*attrs, "effective_severity_level", at, f.cvssScore);

        std::string file, resourcePath;
        std::vector<std::string> remedies, fixable, reachability;
        if (const json* coords = js::find(*attrs, "coordinates"); coords && coords->is_array()) {
            for (const auto& c : *coords) {
                if (const json* rem = js::find(c, "remedies"); rem && rem->is_array()) {
                    for (const auto& r : *rem)
                        addUnique(remedies, js::str(r, "description"));
                }
                for (const char* flag : {"is_upgradeable", "is_pinnable", "is_patchable", "is_fixable_snyk",
                                         "is_fixable_upstream", "is_fixable_manually"}) {
                    const json* b = js::find(c, flag);
                    if (b && b->is_boolean() && b->get<bool>())
                        addUnique(fixable, std::string(flag).substr(3));
                }
                addUnique(reachability, js::str(c, "reachability"));
                const json* reps = js::find(c, "representations");
                if (!reps || !reps->is_array())
                    continue;
                for (const auto& r : *reps) {
                    if (const json* dep = js::find(r, "dependency"); dep && f.package.empty()) {
                        f.package = js::str(*dep, "package_name");
                        f.packageVersion = js::str(*dep, "package_version");
                    }
                    if (const json* loc = js::find(r, "sourceLocation"); loc && file.empty()) {
                        file = js::str(*loc, "file");
                        if (auto line = js::num(js::path(*loc, {"region", "start", "line"})))
                            f.locationLine = int(*line);
                    }
                    if (resourcePath.empty())
                        resourcePath = js::str(r, "resourcePath");
                }
            }
        }
        f.locationFile = !file.empty() ? file : resourcePath;
        if (!remedies.empty())
            f.remediation = join(remedies, "\n");
        else if (!fixable.empty())
            f.remediation = "Fixable in Snyk (" + join(fixable, ", ") + ')';

        std::string context;
        if (!resourcePath.empty() && !file.empty())
            appendLine(context, "Resource path: " + resourcePath);
        if (!reachability.empty())
            appendLine(context, "Reachability: " + join(reachability, ", "));
        if (const json* levels = js::path(*attrs, {"exploit_details", "maturity_levels"}); levels && levels->is_array()) {
            std::vector<std::string> parts;
            for (const auto& l : *levels)
                parts.push_back(js::str(l, "format") + ' ' + js::str(l, "level"));
            if (!parts.empty())
                appendLine(context, "Exploit maturity: " + join(parts, ", "));
        }
        if (js::num(js::path(*attrs, {"risk", "score", "value"})))
            appendLine(context, "Snyk risk score: " + js::strAt(*attrs, {"risk", "score", "value"}));
        appendParagraph(f.description, context);

        const json* ignored = js::find(*attrs, "ignored");
        if (js::str(*attrs, "status") == "resolved") {
            f.sourceState = SourceState::Fixed;
            f.sourceStateReason = "resolved in Snyk";
        } else if (ignored && ignored->is_boolean() && ignored->get<bool>()) {
            f.sourceState = SourceState::Suppressed;
            f.sourceStateReason = "ignored in Snyk";
        }
        f.firstSeenInFeed = js::str(*attrs, "created_at");

        const std::string scanId = js::strAt(v, {"relationships", "scan_item", "data", "id"});
        std::string scanType = js::strAt(v, {"relationships", "scan_item", "data", "type"});
        const std::string orgId = js::strAt(v, {"relationships", "organization", "data", "id"});
        std::string target;
        if (!scanId.empty())
            target = (scanType.empty() ? std::string("project") : scanType) + ':' + scanId;
        else
            target = "organization:" + (orgId.empty() ? std::string("(unknown)") : orgId);
        m_targets.insert(target);
        f.scopeTarget = target;
        f.asset = target;
        f.assetKind = scanType == "environment" ? AssetKind::CloudResource
                      : issueType == "code"      ? AssetKind::Repository
                                                 : AssetKind::Unknown;
        f.raw = v.dump();
        f.fingerprintFamily = "snyk-api";
        f.fingerprintInputs = {{"target", target},
                               {"type", issueType},
                               {"key", !key.empty() ? key : id},
                               {"package", f.package},
                               {"file", file}};
        m_sink.addFinding(std::move(f));
    }

    FindingSink& m_sink;
    bool m_single;
    std::string m_self;
    std::string m_next;
    std::set<std::string> m_targets;
};

// ---------------------------------------------------------------- detection

bool cliMarkers(const FeedSniff& s, const std::string& b)
{
    // Project-level keys (often written after a long vulnerabilities array,
    // so the vulnerability-level ones count too).
    for (const char* key : {"/packageManager", "/dependencyCount", "/ok", "/uniqueCount"}) {
        if (s.hasPath(b + key))
            return true;
    }
    for (const char* key : {"/upgradePath", "/isUpgradable", "/semver"}) {
        if (s.hasPath(b + "/vulnerabilities/*" + key))
            return true;
    }
    return false;
}

std::optional<Shape> shapeOf(const FeedSniff& s)
{
    if (s.kind != FeedSniff::Kind::Json)
        return std::nullopt;
    if (s.jsonRoot == '[') {
        if (s.hasPath("/*/vulnerabilities") && cliMarkers(s, "/*"))
            return Shape::ProjectArray;
        return std::nullopt;
    }
    if (s.jsonRoot != '{' || s.hasPath("/bomFormat") || s.hasPath("/document"))
        return std::nullopt;
    if (s.hasPath("/vulnerabilities") && cliMarkers(s, ""))
        return Shape::Project;
    if (s.value("/data/type") == "issue" && s.hasPrefix("/data/attributes"))
        return Shape::ApiSingle;
    if (s.hasPath("/data") && !s.hasPath("/data/type") &&
        (s.value("/data/*/type") == "issue" || (s.hasPath("/jsonapi/version") && !s.hasPath("/data/*/type"))))
        return Shape::Api;
    if (s.hasPath("/ok") && s.hasPath("/error") && !s.hasPath("/vulnerabilities"))
        return Shape::CliError;
    return std::nullopt;
}

} // namespace

int SnykImporter::detect(const FeedSniff& sniff) const
{
    const auto shape = shapeOf(sniff);
    if (!shape)
        return 0;
    if (*shape == Shape::CliError)
        return 60;
    if (*shape == Shape::Api && sniff.value("/data/*/type") != "issue")
        return 70; // an empty listing: only the JSON:API envelope says so
    return 90;
}

void SnykImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    const auto shape = shapeOf(sniff);
    if (!shape)
        throw FeedError({}, "not a Snyk report");
    if (*shape == Shape::Api || *shape == Shape::ApiSingle)
        SnykApiParse(sink, *shape == Shape::ApiSingle).run(src);
    else
        SnykCliParse(sink, *shape == Shape::ProjectArray).run(src);
}

} // namespace closeloop
