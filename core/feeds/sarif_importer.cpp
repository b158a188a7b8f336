// SPDX-License-Identifier: GPL-3.0-or-later
#include "sarif_importer.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"
#include "record_spool.h"
#include "sarif_result_mapper.h"
#include "scope_names.h"

#include <optional>

namespace closeloop {

using nlohmann::json;

namespace {

// What names a run's target and whether the run covers it, read as the run
// streams by (results wait for the run's end, when all of it is known).
struct RunContext
{
    bool toolNameSeen = false;
    std::string repositoryUri, branch;
    std::string srcRoot, rootPath, imageName, automationId;
    bool resultsArray = false;
    bool executionFailed = false;
};

class SarifParse
{
public:
    explicit SarifParse(FindingSink& sink)
        : m_sink(sink)
    {
    }

    void run(ByteSource& src, const FeedSniff& sniff)
    {
        checkSniff(sniff);
        JsonRecordReader reader;
        reader.capture("/version", [this](auto&, json&& v) {
            if (!v.is_string())
                throw FeedError("/version", "expected a string");
            m_version = v.get<std::string>();
            checkVersion(*m_version);
        });
        reader.expectArray("/runs");
        reader.expectObject("/runs/*");
        reader.expectArray("/runs/*/results");
        reader.expectObject("/runs/*/results/*");
        reader.onEnd("/runs", [this](auto&) { m_runsSeen = true; });
        reader.onEnd("/runs/*", [this](auto& p) { endRun(p); });

        reader.capture("/runs/*/tool/driver/name", [this](auto& p, json&& v) {
            enterRun(p);
            if (!v.is_string())
                throw FeedError(JsonRecordReader::pointer(p), "expected a string");
            m_run.tool = v.get<std::string>();
            m_run.driver.setName(m_run.tool);
            m_context.toolNameSeen = true;
        });
        reader.capture("/runs/*/tool/driver/version", [this](auto& p, json&& v) {
            enterRun(p);
            m_run.version = js::str(&v);
        });
        reader.capture("/runs/*/tool/driver/semanticVersion", [this](auto& p, json&& v) {
            enterRun(p);
            m_run.semanticVersion = js::str(&v);
        });
        reader.capture("/runs/*/tool/driver/globalMessageStrings", [this](auto& p, json&& v) {
            enterRun(p);
            if (v.is_object())
                m_run.globalMessageStrings = std::move(v);
        });
        // Rules one at a time: CodeQL drivers carry hundreds with long help.
        reader.capture("/runs/*/tool/driver/rules/*", [this](auto& p, json&& v) {
            enterRun(p);
            const std::string place = JsonRecordReader::pointer(p);
            m_run.driver.add(arrayIndex(p, 5), SarifRule::fromJson(v, place));
        });
        reader.capture("/runs/*/tool/extensions/*/name", [this](auto& p, json&& v) {
            enterRun(p);
            extension(p, JsonRecordReader::pointer(p)).setName(js::str(&v));
        });
        reader.capture("/runs/*/tool/extensions/*/rules/*", [this](auto& p, json&& v) {
            enterRun(p);
            const std::string place = JsonRecordReader::pointer(p);
            extension(p, place).add(arrayIndex(p, 6), SarifRule::fromJson(v, place));
        });

        reader.capture("/runs/*/versionControlProvenance/0", [this](auto& p, json&& v) {
            enterRun(p);
            const std::string place = JsonRecordReader::pointer(p);
            if (!v.is_object())
                throw FeedError(place, "expected an object");
            if (const std::string* uri = js::optString(v, "repositoryUri", place))
                m_context.repositoryUri = *uri;
            if (const std::string* branch = js::optString(v, "branch", place))
                m_context.branch = *branch;
        });
        for (const char* base : {"SRCROOT", "%SRCROOT%"}) {
            reader.capture(std::string("/runs/*/originalUriBaseIds/") + base + "/uri", [this](auto& p, json&& v) {
                enterRun(p);
                if (m_context.srcRoot.empty())
                    m_context.srcRoot = js::str(&v);
            });
        }
        reader.capture("/runs/*/originalUriBaseIds/ROOTPATH/uri", [this](auto& p, json&& v) {
            enterRun(p);
            m_context.rootPath = js::str(&v);
        });
        reader.capture("/runs/*/properties/imageName", [this](auto& p, json&& v) {
            enterRun(p);
            m_context.imageName = js::str(&v);
        });
        reader.capture("/runs/*/automationDetails/id", [this](auto& p, json&& v) {
            enterRun(p);
            m_context.automationId = js::str(&v);
        });
        reader.capture("/runs/*/invocations/*/executionSuccessful", [this](auto& p, json&& v) {
            enterRun(p);
            if (v.is_boolean() && !v.get<bool>())
                m_context.executionFailed = true;
        });
        reader.capture("/runs/*/artifacts/*/location/uri", [this](auto& p, json&& v) {
            enterRun(p);
            const std::size_t i = arrayIndex(p, 3);
            if (i < MaxArtifacts) {
                if (m_run.artifacts.size() <= i)
                    m_run.artifacts.resize(i + 1);
                m_run.artifacts[i] = js::str(&v);
            }
        });

        reader.capture("/runs/*/results/*", [this](auto& p, json&& v) {
            enterRun(p);
            const std::string place = JsonRecordReader::pointer(p);
            arrayIndex(p, 3);
            if (!v.is_object())
                throw FeedError(place, "expected a result object");
            m_spool.add(place, v.dump(-1, ' ', false, json::error_handler_t::replace));
        });
        reader.onEnd("/runs/*/results", [this](auto& p) {
            enterRun(p);
            m_context.resultsArray = true;
        });

        reader.run(src);

        if (!m_runsSeen)
            throw FeedError("/runs", "missing: a SARIF log holds an array of runs");
        if (!m_version)
            throw FeedError("/version", "missing: a SARIF log names its version (2.1.0)");
        if (m_runCount > 0)
            m_sink.setTool(m_firstTool, m_firstVersion); // the import record keeps the first run's version
    }

private:
    // Artifact uris are kept only for locations that give an index alone;
    // past this many, such locations lose their file rather than memory grow.
    static constexpr std::size_t MaxArtifacts = 1u << 20;

