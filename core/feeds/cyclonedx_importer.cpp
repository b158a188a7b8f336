// SPDX-License-Identifier: GPL-3.0-or-later
#include "cyclonedx_importer.h"

#include "feed_error.h"
#include "json_record_reader.h"
#include "scope_names.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace closeloop {

using nlohmann::json;

namespace {

const std::string BomNamespacePrefix = "http://cyclonedx.org/schema/bom/";

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep)
{
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : sep) + p;
    return out;
}

void addUnique(std::vector<std::string>& list, const std::string& v)
{
    if (!v.empty() && std::find(list.begin(), list.end(), v) == list.end())
        list.push_back(v);
}

std::string percentDecode(std::string_view s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out.push_back(char(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)));
            i += 2;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

// The parts of a package URL a finding needs: its identity without version,
// qualifiers or subpath (an upgrade keeps the identity), its name and version.
struct Purl
{
    std::string base;
    std::string name;
    std::string version;
};

Purl parsePurl(const std::string& purl)
{
    Purl out;
    if (purl.rfind("pkg:", 0) != 0)
        return out;
    std::string s = purl.substr(0, purl.find_first_of("?#"));
    // '@' inside a namespace or name is percent-encoded, so the first one starts the version.
    if (const auto at = s.find('@'); at != std::string::npos) {
        out.version = percentDecode(s.substr(at + 1));
        s.erase(at);
    }
    out.base = s;
    const auto slash = s.rfind('/');
    out.name = percentDecode(slash == std::string::npos ? s.substr(4) : s.substr(slash + 1));
    return out;
}

// What a finding needs to know about a component its vulnerability affects.
struct Component
{
    std::string name;
    std::string group;
    std::string version;
    std::string purl;
    std::string type;
    std::string file;
};

std::string componentFile(const json& c)
{
    if (const auto* props = js::find(c, "properties"); props && props->is_array()) {
        for (const auto& p : *props) {
            const std::string name = js::str(p, "name");
            if (name == "aquasecurity:trivy:FilePath" || name == "syft:location:0:path" || name == "SrcFile")
                return js::str(p, "value");
        }
    }
    if (const auto* occ = js::path(c, {"evidence", "occurrences"}); occ && occ->is_array() && !occ->empty())
        return js::str((*occ)[0], "location");
    return {};
}

enum class AnalysisState { None, NotAffected, FalsePositive, Resolved, Exploitable, InTriage };

std::optional<AnalysisState> analysisStateFrom(const std::string& s)
{
    if (s.empty())
        return AnalysisState::None;
    if (s == "not_affected")
        return AnalysisState::NotAffected;
    if (s == "false_positive")
        return AnalysisState::FalsePositive;
    if (s == "resolved" || s == "resolved_with_pedigree")
        return AnalysisState::Resolved;
    if (s == "exploitable")
        return AnalysisState::Exploitable;
    if (s == "in_triage")
        return AnalysisState::InTriage;
    return std::nullopt;
}

VexStatus vexStatusOf(AnalysisState s)
{
    switch (s) {
    case AnalysisState::NotAffected:
    case AnalysisState::FalsePositive: return VexStatus::NotAffected;
    case AnalysisState::Resolved: return VexStatus::Fixed;
    case AnalysisState::Exploitable: return VexStatus::Affected;
    case AnalysisState::InTriage:
    case AnalysisState::None: break;
    }
    return VexStatus::UnderInvestigation;
}

AssetKind assetKindFor(const std::string& componentType)
{
    if (componentType == "container")
        return AssetKind::Image;
    if (componentType == "application" || componentType == "file")
        return AssetKind::Repository;
    if (componentType == "library" || componentType == "framework")
        return AssetKind::Package;
    if (componentType == "operating-system" || componentType == "device" || componentType == "firmware" ||
        componentType == "platform")
        return AssetKind::Host;
    return AssetKind::Unknown;
}

int methodRank(const std::string& method)
{
    const std::string m = lower(method);
    if (m == "cvssv4")
        return 6;
    if (m == "cvssv31")
        return 5;
    if (m == "cvssv3")
        return 4;
    if (m == "cvssv2")
        return 3;
    if (m.rfind("owasp", 0) == 0)
        return 2;
    if (m == "ssvc")
        return 1;
    return 0;
}
constexpr int LowestCvssRank = 3;

