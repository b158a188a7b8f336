// SPDX-License-Identifier: GPL-3.0-or-later
#include "github_importer.h"

#include "feed_error.h"
#include "json_record_reader.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace closeloop {

using nlohmann::json;

namespace {

enum class Shape { RestList, Webhook, GraphQl };

constexpr const char* DependabotTool = "GitHub Dependabot";
constexpr const char* SecretTool = "GitHub secret scanning";
constexpr const char* CodeScanningTool = "GitHub code scanning";
constexpr const char* UnknownRepository = "(unknown repository)";

// DefectDojo's anonymised exports spell null as "None".
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

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

void addUnique(std::vector<std::string>& list, const std::string& value)
{
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

// "owner/repo" from https://api.github.com/repos/owner/repo/..., a GitHub
// Enterprise https://host/api/v3/repos/owner/repo/..., or an html_url such
// as https://github.com/owner/repo/security/dependabot/20.
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

// "external/cwe/cwe-022" -> "CWE-22"
std::string cweFromTag(const std::string& tag)
{
    const std::string t = lower(tag);
    const auto at = t.rfind("cwe-");
    if (at == std::string::npos || (at != 0 && t[at - 1] != '/'))
        return {};
    std::string digits = t.substr(at + 4);
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); }))
        return {};
    digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
    return "CWE-" + digits;
}

// CVE ids inside a rule id such as "ANCHOREVULN_CVE-2020-27218_java-archive_...".
void cvesIn(const std::string& s, std::vector<std::string>& out)
{
    for (auto at = s.find("CVE-"); at != std::string::npos; at = s.find("CVE-", at + 4)) {
        std::size_t i = at + 4, year = 0, seq = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i, ++year;
        if (year != 4 || i >= s.size() || s[i] != '-')
            continue;
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i, ++seq;
        if (seq >= 4)
            addUnique(out, s.substr(at, i - at));
    }
}

// Redacts the credential in a secret scanning alert before it is stored.
std::string redactedSecret(const std::string& secret)
{
    const std::size_t keep = std::min<std::size_t>(4, secret.size() / 2);
    return secret.substr(0, keep) + std::string(std::min<std::size_t>(secret.size() - keep, 16), '*');
}

// A package URL from GitHub's ecosystem name ("npm", GraphQL's "MAVEN"), so
// the ecosystem is kept and matches what SBOM and scanner feeds say; empty
// for ecosystems without an agreed purl type.
std::string purlFor(const std::string& ecosystem, const std::string& name, const std::string& version)
{
    static const std::pair<const char*, const char*> types[] = {
        {"npm", "npm"},
        {"pip", "pypi"},
        {"maven", "maven"},
        {"nuget", "nuget"},
        {"rubygems", "gem"},
        {"composer", "composer"},
        {"go", "golang"},
        {"rust", "cargo"},
        {"pub", "pub"},
        {"erlang", "hex"},
        {"swift", "swift"},
    };
    const std::string eco = lower(ecosystem);
    const char* type = nullptr;
    for (const auto& [github, purl] : types) {
        if (eco == github)
            type = purl;
    }
    if (!type || name.empty())
        return {};
    std::string path = name;
    if (eco == "maven")
        std::replace(path.begin(), path.end(), ':', '/'); // group:artifact
    if (eco == "npm" && path.front() == '@')
        path = "%40" + path.substr(1); // @scope/name
    if (eco == "pip") {
        path = lower(path);
        std::replace(path.begin(), path.end(), '_', '-');
    }
    return "pkg:" + std::string(type) + '/' + path + (version.empty() ? "" : '@' + version);
}

Severity severityWord(const std::string& word, const std::string& place)
{
    const auto s = severityFromWord(word);
    if (!s)
        throw FeedError(place, "unknown severity \"" + word + "\"");
    return *s;
}

