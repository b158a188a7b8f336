// SPDX-License-Identifier: GPL-3.0-or-later
#include "grype_importer.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"
#include "record_spool.h"
#include "scope_names.h"

#include <algorithm>

namespace closeloop {

using nlohmann::json;

namespace {

constexpr const char* ToolName = "Grype";

struct CvssCandidate
{
    double score = 0;
    std::string vector;
    double version = 0;
    bool nvd = false;
};

double cvssVersionOf(const std::string& version, const std::string& vector)
{
    if (!version.empty()) {
        char* end = nullptr;
        const double v = std::strtod(version.c_str(), &end);
        if (end != version.c_str())
            return v;
    }
    if (vector.rfind("CVSS:", 0) == 0)
        return std::strtod(vector.c_str() + 5, nullptr);
    return vector.empty() ? 0 : 2.0; // a bare vector is CVSS v2
}

void stringsOf(const json* arr, std::vector<std::string>& out)
{
    for (auto& v : js::strings(arr))
        addUnique(out, std::move(v));
}

// cvss[] entries of a vulnerability or related vulnerability (0.8 and later).
void cvssList(const json& vuln, bool recordIsNvd, std::vector<CvssCandidate>& out)
{
    const auto* list = js::find(vuln, "cvss");
    if (!list || !list->is_array())
        return;
    for (const auto& c : *list) {
        const auto score = js::num(js::path(c, {"metrics", "baseScore"}));
        if (!score)
            continue;
        CvssCandidate cand;
        cand.score = *score;
        cand.vector = js::str(c, "vector");
        cand.version = cvssVersionOf(js::str(c, "version"), cand.vector);
        const std::string source = js::str(c, "source");
        cand.nvd = source.empty() ? recordIsNvd : source.find("nvd") != std::string::npos;
        out.push_back(std::move(cand));
    }
}

// cvssV3 / cvssV2 objects of the 0.7 layout.
void legacyCvss(const json& vuln, std::vector<CvssCandidate>& out)
{
    for (const bool v3 : {true, false}) {
        const auto* c = js::find(vuln, v3 ? "cvssV3" : "cvssV2");
        if (!c || !c->is_object())
            continue;
        if (auto score = js::num(*c, "baseScore")) {
            const std::string vector = js::str(*c, "vector");
            out.push_back({*score, vector, v3 ? std::max(3.0, cvssVersionOf({}, vector)) : 2.0, false});
        }
    }
}

std::optional<double> maxEpss(const json& vuln)
{
    std::optional<double> best;
    const auto* list = js::find(vuln, "epss");
    if (!list || !list->is_array())
        return best;
    for (const auto& e : *list) {
        const auto v = js::num(e, "epss");
        if (v && *v >= 0 && *v <= 1 && (!best || *v > *best))
            best = v;
    }
    return best;
}

AssetKind assetKindFor(const std::string& sourceType)
{
    if (sourceType == "image")
        return AssetKind::Image;
    if (sourceType == "directory" || sourceType == "file")
        return AssetKind::Repository;
    if (sourceType == "purl" || sourceType == "cpe" || sourceType == "snap")
        return AssetKind::Package;
    return AssetKind::Unknown;
}

// "fix-state=wont-fix, vulnerability=CVE-1, package.name=x" from one rule.
std::string describeRule(const json& rule, const std::string& prefix = {})
{
    std::string out;
    if (!rule.is_object())
        return out;
    for (const auto& [key, value] : rule.items()) {
        std::string part;
        if (value.is_object())
            part = describeRule(value, prefix + key + '.');
        else if (!js::str(&value).empty())
            part = prefix + key + '=' + js::str(&value);
        if (!part.empty())
            out += (out.empty() ? "" : ", ") + part;
    }
    return out;
}

class GrypeParse
{
public:
    explicit GrypeParse(FindingSink& sink)
        : m_sink(sink)
    {
    }