// The document-level context and the component map, fed by the JSON or the
// XML reader, turning each vulnerability into findings and VEX statements.
class BomAssembler
{
public:
    BomAssembler(FindingSink& sink, bool xml)
        : m_sink(sink)
        , m_xml(xml)
    {
    }

    void setSerial(std::string serial)
    {
        m_serial = std::move(serial);
        m_serialSeen = true;
        flushIfReady();
    }

    void setMetadata(const json& md, const std::string& place)
    {
        if (!md.is_object())
            throw FeedError(place, "metadata is not an object");
        m_metadataSeen = true;
        m_timestamp = js::str(md, "timestamp");
        readTools(md);
        if (const auto* mc = js::find(md, "component"); mc && mc->is_object()) {
            std::string group = js::str(*mc, "group");
            // The scope is what was scanned without its version: the next
            // release's scan reports on the same thing (see scope_names.h).
            // Container names may carry a tag of their own.
            m_target = (group.empty() ? "" : group + '/') + js::str(*mc, "name");
            if (js::str(*mc, "type") == "container")
                m_target = imageRepository(m_target);
            const std::string version = js::str(*mc, "version");
            m_assetName = m_target;
            if (!m_assetName.empty() && !version.empty())
                m_assetName += '@' + version;
            m_assetKind = assetKindFor(js::str(*mc, "type"));
            registerComponent(*mc, at(place, "/component"), 0);
        }
        // Who states a CycloneDX VEX: its authors, else the maker or supplier.
        if (const auto* authors = js::find(md, "authors"); authors && authors->is_array() && !authors->empty())
            m_author = js::str((*authors)[0], "name");
        for (const char* who : {"manufacturer", "manufacture", "supplier"}) {
            if (m_author.empty())
                m_author = js::strAt(md, {who, "name"});
        }
        flushIfReady();
    }

    void addComponent(const json& c, const std::string& place)
    {
        m_hasComponents = true;
        registerComponent(c, place, 0);
    }

    void componentsEnded()
    {
        m_componentsDone = true;
        flushIfReady();
    }

    void vulnerabilitiesPresent() { m_vulnerabilitiesPresent = true; }

    void addVulnerability(json&& v, std::string place, std::string raw)
    {
        m_vulnerabilitiesPresent = true;
        Pending p{std::move(v), std::move(place), std::move(raw)};
        if (ready())
            handle(p);
        else
            m_buffered.push_back(std::move(p)); // components or metadata come later in this file
    }

    void finish()
    {
        for (const auto& p : m_buffered)
            handle(p);
        m_buffered.clear();
        m_sink.setTool(tool(), m_toolVersion);
        const bool vexDocument = !m_hasComponents && m_sawAnalysis;
        if (m_vulnerabilitiesPresent && !vexDocument && !target().empty())
            m_sink.coverScope({tool(), target()});
    }

private:
    struct Pending
    {
        json value;
        std::string place;
        std::string raw;
    };

    // A place inside a record: a JSON pointer below the record's pointer; in
    // XML the record's line and column (the field is named in the reason).
    std::string at(const std::string& place, const std::string& sub) const { return m_xml ? place : place + sub; }
    [[noreturn]] void fail(const std::string& place, const std::string& sub, const std::string& reason) const
    {
        throw FeedError(at(place, sub), m_xml ? reason + " (" + sub.substr(1) + ")" : reason);
    }

    bool ready() const
    {
        return m_metadataSeen && m_componentsDone && (!m_target.empty() || m_serialSeen);
    }

    void flushIfReady()
    {
        if (!ready())
            return;
        for (const auto& p : m_buffered)
            handle(p);
        m_buffered.clear();
    }

    std::string tool() const { return m_tool.empty() ? std::string("CycloneDX") : m_tool; }
    std::string target() const { return m_target.empty() ? m_serial : m_target; }

    void readTools(const json& md)
    {
        const json* tools = js::find(md, "tools");
        if (!tools)
            return;
        const json* list = tools->is_object() ? js::find(*tools, "components") : tools;
        if (!list || !list->is_array())
            return;
        for (const auto& t : *list) {
            if (!js::str(t, "name").empty()) {
                m_tool = js::str(t, "name");
                m_toolVersion = js::str(t, "version");
                return;
            }
        }
    }

