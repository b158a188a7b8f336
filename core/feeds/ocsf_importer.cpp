// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocsf_importer.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"

#include <algorithm>
#include <set>

namespace closeloop {

using nlohmann::json;

namespace {

constexpr int SecurityFinding = 2001;
constexpr int VulnerabilityFinding = 2002;
constexpr int DetectionFinding = 2004;

bool supportedClass(const std::string& value)
{
    return value == "2001" || value == "2002" || value == "2004";
}

// Array of events, or one event object.
std::optional<bool> isArrayShape(const FeedSniff& s)
{
    if (s.kind != FeedSniff::Kind::Json)
        return std::nullopt;
    const std::string at = s.jsonRoot == '[' ? "/*" : s.jsonRoot == '{' ? "" : "-";
    if (at == "-" || !supportedClass(s.value(at + "/class_uid")))
        return std::nullopt;
    if (!s.hasPath(at + "/finding_info") && !s.hasPath(at + "/finding"))
        return std::nullopt;
    return s.jsonRoot == '[';
}

// A paragraph that is not there yet: OCSF producers repeat the same text in
// several fields.
void appendNewParagraph(std::string& text, const std::string& paragraph)
{
    if (text.find(paragraph) == std::string::npos)
        appendParagraph(text, paragraph);
}

using js::optArray;
using js::optInteger;
using js::optObject;

Severity severityOf(const json& e, const std::string& place)
{
    if (const auto id = optInteger(e, "severity_id", place)) {
        switch (*id) {
        case 0:
            return Severity::Unknown;
        case 1:
            return Severity::Info;
        case 2:
            return Severity::Low;
        case 3:
            return Severity::Medium;
        case 4:
            return Severity::High;
        case 5:
        case 6: // Fatal
            return Severity::Critical;
        case 99:
            break; // Other: the word says what the producer meant
        default:
            throw FeedError(place + "/severity_id", "unknown severity_id " + std::to_string(*id));
        }
    }
    const std::string word = js::str(e, "severity");
    if (word.empty() || word == "Other")
        return Severity::Unknown;
    if (word == "Fatal")
        return Severity::Critical;
    const auto s = severityFromWord(word);
    if (!s)
        throw FeedError(place + "/severity", "unknown severity \"" + word + "\"");
    return *s;
}

// Prowler leaves "<prowler_version>", "<finding_uid>" ... in sample output.
bool isPlaceholder(const std::string& s)
{
    return s.size() > 2 && s.front() == '<' && s.back() == '>';
}

class OcsfParse
{
public:
    explicit OcsfParse(FindingSink& sink)
        : m_sink(sink)
    {
    }