    void run(ByteSource& src)
    {
        JsonRecordReader reader;
        reader.capture(
            "/matches/*", [this](auto& p, json&& v) { match(JsonRecordReader::pointer(p), std::move(v), false); });
        reader.capture("/ignoredMatches/*",
            [this](auto& p, json&& v) { match(JsonRecordReader::pointer(p), std::move(v), true); });
        reader.capture("/source", [this](auto&, json&& v) {
            readSource(v);
            m_haveSource = true;
            replayWhenReady();
        });
        reader.capture("/descriptor/version", [this](auto&, json&& v) {
            m_version = js::str(&v);
            if (m_version == "[not provided]") // a build without version information
                m_version.clear();
        });
        reader.onEnd("/descriptor", [this](auto&) {
            m_haveDescriptor = true;
            replayWhenReady();
        });
        reader.run(src);
        m_haveSource = m_haveDescriptor = true;
        replayWhenReady();
        m_sink.setTool(ToolName, m_version);
        if (!m_target.empty())
            m_sink.coverScope({ToolName, m_target});
    }

private:
    bool ready() const { return m_haveSource && m_haveDescriptor; }

    void replayWhenReady()
    {
        if (!ready() || m_spool.empty())
            return;
        m_spool.drain([this](std::string& place, std::string& record) {
            const bool ignored = startsWith(place, "/ignoredMatches/");
            emit(place, json::parse(record), ignored);
        });
    }

    void match(std::string place, json&& v, bool ignored)
    {
        if (!ready()) {
            m_spool.add(place, v.dump());
            return;
        }
        emit(place, v, ignored);
    }

    void readSource(const json& source)
    {
        if (!source.is_object())
            return; // "source": null when grype had no source information
        m_sourceType = js::str(source, "type");
        const auto* t = js::find(source, "target");
        if (t && t->is_string()) {
            m_target = t->get<std::string>();
        } else if (t && t->is_object()) {
            m_target = js::str(*t, "userInput");
            for (const char* key : {"tags", "repoDigests"}) {
                const auto* list = js::find(*t, key);
                if (m_target.empty() && list && list->is_array() && !list->empty())
                    m_target = js::str(&list->front());
            }
            if (m_target.empty())
                m_target = js::str(*t, "imageID");
            if (m_target.empty())
                m_target = js::str(*t, "path");
        }
        if (m_target == "unknown" && (m_sourceType == "unknown" || m_sourceType.empty()))
            m_target.clear();
        // Images are scoped by repository (see scope_names.h); the tag stays in the asset.
        m_assetName = m_target;
        if (m_sourceType == "image")
            m_target = imageRepository(m_target);
    }

    Severity severityOf(const json& vuln, const std::string& place, const std::optional<double>& score) const
    {
        const std::string word = js::str(vuln, "severity");
        const auto s = severityFromWord(word);
        if (!s)
            throw FeedError(place + "/vulnerability/severity", "unknown severity \"" + word + "\"");
        if (*s == Severity::Unknown && score)
            return severityFromCvss(*score);
        return *s;
    }

    static void chooseCvss(const json& vuln, const json* related, Finding& f)
    {
        std::vector<CvssCandidate> all;
        cvssList(vuln, startsWith(js::str(vuln, "namespace"), "nvd"), all);
        legacyCvss(vuln, all);
        if (related && related->is_array()) {
            for (const auto& r : *related)
                cvssList(r, startsWith(js::str(r, "namespace"), "nvd"), all);
        }
        // The newest CVSS version wins; within a version NVD's rating is
        // preferred over a distribution's, so scores compare across images.
        const CvssCandidate* best = nullptr;
        for (const auto& c : all) {
            if (!best || c.version > best->version || (c.version == best->version && c.nvd && !best->nvd))
                best = &c;
        }
        if (best) {
            f.cvssScore = best->score;
            f.cvssVector = best->vector;
        }
    }