    void registerComponent(const json& c, const std::string& place, int depth)
    {
        if (!c.is_object())
            throw FeedError(place, "component is not an object");
        if (depth > JsonRecordReader::MaxDepth)
            throw FeedError(place, "components nested too deep");
        const std::string ref = js::str(c, "bom-ref");
        if (!ref.empty()) {
            m_components[ref] = Component{js::str(c, "name"), js::str(c, "group"), js::str(c, "version"),
                                          js::str(c, "purl"), js::str(c, "type"), componentFile(c)};
        }
        const auto* children = js::find(c, "components");
        if (!children)
            return;
        if (!children->is_array())
            fail(place, "/components", "nested components are not a list");
        for (std::size_t i = 0; i < children->size(); ++i)
            registerComponent((*children)[i], at(place, "/components/" + std::to_string(i)), depth + 1);
    }

    struct Rating
    {
        Severity severity = Severity::Unknown;
        std::optional<double> cvssScore;
        std::string cvssVector;
        std::optional<double> epss;
    };

    Rating rating(const json& v, const std::string& place) const
    {
        Rating out;
        const json* ratings = js::find(v, "ratings");
        if (!ratings)
            return out;
        if (!ratings->is_array())
            fail(place, "/ratings", "ratings are not a list");
        const json* best = nullptr;
        int bestRank = -1;
        bool bestIsNvd = false;
        std::optional<Severity> bestSeverity, firstSeverity;
        std::optional<double> bestScore;
        for (std::size_t i = 0; i < ratings->size(); ++i) {
            const json& r = (*ratings)[i];
            const std::string sub = "/ratings/" + std::to_string(i);
            if (!r.is_object())
                fail(place, sub, "rating is not an object");
            std::optional<Severity> sev;
            if (const std::string word = js::str(r, "severity"); !word.empty()) {
                sev = severityFromWord(word);
                if (!sev)
                    fail(place, sub + "/severity", "unknown severity \"" + word + "\"");
                if (*sev == Severity::Unknown)
                    sev.reset();
                if (sev && !firstSeverity)
                    firstSeverity = sev;
            }
            const json* scoreValue = js::find(r, "score");
            if (scoreValue && scoreValue->is_object()) // the 1.2 extension: <score><base>
                scoreValue = js::find(*scoreValue, "base");
            const std::optional<double> score = js::num(scoreValue);
            if (scoreValue && !scoreValue->is_null() && !score)
                fail(place, sub + "/score", "score is not a number");
            const std::string method = js::str(r, "method");
            const std::string source = lower(js::strAt(r, {"source", "name"}));
            if (lower(method) == "other" &&
                (source == "first" || js::strAt(r, {"source", "url"}).find("epss") != std::string::npos)) {
                out.epss = score;
                continue;
            }
            const int rank = methodRank(method);
            const bool nvd = source == "nvd";
            if (rank > bestRank || (rank == bestRank && nvd && !bestIsNvd)) {
                best = &r;
                bestRank = rank;
                bestIsNvd = nvd;
                bestSeverity = sev;
                bestScore = score;
            }
        }
        if (best && bestRank >= LowestCvssRank && bestScore) {
            out.cvssScore = bestScore;
            out.cvssVector = js::str(*best, "vector");
        }
        if (bestSeverity)
            out.severity = *bestSeverity;
        else if (firstSeverity)
            out.severity = *firstSeverity;
        else if (out.cvssScore)
            out.severity = severityFromCvss(*out.cvssScore);
        return out;
    }

    struct Target
    {
        std::string ref;
        const json* versions = nullptr;
    };

    std::vector<Target> targets(const json& v, const std::string& place) const
    {
        std::vector<Target> out;
        const json* affects = js::find(v, "affects");
        if (affects && !affects->is_array())
            fail(place, "/affects", "affects is not a list");
        if (affects) {
            for (std::size_t i = 0; i < affects->size(); ++i) {
                const json& a = (*affects)[i];
                const std::string sub = "/affects/" + std::to_string(i);
                const std::string ref = js::str(a, "ref");
                if (ref.empty())
                    fail(place, sub + "/ref", "affected component without ref");
                const json* versions = js::find(a, "versions");
                if (versions && !versions->is_array())
                    fail(place, sub + "/versions", "versions are not a list");
                out.push_back({ref, versions});
            }
        }
        if (out.empty() && !js::str(v, "ref").empty()) // the 1.2 extension names the component on the element
            out.push_back({js::str(v, "ref"), nullptr});
        return out;
    }

    static void textList(const json* list, std::vector<std::string>& out, const char* key = nullptr)
    {
        if (!list || !list->is_array())
            return;
        for (const auto& item : *list)
            addUnique(out, item.is_string() ? item.get<std::string>() : key ? js::str(item, key) : std::string());
    }