// The highest-version CVSS rating with a score: GitHub reports a score of 0
// and a null vector for a version the advisory has no rating in.
void cvssOf(const json* adv, Finding& f)
{
    if (!adv)
        return;
    const json* severities = object(adv, "cvss_severities");
    if (!severities)
        severities = object(adv, "cvssSeverities");
    std::vector<const json*> candidates = {object(severities, "cvss_v4"), object(severities, "cvssV4"),
        object(severities, "cvss_v3"), object(severities, "cvssV3"), object(adv, "cvss")};
    for (const json* c : candidates) {
        if (!c)
            continue;
        const auto score = js::num(field(*c, "score"));
        std::string vector = text(c, "vector_string");
        if (vector.empty())
            vector = text(c, "vectorString");
        if (score && (*score > 0 || !vector.empty())) {
            f.cvssScore = score;
            f.cvssVector = vector;
            return;
        }
    }
}

void epssOf(const json* adv, Finding& f)
{
    const json* e = adv ? field(*adv, "epss") : nullptr;
    if (e && e->is_array())
        e = e->empty() ? nullptr : &e->front();
    if (!e || !e->is_object())
        return;
    const auto p = js::num(field(*e, "percentage"));
    if (p && *p >= 0 && *p <= 1)
        f.epss = p;
}

void referencesOf(const json* adv, Finding& f)
{
    if (const json* refs = array(adv, "references")) {
        for (const auto& r : *refs)
            addUnique(f.references, r.is_string() ? r.get<std::string>() : text(&r, "url"));
    }
    addUnique(f.references, text(adv, "permalink"));
}

struct Alert
{
    const json* a = nullptr;
    std::string place;
    std::string repository;
    std::string action; // webhook only
};

class GitHubParse
{
public:
    GitHubParse(FindingSink& sink, Shape shape)
        : m_sink(sink)
        , m_shape(shape)
    {
    }

    void run(ByteSource& src)
    {
        JsonRecordReader reader;
        switch (m_shape) {
        case Shape::RestList:
            reader.capture("/*", [this](auto& p, json&& v) { listed({&v, JsonRecordReader::pointer(p), {}, {}}); });
            break;
        case Shape::Webhook:
            // One small payload about one alert: read it whole.
            reader.capture("", [this](auto&, json&& v) { webhook(v); });
            break;
        case Shape::GraphQl:
            graphQlPatterns(reader);
            break;
        }
        reader.run(src);
        if (m_tools.size() == 1)
            m_sink.setTool(*m_tools.begin(), m_toolVersion);
        else if (m_tools.empty())
            m_sink.setTool(m_shape == Shape::GraphQl ? DependabotTool : "GitHub", {});
        else
            m_sink.setTool("GitHub", {});
    }

private:
    // --- shapes -------------------------------------------------------------

    void listed(const Alert& in)
    {
        if (!in.a->is_object())
            throw FeedError(in.place, "expected an alert object");
        Alert al = in;
        al.repository = repositoryOf(*in.a, in.place);
        Finding f = map(al);
        cover(f.tool, al.repository);
        m_sink.addFinding(std::move(f));
    }

    void webhook(const json& doc)
    {
        const json* alert = object(&doc, "alert");
        if (!alert)
            throw FeedError("/alert", "webhook payload without an alert object");
        Alert al{alert, "/alert", text(object(&doc, "repository"), "full_name"), text(&doc, "action")};
        if (al.repository.empty())
            al.repository = repositoryOf(*alert, "/alert");
        m_sink.addFinding(map(al)); // a single alert's news covers no scope
    }

    struct RepoContext
    {
        std::string nameWithOwner, name, owner, url;
        bool alertsSeen = false;
        bool hasNextPage = false;
        std::vector<std::pair<std::string, json>> nodes;
    };