    void run(ByteSource& src, bool array)
    {
        JsonRecordReader reader;
        // One event at a time; a single-object document is one small event.
        reader.capture(array ? "/*" : "", [this](auto& p, json&& v) { event(JsonRecordReader::pointer(p), v); });
        reader.run(src);
        const std::string tools = join(m_tools, ", ");
        m_sink.setTool(tools.empty() ? std::string("OCSF") : tools, m_tools.size() == 1 ? m_version : std::string());
        for (const auto& s : m_scopes)
            m_sink.coverScope(s);
    }

private:
    void event(const std::string& place, const json& e)
    {
        if (!e.is_object())
            throw FeedError(place, "expected an OCSF event object");
        const auto cls = optInteger(e, "class_uid", place);
        if (!cls)
            throw FeedError(place, "event without class_uid");
        if (*cls != SecurityFinding && *cls != VulnerabilityFinding && *cls != DetectionFinding)
            throw FeedError(place + "/class_uid", "unsupported OCSF class " + std::to_string(*cls) +
                                                      " (supported: 2001 Security, 2002 Vulnerability, 2004 Detection Finding)");
        const bool legacy = *cls == SecurityFinding;
        const std::string infoKey = legacy ? "finding" : "finding_info";
        const json* info = optObject(e, infoKey, place);
        if (!info)
            throw FeedError(place, "finding event without " + infoKey);
        const std::string infoPlace = place + '/' + infoKey;

        const json* metadata = optObject(e, "metadata", place);
        const json* product = metadata ? optObject(*metadata, "product", place + "/metadata") : nullptr;
        std::string tool = product ? js::str(*product, "name") : std::string();
        if (tool.empty() && product)
            tool = js::str(*product, "vendor_name");
        if (tool.empty())
            tool = "OCSF";
        std::string version = product ? js::str(*product, "version") : std::string();
        if (isPlaceholder(version))
            version.clear();
        const bool prowler = tool == "Prowler";

        Finding out;
        out.tool = tool;
        out.toolVersion = version;
        m_tools.insert(tool);
        if (!version.empty())
            m_version = version;

        const json* resource = firstResource(e, place);
        const bool covered = scope(e, resource, place, out);
        if (covered)
            m_scopes.insert({out.tool, out.scopeTarget});

        const std::string statusCode = js::str(e, "status_code");
        if (statusCode == "PASS" || statusCode == "MANUAL")
            return;

        const std::string uid = js::str(*info, "uid");
        if (uid.empty())
            throw FeedError(infoPlace, "finding without uid");
        out.title = js::str(*info, "title");
        out.description = js::str(*info, "desc");
        appendNewParagraph(out.description, js::str(e, "message"));
        appendNewParagraph(out.description, js::str(e, "status_detail"));
        appendNewParagraph(out.description, js::str(e, "risk_details"));
        out.severity = severityOf(e, place);
        out.firstSeenInFeed = js::str(*info, "first_seen_time_dt");
        if (const auto c = optInteger(e, "confidence_id", place))
            out.confidence = *c == 1 ? "low" : *c == 2 ? "medium" : *c == 3 ? "high" : "";
        addUnique(out.references, js::str(*info, "src_url"));

        if (resource) {
            out.asset = js::str(*resource, "uid");
            if (out.asset.empty())
                out.asset = js::str(*resource, "name");
            out.assetKind = js::find(*resource, "namespace") ? AssetKind::Cluster : AssetKind::CloudResource;
        }
        if (out.asset.empty()) {
            if (const json* device = optObject(e, "device", place)) {
                for (const char* key : {"hostname", "name", "uid", "ip"}) {
                    if (out.asset.empty())
                        out.asset = js::str(*device, key);
                }
                out.assetKind = AssetKind::Host;
            }
        }

        remediation(e, place, out);
        if (const json* r = optObject(*info, "remediation", infoPlace))
            remediationObject(*r, out);
        vulnerabilities(e, place, out);
        if (prowler)
            prowlerExtras(e, out);

        std::string rule = metadata ? js::str(*metadata, "event_code") : std::string();
        if (!out.cves.empty())
            rule = out.cves.front();
        if (rule.empty())
            rule = js::strAt(*info, {"analytic", "uid"});
        if (rule.empty())
            rule = js::strAt(*info, {"analytic", "name"});
        if (rule.empty() && !out.ruleId.empty())
            rule = out.ruleId; // a vulnerability's CWE or title
        if (rule.empty())
            rule = out.title;
        out.ruleId = rule;
        if (out.title.empty())
            out.title = out.ruleId;
        if (out.ruleId.empty())
            throw FeedError(infoPlace, "finding without title");
        if (out.severity == Severity::Unknown && out.cvssScore)
            out.severity = severityFromCvss(*out.cvssScore);

        if (const json* types = optArray(*info, "types", infoPlace)) {
            std::string list;
            for (const auto& t : *types)
                list += (list.empty() ? "" : ", ") + js::str(&t);
            if (!list.empty())
                appendNewParagraph(out.description, "Types: " + list);
        }

        state(e, legacy, place, out);
        out.raw = e.dump();
        if (prowler) {
            out.fingerprintFamily = "prowler";
            out.fingerprintInputs = {{"scope", out.scopeTarget},
                                     {"check", metadata ? js::str(*metadata, "event_code") : std::string()},
                                     {"uid", uid}};
        } else {
            out.fingerprintFamily = "ocsf";
            out.fingerprintInputs = {{"product", tool}, {"uid", uid}};
        }
        m_sink.addFinding(std::move(out));
    }

    static const json* firstResource(const json& e, const std::string& place)
    {
        const json* r = nullptr;
        std::string rplace;
        if (const json* list = optArray(e, "resources", place); list && !list->empty()) {
            r = &(*list)[0];
            rplace = place + "/resources/0";
        } else if (const json* single = js::find(e, "resource"); single && !single->is_null()) {
            r = single;
            rplace = place + "/resource";
        }
        if (r && !r->is_object())
            throw FeedError(rplace, "expected an object");
        return r;
    }