    void handle(const Pending& p)
    {
        const json& v = p.value;
        const std::string& place = p.place;
        if (!v.is_object())
            throw FeedError(place, "vulnerability is not an object");
        const std::string id = js::str(v, "id");
        if (id.empty())
            fail(place, "/id", "vulnerability without id");

        const json* analysis = js::find(v, "analysis");
        if (analysis && !analysis->is_object())
            fail(place, "/analysis", "analysis is not an object");
        const std::string stateWord = analysis ? js::str(*analysis, "state") : std::string();
        const auto state = analysisStateFrom(stateWord);
        if (!state)
            fail(place, "/analysis/state", "unknown analysis state \"" + stateWord + "\"");
        if (*state != AnalysisState::None)
            m_sawAnalysis = true;

        const std::vector<Target> affected = targets(v, place);
        const bool vexOnly = !m_hasComponents && *state != AnalysisState::None;
        const bool alsoVex = *state == AnalysisState::NotAffected || *state == AnalysisState::FalsePositive ||
                             *state == AnalysisState::Resolved;
        if (vexOnly || alsoVex)
            m_sink.addVexStatement(statement(v, id, *state, *analysis, affected, p.raw));
        if (vexOnly)
            return;

        Finding base = common(v, id, place);
        base.raw = p.raw;
        if (*state == AnalysisState::NotAffected || *state == AnalysisState::FalsePositive)
            base.sourceState = SourceState::Suppressed;
        else if (*state == AnalysisState::Resolved)
            base.sourceState = SourceState::Fixed;
        if (*state != AnalysisState::None) {
            std::vector<std::string> why{"analysis: " + stateWord};
            addUnique(why, js::str(*analysis, "justification"));
            std::vector<std::string> responses;
            textList(js::find(*analysis, "response"), responses);
            textList(js::find(*analysis, "responses"), responses);
            if (!responses.empty())
                why.push_back("response: " + join(responses, ", "));
            addUnique(why, js::str(*analysis, "detail"));
            base.sourceStateReason = join(why, "; ");
        }
        if (affected.empty()) {
            Finding f = base;
            finishFinding(f, nullptr, {}, id, true);
            m_sink.addFinding(std::move(f));
            return;
        }
        for (const auto& t : affected) {
            Finding f = base;
            finishFinding(f, &t, js::str(v, "recommendation"), id, affected.size() == 1);
            m_sink.addFinding(std::move(f));
        }
    }

    // What every pair of one vulnerability shares.
    Finding common(const json& v, const std::string& id, const std::string& place) const
    {
        Finding f;
        f.tool = tool();
        f.toolVersion = m_toolVersion;
        f.scopeTarget = target();
        f.asset = m_assetName.empty() ? target() : m_assetName;
        f.assetKind = m_assetKind;
        f.ruleId = id;
        if (id.rfind("CVE-", 0) == 0)
            f.cves.push_back(id);
        if (const auto* refs = js::find(v, "references"); refs && refs->is_array()) {
            for (const auto& r : *refs) {
                if (js::str(r, "id").rfind("CVE-", 0) == 0)
                    addUnique(f.cves, js::str(r, "id"));
            }
        }
        if (const auto* cwes = js::find(v, "cwes"); cwes) {
            if (!cwes->is_array())
                fail(place, "/cwes", "cwes are not a list");
            for (std::size_t i = 0; i < cwes->size(); ++i) {
                const json& c = (*cwes)[i];
                std::string n = c.is_number_unsigned() || c.is_number_integer() ? std::to_string(c.get<long long>())
                                : c.is_string()                                ? c.get<std::string>()
                                                                               : std::string();
                if (n.rfind("CWE-", 0) == 0)
                    n.erase(0, 4);
                if (n.empty() || !std::all_of(n.begin(), n.end(), [](unsigned char ch) { return std::isdigit(ch); }))
                    fail(place, "/cwes/" + std::to_string(i), "CWE is not a number");
                addUnique(f.cwes, "CWE-" + n);
            }
        }
        const Rating r = rating(v, place);
        f.severity = r.severity;
        f.cvssScore = r.cvssScore;
        f.cvssVector = r.cvssVector;
        f.epss = r.epss;

        std::vector<std::string> text;
        addUnique(text, js::str(v, "description"));
        addUnique(text, js::str(v, "detail"));
        std::vector<std::string> facts;
        if (const std::string source = js::strAt(v, {"source", "name"}); !source.empty())
            facts.push_back("Source: " + source);
        if (const std::string published = js::str(v, "published"); !published.empty())
            facts.push_back("Published: " + published);
        if (const auto* props = js::find(v, "properties"); props && props->is_array()) {
            for (const auto& prop : *props) {
                if (!js::str(prop, "name").empty())
                    facts.push_back(js::str(prop, "name") + ": " + js::str(prop, "value"));
            }
        }
        if (!facts.empty())
            text.push_back(join(facts, "\n"));
        f.description = join(text, "\n\n");

        std::vector<std::string> remedy;
        addUnique(remedy, js::str(v, "recommendation"));
        textList(js::find(v, "recommendations"), remedy); // 1.2 extension
        if (const std::string w = js::str(v, "workaround"); !w.empty())
            remedy.push_back("Workaround: " + w);
        f.remediation = join(remedy, "\n");

        textList(js::find(v, "advisories"), f.references, "url");
        if (const auto* refs = js::find(v, "references"); refs && refs->is_array()) {
            for (const auto& ref : *refs)
                addUnique(f.references, js::strAt(ref, {"source", "url"}));
        }
        addUnique(f.references, js::strAt(v, {"source", "url"}));
        return f;
    }