    void graphQlPatterns(JsonRecordReader& reader)
    {
        static const char* const containers[] = {
            "/data/repository",
            "/data/search/nodes/*",
            "/data/search/edges/*/node",
            "/data/organization/repositories/nodes/*",
            "/data/organization/repositories/edges/*/node",
            "/data/viewer/repositories/nodes/*",
            "/data/user/repositories/nodes/*",
            "/data/nodes/*",
            "/data/node",
        };
        for (const std::string c : containers) {
            reader.capture(c + "/nameWithOwner", [this](auto&, json&& v) { m_repo.nameWithOwner = js::str(&v); });
            reader.capture(c + "/name", [this](auto&, json&& v) { m_repo.name = js::str(&v); });
            reader.capture(c + "/owner/login", [this](auto&, json&& v) { m_repo.owner = js::str(&v); });
            reader.capture(c + "/url", [this](auto&, json&& v) { m_repo.url = js::str(&v); });
            // The repository's name may follow its alerts: hold them until the
            // repository object ends (one page of alerts at most).
            for (const char* nodes : {"/vulnerabilityAlerts/nodes/*", "/vulnerabilityAlerts/edges/*/node"}) {
                reader.capture(c + nodes, [this](auto& p, json&& v) {
                    m_repo.nodes.emplace_back(JsonRecordReader::pointer(p), std::move(v));
                });
            }
            reader.capture(c + "/vulnerabilityAlerts/pageInfo/hasNextPage",
                [this](auto&, json&& v) { m_repo.hasNextPage = v.is_boolean() && v.get<bool>(); });
            reader.onEnd(c + "/vulnerabilityAlerts", [this](auto&) { m_repo.alertsSeen = true; });
            reader.onEnd(c, [this](auto&) { graphQlRepositoryEnd(); });
        }
    }

    void graphQlRepositoryEnd()
    {
        RepoContext repo = std::move(m_repo);
        m_repo = {};
        std::string name = repo.nameWithOwner;
        if (name.empty() && !repo.owner.empty() && !repo.name.empty())
            name = repo.owner + '/' + repo.name;
        if (name.empty())
            name = repositoryFromUrl(repo.url);
        if (name.empty())
            name = repo.name; // all the query asked for
        // Only a complete connection says which alerts are gone.
        const bool complete = repo.alertsSeen && !repo.hasNextPage;
        if (complete && !name.empty())
            cover(DependabotTool, name);
        for (const auto& [place, node] : repo.nodes) {
            if (!node.is_object())
                throw FeedError(place, "expected an alert object");
            Alert al{&node, place, name, {}};
            const std::string own = text(object(&node, "repository"), "nameWithOwner");
            if (!own.empty()) {
                al.repository = own;
                if (complete)
                    cover(DependabotTool, own);
            }
            m_sink.addFinding(map(al));
        }
    }

    // --- one alert ----------------------------------------------------------

    static std::string repositoryOf(const json& a, const std::string& place)
    {
        std::string repo = text(object(&a, "repository"), "full_name");
        if (repo.empty())
            repo = repositoryFromUrl(text(&a, "html_url"));
        if (repo.empty())
            repo = repositoryFromUrl(text(&a, "url"));
        if (repo.empty())
            throw FeedError(place, "alert names no repository (no repository.full_name, html_url or url)");
        return repo;
    }

    Finding map(const Alert& al)
    {
        const json& a = *al.a;
        Finding f;
        std::string kind;
        if (m_shape == Shape::GraphQl) {
            kind = "dependabot";
            graphQlDependabot(al, f);
        } else if (field(a, "secret_type")) {
            kind = "secret-scanning";
            secretScanning(al, f);
        } else if (object(&a, "rule")) {
            kind = "code-scanning";
            codeScanning(al, f);
        } else if (object(&a, "security_advisory") || object(&a, "dependency") ||
            object(&a, "security_vulnerability")) {
            kind = "dependabot";
            dependabot(al, f);
        } else if (field(a, "affected_package_name") || field(a, "external_identifier")) {
            kind = "dependabot";
            legacyVulnerabilityAlert(al, f);
        } else {
            throw FeedError(al.place, "not a Dependabot, code scanning or secret scanning alert");
        }

        std::string identity = text(&a, "number");
        if (identity.empty())
            identity = text(&a, "id"); // GraphQL node id, legacy alert id
        if (identity.empty())
            throw FeedError(al.place + "/number", "alert without number or id");

        f.scopeTarget = al.repository.empty() ? std::string(UnknownRepository) : al.repository;
        f.asset = f.scopeTarget;
        f.assetKind = AssetKind::Repository;
        addUnique(f.references, text(&a, "html_url"));
        if (f.firstSeenInFeed.empty())
            f.firstSeenInFeed = text(&a, "created_at");
        if (f.title.empty())
            f.title = f.ruleId + (f.package.empty() ? "" : " in " + f.package);
        if (kind == "secret-scanning") {
            json copy = a;
            if (copy.contains("secret") && copy["secret"].is_string())
                copy["secret"] = redactedSecret(copy["secret"].get<std::string>());
            f.raw = copy.dump();
        } else {
            f.raw = a.dump();
        }
        f.fingerprintFamily = "github";
        f.fingerprintInputs = {{"repository", f.scopeTarget}, {"kind", kind}, {"alert", identity}, {"rule", f.ruleId}};
        m_tools.insert(f.tool);
        m_toolVersion = f.toolVersion;
        return f;
    }

