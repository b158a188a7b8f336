// SPDX-License-Identifier: GPL-3.0-or-later
// One GitHub alert, of any kind and in any spelling, into a finding.
#include "github_alert_mapper.h"

#include "feed_error.h"
#include "feed_text.h"
#include "github_fields.h"
#include "json_record_reader.h"

#include <algorithm>

namespace closeloop {

using nlohmann::json;
using github::array;
using github::field;
using github::object;
using github::text;

namespace {

constexpr const char* DependabotTool = GitHubAlertMapper::DependabotTool;
constexpr const char* SecretTool = "GitHub secret scanning";
constexpr const char* CodeScanningTool = "GitHub code scanning";
constexpr const char* UnknownRepository = "(unknown repository)";

// "external/cwe/cwe-022" -> "CWE-22"
std::string cweFromTag(const std::string& tag)
{
    const std::string t = lower(tag);
    const auto at = t.rfind("cwe-");
    if (at == std::string::npos || (at != 0 && t[at - 1] != '/'))
        return {};
    std::string digits = t.substr(at + 4);
    if (!isDigits(digits))
        return {};
    digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
    return "CWE-" + digits;
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

// A code scanning instance's or a secret's location: file and line.
void locate(const json* location, Finding& f)
{
    f.locationFile = text(location, "path");
    if (const auto line = js::num(location ? field(*location, "start_line") : nullptr); line && *line > 0)
        f.locationLine = int(*line);
}

// "false positive: only used in tests (by monalisa)"
void dismissal(
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
void alertState(const json& a, const std::string& action, Finding& f)
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

void fixAdvice(Finding& f, const std::string& patched, const std::string& vulnerableRange)
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

void dependabot(const GitHubAlert& al, Finding& f)
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

void legacyVulnerabilityAlert(const GitHubAlert& al, Finding& f)
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

void graphQlDependabot(const GitHubAlert& al, Finding& f)
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

void codeScanning(const GitHubAlert& al, Finding& f)
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
    locate(object(instance, "location"), f);
    const std::string message = text(object(instance, "message"), "text");
    appendParagraph(f.description, message);
    alertState(a, al.action, f);
}

void secretScanning(const GitHubAlert& al, Finding& f)
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
    locate(object(&a, "first_location_detected"), f);
    f.remediation = "Revoke the secret, remove it from the repository and its history, and issue a new one.";
    const std::string state = lower(text(&a, "state"));
    if (state == "resolved") {
        const std::string resolution = text(&a, "resolution");
        // Revoked is the one resolution that removes the exposure.
        const SourceState s = resolution == "revoked" ? SourceState::Fixed : SourceState::Dismissed;
        dismissal(f, s, resolution, text(&a, "resolution_comment"), text(object(&a, "resolved_by"), "login"));
    }
}

} // namespace

std::string GitHubAlertMapper::repositoryOf(const json& a, const std::string& place)
{
    std::string repo = text(object(&a, "repository"), "full_name");
    if (repo.empty())
        repo = github::repositoryFromUrl(text(&a, "html_url"));
    if (repo.empty())
        repo = github::repositoryFromUrl(text(&a, "url"));
    if (repo.empty())
        throw FeedError(place, "alert names no repository (no repository.full_name, html_url or url)");
    return repo;
}

Finding GitHubAlertMapper::map(const GitHubAlert& al) const
{
    const json& a = *al.a;
    Finding f;
    std::string kind;
    if (m_graphQl) {
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
    return f;
}

} // namespace closeloop