    // Fills in the affected component (or the target itself when there is none).
    void finishFinding(Finding& f, const Target* t, const std::string& recommendation, const std::string& id,
                       bool onlyTarget) const
    {
        std::string identity;
        if (t) {
            const auto it = m_components.find(t->ref);
            if (it != m_components.end()) {
                const Component& c = it->second;
                f.package = c.group.empty() ? c.name : c.group + '/' + c.name;
                f.packageVersion = c.version;
                f.purl = c.purl;
                f.locationFile = c.file;
                identity = !c.purl.empty() ? parsePurl(c.purl).base : c.type + ':' + f.package;
            } else if (const Purl p = parsePurl(t->ref); !p.base.empty()) {
                f.package = p.name;
                f.packageVersion = p.version;
                f.purl = t->ref;
                identity = p.base;
            } else {
                identity = t->ref; // names a component of another BOM
            }
            std::vector<std::string> fixed, affectedRanges;
            if (t->versions) {
                for (const auto& ver : *t->versions) {
                    const std::string status = js::str(ver, "status");
                    const std::string exact = js::str(ver, "version");
                    if (status == "unaffected" && !exact.empty())
                        addUnique(fixed, exact);
                    else if (status != "unaffected" && !exact.empty() && f.packageVersion.empty())
                        f.packageVersion = exact;
                    if (status != "unaffected")
                        addUnique(affectedRanges, js::str(ver, "range"));
                }
            }
            f.fixVersion = join(fixed, ", ");
            // Trivy and OSS Index write the fix only as "Upgrade X to version Y";
            // trivy names one package even when the vulnerability affects several.
            const auto pos = recommendation.find(" to version ");
            const std::string named = recommendation.rfind("Upgrade ", 0) == 0 && pos != std::string::npos
                                          ? recommendation.substr(8, pos - 8)
                                          : std::string();
            if (f.fixVersion.empty() && pos != std::string::npos &&
                (onlyTarget || named == f.package || (it != m_components.end() && named == it->second.name))) {
                f.fixVersion = recommendation.substr(pos + 12);
                while (!f.fixVersion.empty() && (f.fixVersion.back() == '.' || f.fixVersion.back() == ' '))
                    f.fixVersion.pop_back();
            }
            if (!affectedRanges.empty())
                f.description += (f.description.empty() ? "" : "\n") + std::string("Affected versions: ") +
                                 join(affectedRanges, ", ");
        }
        // OSS Index ids are UUIDs; the CVE among the references names the problem better.
        const bool opaqueId = id.find_first_not_of("0123456789abcdef-") == std::string::npos;
        const std::string shown = opaqueId && !f.cves.empty() ? f.cves.front() : id;
        f.title = f.package.empty() ? shown : shown + " in " + f.package;
        f.fingerprintFamily = "cyclonedx";
        f.fingerprintInputs = {{"tool", lower(tool())}, {"scope", target()}, {"id", id},
                               {"component", identity},  {"file", f.locationFile}};
    }

