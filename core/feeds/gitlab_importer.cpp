// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitlab_importer.h"

#include "feed_error.h"
#include "feed_text.h"
#include "feed_text.h"
#include "json_record_reader.h"
#include "record_spool.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <unordered_map>

namespace closeloop {

using nlohmann::json;

namespace {

constexpr const char* ProjectTarget = "(project)";

bool isImageReport(const std::string& type)
{
    return type == "container_scanning" || type == "cluster_image_scanning";
}

std::string toolLabel(const std::string& type, const std::string& scanner)
{
    std::string what;
    if (type.empty())
        what = "security report";
    else if (type == "sast")
        what = "SAST";
    else if (type == "dast")
        what = "DAST";
    else if (type == "api_fuzzing")
        what = "API fuzzing";
    else {
        what = type;
        std::replace(what.begin(), what.end(), '_', ' ');
    }
    return "GitLab " + what + (scanner.empty() ? std::string() : " (" + scanner + ')');
}

// GitLab's confidence words onto high/medium/low; "Ignore", "Unknown" and
// "Undefined" leave it empty rather than guess.
std::string confidenceOf(const std::string& word)
{
    const std::string w = lower(word);
    if (w == "confirmed" || w == "high")
        return "high";
    if (w == "medium")
        return "medium";
    if (w == "low" || w == "experimental")
        return "low";
    return {};
}

// "Upgrade to version 1.2.3 or above." / "Upgrade libcrypto1.1 to 1.1.1d-r0"
std::string fixVersionFrom(const std::string& solution)
{
    if (!startsWith(solution, "Upgrade "))
        return {};
    const auto to = solution.find(" to ");
    if (to == std::string::npos)
        return {};
    std::string rest = solution.substr(to + 4);
    for (const char* word : {"versions ", "version "}) {
        if (startsWith(rest, word)) {
            rest.erase(0, std::char_traits<char>::length(word));
            break;
        }
    }
    std::string v = rest.substr(0, rest.find_first_of(" ,;\n"));
    while (!v.empty() && v.back() == '.')
        v.pop_back();
    return std::any_of(v.begin(), v.end(), [](unsigned char c) { return std::isdigit(c); }) ? v : std::string();
}

// GitLab's own tracking of a moved finding: the strongest signature per
// location. "location" signatures are the line and are left out.
std::string trackingSignature(const json& v)
{
    const json* items = js::path(v, {"tracking", "items"});
    if (!items || !items->is_array())
        return {};
    std::string out;
    for (const auto& item : *items) {
        const json* sigs = js::find(item, "signatures");
        if (!sigs || !sigs->is_array())
            continue;
        int bestRank = 0;
        std::string best;
        for (const auto& s : *sigs) {
            const std::string alg = js::str(s, "algorithm");
            const int rank = alg == "scope_offset_compressed" ? 3 : alg == "scope_offset" ? 2 : alg == "hash" ? 1 : 0;
            if (rank > bestRank && !js::str(s, "value").empty()) {
                bestRank = rank;
                best = alg + ':' + js::str(s, "value");
            }
        }
        appendLine(out, best);
    }
    return out;
}

Severity severityOf(const json& v, const std::string& place)
{
    const json* s = js::find(v, "severity");
    if (!s || s->is_null())
        return Severity::Unknown;
    if (!s->is_string())
        throw FeedError(place + "/severity", "expected a severity word");
    const std::string word = s->get<std::string>();
    const auto sev = severityFromWord(word);
    if (!sev)
        throw FeedError(place + "/severity", "unknown severity \"" + word + "\"");
    return *sev;
}

// What a vulnerability says about its own scanner and identity; completed
// from the scan object, which usually comes later.
struct Identity
{
    std::string category;
    std::string scannerId;
    std::string scannerName;
    std::string image;
    std::string signature;
    std::string compareKey; // the deprecated `cve` field
    std::string primary;    // identifiers[0] as type:value
    std::string file;
};

struct Pending
{
    Finding finding;
    Identity id;
};

class GitLabParse
{
public:
    explicit GitLabParse(FindingSink& sink)
        : m_sink(sink)
    {
    }