    void cover(const std::string& tool, const std::string& repository)
    {
        if (m_covered.insert({tool, repository}).second)
            m_sink.coverScope({tool, repository});
    }

    // "false positive: only used in tests (by monalisa)"
    static void dismissal(
        Finding& f, SourceState state, const std::string& reason, const std::string& comment, const std::string& by)
    {
        f.sourceState = state;
        std::string r = reason;
        if (!comment.empty())
            r += (r.empty() ? "" : ": ") + comment;
        if (!by.empty())
            r += (r.empty() ? "" : " ") + ("(by " + by + ")");
        f.sourceStateReason = r;
    }

    // Alert states that are not listed here (GitHub adds some now and then)
    // read as open: the alert exists, and nothing says it was closed.
    static void alertState(const json& a, const std::string& action, Finding& f)
    {
        std::string state = lower(text(&a, "state"));
        if (state.empty() && action == "dismiss")
            state = "dismissed";
        if (state.empty() && action == "resolve")
            state = "fixed";
        const std::string by = text(object(&a, "dismissed_by"), "login");
        if (state == "dismissed") {
            std::string reason = text(&a, "dismissed_reason");
            if (reason.empty())
                reason = text(&a, "dismiss_reason"); // legacy and GraphQL spellings
            if (reason.empty())
                reason = text(&a, "dismissReason");
            std::string comment = text(&a, "dismissed_comment");
            if (comment.empty())
                comment = text(&a, "dismissComment");
            dismissal(f, SourceState::Dismissed, reason, comment, by);
        } else if (state == "auto_dismissed") {
            dismissal(f, SourceState::Dismissed, "auto-dismissed by a Dependabot rule", {}, {});
        } else if (state == "fixed" || state == "closed") {
            dismissal(f, SourceState::Fixed, text(&a, "fix_reason"), {}, {});
        }
    }

    void dependabot(const Alert& al, Finding& f)
    {
        const json& a = *al.a;
        const json* adv = object(&a, "security_advisory");
        const json* vuln = object(&a, "security_vulnerability");
        const json* dep = object(&a, "dependency");
        f.tool = DependabotTool;
        f.ruleId = text(adv, "ghsa_id");
        if (f.ruleId.empty())
            f.ruleId = text(adv, "cve_id");
        if (f.ruleId.empty())
            throw FeedError(al.place + "/security_advisory/ghsa_id", "Dependabot alert without an advisory id");
        addUnique(f.cves, text(adv, "cve_id"));
        if (const json* ids = array(adv, "identifiers")) {
            for (const auto& id : *ids) {
                if (text(&id, "type") == "CVE")
                    addUnique(f.cves, text(&id, "value"));
            }
        }
        if (const json* cwes = array(adv, "cwes")) {
            for (const auto& c : *cwes)
                addUnique(f.cwes, text(&c, "cwe_id"));
        }
        f.title = text(adv, "summary");
        f.description = text(adv, "description");
        if (const std::string word = text(adv, "severity"); !word.empty())
            f.severity = severityWord(word, al.place + "/security_advisory/severity");
        else if (const std::string vword = text(vuln, "severity"); !vword.empty())
            f.severity = severityWord(vword, al.place + "/security_vulnerability/severity");
        cvssOf(adv, f);
        if (f.severity == Severity::Unknown && f.cvssScore)
            f.severity = severityFromCvss(*f.cvssScore);
        epssOf(adv, f);
        const json* pkg = object(dep, "package");
        if (!pkg)
            pkg = object(vuln, "package");
        f.package = text(pkg, "name");
        f.purl = purlFor(text(pkg, "ecosystem"), f.package, {});
        f.locationFile = text(dep, "manifest_path");
        fixAdvice(f, text(object(vuln, "first_patched_version"), "identifier"), text(vuln, "vulnerable_version_range"));
        referencesOf(adv, f);
        alertState(a, al.action, f);
    }