    VexStatement statement(const json& v, const std::string& id, AnalysisState state, const json& analysis,
                           const std::vector<Target>& affected, const std::string& raw) const
    {
        VexStatement s;
        s.documentId = m_serial.empty() ? target() : m_serial;
        s.author = m_author.empty() ? tool() : m_author;
        s.vulnerability = id;
        for (const auto& t : affected) {
            const auto it = m_components.find(t.ref);
            addUnique(s.products, it != m_components.end() && !it->second.purl.empty() ? it->second.purl : t.ref);
        }
        s.status = vexStatusOf(state);
        s.justification = js::str(analysis, "justification");
        s.impactStatement = js::str(analysis, "detail");
        std::vector<std::string> responses;
        textList(js::find(analysis, "response"), responses);
        textList(js::find(analysis, "responses"), responses);
        std::vector<std::string> action;
        if (!responses.empty())
            action.push_back("response: " + join(responses, ", "));
        addUnique(action, js::str(v, "recommendation"));
        s.actionStatement = join(action, "; ");
        for (const std::string& when : {js::str(analysis, "lastUpdated"), js::str(analysis, "firstIssued"),
                                        js::str(v, "updated"), js::str(v, "published"), m_timestamp}) {
            if (s.timestamp.empty())
                s.timestamp = when;
        }
        s.raw = raw;
        return s;
    }

    FindingSink& m_sink;
    bool m_xml;
    std::string m_serial;
    bool m_serialSeen = false;
    bool m_metadataSeen = false;
    bool m_componentsDone = false;
    bool m_hasComponents = false;
    bool m_vulnerabilitiesPresent = false;
    bool m_sawAnalysis = false;
    std::string m_target;
    std::string m_assetName; // the scanned component with its version
    AssetKind m_assetKind = AssetKind::Unknown;
    std::string m_tool, m_toolVersion, m_author, m_timestamp;
    std::map<std::string, Component> m_components;
    std::vector<Pending> m_buffered;
};

// Streams a CycloneDX XML document: QXmlStreamReader is fed from the source
// chunk by chunk, and each component and vulnerability element is built into
// the JSON shape of the same object, so one mapping serves both encodings.
class CycloneDxXmlReader
{
public:
    CycloneDxXmlReader(ByteSource& src, BomAssembler& bom)
        : m_src(src)
        , m_bom(bom)
    {
    }

    void run()
    {
        while (next() != QXmlStreamReader::StartElement) {
        }
        if (m_xml.name() != u"bom" || !m_xml.namespaceUri().startsWith(QString::fromStdString(BomNamespacePrefix)))
            throw FeedError(where(), "the root element is not a CycloneDX <bom>");
        m_namespaces = m_xml.namespaceDeclarations();
        // A producer that declares the vulnerability extension scanned for
        // vulnerabilities even when it found none (it then writes no element).
        for (const auto& ns : m_namespaces) {
            if (ns.namespaceUri().startsWith(u"http://cyclonedx.org/schema/ext/vulnerability"))
                m_bom.vulnerabilitiesPresent();
        }
        m_bom.setSerial(m_xml.attributes().value(QLatin1StringView("serialNumber")).toString().toStdString());
        for (;;) {
            const auto t = next();
            if (t == QXmlStreamReader::EndElement)
                break; // </bom>: anything after it is not read
            if (t != QXmlStreamReader::StartElement)
                continue;
            const std::string place = where();
            if (m_xml.name() == u"metadata") {
                std::size_t bytes = 0;
                m_bom.setMetadata(element(1, nullptr, bytes), place);
                flushNested();
            } else if (m_xml.name() == u"components") {
                components();
            } else if (m_xml.name() == u"vulnerabilities") { // the bom namespace or the 1.2 extension
                vulnerabilities(1, {});
                m_bom.vulnerabilitiesPresent();
            } else {
                skip(1);
            }
        }
        m_bom.finish();
    }

private:
    static constexpr std::size_t FeedBytes = 64 * 1024;

    std::string where() const
    {
        return "line " + std::to_string(m_xml.lineNumber()) + ", column " + std::to_string(m_xml.columnNumber());
    }