    void run(ByteSource& src)
    {
        JsonRecordReader reader;
        auto text = [](std::string& field) { return [&field](auto&, json&& v) { field = js::str(&v); }; };
        reader.capture("/scan/type", text(m_scanType));
        reader.capture("/scan/status", text(m_scanStatus));
        reader.capture("/scan/scanner/id", text(m_scannerId));
        reader.capture("/scan/scanner/name", text(m_scannerName));
        reader.capture("/scan/scanner/version", text(m_scannerVersion));
        reader.capture("/scan/analyzer/id", text(m_analyzerId));
        reader.capture("/scan/analyzer/name", text(m_analyzerName));
        reader.onEnd("/scan", [this](auto&) {
            m_scanSeen = true;
            flush();
        });
        reader.capture("/vulnerabilities/*", [this](auto& p, json&& v) {
            const std::string& last = p.back();
            if (!isDigits(last))
                throw FeedError("/vulnerabilities", "expected an array");
            const std::string place = JsonRecordReader::pointer(p);
            // Mapped now, so that a bad record is refused where it stands. A
            // record naming its own type and scanner needs nothing from the
            // scan object; others wait for it as the text they were mapped
            // from, and are mapped again then.
            Pending pending = vulnerability(v, place);
            if (m_scanSeen || (!pending.id.category.empty() && !pending.id.scannerId.empty()))
                emit(std::move(pending));
            else
                m_held.add(place, pending.finding.raw);
        });
        reader.run(src);
        m_scanSeen = true;
        flush();
        finishScopes();
    }

private:
    std::string scannerId() const { return !m_scannerId.empty() ? m_scannerId : m_analyzerId; }
    std::string scannerName() const
    {
        if (!m_scannerName.empty())
            return m_scannerName;
        return !m_analyzerName.empty() ? m_analyzerName : scannerId();
    }

    void finishScopes()
    {
        const std::string scanTool = toolLabel(m_scanType, scannerName());
        if (m_tools.empty())
            m_sink.setTool(scanTool, m_scannerVersion);
        // Records that named their own scanner went out before the scan object gave its version.
        for (const auto& [tool, version] : m_tools)
            m_sink.setTool(tool, version.empty() && tool == scanTool ? m_scannerVersion : version);
        if (m_scanStatus == "failure")
            return; // the job did not finish its look; it closes nothing
        // The scan object vouches for its own scanner even with no findings;
        // an image report names its image only through findings.
        if (!isImageReport(m_scanType))
            cover(scanTool, ProjectTarget);
        for (const auto& s : m_scopes)
            m_sink.coverScope(s);
    }

    void cover(const std::string& tool, const std::string& target)
    {
        const ScanScope s{tool, target};
        if (std::find(m_scopes.begin(), m_scopes.end(), s) == m_scopes.end())
            m_scopes.push_back(s);
    }

    void flush()
    {
        m_held.drain([this](std::string& place, std::string& record) { emit(vulnerability(json::parse(record), place)); });
    }

    void emit(Pending&& p)
    {
        Finding& f = p.finding;
        const Identity& id = p.id;
        const std::string type = !id.category.empty() ? id.category : m_scanType;
        const bool ownScanner = id.scannerId.empty() || id.scannerId == scannerId();
        const std::string sid = !id.scannerId.empty() ? id.scannerId : scannerId();
        const std::string sname = !id.scannerName.empty() ? id.scannerName : (ownScanner ? scannerName() : sid);
        f.tool = toolLabel(type, sname);
        f.toolVersion = ownScanner ? m_scannerVersion : std::string();
        f.scopeTarget = !id.image.empty() ? id.image : std::string(ProjectTarget);

        f.fingerprintFamily = "gitlab";
        f.fingerprintInputs = {{"target", f.scopeTarget}, {"scanner", sid}};
        if (!id.signature.empty())
            f.fingerprintInputs.emplace_back("signature", id.signature);
        else if (!id.compareKey.empty())
            f.fingerprintInputs.emplace_back("cve", id.compareKey);
        else {
            f.fingerprintInputs.emplace_back("type", type);
            f.fingerprintInputs.emplace_back("identifier", id.primary);
        }
        f.fingerprintInputs.emplace_back("file", id.file);
        f.fingerprintInputs.emplace_back("package", f.package);
        std::string key;
        for (const auto& [name, value] : f.fingerprintInputs)
            key += std::to_string(value.size()) + ':' + value;
        const std::uint32_t occurrence = m_occurrences[std::hash<std::string>{}(key)]++;
        f.fingerprintInputs.emplace_back("occurrence", std::to_string(occurrence));

        cover(f.tool, f.scopeTarget);
        const auto known = std::find_if(m_tools.begin(), m_tools.end(), [&f](const auto& t) { return t.first == f.tool; });
        if (known == m_tools.end())
            m_tools.emplace_back(f.tool, f.toolVersion);
        m_sink.addFinding(std::move(f));
    }

