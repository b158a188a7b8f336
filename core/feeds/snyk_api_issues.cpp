// SPDX-License-Identifier: GPL-3.0-or-later
#include "snyk_api_issues.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"
#include "snyk_fields.h"

#include <set>

namespace closeloop {

using nlohmann::json;
using snyk::severityOf;

namespace {

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
            reader.expectArray("/data");
            reader.capture("/data/*", [this](auto& p, json&& v) { issue(v, JsonRecordReader::pointer(p)); });
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

} // namespace

void parseSnykApiIssues(ByteSource& src, FindingSink& sink, bool single)
{
    SnykApiParse(sink, single).run(src);
}

} // namespace closeloop