    QXmlStreamReader::TokenType next()
    {
        for (;;) {
            const auto t = m_xml.readNext();
            if (!m_xml.hasError()) {
                if (t == QXmlStreamReader::DTD)
                    throw FeedError(where(), "a DOCTYPE is not allowed in a CycloneDX document");
                if (t == QXmlStreamReader::EndDocument)
                    throw FeedError(where(), "the document ends before its root element");
                return t;
            }
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_eof) {
                std::string buf(FeedBytes, '\0');
                const std::size_t n = m_src.read(buf.data(), buf.size());
                if (n == 0)
                    m_eof = true; // the next read reports the premature end as an error
                else
                    m_xml.addData(QByteArray(buf.data(), qsizetype(n)));
                continue;
            }
            throw FeedError(where(), "invalid XML: " + m_xml.errorString().toStdString());
        }
    }

    // The element that just started must end; nothing inside it is built.
    void skip(int depth)
    {
        int open = 1;
        while (open > 0) {
            const auto t = next();
            if (t == QXmlStreamReader::StartElement && ++open + depth > JsonRecordReader::MaxDepth)
                throw FeedError(where(), "nesting deeper than " + std::to_string(JsonRecordReader::MaxDepth) + " levels");
            if (t == QXmlStreamReader::EndElement)
                --open;
        }
    }

    void components()
    {
        for (;;) {
            const auto t = next();
            if (t == QXmlStreamReader::EndElement)
                break;
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() != u"component") {
                skip(2);
                continue;
            }
            const std::string place = where();
            std::size_t bytes = 0;
            m_bom.addComponent(element(2, nullptr, bytes), place);
            flushNested();
        }
        m_bom.componentsEnded();
    }

    // After the component that held them is registered.
    void flushNested()
    {
        for (auto& n : m_nested)
            m_bom.addVulnerability(std::move(n.value), std::move(n.place), std::move(n.raw));
        m_nested.clear();
    }

    // The <vulnerabilities> of the bom, or (1.2 extension, as grype wrote it)
    // of one component, which they then affect whatever their ref says.
    void vulnerabilities(int depth, const std::string& owner)
    {
        for (;;) {
            const auto t = next();
            if (t == QXmlStreamReader::EndElement)
                return;
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() != u"vulnerability") {
                skip(depth + 1);
                continue;
            }
            const std::string place = where();
            std::size_t bytes = 0;
            QString raw;
            QXmlStreamWriter writer(&raw);
            for (const auto& ns : m_namespaces) {
                if (ns.prefix().isEmpty())
                    writer.writeDefaultNamespace(ns.namespaceUri().toString());
                else
                    writer.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
            }
            json v = element(depth + 1, &writer, bytes);
            if (owner.empty()) {
                m_bom.addVulnerability(std::move(v), place, raw.toStdString());
            } else {
                if (v.is_object())
                    v["affects"] = json::array({json{{"ref", owner}}});
                m_nested.push_back({std::move(v), place, raw.toStdString()});
            }
        }
    }

    // List elements and the name of their items; anything else is an object
    // (attributes and child elements as keys) or, without children, its text.
    static const char* itemOf(QStringView name)
    {
        static const std::pair<const char16_t*, const char*> lists[] = {
            {u"components", "component"}, {u"services", "service"},         {u"vulnerabilities", "vulnerability"},
            {u"ratings", "rating"},       {u"cwes", "cwe"},                 {u"advisories", "advisory"},
            {u"affects", "target"},       {u"versions", "version"},         {u"properties", "property"},
            {u"references", "reference"}, {u"externalReferences", "reference"}, {u"responses", "response"},
            {u"recommendations", "recommendation"}, {u"tools", "tool"},     {u"hashes", "hash"},
            {u"licenses", "license"},     {u"authors", "author"},           {u"endpoints", "endpoint"},
            {u"organizations", "organization"}, {u"individuals", "individual"}, {u"occurrences", "occurrence"},
        };
        for (const auto& [list, item] : lists) {
            if (name == QStringView(list))
                return item;
        }
        return nullptr;
    }

    void count(std::size_t& bytes, qsizetype n) const
    {
        bytes += std::size_t(n);
        if (bytes > JsonRecordReader::MaxRecordBytes)
            throw FeedError(where(), "record larger than " + std::to_string(JsonRecordReader::MaxRecordBytes >> 20) +
                                         " MiB");
    }

    json element(int depth, QXmlStreamWriter* raw, std::size_t& bytes)
    {
        if (depth > JsonRecordReader::MaxDepth)
            throw FeedError(where(), "nesting deeper than " + std::to_string(JsonRecordReader::MaxDepth) + " levels");
        const char* item = itemOf(m_xml.name());
        const bool component = m_xml.name() == u"component" && !raw;
        json obj = json::object();
        for (const auto& a : m_xml.attributes()) {
            count(bytes, a.value().size());
            obj[a.name().toString().toStdString()] = a.value().toString().toStdString();
        }
        // Vulnerabilities nested in a component affect it; one without a
        // bom-ref gets a name of its own for them to point at.
        if (component && js::str(obj, "bom-ref").empty())
            obj["bom-ref"] = "xml-component@" + where();
        if (raw)
            raw->writeCurrentToken(m_xml);
        json items = json::array();
        bool otherChildren = false;
        std::set<std::string> repeated;
        QString text;
        for (;;) {
            const auto t = next();
            if (raw && t != QXmlStreamReader::StartElement)
                raw->writeCurrentToken(m_xml);
            if (t == QXmlStreamReader::EndElement)
                break;
            if (t == QXmlStreamReader::Characters) {
                count(bytes, m_xml.text().size());
                text += m_xml.text();
            } else if (t == QXmlStreamReader::EntityReference) {
                throw FeedError(where(), "an entity reference is not allowed in a CycloneDX document");
            } else if (t == QXmlStreamReader::StartElement) {
                if (component && m_xml.name() == u"vulnerabilities") {
                    vulnerabilities(depth + 1, js::str(obj, "bom-ref"));
                    continue;
                }
                const std::string child = m_xml.name().toString().toStdString();
                json value = element(depth + 1, raw, bytes);
                if (item && child == item) {
                    items.push_back(std::move(value));
                    continue;
                }
                otherChildren = true;
                auto it = obj.find(child);
                if (it == obj.end()) {
                    obj[child] = std::move(value);
                } else {
                    if (repeated.insert(child).second) // a repeated element becomes a list
                        *it = json::array({std::move(*it)});
                    it->push_back(std::move(value));
                }
            }
        }
        if (item && !otherChildren)
            return items;
        if (!otherChildren && items.empty()) {
            const std::string value = text.trimmed().toStdString();
            if (obj.empty())
                return value;
            if (!value.empty())
                obj["value"] = value; // <property name="x">value</property>
        }
        return obj;
    }

    ByteSource& m_src;
    BomAssembler& m_bom;
    QXmlStreamReader m_xml;
    QXmlStreamNamespaceDeclarations m_namespaces;
    bool m_eof = false;
    struct Nested
    {
        json value;
        std::string place;
        std::string raw;
    };
    std::vector<Nested> m_nested; // found inside the component being read

};

} // namespace