    static Pending vulnerability(const json& v, const std::string& place)
    {
        if (!v.is_object())
            throw FeedError(place, "expected an object");
        const json* ids = js::find(v, "identifiers");
        if (ids && !ids->is_null() && !ids->is_array())
            throw FeedError(place + "/identifiers", "expected an array");
        const json* loc = js::find(v, "location");
        if (loc && !loc->is_null() && !loc->is_object())
            throw FeedError(place + "/location", "expected an object");
        static const json noLocation = json::object();
        if (!loc || loc->is_null())
            loc = &noLocation;

        Pending p;
        Finding& f = p.finding;
        Identity& id = p.id;
        id.compareKey = js::str(v, "cve");
        std::string firstCve;
        std::string primaryValue, primaryName;
        if (ids && ids->is_array()) {
            for (std::size_t i = 0; i < ids->size(); ++i) {
                const json& ident = (*ids)[i];
                if (!ident.is_object())
                    throw FeedError(place + "/identifiers/" + std::to_string(i), "expected an object");
                const std::string type = lower(js::str(ident, "type"));
                const std::string value = js::str(ident, "value");
                const std::string name = js::str(ident, "name");
                if (i == 0) {
                    id.primary = type + ':' + value;
                    primaryValue = value;
                    primaryName = name;
                }
                if (type == "cve") {
                    addUnique(f.cves, value);
                    if (firstCve.empty())
                        firstCve = value;
                } else if (type == "cwe") {
                    // "79" is the schema's form; njsscan writes the rule there and "CWE-798" as the name.
                    if (isDigits(value) || startsWith(value, "CWE-"))
                        addUnique(f.cwes, cweId(value));
                    else if (startsWith(name, "CWE-"))
                        addUnique(f.cwes, name);
                }
                addUnique(f.references, js::str(ident, "url"));
            }
        }
        if (id.primary.empty() && id.compareKey.empty())
            throw FeedError(place, "vulnerability without identifiers");
        if (startsWith(id.compareKey, "CVE-") && id.compareKey.find(':') == std::string::npos)
            addUnique(f.cves, id.compareKey);
        f.ruleId = !firstCve.empty() ? firstCve : (!primaryValue.empty() ? primaryValue : id.compareKey);

        f.title = js::str(v, "name");
        if (f.title.empty())
            f.title = js::str(v, "message"); // schemas before 15 could carry only the message
        if (f.title.empty())
            f.title = !primaryName.empty() ? primaryName : f.ruleId;
        f.description = js::str(v, "description");
        f.severity = severityOf(v, place);
        f.confidence = confidenceOf(js::str(v, "confidence"));
        if (const json* vectors = js::find(v, "cvss_vectors"); vectors && vectors->is_array() && !vectors->empty())
            f.cvssVector = js::str((*vectors)[0], "vector");

        f.locationFile = js::str(*loc, "file");
        if (auto line = js::num(*loc, "start_line"))
            f.locationLine = int(*line);
        f.package = js::strAt(*loc, {"dependency", "package", "name"});
        f.packageVersion = js::strAt(*loc, {"dependency", "version"});
        id.image = js::str(*loc, "image");
        id.file = f.locationFile;
        std::string context;
        if (!id.image.empty()) {
            f.asset = id.image;
            f.assetKind = AssetKind::Image;
            const std::string os = js::str(*loc, "operating_system");
            appendLine(context, os.empty() ? "" : "Operating system: " + os);
        } else if (const std::string host = js::str(*loc, "hostname"); !host.empty()) {
            // DAST and API fuzzing name the endpoint rather than a file.
            f.asset = host;
            f.assetKind = AssetKind::Service;
            if (f.locationFile.empty())
                f.locationFile = js::str(*loc, "path");
            id.file = f.locationFile;
            const std::string method = js::str(*loc, "method");
            const std::string param = js::str(*loc, "param");
            appendLine(context, "Request: " + (method.empty() ? "" : method + ' ') + host + f.locationFile +
                                    (param.empty() ? "" : " (parameter " + param + ')'));
        } else {
            f.assetKind = AssetKind::Repository;
        }
        if (const std::string crash = js::str(*loc, "crash_type"); !crash.empty())
            appendLine(context, "Crash: " + crash + ' ' + js::str(*loc, "crash_address") + ' ' +
                                    js::str(*loc, "crash_state"));
        if (const json* flags = js::find(v, "flags"); flags && flags->is_array()) {
            for (const auto& fl : *flags) {
                appendLine(context, "Flag " + js::str(fl, "type") + " (" + js::str(fl, "origin") +
                                        "): " + js::str(fl, "description"));
            }
        }
        appendParagraph(f.description, context);

        f.remediation = js::str(v, "solution");
        f.fixVersion = fixVersionFrom(f.remediation);
        if (const json* links = js::find(v, "links"); links && links->is_array()) {
            for (const auto& l : *links)
                addUnique(f.references, l.is_string() ? l.get<std::string>() : js::str(l, "url"));
        }
        f.raw = v.dump();

        id.signature = trackingSignature(v);
        id.category = js::str(v, "category");
        id.scannerId = js::strAt(v, {"scanner", "id"});
        id.scannerName = js::strAt(v, {"scanner", "name"});
        return p;
    }

