// SPDX-License-Identifier: GPL-3.0-or-later
#include "snyk_cli_report.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"
#include "record_spool.h"
#include "scope_names.h"
#include "snyk_fields.h"

#include <algorithm>
#include <optional>

namespace closeloop {

using nlohmann::json;
using snyk::severityOf;

namespace {


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
        for (const char* list : {"/vulnerabilities", "/filtered/ignore", "/filtered/patch"}) {
            reader.expectArray(b + list);
            reader.capture(b + list + "/*", [this, app](auto& p, json&& v) { hold(p, v, app); });
        }
    }

    // Mapped now, so that a bad record is refused where it stands; held as the
    // text it was mapped from until the project's name is known, and mapped
    // again then.
    void hold(const JsonRecordReader::Segments& p, const json& v, bool app)
    {
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

} // namespace

void parseSnykCliReport(ByteSource& src, FindingSink& sink, bool array)
{
    SnykCliParse(sink, array).run(src);
}

} // namespace closeloop