    // Returns whether the event names what was scanned.
    static bool scope(const json& e, const json* resource, const std::string& place, Finding& out)
    {
        if (const json* cloud = optObject(e, "cloud", place)) {
            std::string account = js::strAt(*cloud, {"account", "uid"});
            if (account.empty())
                account = js::str(*cloud, "project_uid"); // GCP
            if (account.empty())
                account = js::str(*cloud, "account_uid"); // OCSF 1.0
            const std::string region = js::str(*cloud, "region");
            if (!account.empty()) {
                out.scopeTarget = region.empty() ? account : account + '/' + region;
                return true;
            }
        }
        if (resource) {
            const std::string ns = js::str(*resource, "namespace");
            if (!ns.empty()) {
                out.scopeTarget = "kubernetes:" + ns;
                return true;
            }
        }
        if (const json* device = optObject(e, "device", place)) {
            for (const char* key : {"hostname", "name", "uid"}) {
                if (!js::str(*device, key).empty()) {
                    out.scopeTarget = js::str(*device, key);
                    return true;
                }
            }
        }
        if (resource && !js::str(*resource, "uid").empty()) {
            out.scopeTarget = js::str(*resource, "uid");
            return true;
        }
        out.scopeTarget = "(unscoped)";
        return false;
    }

    static void remediationObject(const json& r, Finding& out)
    {
        std::string text = js::str(r, "desc");
        if (const json* refs = js::find(r, "references"); refs && refs->is_array()) {
            // Prowler mixes commands ("aws accessanalyzer create-analyzer ...") into references.
            for (const auto& ref : *refs) {
                const std::string s = js::str(&ref);
                if (isWebUrl(s))
                    addUnique(out.references, s);
                else
                    appendLine(text, s);
            }
        }
        for (const char* key : {"kb_article_list", "kb_articles"}) {
            const json* kbs = js::find(r, key);
            if (!kbs || !kbs->is_array())
                continue;
            for (const auto& kb : *kbs) {
                if (kb.is_string())
                    text += (text.empty() ? "" : "\n") + kb.get<std::string>();
                else
                    addUnique(out.references, js::str(kb, "src_url"));
            }
        }
        appendNewParagraph(out.remediation, text);
    }

    static void remediation(const json& e, const std::string& place, Finding& out)
    {
        if (const json* r = optObject(e, "remediation", place))
            remediationObject(*r, out);
    }

    static void cvssOf(const json* cvss, Finding& out)
    {
        if (!cvss)
            return;
        // OCSF 1.0 wrote one cvss object; 1.1 made it an array.
        std::vector<const json*> list;
        if (cvss->is_object())
            list.push_back(cvss);
        else if (cvss->is_array())
            for (const auto& c : *cvss)
                list.push_back(&c);
        double bestVersion = -1;
        for (const json* c : list) {
            const auto score = js::num(*c, "base_score");
            if (!score)
                continue;
            const double version = js::num(*c, "version").value_or(0);
            if (version > bestVersion) {
                bestVersion = version;
                out.cvssScore = score;
                out.cvssVector = js::str(*c, "vector_string");
            }
        }
    }

    static void cwe(const json* c, Finding& out)
    {
        addUnique(out.cwes, cweId(c && c->is_object() ? js::str(*c, "uid") : js::str(c)));
    }