    FindingSink& m_sink;
    std::string m_scanType, m_scanStatus;
    std::string m_scannerId, m_scannerName, m_scannerVersion;
    std::string m_analyzerId, m_analyzerName;
    bool m_scanSeen = false;
    RecordSpool m_held{"GitLab findings read before the report's scan object"};
    std::unordered_map<std::size_t, std::uint32_t> m_occurrences;
    std::vector<ScanScope> m_scopes;
    std::vector<std::pair<std::string, std::string>> m_tools;
};

bool versionLike(const std::string& v)
{
    // "2.3", "3.0.0", "15.0.7"; CycloneDX's integer "version" has no dot.
    return v.find('.') != std::string::npos &&
           std::all_of(v.begin(), v.end(), [](unsigned char c) { return std::isdigit(c) || c == '.'; });
}

} // namespace

int GitLabImporter::detect(const FeedSniff& s) const
{
    if (s.kind != FeedSniff::Kind::Json || s.jsonRoot != '{')
        return 0;
    // Snyk CLI, CycloneDX and CSAF also have a top-level "vulnerabilities" or "version".
    for (const char* other : {"/bomFormat", "/document", "/packageManager", "/dependencyCount", "/ok"}) {
        if (s.hasPath(other))
            return 0;
    }
    if (!s.hasPath("/vulnerabilities") || !versionLike(s.value("/version")))
        return 0;
    if (s.hasPrefix("/scan/scanner") || s.hasPath("/vulnerabilities/*/identifiers") ||
        s.hasPath("/vulnerabilities/*/location") || s.hasPath("/vulnerabilities/*/category"))
        return 90;
    if (s.hasPath("/remediations") || s.hasPath("/dependency_files"))
        return 80;
    return 0;
}

void GitLabImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    if (!detect(sniff))
        throw FeedError({}, "not a GitLab security report");
    GitLabParse(sink).run(src);
}

} // namespace closeloop