    void legacyVulnerabilityAlert(const Alert& al, Finding& f)
    {
        const json& a = *al.a;
        f.tool = DependabotTool;
        f.ruleId = text(&a, "ghsa_id");
        const std::string external = text(&a, "external_identifier");
        if (f.ruleId.empty())
            f.ruleId = external;
        if (f.ruleId.empty())
            throw FeedError(al.place + "/ghsa_id", "vulnerability alert without an advisory id");
        if (startsWith(external, "CVE-"))
            f.cves.push_back(external);
        if (const std::string word = text(&a, "severity"); !word.empty())
            f.severity = severityWord(word, al.place + "/severity");
        f.package = text(&a, "affected_package_name");
        fixAdvice(f, text(&a, "fixed_in"), text(&a, "affected_range"));
        addUnique(f.references, text(&a, "external_reference"));
        alertState(a, al.action, f);
        if (f.sourceState == SourceState::Dismissed && f.sourceStateReason.empty())
            f.sourceStateReason = text(object(&a, "dismisser"), "login");
    }

    void graphQlDependabot(const Alert& al, Finding& f)
    {
        const json& a = *al.a;
        const json* sv = object(&a, "securityVulnerability");
        const json* adv = object(sv, "advisory");
        if (!adv)
            adv = object(&a, "securityAdvisory");
        if (!sv && !adv)
            throw FeedError(al.place + "/securityVulnerability", "vulnerability alert without securityVulnerability");
        f.tool = DependabotTool;
        f.ruleId = text(adv, "ghsaId");
        std::string cve;
        if (const json* ids = array(adv, "identifiers")) {
            for (const auto& id : *ids) {
                const std::string type = text(&id, "type");
                if (type == "GHSA" && f.ruleId.empty())
                    f.ruleId = text(&id, "value");
                if (type == "CVE") {
                    addUnique(f.cves, text(&id, "value"));
                    if (cve.empty())
                        cve = text(&id, "value");
                }
            }
        }
        if (f.ruleId.empty())
            f.ruleId = cve;
        if (f.ruleId.empty())
            throw FeedError(al.place + "/securityVulnerability/advisory/identifiers",
                "vulnerability alert without a GHSA or CVE identifier");
        if (const json* cwes = object(adv, "cwes")) {
            if (const json* nodes = array(cwes, "nodes")) {
                for (const auto& c : *nodes)
                    addUnique(f.cwes, text(&c, "cweId"));
            }
            if (const json* edges = array(cwes, "edges")) {
                for (const auto& e : *edges)
                    addUnique(f.cwes, text(object(&e, "node"), "cweId"));
            }
        }
        f.title = text(adv, "summary");
        f.description = text(adv, "description");
        std::string word = text(sv, "severity");
        std::string place = al.place + "/securityVulnerability/severity";
        if (word.empty()) {
            word = text(adv, "severity");
            place = al.place + "/securityVulnerability/advisory/severity";
        }
        if (!word.empty())
            f.severity = severityWord(word, place);
        cvssOf(adv, f);
        if (f.severity == Severity::Unknown && f.cvssScore)
            f.severity = severityFromCvss(*f.cvssScore);
        epssOf(adv, f);
        f.package = text(object(sv, "package"), "name");
        f.locationFile = text(&a, "vulnerableManifestPath");
        // "= 1.2.17" pins the installed version; a range says nothing exact.
        const std::string requirement = text(&a, "vulnerableRequirements");
        if (startsWith(requirement, "= "))
            f.packageVersion = requirement.substr(2);
        f.purl = purlFor(text(object(sv, "package"), "ecosystem"), f.package, f.packageVersion);
        fixAdvice(f, text(object(sv, "firstPatchedVersion"), "identifier"), text(sv, "vulnerableVersionRange"));
        referencesOf(adv, f);
        f.firstSeenInFeed = text(&a, "createdAt");
        alertState(a, {}, f);
    }

