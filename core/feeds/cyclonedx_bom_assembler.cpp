// SPDX-License-Identifier: GPL-3.0-or-later
// CycloneDX vulnerabilities into findings and VEX statements, against the document's context.
#include "cyclonedx_bom_assembler.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"
#include "scope_names.h"

#include <algorithm>

namespace closeloop {

using nlohmann::json;

namespace {

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

void textList(const json* list, std::vector<std::string>& out, const char* key = nullptr)
{
    if (!list || !list->is_array())
        return;
    for (const auto& item : *list)
        addUnique(out, item.is_string() ? item.get<std::string>() : key ? js::str(item, key) : std::string());
}

} // namespace

CycloneDxBomAssembler::CycloneDxBomAssembler(FindingSink& sink, bool xml)
    : m_sink(sink)
    , m_xml(xml)
{
}

void CycloneDxBomAssembler::setSerial(std::string serial)
{
    m_serial = std::move(serial);
    m_serialSeen = true;
    flushIfReady();
}

void CycloneDxBomAssembler::setMetadata(const json& md, const std::string& place)
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

void CycloneDxBomAssembler::addComponent(const json& c, const std::string& place)
{
    m_hasComponents = true;
    registerComponent(c, place, 0);
}

void CycloneDxBomAssembler::componentsEnded()
{
    m_componentsDone = true;
    flushIfReady();
}

void CycloneDxBomAssembler::addVulnerability(json&& v, std::string place, std::string raw)
{
    m_vulnerabilitiesPresent = true;
    Pending p{std::move(v), std::move(place), std::move(raw)};
    if (ready())
        handle(p);
    else
        m_buffered.push_back(std::move(p)); // components or metadata come later in this file
}

void CycloneDxBomAssembler::finish()
{
    for (const auto& p : m_buffered)
        handle(p);
    m_buffered.clear();
    m_sink.setTool(tool(), m_toolVersion);
    const bool vexDocument = !m_hasComponents && m_sawAnalysis;
    if (m_vulnerabilitiesPresent && !vexDocument && !target().empty())
        m_sink.coverScope({tool(), target()});
}

void CycloneDxBomAssembler::fail(const std::string& place, const std::string& sub, const std::string& reason) const
{
    throw FeedError(at(place, sub), m_xml ? reason + " (" + sub.substr(1) + ")" : reason);
}

bool CycloneDxBomAssembler::ready() const
{
    return m_metadataSeen && m_componentsDone && (!m_target.empty() || m_serialSeen);
}

void CycloneDxBomAssembler::flushIfReady()
{
    if (!ready())
        return;
    for (const auto& p : m_buffered)
        handle(p);
    m_buffered.clear();
}

void CycloneDxBomAssembler::readTools(const json& md)
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

void CycloneDxBomAssembler::registerComponent(const json& c, const std::string& place, int depth)
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

CycloneDxBomAssembler::Rating CycloneDxBomAssembler::rating(const json& v, const std::string& place) const
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

std::vector<CycloneDxBomAssembler::Target> CycloneDxBomAssembler::targets(const json& v, const std::string& place) const
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

void CycloneDxBomAssembler::handle(const Pending& p)
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
        m_sink.addVexStatement(statement(v, id, vexStatusOf(*state), *analysis, affected, p.raw));
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

Finding CycloneDxBomAssembler::common(const json& v, const std::string& id, const std::string& place) const
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
            if (!isDigits(n))
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

void CycloneDxBomAssembler::finishFinding(Finding& f, const Target* t, const std::string& recommendation,
                                          const std::string& id, bool onlyTarget) const
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
            appendLine(f.description, "Affected versions: " + join(affectedRanges, ", "));
    }
    // OSS Index ids are UUIDs; the CVE among the references names the problem better.
    const bool opaqueId = id.find_first_not_of("0123456789abcdef-") == std::string::npos;
    const std::string shown = opaqueId && !f.cves.empty() ? f.cves.front() : id;
    f.title = f.package.empty() ? shown : shown + " in " + f.package;
    f.fingerprintFamily = "cyclonedx";
    f.fingerprintInputs = {{"tool", lower(tool())}, {"scope", target()}, {"id", id},
                           {"component", identity},  {"file", f.locationFile}};
}

VexStatement CycloneDxBomAssembler::statement(const json& v, const std::string& id, VexStatus status,
                                              const json& analysis, const std::vector<Target>& affected,
                                              const std::string& raw) const
{
    VexStatement s;
    s.documentId = m_serial.empty() ? target() : m_serial;
    s.author = m_author.empty() ? tool() : m_author;
    s.vulnerability = id;
    for (const auto& t : affected) {
        const auto it = m_components.find(t.ref);
        addUnique(s.products, it != m_components.end() && !it->second.purl.empty() ? it->second.purl : t.ref);
    }
    s.status = status;
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

} // namespace closeloop