    static void checkVersion(const std::string& version)
    {
        if (version != "2.1.0")
            throw FeedError("/version", "SARIF version \"" + version + "\" is not supported (only 2.1.0)");
    }

    // What the first 256 KiB already show wrong, before any work.
    static void checkSniff(const FeedSniff& s)
    {
        if (s.scalars.count("/version"))
            checkVersion(s.value("/version"));
        if (s.scalars.count("/runs"))
            throw FeedError("/runs", "expected an array of runs");
        for (auto it = s.paths.lower_bound("/runs/"); it != s.paths.end() && it->rfind("/runs/", 0) == 0; ++it) {
            if (it->compare(0, 8, "/runs/*/") != 0 && *it != "/runs/*")
                throw FeedError("/runs", "expected an array of runs, found an object");
        }
        if (s.scalars.count("/runs/*") || s.hasPrefix("/runs/*/*"))
            throw FeedError("/runs", "expected an array of run objects");
    }

    // Array indices in a captured path; an object where SARIF has an array
    // shows up as a key there.
    static std::size_t arrayIndex(const JsonRecordReader::Segments& p, std::size_t at)
    {
        if (!isDigits(p[at]) || p[at].size() > 9) {
            const JsonRecordReader::Segments parent(p.begin(), p.begin() + std::ptrdiff_t(at));
            throw FeedError(JsonRecordReader::pointer(parent), "expected an array");
        }
        return std::stoul(p[at]);
    }