    static void fixAdvice(Finding& f, const std::string& patched, const std::string& vulnerableRange)
    {
        f.fixVersion = patched;
        if (!patched.empty())
            f.remediation = "Upgrade " + (f.package.empty() ? std::string("the dependency") : f.package) + " to " +
                patched + " or later";
        else if (!vulnerableRange.empty())
            f.remediation = "No patched version yet";
        if (!vulnerableRange.empty())
            f.remediation += " (vulnerable: " + vulnerableRange + ")";
    }

    void codeScanning(const Alert& al, Finding& f)
    {
        const json& a = *al.a;
        const json* rule = object(&a, "rule");
        const json* tool = object(&a, "tool");
        const std::string analyzer = text(tool, "name");
        f.tool =
            analyzer.empty() ? std::string(CodeScanningTool) : std::string(CodeScanningTool) + " (" + analyzer + ")";
        f.toolVersion = text(tool, "version");
        f.ruleId = text(rule, "id");
        if (f.ruleId.empty())
            throw FeedError(al.place + "/rule/id", "code scanning alert without a rule id");
        cvesIn(f.ruleId, f.cves);
        if (const json* tags = array(rule, "tags")) {
            for (const auto& t : *tags)
                addUnique(f.cwes, cweFromTag(js::str(&t)));
        }
        f.title = text(rule, "description");
        if (f.title.empty())
            f.title = text(rule, "name");
        f.description = text(rule, "full_description");
        if (const std::string word = text(rule, "security_severity_level"); !word.empty())
            f.severity = severityWord(word, al.place + "/rule/security_severity_level");
        else if (const std::string sword = text(rule, "severity"); !sword.empty())
            f.severity = severityWord(sword, al.place + "/rule/severity");
        f.remediation = text(rule, "help");

        const json* instance = object(&a, "most_recent_instance");
        if (!instance) {
            const json* instances = array(&a, "instances");
            if (instances && !instances->empty() && instances->front().is_object())
                instance = &instances->front();
        }
        const json* location = object(instance, "location");
        f.locationFile = text(location, "path");
        if (const auto line = js::num(location ? field(*location, "start_line") : nullptr); line && *line > 0)
            f.locationLine = int(*line);
        const std::string message = text(object(instance, "message"), "text");
        if (!message.empty())
            f.description += (f.description.empty() ? "" : "\n\n") + message;
        alertState(a, al.action, f);
    }

