// SPDX-License-Identifier: GPL-3.0-or-later
#include "trivy_importer.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"
#include "model/fingerprint.h"
#include "scope_names.h"

#include <iterator>
#include <map>

namespace closeloop {

using nlohmann::json;

namespace {

enum class Shape { Schema2, Legacy, Cluster, Operator };

// Context of one Results[] element, known once its scalar keys were read.
struct ResultContext
{
    std::string target;
    std::string cls;
    std::string type;
    std::string resource; // k8s: namespace/kind/name
};

std::string stripOsSuffix(std::string target)
{
    // "python:3.8 (debian 10.8)" -> "python:3.8"
    if (!target.empty() && target.back() == ')') {
        const auto open = target.rfind(" (");
        if (open != std::string::npos)
            target.erase(open);
    }
    return target;
}

AssetKind assetKindFor(const std::string& artifactType)
{
    if (artifactType == "container_image")
        return AssetKind::Image;
    if (artifactType == "filesystem" || artifactType == "repository")
        return AssetKind::Repository;
    if (artifactType == "vm")
        return AssetKind::Host;
    if (artifactType == "kubernetes" || artifactType == "cluster")
        return AssetKind::Cluster;
    return AssetKind::Unknown;
}

Severity severityOf(const json& rec, const std::string& place)
{
    const std::string word = js::str(rec, "Severity").empty() ? js::str(rec, "severity") : js::str(rec, "Severity");
    if (word.empty())
        return Severity::Unknown;
    const auto s = severityFromWord(word);
    if (!s)
        throw FeedError(place + "/Severity", "unknown severity \"" + word + "\"");
    return *s;
}

// The strings of a list, appended as Trivy wrote them (repeats included).
void appendStrings(std::vector<std::string>& out, const json* arr)
{
    std::vector<std::string> more = js::strings(arr);
    out.insert(out.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

class TrivyParse
{
public:
    TrivyParse(FindingSink& sink, Shape shape)
        : m_sink(sink)
        , m_shape(shape)
    {
    }

    void run(ByteSource& src)
    {
        JsonRecordReader reader;
        reader.setCaptureRaw(true);
        m_reader = &reader;
        std::string base;
        switch (m_shape) {
        case Shape::Schema2:
            base = "/Results/*";
            reader.capture("/ArtifactName", [this](auto&, json&& v) { setArtifact(js::str(&v)); });
            reader.capture("/ArtifactType", [this](auto&, json&& v) { m_artifactType = js::str(&v); });
            reader.capture("/Trivy/Version", [this](auto&, json&& v) { m_version = js::str(&v); });
            // Some reports leave ArtifactName empty; the image's tag or id names it then.
            reader.capture("/Metadata/RepoTags/0", [this](auto&, json&& v) { m_fallbackName = js::str(&v); });
            reader.capture("/Metadata/ImageID", [this](auto&, json&& v) {
                if (m_fallbackName.empty())
                    m_fallbackName = js::str(&v);
            });
            break;
        case Shape::Legacy:
            base = "/*";
            m_artifactType = "container_image";
            break;
        case Shape::Cluster:
            base = "/Resources/*/Results/*";
            m_artifactType = "cluster";
            reader.capture("/ClusterName", [this](auto&, json&& v) { setArtifact(js::str(&v)); });
            reader.capture("/Resources/*/Namespace", [this](auto&, json&& v) { m_namespace = js::str(&v); });
            reader.capture("/Resources/*/Kind", [this](auto&, json&& v) { m_kind = js::str(&v); });
            reader.capture("/Resources/*/Name", [this](auto&, json&& v) { m_name = js::str(&v); });
            reader.onEnd("/Resources/*", [this](auto&) { m_namespace.clear(); m_kind.clear(); m_name.clear(); });
            break;
        case Shape::Operator:
            m_artifactType = "container_image";
            reader.capture("", [this](auto& p, json&& v) { operatorReport(p, v); });
            break;
        }
        if (!base.empty()) {
            // Each finding is delivered on its own, so one result holding a
            // million vulnerabilities streams like a million small results.
            reader.capture(base + "/Target", [this](auto&, json&& v) {
                m_ctx.target = js::str(&v);
                m_ctxReady = true;
                if (m_shape == Shape::Legacy && m_artifact.empty())
                    setArtifact(stripOsSuffix(m_ctx.target));
            });
            reader.capture(base + "/Class", [this](auto&, json&& v) { m_ctx.cls = js::str(&v); });
            reader.capture(base + "/Type", [this](auto&, json&& v) { m_ctx.type = js::str(&v); });
            if (m_shape == Shape::Schema2)
                reader.expectArray("/Results");
            for (const char* key : {"Vulnerabilities", "Misconfigurations", "Secrets", "Licenses"}) {
                reader.expectArray(base + '/' + key);
                reader.capture(base + '/' + key + "/*", [this, key](auto& p, json&& v) {
                    Item item{key, JsonRecordReader::pointer(p), std::move(v), m_reader->rawRecord()};
                    if (m_ctxReady)
                        handle(item);
                    else
                        m_buffered.push_back(std::move(item)); // this result names its Target later
                });
            }
            reader.onEnd(base, [this](auto&) {
                for (auto& item : m_buffered)
                    handle(item);
                m_buffered.clear();
                m_ctx = {};
                m_ctxReady = false;
            });
        }
        reader.run(src);
        if (m_artifact.empty() && m_shape != Shape::Operator)
            m_artifact = !m_fallbackName.empty() ? m_fallbackName : std::string("(unnamed artifact)");
        flushPending();
        m_sink.setTool("Trivy", m_version);
        m_sink.coverScope({"Trivy", scope()});
    }

private:
    void setArtifact(std::string name)
    {
        m_artifact = std::move(name);
        flushPending();
    }

    void flushPending()
    {
        for (auto& f : m_pending) {
            finish(f);
            m_sink.addFinding(std::move(f));
        }
        m_pending.clear();
    }

    // Images are scoped by repository (see scope_names.h); the tag stays in the asset.
    std::string scope() const
    {
        return m_artifactType == "container_image" ? imageRepository(m_artifact) : m_artifact;
    }

    void finish(Finding& f)
    {
        f.tool = "Trivy";
        f.toolVersion = m_version;
        f.scopeTarget = scope();
        if (f.asset.empty())
            f.asset = m_artifact;
        if (f.assetKind == AssetKind::Unknown)
            f.assetKind = assetKindFor(m_artifactType);
        f.fingerprintFamily = "trivy";
        f.fingerprintInputs.insert(f.fingerprintInputs.begin(), {"scope", f.scopeTarget});
    }

    void emit(Finding&& f)
    {
        if (m_artifact.empty() && !m_fallbackName.empty())
            m_artifact = m_fallbackName;
        if (m_artifact.empty() && m_shape == Shape::Schema2) {
            m_pending.push_back(std::move(f)); // ArtifactName comes later in this file
            return;
        }
        finish(f);
        m_sink.addFinding(std::move(f));
    }

    struct Item
    {
        const char* key;
        std::string place;
        json value;
        std::string raw;
    };

    // Takes the item's raw text: each item makes at most one finding.
    void handle(Item& item)
    {
        if (!item.value.is_object())
            throw FeedError(item.place, "expected an object");
        m_ctx.resource = m_kind.empty() && m_name.empty() ? std::string() : m_namespace + '/' + m_kind + '/' + m_name;
        const std::string where = m_ctx.cls == "os-pkgs" ? m_ctx.type : m_ctx.target;
        const std::string_view key = item.key;
        m_currentRaw = &item.raw;
        if (key == "Vulnerabilities")
            vulnerability(item.value, m_ctx, where, item.place);
        else if (key == "Misconfigurations")
            misconfiguration(item.value, m_ctx, item.place);
        else if (key == "Secrets")
            secret(item.value, m_ctx, item.place);
        else
            license(item.value, m_ctx, item.place);
    }

    static void cvss(const json& v, Finding& f)
    {
        const auto* all = js::find(v, "CVSS");
        if (!all || !all->is_object())
            return;
        // Prefer NVD, then the vendor that set the severity, then any.
        const json* pick = js::find(*all, "nvd");
        if (!pick)
            pick = js::find(*all, js::str(v, "SeveritySource"));
        if (!pick && !all->empty())
            pick = &all->begin().value();
        if (!pick)
            return;
        if (auto s = js::num(*pick, "V3Score")) {
            f.cvssScore = s;
            f.cvssVector = js::str(*pick, "V3Vector");
        } else if (auto s2 = js::num(*pick, "V2Score")) {
            f.cvssScore = s2;
            f.cvssVector = js::str(*pick, "V2Vector");
        }
    }

    void vulnerability(const json& v, const ResultContext& ctx, const std::string& where, const std::string& place)
    {
        Finding f;
        f.ruleId = js::str(v, "VulnerabilityID");
        if (f.ruleId.empty())
            throw FeedError(place, "vulnerability without VulnerabilityID");
        if (f.ruleId.rfind("CVE-", 0) == 0)
            f.cves.push_back(f.ruleId);
        f.cwes = js::strings(js::find(v, "CweIDs"));
        f.description = js::str(v, "Description");
        f.title = js::str(v, "Title");
        if (f.title.empty())
            f.title = f.ruleId + " in " + js::str(v, "PkgName");
        f.severity = severityOf(v, place);
        cvss(v, f);
        f.package = js::str(v, "PkgName");
        f.packageVersion = js::str(v, "InstalledVersion");
        f.purl = js::strAt(v, {"PkgIdentifier", "PURL"});
        f.fixVersion = js::str(v, "FixedVersion");
        const std::string status = js::str(v, "Status");
        if (!f.fixVersion.empty())
            f.remediation = "Upgrade " + f.package + " to " + f.fixVersion;
        else if (!status.empty())
            f.remediation = "Vendor status: " + status;
        if (status == "not_affected") {
            f.sourceState = SourceState::Suppressed;
            f.sourceStateReason = "vendor status: not_affected";
        }
        const std::string pkgPath = js::str(v, "PkgPath");
        f.locationFile = !pkgPath.empty() ? pkgPath : (ctx.cls == "os-pkgs" ? std::string() : ctx.target);
        if (!js::str(v, "PrimaryURL").empty())
            f.references.push_back(js::str(v, "PrimaryURL"));
        appendStrings(f.references, js::find(v, "References"));
        if (!ctx.resource.empty())
            f.asset = ctx.resource;
        f.raw = std::move(*m_currentRaw);
        f.fingerprintInputs = {{"resource", ctx.resource}, {"class", ctx.cls}, {"where", where},
                               {"id", f.ruleId}, {"package", f.package}, {"path", pkgPath}};
        emit(std::move(f));
    }

    void misconfiguration(const json& m, const ResultContext& ctx, const std::string& place)
    {
        const std::string status = js::str(m, "Status");
        if (!status.empty() && status != "FAIL")
            return; // PASS and EXCEPTION results are checks that held
        Finding f;
        f.ruleId = js::str(m, "ID");
        if (f.ruleId.empty())
            f.ruleId = js::str(m, "AVDID");
        if (f.ruleId.empty())
            throw FeedError(place, "misconfiguration without ID");
        f.title = js::str(m, "Title");
        f.description = js::str(m, "Description");
        const std::string message = js::str(m, "Message");
        appendParagraph(f.description, message);
        f.remediation = js::str(m, "Resolution");
        f.severity = severityOf(m, place);
        f.locationFile = ctx.target;
        if (auto line = js::num(js::path(m, {"CauseMetadata", "StartLine"})))
            f.locationLine = int(*line);
        if (!js::str(m, "PrimaryURL").empty())
            f.references.push_back(js::str(m, "PrimaryURL"));
        appendStrings(f.references, js::find(m, "References"));
        if (!ctx.resource.empty())
            f.asset = ctx.resource;
        f.raw = std::move(*m_currentRaw);
        f.fingerprintInputs = {{"resource", ctx.resource}, {"class", "config"}, {"where", ctx.target},
                               {"id", f.ruleId}, {"cause", js::strAt(m, {"CauseMetadata", "Resource"})}};
        emit(std::move(f));
    }

    void secret(const json& s, const ResultContext& ctx, const std::string& place)
    {
        Finding f;
        f.ruleId = js::str(s, "RuleID");
        if (f.ruleId.empty())
            throw FeedError(place, "secret without RuleID");
        f.title = js::str(s, "Title");
        if (f.title.empty())
            f.title = "Secret: " + f.ruleId;
        const std::string match = js::str(s, "Match");
        f.description = "Category: " + js::str(s, "Category") + (match.empty() ? "" : "\nMatch: " + match);
        f.severity = severityOf(s, place);
        f.locationFile = ctx.target;
        if (auto line = js::num(s, "StartLine"))
            f.locationLine = int(*line);
        f.remediation = "Revoke the secret, remove it from the file and its history, and issue a new one.";
        if (!ctx.resource.empty())
            f.asset = ctx.resource;
        f.raw = std::move(*m_currentRaw);
        f.fingerprintInputs = {{"resource", ctx.resource}, {"class", "secret"}, {"where", ctx.target},
                               {"id", f.ruleId}, {"match", match}};
        emit(std::move(f));
    }

    void license(const json& l, const ResultContext& ctx, const std::string& place)
    {
        Finding f;
        const std::string name = js::str(l, "Name");
        if (name.empty())
            throw FeedError(place, "license finding without Name");
        f.ruleId = "license:" + name;
        f.package = js::str(l, "PkgName");
        const std::string category = js::str(l, "Category");
        f.title = "License " + name + (f.package.empty() ? "" : " in " + f.package) +
                  (category.empty() ? "" : " (" + category + ")");
        f.severity = severityOf(l, place);
        f.locationFile = js::str(l, "FilePath");
        if (!js::str(l, "Link").empty())
            f.references.push_back(js::str(l, "Link"));
        f.raw = std::move(*m_currentRaw);
        f.fingerprintInputs = {{"resource", ctx.resource}, {"class", "license"}, {"where", ctx.target},
                               {"license", name}, {"package", f.package}, {"path", f.locationFile}};
        emit(std::move(f));
    }

    void operatorReport(const JsonRecordReader::Segments&, const json& doc)
    {
        const auto* report = js::find(doc, "report");
        if (!report || !report->is_object())
            throw FeedError("/report", "VulnerabilityReport without a report object");
        m_version = js::strAt(*report, {"scanner", "version"});
        const std::string registry = js::strAt(*report, {"registry", "server"});
        const std::string repo = js::strAt(*report, {"artifact", "repository"});
        const std::string tag = js::strAt(*report, {"artifact", "tag"});
        const std::string digest = js::strAt(*report, {"artifact", "digest"});
        std::string image = (registry.empty() ? "" : registry + '/') + repo;
        if (!tag.empty())
            image += ':' + tag;
        else if (!digest.empty())
            image += '@' + digest;
        const std::string ns = js::strAt(doc, {"metadata", "namespace"});
        const std::string kind = js::strAt(doc, {"metadata", "labels", "trivy-operator.resource.kind"});
        const std::string name = js::strAt(doc, {"metadata", "labels", "trivy-operator.resource.name"});
        const std::string container = js::strAt(doc, {"metadata", "labels", "trivy-operator.container.name"});
        // The report covers one container of one workload.
        m_artifact = ns + '/' + kind + '/' + name + '/' + container;
        const auto* vulns = js::find(*report, "vulnerabilities");
        if (vulns && !vulns->is_null() && !vulns->is_array())
            throw FeedError("/report/vulnerabilities", "expected an array");
        if (!vulns || vulns->is_null())
            return;
        for (std::size_t i = 0; i < vulns->size(); ++i) {
            const json& v = (*vulns)[i];
            const std::string place = "/report/vulnerabilities/" + std::to_string(i);
            if (!v.is_object())
                throw FeedError(place, "expected an object");
            Finding f;
            f.ruleId = js::str(v, "vulnerabilityID");
            if (f.ruleId.empty())
                throw FeedError(place, "vulnerability without vulnerabilityID");
            if (f.ruleId.rfind("CVE-", 0) == 0)
                f.cves.push_back(f.ruleId);
            f.title = js::str(v, "title");
            if (f.title.empty())
                f.title = f.ruleId + " in " + js::str(v, "resource");
            f.description = js::str(v, "description");
            f.severity = severityOf(v, place);
            f.cvssScore = js::num(v, "score");
            f.package = js::str(v, "resource");
            f.packageVersion = js::str(v, "installedVersion");
            f.fixVersion = js::str(v, "fixedVersion");
            if (!f.fixVersion.empty())
                f.remediation = "Upgrade " + f.package + " to " + f.fixVersion;
            if (!js::str(v, "primaryLink").empty())
                f.references.push_back(js::str(v, "primaryLink"));
            appendStrings(f.references, js::find(v, "links"));
            f.asset = image;
            f.assetKind = AssetKind::Image;
            f.raw = v.dump();
            f.fingerprintInputs = {{"id", f.ruleId}, {"package", f.package}, {"target", js::str(v, "target")}};
            emit(std::move(f));
        }
    }

    FindingSink& m_sink;
    Shape m_shape;
    std::string m_artifact;
    std::string m_artifactType;
    std::string m_version;
    std::string m_fallbackName;
    std::vector<Finding> m_pending;
    ResultContext m_ctx;
    bool m_ctxReady = false;
    std::vector<Item> m_buffered;
    std::string m_namespace, m_kind, m_name;
    JsonRecordReader* m_reader = nullptr;
    std::string* m_currentRaw = nullptr;
};

std::optional<Shape> shapeOf(const FeedSniff& s)
{
    if (s.kind != FeedSniff::Kind::Json)
        return std::nullopt;
    if (s.jsonRoot == '{') {
        if (s.value("/kind") == "VulnerabilityReport" && s.value("/apiVersion").rfind("aquasecurity.github.io", 0) == 0)
            return Shape::Operator;
        if (s.hasPath("/ClusterName") && s.hasPrefix("/Resources"))
            return Shape::Cluster;
        if (s.hasPath("/SchemaVersion") && (s.hasPath("/ArtifactName") || s.hasPrefix("/Results") || s.hasPrefix("/Trivy")))
            return Shape::Schema2;
        // Key order is not guaranteed (a re-serialized report sorts them, and
        // SchemaVersion then follows a large Results array).
        if (s.hasPath("/ArtifactName") && (s.hasPath("/Results/*/Target") || s.hasPath("/ArtifactType")))
            return Shape::Schema2;
    } else if (s.jsonRoot == '[') {
        if (s.hasPath("/*/Target") && (s.hasPrefix("/*/Vulnerabilities") || s.hasPath("/*/Type")) &&
            !s.hasPrefix("/*/vulnerabilities"))
            return Shape::Legacy;
    }
    return std::nullopt;
}

} // namespace

int TrivyImporter::detect(const FeedSniff& sniff) const
{
    const auto shape = shapeOf(sniff);
    if (!shape)
        return 0;
    return *shape == Shape::Legacy ? 70 : 90;
}

void TrivyImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    const auto shape = shapeOf(sniff);
    if (!shape)
        throw FeedError({}, "not a Trivy report");
    TrivyParse(sink, *shape).run(src);
}

} // namespace closeloop