int CycloneDxJsonImporter::detect(const FeedSniff& sniff) const
{
    if (sniff.kind != FeedSniff::Kind::Json || sniff.jsonRoot != '{')
        return 0;
    return sniff.value("/bomFormat") == "CycloneDX" ? 90 : 0;
}

void CycloneDxJsonImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    if (!detect(sniff))
        throw FeedError({}, "not a CycloneDX JSON document");
    BomAssembler bom(sink, false);
    JsonRecordReader reader;
    reader.capture("/serialNumber", [&](auto&, json&& v) { bom.setSerial(js::str(&v)); });
    // Metadata and one top-level component with its children are bounded;
    // the lists of components and vulnerabilities are not, so they stream.
    reader.capture("/metadata", [&](auto& p, json&& v) { bom.setMetadata(v, JsonRecordReader::pointer(p)); });
    reader.capture("/components/*", [&](auto& p, json&& v) { bom.addComponent(v, JsonRecordReader::pointer(p)); });
    reader.onEnd("/components", [&](auto&) { bom.componentsEnded(); });
    reader.capture("/vulnerabilities/*", [&](auto& p, json&& v) {
        std::string raw = v.dump();
        bom.addVulnerability(std::move(v), JsonRecordReader::pointer(p), std::move(raw));
    });
    reader.onEnd("/vulnerabilities", [&](auto&) { bom.vulnerabilitiesPresent(); });
    reader.run(src);
    bom.finish();
}

int CycloneDxXmlImporter::detect(const FeedSniff& sniff) const
{
    if (sniff.kind != FeedSniff::Kind::Xml || sniff.xmlRoot != "bom")
        return 0;
    return sniff.xmlNamespace.rfind(BomNamespacePrefix, 0) == 0 ? 90 : 0;
}

void CycloneDxXmlImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    if (!detect(sniff))
        throw FeedError({}, "not a CycloneDX XML document");
    BomAssembler bom(sink, true);
    CycloneDxXmlReader(src, bom).run();
}

} // namespace closeloop