    void secretScanning(const Alert& al, Finding& f)
    {
        const json& a = *al.a;
        f.tool = SecretTool;
        f.ruleId = text(&a, "secret_type");
        const std::string display = text(&a, "secret_type_display_name");
        f.title = "Secret: " + (display.empty() ? f.ruleId : display);
        // GitHub gives secret alerts no severity. A leaked credential can be
        // used as it is, by anyone who reads the repository, so it is rated
        // High, as exploitable findings are, until someone says otherwise.
        f.severity = Severity::High;
        std::string d = "Secret type: " + (display.empty() ? f.ruleId : display + " (" + f.ruleId + ")");
        if (const std::string validity = text(&a, "validity"); !validity.empty())
            d += "\nValidity: " + validity;
        if (const json* leaked = field(a, "publicly_leaked"); leaked && leaked->is_boolean() && leaked->get<bool>())
            d += "\nPublicly leaked";
        if (const json* multi = field(a, "multi_repo"); multi && multi->is_boolean() && multi->get<bool>())
            d += "\nAlso found in other repositories";
        if (const json* bypass = field(a, "push_protection_bypassed");
            bypass && bypass->is_boolean() && bypass->get<bool>()) {
            const std::string by = text(object(&a, "push_protection_bypassed_by"), "login");
            d += "\nPush protection was bypassed" + (by.empty() ? std::string() : " by " + by);
        }
        f.description = d;
        const json* location = object(&a, "first_location_detected");
        f.locationFile = text(location, "path");
        if (const auto line = js::num(location ? field(*location, "start_line") : nullptr); line && *line > 0)
            f.locationLine = int(*line);
        f.remediation = "Revoke the secret, remove it from the repository and its history, and issue a new one.";
        const std::string state = lower(text(&a, "state"));
        if (state == "resolved") {
            const std::string resolution = text(&a, "resolution");
            // Revoked is the one resolution that removes the exposure.
            const SourceState s = resolution == "revoked" ? SourceState::Fixed : SourceState::Dismissed;
            dismissal(f, s, resolution, text(&a, "resolution_comment"), text(object(&a, "resolved_by"), "login"));
        }
    }

    FindingSink& m_sink;
    Shape m_shape;
    RepoContext m_repo;
    std::set<std::pair<std::string, std::string>> m_covered;
    std::set<std::string> m_tools;
    std::string m_toolVersion;
};

bool hasGraphQlAlerts(const FeedSniff& s)
{
    for (auto it = s.paths.lower_bound("/data/"); it != s.paths.end() && startsWith(*it, "/data/"); ++it) {
        if (it->find("/vulnerabilityAlerts") != std::string::npos)
            return true;
    }
    return false;
}

// What an alert object at `base` looks like in the sniff: 2 for a GitHub
// alert URL, 1 for the structure alone, 0 when it is not an alert.
int alertEvidence(const FeedSniff& s, const std::string& base)
{
    const bool identified = s.hasPath(base + "/number") || s.hasPath(base + "/id");
    const bool kind = s.hasPath(base + "/secret_type") || s.hasPath(base + "/rule/id") ||
        s.hasPrefix(base + "/security_advisory/") || s.hasPrefix(base + "/dependency/") ||
        s.hasPath(base + "/affected_package_name");
    if (!identified || !kind)
        return 0;
    const std::string url = s.value(base + "/html_url");
    for (const char* part : {"/security/code-scanning/", "/security/dependabot/", "/security/secret-scanning/"}) {
        if (url.find(part) != std::string::npos)
            return 2;
    }
    return 1;
}

std::optional<Shape> shapeOf(const FeedSniff& s)
{
    if (s.kind != FeedSniff::Kind::Json)
        return std::nullopt;
    if (s.jsonRoot == '[' && alertEvidence(s, "/*") > 0)
        return Shape::RestList;
    if (s.jsonRoot == '{') {
        if (s.hasPath("/action") && alertEvidence(s, "/alert") > 0)
            return Shape::Webhook;
        if (hasGraphQlAlerts(s))
            return Shape::GraphQl;
    }
    return std::nullopt;
}

} // namespace

int GitHubAlertsImporter::detect(const FeedSniff& sniff) const
{
    const auto shape = shapeOf(sniff);
    if (!shape)
        return 0;
    switch (*shape) {
    case Shape::RestList:
        return alertEvidence(sniff, "/*") == 2 ? 90 : 75;
    case Shape::Webhook:
        return sniff.hasPath("/repository/full_name") || alertEvidence(sniff, "/alert") == 2 ? 90 : 75;
    case Shape::GraphQl:
        return 90;
    }
    return 0;
}

void GitHubAlertsImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    const auto shape = shapeOf(sniff);
    if (!shape)
        throw FeedError({}, "not a GitHub alerts document");
    GitHubParse(sink, *shape).run(src);
}

} // namespace closeloop
