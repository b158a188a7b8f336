// SPDX-License-Identifier: GPL-3.0-or-later
#include "asff_importer.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"

#include <algorithm>
#include <set>

namespace closeloop {

using nlohmann::json;

namespace {

enum class Shape { Wrapped, Array, Single };

bool looksLikeFinding(const FeedSniff& s, const std::string& at)
{
    return s.hasPath(at + "/ProductArn") && s.hasPath(at + "/AwsAccountId") &&
           (s.hasPath(at + "/SchemaVersion") || s.hasPath(at + "/GeneratorId"));
}

std::optional<Shape> shapeOf(const FeedSniff& s)
{
    if (s.kind != FeedSniff::Kind::Json)
        return std::nullopt;
    if (s.jsonRoot == '[')
        return looksLikeFinding(s, "/*") ? std::optional(Shape::Array) : std::nullopt;
    if (s.jsonRoot != '{')
        return std::nullopt;
    if (looksLikeFinding(s, "/Findings/*") || looksLikeFinding(s, "/findings/*"))
        return Shape::Wrapped;
    if (looksLikeFinding(s, "") && s.hasPath("/Id"))
        return Shape::Single;
    return std::nullopt;
}

// `aws securityhub get-findings` with nothing to report: {"Findings": []}.
bool emptyExport(const FeedSniff& s)
{
    if (s.kind != FeedSniff::Kind::Json || s.jsonRoot != '{' || !s.hasPath("/Findings"))
        return false;
    for (const auto& p : s.paths) {
        if (p != "/Findings" && p != "/NextToken")
            return false;
    }
    return true;
}

// "arn:aws:securityhub:us-east-1::product/aws/guardduty" -> region, product.
std::string arnField(const std::string& arn, int index)
{
    std::size_t start = 0;
    for (int i = 0; i < index; ++i) {
        start = arn.find(':', start);
        if (start == std::string::npos)
            return {};
        ++start;
    }
    const auto end = arn.find(':', start);
    return arn.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string productOfArn(const std::string& arn)
{
    const auto at = arn.find(":product/");
    if (at == std::string::npos)
        return {};
    std::string rest = arn.substr(at + 9);
    const auto slash = rest.rfind('/');
    return slash == std::string::npos ? rest : rest.substr(slash + 1);
}

Severity fromNormalized(double n, const std::string& place)
{
    if (n < 0 || n > 100)
        throw FeedError(place, "normalized severity out of range 0-100: " + std::to_string(n));
    if (n == 0)
        return Severity::Info;
    if (n < 40)
        return Severity::Low;
    if (n < 70)
        return Severity::Medium;
    if (n < 90)
        return Severity::High;
    return Severity::Critical;
}

// Label is the current rating; a finding provider's own label, then the
// deprecated numeric scales, stand in when it is missing.
Severity severityOf(const json& f, const std::string& place)
{
    const json* sev = js::optObject(f, "Severity", place);
    std::string label = sev ? js::str(*sev, "Label") : std::string();
    std::string labelPlace = place + "/Severity/Label";
    if (label.empty()) {
        label = js::strAt(f, {"FindingProviderFields", "Severity", "Label"});
        labelPlace = place + "/FindingProviderFields/Severity/Label";
    }
    if (!label.empty()) {
        const auto s = severityFromWord(label);
        if (!s)
            throw FeedError(labelPlace, "unknown severity label \"" + label + "\"");
        return *s;
    }
    if (!sev)
        return Severity::Unknown;
    if (const auto n = js::num(*sev, "Normalized"))
        return fromNormalized(*n, place + "/Severity/Normalized");
    // Product is on the provider's own scale; the providers that use it
    // (GuardDuty, Trivy's old template) rate 0-10 in the CVSS bands.
    if (const auto p = js::num(*sev, "Product"); p && *p >= 0 && *p <= 10)
        return severityFromCvss(*p);
    return Severity::Unknown;
}

std::string confidenceOf(const json& f)
{
    const auto c = js::num(f, "Confidence");
    if (!c)
        return {};
    return *c >= 70 ? "high" : *c >= 40 ? "medium" : "low";
}

AssetKind assetKindOf(const std::string& resourceType)
{
    if (resourceType == "AwsEcrContainerImage" || resourceType == "Container")
        return AssetKind::Image;
    if (resourceType.empty() || resourceType == "Other")
        return AssetKind::Unknown;
    return AssetKind::CloudResource;
}

// "0:1.1.1n", "-0+deb11u4": the version as the package manager writes it.
std::string packageVersionOf(const json& pkg)
{
    const std::string epoch = js::str(pkg, "Epoch");
    const std::string release = js::str(pkg, "Release");
    std::string v = js::str(pkg, "Version");
    if (v.empty())
        return v;
    if (!epoch.empty() && epoch != "0")
        v = epoch + ':' + v;
    if (!release.empty())
        v += '-' + release;
    return v;
}

// Inspector lists several CVSS ratings (NVD, vendor); the newest version wins.
void pickCvss(const json* list, Finding& out)
{
    if (!list || !list->is_array())
        return;
    double bestVersion = -1;
    for (const auto& c : *list) {
        const auto score = js::num(c, "BaseScore");
        if (!score)
            continue;
        const double version = js::num(c, "Version").value_or(0);
        if (version > bestVersion) {
            bestVersion = version;
            out.cvssScore = score;
            out.cvssVector = js::str(c, "BaseVector");
        }
    }
}

class AsffParse
{
public:
    explicit AsffParse(FindingSink& sink)
        : m_sink(sink)
    {
    }

    void run(ByteSource& src, Shape shape)
    {
        JsonRecordReader reader;
        auto onRecord = [this](const JsonRecordReader::Segments& p, json&& v) { record(JsonRecordReader::pointer(p), v); };
        switch (shape) {
        case Shape::Wrapped:
            reader.capture("/Findings/*", onRecord);
            reader.capture("/findings/*", onRecord);
            break;
        case Shape::Array:
            reader.capture("/*", onRecord);
            break;
        case Shape::Single:
            reader.capture("", onRecord); // one finding: small by nature
            break;
        }
        reader.run(src);
        const std::string tools = join(m_tools, ", ");
        m_sink.setTool(tools.empty() ? std::string("AWS Security Hub") : tools, m_tools.size() == 1 ? m_version : std::string());
        for (const auto& s : m_scopes)
            m_sink.coverScope(s);
    }

private:
    static std::string requireString(const json& f, std::string_view key, const std::string& place)
    {
        const json* v = js::find(f, key);
        if (v && !v->is_string() && !v->is_number())
            throw FeedError(place + '/' + std::string(key), "expected a string");
        std::string s = js::str(v);
        if (s.empty())
            throw FeedError(place, "finding without " + std::string(key));
        return s;
    }

    static std::string toolOf(const json& f, const std::string& productArn)
    {
        for (const std::string& name : {js::str(f, "ProductName"), js::strAt(f, {"ProductFields", "aws/securityhub/ProductName"}),
                                        js::strAt(f, {"ProductFields", "Product Name"}),
                                        js::strAt(f, {"ProductFields", "ProviderName"}), productOfArn(productArn)}) {
            if (!name.empty())
                return name;
        }
        return "AWS Security Hub";
    }

    static bool isTrivyTemplate(const json& f, const std::string& productArn)
    {
        return endsWith(productArn, "product/aquasecurity/aquasecurity") &&
               js::strAt(f, {"ProductFields", "Product Name"}) == "Trivy";
    }

    void record(const std::string& place, const json& f)
    {
        if (!f.is_object())
            throw FeedError(place, "expected a finding object");
        const std::string id = requireString(f, "Id", place);
        const std::string productArn = requireString(f, "ProductArn", place);
        const bool trivy = isTrivyTemplate(f, productArn);
        const json* resources = js::optArray(f, "Resources", place);
        const json* resource = resources && !resources->empty() ? &(*resources)[0] : nullptr;
        if (resource && !resource->is_object())
            throw FeedError(place + "/Resources/0", "expected an object");

        Finding out;
        out.tool = toolOf(f, productArn);
        if (trivy) {
            out.scopeTarget = resource ? js::str(*resource, "Id") : std::string();
            if (out.scopeTarget.empty())
                throw FeedError(place, "Trivy finding without Resources[0].Id (the scan target)");
        } else {
            const std::string account = requireString(f, "AwsAccountId", place);
            std::string region = js::str(f, "Region");
            if (region.empty())
                region = arnField(productArn, 3);
            if (region.empty() && resource)
                region = js::str(*resource, "Region");
            out.scopeTarget = region.empty() ? account : account + '/' + region;
        }
        m_tools.insert(out.tool);
        m_scopes.insert({out.tool, out.scopeTarget});
        const std::string version = js::strAt(f, {"ProductFields", "ProviderVersion"});
        if (!version.empty())
            m_version = version;
        out.toolVersion = version;

        const std::string compliance = js::strAt(f, {"Compliance", "Status"});
        if (compliance == "PASSED" || compliance == "NOT_AVAILABLE")
            return;

        const std::string* title = js::optString(f, "Title", place);
        const std::string* description = js::optString(f, "Description", place);
        out.title = title ? *title : std::string();
        out.description = description ? *description : std::string();
        out.severity = severityOf(f, place);
        out.confidence = confidenceOf(f);
        out.firstSeenInFeed = js::str(f, "FirstObservedAt");
        if (out.firstSeenInFeed.empty() && !trivy) // Trivy's template stamps CreatedAt with the render time
            out.firstSeenInFeed = js::str(f, "CreatedAt");
        if (resource) {
            out.asset = js::str(*resource, "Id");
            out.assetKind = assetKindOf(js::str(*resource, "Type"));
        }

        const json* types = js::optArray(f, "Types", place);
        std::vector<std::string> typeList;
        if (types) {
            for (const auto& t : *types)
                addUnique(typeList, js::str(&t));
        }

        addUnique(out.references, js::str(f, "SourceUrl"));
        const std::string recText = js::strAt(f, {"Remediation", "Recommendation", "Text"});
        const std::string recUrl = js::strAt(f, {"Remediation", "Recommendation", "Url"});
        out.remediation = recText;
        addUnique(out.references, recUrl);

        std::vector<std::string> packageLines;
        std::string packageRemedy;
        if (trivy)
            trivyDetails(f, resource, out);
        else
            vulnerabilities(f, place, out, packageLines, packageRemedy);

        if (out.ruleId.empty() && out.title.rfind("CVE-", 0) == 0) {
            // Inspector titles a CVE finding "CVE-2022-3643 - kernel" even when it lists no Vulnerabilities.
            out.ruleId = out.title.substr(0, out.title.find(' '));
            addUnique(out.cves, out.ruleId);
        }
        if (out.ruleId.empty())
            out.ruleId = js::strAt(f, {"ProductFields", "ControlId"});
        if (out.ruleId.empty()) {
            // GuardDuty's generator is its detector; the finding type names the detection.
            const std::string generator = js::str(f, "GeneratorId");
            if (generator.find(":detector/") != std::string::npos && !typeList.empty())
                out.ruleId = typeList.front().substr(typeList.front().rfind('/') + 1);
            else
                out.ruleId = generator;
        }
        if (out.ruleId.empty())
            out.ruleId = out.title;
        if (out.title.empty())
            out.title = out.ruleId;
        if (out.severity == Severity::Unknown && out.cvssScore)
            out.severity = severityFromCvss(*out.cvssScore);

        if (packageLines.size() > 1) {
            out.description += "\n\nAffected packages:";
            for (const auto& l : packageLines)
                out.description += "\n- " + l;
        }
        if (!typeList.empty()) {
            out.description += std::string(out.description.empty() ? "" : "\n\n") + "Types:";
            for (const auto& t : typeList)
                out.description += "\n- " + t;
        }
        if (out.remediation.find(packageRemedy) == std::string::npos)
            appendLine(out.remediation, packageRemedy);

        state(f, out);
        out.raw = f.dump();
        out.fingerprintFamily = "asff";
        out.fingerprintInputs = {{"product", productArn}, {"id", id}};
        if (trivy) {
            out.fingerprintInputs.push_back({"package", out.package});
            out.fingerprintInputs.push_back({"title", out.title});
            out.fingerprintInputs.push_back({"message", js::str(js::path(*resource, {"Details", "Other", "Message"}))});
        }
        m_sink.addFinding(std::move(out));
    }

    static void state(const json& f, Finding& out)
    {
        const std::string workflow = js::strAt(f, {"Workflow", "Status"});
        const std::string legacy = js::str(f, "WorkflowState");
        if (workflow == "SUPPRESSED") {
            out.sourceState = SourceState::Suppressed;
            out.sourceStateReason = "workflow status SUPPRESSED";
        } else if (workflow == "RESOLVED" || (workflow.empty() && legacy == "RESOLVED")) {
            out.sourceState = SourceState::Fixed;
            out.sourceStateReason = "workflow status RESOLVED";
        } else if (js::str(f, "RecordState") == "ARCHIVED") {
            out.sourceState = SourceState::Fixed;
            out.sourceStateReason = "record state ARCHIVED";
        }
        const auto* note = js::path(f, {"Note", "Text"});
        if (out.sourceState != SourceState::Open && note)
            out.sourceStateReason += ": " + js::str(note);
    }

    void vulnerabilities(const json& f, const std::string& place, Finding& out, std::vector<std::string>& packageLines,
                         std::string& packageRemedy)
    {
        const json* vulns = js::optArray(f, "Vulnerabilities", place);
        if (!vulns)
            return;
        std::vector<std::string> fixNotes, exploitNotes;
        for (std::size_t i = 0; i < vulns->size(); ++i) {
            const json& v = (*vulns)[i];
            const std::string vplace = place + "/Vulnerabilities/" + std::to_string(i);
            if (!v.is_object())
                throw FeedError(vplace, "expected an object");
            const std::string vid = js::str(v, "Id");
            if (vid.empty())
                throw FeedError(vplace, "vulnerability without Id");
            if (vid.rfind("CVE-", 0) == 0)
                addUnique(out.cves, vid);
            if (out.ruleId.empty())
                out.ruleId = vid;
            if (!out.cvssScore)
                pickCvss(js::optArray(v, "Cvss", vplace), out);
            if (const auto e = js::num(v, "EpssScore"))
                out.epss = std::max(out.epss.value_or(0.0), *e);
            const std::string fixAvailable = js::str(v, "FixAvailable");
            if (fixAvailable == "NO")
                addUnique(fixNotes, vid + ": no fix is available yet");
            else if (fixAvailable == "PARTIAL")
                addUnique(fixNotes, vid + ": a fix is available for some of the affected packages");
            if (js::str(v, "ExploitAvailable") == "YES")
                addUnique(exploitNotes, vid);
            addUnique(out.references, js::strAt(v, {"Vendor", "Url"}));
            if (const json* refs = js::optArray(v, "ReferenceUrls", vplace)) {
                for (const auto& r : *refs)
                    addUnique(out.references, js::str(&r));
            }
            const json* pkgs = js::optArray(v, "VulnerablePackages", vplace);
            if (!pkgs)
                continue;
            for (std::size_t k = 0; k < pkgs->size(); ++k) {
                const json& p = (*pkgs)[k];
                if (!p.is_object())
                    throw FeedError(vplace + "/VulnerablePackages/" + std::to_string(k), "expected an object");
                const std::string name = js::str(p, "Name");
                const std::string version = packageVersionOf(p);
                const std::string path = js::str(p, "FilePath");
                const std::string fix = js::str(p, "FixedInVersion");
                if (out.package.empty()) {
                    out.package = name;
                    out.packageVersion = version;
                    out.locationFile = path;
                    out.fixVersion = fix;
                    packageRemedy = js::str(p, "Remediation");
                }
                packageLines.push_back(vid + ": " + name + ' ' + version + (path.empty() ? "" : " (" + path + ')') +
                                       (fix.empty() ? "" : ", fixed in " + fix));
            }
        }
        for (const auto& n : fixNotes)
            appendLine(out.remediation, n);
        if (!exploitNotes.empty())
            appendParagraph(out.description, "A public exploit is known for " + join(exploitNotes, ", ") + '.');
    }

    static void trivyDetails(const json& f, const json* resource, Finding& out)
    {
        const json* other = resource ? js::path(*resource, {"Details", "Other"}) : nullptr;
        if (other && other->is_object()) {
            out.ruleId = js::str(*other, "CVE ID");
            out.package = js::str(*other, "PkgName");
            out.packageVersion = js::str(*other, "Installed Package");
            out.fixVersion = js::str(*other, "Patched Package");
            out.locationFile = js::str(*other, "Filename");
            if (const auto line = js::num(*other, "StartLine"); line && *line > 0)
                out.locationLine = int(*line);
            appendParagraph(out.description, js::str(*other, "Message"));
            // The old template writes a missing NVD rating as 0 with no vector.
            for (const auto& [score, vector] : {std::pair("NvdCvssScoreV3", "NvdCvssVectorV3"), std::pair("NvdCvssScoreV2", "NvdCvssVectorV2")}) {
                const auto s = js::num(*other, score);
                if (s && (*s > 0 || !js::str(*other, vector).empty())) {
                    out.cvssScore = s;
                    out.cvssVector = js::str(*other, vector);
                    break;
                }
            }
        }
        const std::string generator = js::str(f, "GeneratorId");
        if (out.ruleId.empty() && generator.rfind("Trivy/", 0) == 0)
            out.ruleId = generator.substr(6);
        if (out.ruleId.empty()) {
            // Secrets: "Trivy found a secret in <target>: <rule title>".
            const auto colon = out.title.rfind(": ");
            if (colon != std::string::npos)
                out.ruleId = out.title.substr(colon + 2);
        }
        if (out.ruleId.rfind("CVE-", 0) == 0)
            out.cves.push_back(out.ruleId);
        if (!out.fixVersion.empty() && !out.package.empty())
            out.remediation = "Upgrade " + out.package + " to " + out.fixVersion +
                              (out.remediation.empty() ? "" : "\n" + out.remediation);
    }

    FindingSink& m_sink;
    std::set<ScanScope> m_scopes;
    std::set<std::string> m_tools;
    std::string m_version;
};

} // namespace

int AsffImporter::detect(const FeedSniff& sniff) const
{
    if (shapeOf(sniff))
        return 90;
    return emptyExport(sniff) ? 50 : 0;
}

void AsffImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    auto shape = shapeOf(sniff);
    if (!shape && emptyExport(sniff))
        shape = Shape::Wrapped;
    if (!shape)
        throw FeedError({}, "not an ASFF document");
    AsffParse(sink).run(src, *shape);
}

} // namespace closeloop