    void emit(const std::string& place, const json& m, bool ignored)
    {
        if (!m.is_object())
            throw FeedError(place, "expected an object");
        const auto* vuln = js::find(m, "vulnerability");
        if (!vuln || !vuln->is_object())
            throw FeedError(place + "/vulnerability", "match without a vulnerability object");
        const auto* artifact = js::find(m, "artifact");
        if (!artifact || !artifact->is_object())
            throw FeedError(place + "/artifact", "match without an artifact object");
        const auto* related = js::find(m, "relatedVulnerabilities");
        if (related && !related->is_array())
            related = nullptr;

        Finding f;
        f.tool = ToolName;
        f.toolVersion = m_version;
        f.scopeTarget = m_target.empty() ? std::string("(unknown target)") : m_target;
        f.ruleId = js::str(*vuln, "id");
        if (f.ruleId.empty())
            throw FeedError(place + "/vulnerability/id", "vulnerability without id");
        f.package = js::str(*artifact, "name");
        if (f.package.empty())
            throw FeedError(place + "/artifact/name", "artifact without name");
        f.packageVersion = js::str(*artifact, "version");
        f.purl = js::str(*artifact, "purl");
        const std::string artifactType = js::str(*artifact, "type");
        if (const auto* locs = js::find(*artifact, "locations"); locs && locs->is_array() && !locs->empty()) {
            const json& first = locs->front();
            f.locationFile = first.is_string() ? first.get<std::string>() : js::str(first, "path");
        }

        if (startsWith(f.ruleId, "CVE-"))
            f.cves.push_back(f.ruleId);
        // A GHSA or distribution advisory names its CVEs as related
        // vulnerabilities; their NVD descriptions are the fuller account.
        std::string relatedDescriptions;
        if (related) {
            for (const auto& r : *related) {
                const std::string id = js::str(r, "id");
                if (startsWith(id, "CVE-"))
                    addUnique(f.cves, id);
                const std::string d = js::str(r, "description");
                if (id != f.ruleId && !d.empty() && d != js::str(*vuln, "description"))
                    appendParagraph(relatedDescriptions, id + ": " + d);
            }
        }
        if (const auto* cwes = js::find(*vuln, "cwes"); cwes && cwes->is_array()) {
            for (const auto& c : *cwes)
                addUnique(f.cwes, c.is_string() ? c.get<std::string>() : js::str(c, "cwe"));
        }

        f.title = f.ruleId + " in " + f.package;
        f.description = js::str(*vuln, "description");
        appendParagraph(f.description, relatedDescriptions);
        f.description += matchExplanation(m);

        chooseCvss(*vuln, related, f);
        f.severity = severityOf(*vuln, place, f.cvssScore);
        f.epss = maxEpss(*vuln);
        if (!f.epss && related) {
            for (const auto& r : *related) {
                const auto e = maxEpss(r);
                if (e && (!f.epss || *e > *f.epss))
                    f.epss = e;
            }
        }

        fix(*vuln, m, f);

        addUnique(f.references, js::str(*vuln, "dataSource"));
        stringsOf(js::find(*vuln, "urls"), f.references);
        stringsOf(js::find(*vuln, "links"), f.references);
        if (const auto* adv = js::find(*vuln, "advisories"); adv && adv->is_array()) {
            for (const auto& a : *adv)
                addUnique(f.references, js::str(a, "link"));
        }
        if (related) {
            for (const auto& r : *related) {
                addUnique(f.references, js::str(r, "dataSource"));
                stringsOf(js::find(r, "urls"), f.references);
            }
        }

        f.confidence = confidenceOf(m);
        f.assetKind = assetKindFor(m_sourceType);
        f.asset = m_assetName.empty() ? f.scopeTarget : m_assetName;
        if (ignored) {
            f.sourceState = SourceState::Suppressed;
            std::string rules;
            if (const auto* applied = js::find(m, "appliedIgnoreRules"); applied && applied->is_array()) {
                for (const auto& r : *applied) {
                    const std::string d = describeRule(r);
                    if (!d.empty())
                        rules += (rules.empty() ? "" : "; ") + d;
                }
            }
            f.sourceStateReason = "grype ignore rule" + (rules.empty() ? std::string() : ": " + rules);
        }
        f.raw = m.dump();
        f.fingerprintFamily = "grype";
        f.fingerprintInputs = {{"scope", f.scopeTarget}, {"id", f.ruleId}, {"package", f.package},
            {"type", artifactType}, {"path", f.locationFile}};
        m_sink.addFinding(std::move(f));
    }