    // Runs follow one another, so the current run's state is all there is;
    // this only checks that runs is an array.
    static void enterRun(const JsonRecordReader::Segments& p)
    {
        if (!isDigits(p[1]))
            throw FeedError("/runs", "expected an array of runs, found an object");
    }

    SarifRuleTable& extension(const JsonRecordReader::Segments& p, const std::string& place)
    {
        const std::size_t i = arrayIndex(p, 4);
        if (i >= 4096)
            throw FeedError(place, "more tool extensions than supported (4096)");
        if (m_run.extensions.size() <= i)
            m_run.extensions.resize(i + 1);
        return m_run.extensions[i];
    }

    void endRun(const JsonRecordReader::Segments& p)
    {
        enterRun(p);
        const std::string runPlace = JsonRecordReader::pointer(p);
        if (!m_context.toolNameSeen || m_run.tool.empty())
            throw FeedError(runPlace + "/tool/driver/name", "missing: every run names its tool");
        decideTarget();
        m_spool.drain([this](std::string& place, std::string& raw) {
            if (std::optional<Finding> f = m_mapper.map(place, std::move(raw)))
                m_sink.addFinding(std::move(*f));
        });
        const std::string version = !m_run.version.empty() ? m_run.version : m_run.semanticVersion;
        if (m_runCount++ == 0) {
            m_firstTool = m_run.tool;
            m_firstVersion = version;
        }
        m_sink.setTool(m_run.tool, version);
        if (m_context.resultsArray && !m_context.executionFailed)
            m_sink.coverScope({m_run.tool, m_run.target});
        m_run = SarifRun();
        m_context = RunContext();
    }

    void decideTarget()
    {
        std::string base;
        if (!m_context.repositoryUri.empty()) {
            base = m_context.repositoryUri + (m_context.branch.empty() ? "" : "@" + m_context.branch);
            m_run.assetKind = AssetKind::Repository;
        } else if (!m_context.srcRoot.empty()) {
            base = m_context.srcRoot;
            m_run.assetKind = AssetKind::Repository;
        } else if (!m_context.imageName.empty()) {
            base = imageRepository(m_context.imageName); // see scope_names.h
            m_run.assetKind = AssetKind::Image;
        } else if (!m_context.rootPath.empty()) {
            base = m_context.rootPath;
        }
        // "category/instance": the instance changes every run, the category not.
        std::string category = m_context.automationId;
        if (const auto slash = category.rfind('/'); slash != std::string::npos)
            category.erase(slash);
        if (!base.empty() && !category.empty())
            m_run.target = base + '#' + category;
        else if (!base.empty())
            m_run.target = base;
        else if (!category.empty())
            m_run.target = category;
        else
            m_run.target = SarifRun::UnspecifiedTarget;
    }

    FindingSink& m_sink;
    SarifRun m_run;
    RunContext m_context;
    SarifResultMapper m_mapper{m_run};
    // A run's results wait for the run to end: the tool, its rules and what
    // names the target may all come after them.
    RecordSpool m_spool{"the results of a SARIF run", 16u << 20};
    std::optional<std::string> m_version;
    bool m_runsSeen = false;
    std::size_t m_runCount = 0;
    std::string m_firstTool, m_firstVersion;
};

} // namespace

int SarifImporter::detect(const FeedSniff& s) const
{
    if (s.kind != FeedSniff::Kind::Json || s.jsonRoot != '{')
        return 0;
    const bool runs = s.hasPath("/runs");
    const bool schema = lower(s.value("/$schema")).find("sarif") != std::string::npos;
    if (runs && (s.value("/version") == "2.1.0" || schema))
        return 90;
    // A driver under runs is SARIF 2 shape even when the version comes later.
    if (s.hasPrefix("/runs/*/tool/driver"))
        return 80;
    if (schema && s.hasPath("/version"))
        return 60;
    return 0;
}

void SarifImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    if (detect(sniff) == 0)
        throw FeedError({}, "not a SARIF log");
    SarifParse(sink).run(src, sniff);
}

} // namespace closeloop