    static void vulnerabilities(const json& e, const std::string& place, Finding& out)
    {
        const json* vulns = optArray(e, "vulnerabilities", place);
        if (!vulns)
            return;
        for (std::size_t i = 0; i < vulns->size(); ++i) {
            const json& v = (*vulns)[i];
            const std::string vplace = place + "/vulnerabilities/" + std::to_string(i);
            if (!v.is_object())
                throw FeedError(vplace, "expected an object");
            const json* cve = optObject(v, "cve", vplace);
            if (cve) {
                const std::string id = js::str(*cve, "uid");
                if (id.empty())
                    throw FeedError(vplace + "/cve", "cve without uid");
                addUnique(out.cves, id);
                if (!out.cvssScore)
                    cvssOf(js::find(*cve, "cvss"), out);
                if (const auto epss = js::num(js::path(*cve, {"epss", "score"})))
                    out.epss = std::max(out.epss.value_or(0.0), *epss);
                cwe(js::find(*cve, "cwe"), out);
                cwe(js::find(*cve, "cwe_uid"), out);
                addUnique(out.references, js::str(*cve, "src_url"));
                if (const json* refs = js::find(*cve, "references"); refs && refs->is_array())
                    for (const auto& r : *refs)
                        addUnique(out.references, js::str(&r));
            }
            cwe(js::find(v, "cwe"), out);
            const std::string name = cve ? js::str(*cve, "uid") : js::strAt(v, {"cwe", "uid"});
            if (const json* fix = js::find(v, "is_fix_available"); fix && fix->is_boolean() && !fix->get<bool>())
                appendNewParagraph(out.remediation, name + ": no fix is available yet");
            if (const json* exploit = js::find(v, "is_exploit_available"); exploit && exploit->is_boolean() && exploit->get<bool>())
                appendNewParagraph(out.description, "A public exploit is known for " + name + '.');
            if (out.ruleId.empty())
                out.ruleId = !out.cwes.empty() ? out.cwes.front() : js::str(v, "title");
            if (out.title.empty())
                out.title = js::str(v, "title");
            if (out.title.empty() && cve)
                out.title = js::str(*cve, "title");
            appendNewParagraph(out.description, js::str(v, "desc"));
            if (out.severity == Severity::Unknown) {
                const std::string word = js::str(v, "severity");
                if (!word.empty()) {
                    const auto s = severityFromWord(word);
                    if (!s)
                        throw FeedError(vplace + "/severity", "unknown severity \"" + word + "\"");
                    out.severity = *s;
                }
            }
            if (const json* refs = optArray(v, "references", vplace))
                for (const auto& r : *refs)
                    addUnique(out.references, js::str(&r));
            if (const json* r = optObject(v, "remediation", vplace))
                remediationObject(*r, out);
            for (const char* key : {"affected_packages", "packages"}) {
                const json* pkgs = optArray(v, key, vplace);
                if (!pkgs)
                    continue;
                for (std::size_t k = 0; k < pkgs->size(); ++k) {
                    const json& p = (*pkgs)[k];
                    if (!p.is_object())
                        throw FeedError(vplace + '/' + key + '/' + std::to_string(k), "expected an object");
                    if (!out.package.empty())
                        continue;
                    out.package = js::str(p, "name");
                    out.packageVersion = js::str(p, "version");
                    out.purl = js::str(p, "purl");
                    out.fixVersion = js::str(p, "fixed_in_version");
                    out.locationFile = js::str(p, "path");
                    if (const json* r = optObject(p, "remediation", vplace + '/' + key + '/' + std::to_string(k)))
                        remediationObject(*r, out);
                }
            }
        }
        if (!out.fixVersion.empty() && !out.package.empty())
            appendNewParagraph(out.remediation, "Upgrade " + out.package + " to " + out.fixVersion);
    }

    static void prowlerExtras(const json& e, Finding& out)
    {
        const json* unmapped = js::find(e, "unmapped");
        if (!unmapped || !unmapped->is_object())
            return;
        addUnique(out.references, js::str(*unmapped, "related_url"));
        if (const json* urls = js::find(*unmapped, "additional_urls"); urls && urls->is_array())
            for (const auto& u : *urls)
                addUnique(out.references, js::str(&u));
        const json* compliance = js::find(*unmapped, "compliance");
        if (!compliance || !compliance->is_object() || compliance->empty())
            return;
        std::string text = "Compliance:";
        for (const auto& [framework, controls] : compliance->items()) {
            std::string list;
            if (controls.is_array())
                for (const auto& c : controls)
                    list += (list.empty() ? "" : ", ") + js::str(&c);
            text += "\n- " + framework + (list.empty() ? "" : ": " + list);
        }
        appendNewParagraph(out.description, text);
    }

    static void state(const json& e, bool legacy, const std::string& place, Finding& out)
    {
        const auto id = optInteger(e, legacy ? "state_id" : "status_id", place);
        const std::string word = js::str(e, legacy ? "state" : "status");
        const long long s = id.value_or(0);
        if (s == 3 || (s == 99 && word == "Suppressed")) {
            out.sourceState = SourceState::Suppressed;
            out.sourceStateReason = "OCSF status Suppressed";
        } else if (s == 4 || s == 5 || (s == 99 && word == "Resolved")) {
            out.sourceState = SourceState::Fixed;
            out.sourceStateReason = s == 5 ? "OCSF status Archived" : "OCSF status Resolved";
        } else if (s == 6) {
            out.sourceState = SourceState::Dismissed;
            out.sourceStateReason = "OCSF status Deleted";
        }
    }

    FindingSink& m_sink;
    std::set<ScanScope> m_scopes;
    std::set<std::string> m_tools;
    std::string m_version;
};

} // namespace

int OcsfImporter::detect(const FeedSniff& sniff) const
{
    return isArrayShape(sniff) ? 90 : 0;
}

void OcsfImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    const auto array = isArrayShape(sniff);
    if (!array)
        throw FeedError({}, "not an OCSF findings document");
    OcsfParse(sink).run(src, *array);
}

} // namespace closeloop