    static void fix(const json& vuln, const json& m, Finding& f)
    {
        std::vector<std::string> versions;
        std::string state;
        if (const auto* fx = js::find(vuln, "fix"); fx && fx->is_object()) {
            stringsOf(js::find(*fx, "versions"), versions);
            state = js::str(*fx, "state");
        }
        addUnique(versions, js::str(vuln, "fixedInVersion")); // 0.7 layout
        std::string suggested;
        if (const auto* details = js::find(m, "matchDetails"); details && details->is_array()) {
            for (const auto& d : *details) {
                if (suggested.empty())
                    suggested = js::strAt(d, {"fix", "suggestedVersion"});
            }
        }
        for (const auto& v : versions)
            f.fixVersion += (f.fixVersion.empty() ? "" : ", ") + v;
        if (!suggested.empty())
            f.remediation = "Upgrade " + f.package + " to " + suggested;
        else if (versions.size() == 1)
            f.remediation = "Upgrade " + f.package + " to " + versions.front();
        else if (!versions.empty())
            f.remediation = "Upgrade " + f.package + " to one of " + f.fixVersion;
        else if (state == "wont-fix")
            f.remediation = "The distribution will not fix this (fix state: wont-fix)";
        else if (state == "not-fixed")
            f.remediation = "No fix is available yet (fix state: not-fixed)";
    }

    // How grype matched: exact package matches are reliable, CPE matches
    // guess the product from names and are often wrong.
    static std::string confidenceOf(const json& m)
    {
        const auto* details = js::find(m, "matchDetails");
        if (!details || !details->is_array() || details->empty())
            return {};
        bool exact = false, cpe = false;
        for (const auto& d : *details) {
            const std::string type = js::str(d, "type");
            exact = exact || startsWith(type, "exact-");
            cpe = cpe || type == "cpe-match";
        }
        return exact ? "high" : cpe ? "medium" : std::string();
    }

    static std::string matchExplanation(const json& m)
    {
        const auto* details = js::find(m, "matchDetails");
        if (!details || !details->is_array() || details->empty())
            return {};
        const json& d = details->front();
        const std::string matcher = js::str(d, "matcher");
        const std::string type = js::str(d, "type");
        std::string constraint = js::strAt(d, {"found", "versionConstraint"});
        if (constraint.empty())
            constraint = js::strAt(d, {"found", "constraint"});
        if (matcher.empty() && type.empty())
            return {};
        return "\n\nMatched by " + matcher + (type.empty() ? "" : " (" + type + ")") +
            (constraint.empty() ? "" : ", vulnerable range " + constraint);
    }

    FindingSink& m_sink;
    RecordSpool m_spool{"matches read before the report's source"};
    bool m_haveSource = false;
    bool m_haveDescriptor = false;
    std::string m_target;
    std::string m_assetName; // the full image reference, tag included
    std::string m_sourceType;
    std::string m_version;
};

} // namespace

int GrypeImporter::detect(const FeedSniff& s) const
{
    if (s.kind != FeedSniff::Kind::Json || s.jsonRoot != '{')
        return 0;
    const bool matchShape = s.hasPath("/matches/*/vulnerability/id") &&
        (s.hasPrefix("/matches/*/artifact") || s.hasPrefix("/matches/*/matchDetails") ||
            s.hasPrefix("/matches/*/relatedVulnerabilities"));
    if (matchShape || (s.hasPath("/matches") && s.value("/descriptor/name") == "grype"))
        return 90;
    // No match: an empty report still has grype's source/distro blocks.
    if (s.hasPath("/matches") && s.hasPath("/source/type") && (s.hasPrefix("/distro") || s.hasPrefix("/descriptor")))
        return 75;
    return 0;
}

void GrypeImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    if (detect(sniff) == 0)
        throw FeedError({}, "not a Grype report");
    GrypeParse(sink).run(src);
}

} // namespace closeloop
