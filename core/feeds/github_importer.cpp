// SPDX-License-Identifier: GPL-3.0-or-later
#include "github_importer.h"

#include "feed_error.h"
#include "feed_text.h"
#include "github_alert_mapper.h"
#include "github_fields.h"
#include "json_record_reader.h"

#include <set>

namespace closeloop {

using nlohmann::json;
using github::object;
using github::text;

namespace {

enum class Shape { RestList, Webhook, GraphQl };

constexpr const char* DependabotTool = GitHubAlertMapper::DependabotTool;

class GitHubParse
{
public:
    GitHubParse(FindingSink& sink, Shape shape)
        : m_sink(sink)
        , m_shape(shape)
    {
    }

    void run(ByteSource& src)
    {
        JsonRecordReader reader;
        switch (m_shape) {
        case Shape::RestList:
            reader.capture("/*", [this](auto& p, json&& v) { listed({&v, JsonRecordReader::pointer(p), {}, {}}); });
            break;
        case Shape::Webhook:
            // One small payload about one alert: read it whole.
            reader.capture("", [this](auto&, json&& v) { webhook(v); });
            break;
        case Shape::GraphQl:
            graphQlPatterns(reader);
            break;
        }
        reader.run(src);
        if (m_tools.size() == 1)
            m_sink.setTool(*m_tools.begin(), m_toolVersion);
        else if (m_tools.empty())
            m_sink.setTool(m_shape == Shape::GraphQl ? DependabotTool : "GitHub", {});
        else
            m_sink.setTool("GitHub", {});
    }

private:
    // --- shapes -------------------------------------------------------------

    void listed(const GitHubAlert& in)
    {
        if (!in.a->is_object())
            throw FeedError(in.place, "expected an alert object");
        GitHubAlert al = in;
        al.repository = GitHubAlertMapper::repositoryOf(*in.a, in.place);
        Finding f = map(al);
        cover(f.tool, al.repository);
        m_sink.addFinding(std::move(f));
    }

    void webhook(const json& doc)
    {
        const json* alert = object(&doc, "alert");
        if (!alert)
            throw FeedError("/alert", "webhook payload without an alert object");
        GitHubAlert al{alert, "/alert", text(object(&doc, "repository"), "full_name"), text(&doc, "action")};
        if (al.repository.empty())
            al.repository = GitHubAlertMapper::repositoryOf(*alert, "/alert");
        m_sink.addFinding(map(al)); // a single alert's news covers no scope
    }

    struct RepoContext
    {
        std::string nameWithOwner, name, owner, url;
        bool alertsSeen = false;
        bool hasNextPage = false;
        std::vector<std::pair<std::string, json>> nodes;
    };

    void graphQlPatterns(JsonRecordReader& reader)
    {
        static const char* const containers[] = {
            "/data/repository",
            "/data/search/nodes/*",
            "/data/search/edges/*/node",
            "/data/organization/repositories/nodes/*",
            "/data/organization/repositories/edges/*/node",
            "/data/viewer/repositories/nodes/*",
            "/data/user/repositories/nodes/*",
            "/data/nodes/*",
            "/data/node",
        };
        for (const std::string c : containers) {
            reader.capture(c + "/nameWithOwner", [this](auto&, json&& v) { m_repo.nameWithOwner = js::str(&v); });
            reader.capture(c + "/name", [this](auto&, json&& v) { m_repo.name = js::str(&v); });
            reader.capture(c + "/owner/login", [this](auto&, json&& v) { m_repo.owner = js::str(&v); });
            reader.capture(c + "/url", [this](auto&, json&& v) { m_repo.url = js::str(&v); });
            // The repository's name may follow its alerts: hold them until the
            // repository object ends (one page of alerts at most).
            for (const char* nodes : {"/vulnerabilityAlerts/nodes/*", "/vulnerabilityAlerts/edges/*/node"}) {
                reader.capture(c + nodes, [this](auto& p, json&& v) {
                    m_repo.nodes.emplace_back(JsonRecordReader::pointer(p), std::move(v));
                });
            }
            reader.capture(c + "/vulnerabilityAlerts/pageInfo/hasNextPage",
                [this](auto&, json&& v) { m_repo.hasNextPage = v.is_boolean() && v.get<bool>(); });
            reader.onEnd(c + "/vulnerabilityAlerts", [this](auto&) { m_repo.alertsSeen = true; });
            reader.onEnd(c, [this](auto&) { graphQlRepositoryEnd(); });
        }
    }

    void graphQlRepositoryEnd()
    {
        RepoContext repo = std::move(m_repo);
        m_repo = {};
        std::string name = repo.nameWithOwner;
        if (name.empty() && !repo.owner.empty() && !repo.name.empty())
            name = repo.owner + '/' + repo.name;
        if (name.empty())
            name = github::repositoryFromUrl(repo.url);
        if (name.empty())
            name = repo.name; // all the query asked for
        // Only a complete connection says which alerts are gone.
        const bool complete = repo.alertsSeen && !repo.hasNextPage;
        if (complete && !name.empty())
            cover(DependabotTool, name);
        for (const auto& [place, node] : repo.nodes) {
            if (!node.is_object())
                throw FeedError(place, "expected an alert object");
            GitHubAlert al{&node, place, name, {}};
            const std::string own = text(object(&node, "repository"), "nameWithOwner");
            if (!own.empty()) {
                al.repository = own;
                if (complete)
                    cover(DependabotTool, own);
            }
            m_sink.addFinding(map(al));
        }
    }

    // The finding of one alert; the import record names the tools of them all.
    Finding map(const GitHubAlert& al)
    {
        Finding f = m_mapper.map(al);
        m_tools.insert(f.tool);
        m_toolVersion = f.toolVersion;
        return f;
    }

    void cover(const std::string& tool, const std::string& repository)
    {
        if (m_covered.insert({tool, repository}).second)
            m_sink.coverScope({tool, repository});
    }

    FindingSink& m_sink;
    Shape m_shape;
    GitHubAlertMapper m_mapper{m_shape == Shape::GraphQl};
    RepoContext m_repo;
    std::set<std::pair<std::string, std::string>> m_covered;
    std::set<std::string> m_tools;
    std::string m_toolVersion;
};

bool hasGraphQlAlerts(const FeedSniff& s)
{
    for (auto it = s.paths.lower_bound("/data/"); it != s.paths.end() && startsWith(*it, "/data/"); ++it) {
        if (it->find("/vulnerabilityAlerts") != std::string::npos)
            return true;
    }
    return false;
}

// What an alert object at `base` looks like in the sniff: 2 for a GitHub
// alert URL, 1 for the structure alone, 0 when it is not an alert.
int alertEvidence(const FeedSniff& s, const std::string& base)
{
    const bool identified = s.hasPath(base + "/number") || s.hasPath(base + "/id");
    const bool kind = s.hasPath(base + "/secret_type") || s.hasPath(base + "/rule/id") ||
        s.hasPrefix(base + "/security_advisory/") || s.hasPrefix(base + "/dependency/") ||
        s.hasPath(base + "/affected_package_name");
    if (!identified || !kind)
        return 0;
    const std::string url = s.value(base + "/html_url");
    for (const char* part : {"/security/code-scanning/", "/security/dependabot/", "/security/secret-scanning/"}) {
        if (url.find(part) != std::string::npos)
            return 2;
    }
    return 1;
}

std::optional<Shape> shapeOf(const FeedSniff& s)
{
    if (s.kind != FeedSniff::Kind::Json)
        return std::nullopt;
    if (s.jsonRoot == '[' && alertEvidence(s, "/*") > 0)
        return Shape::RestList;
    if (s.jsonRoot == '{') {
        if (s.hasPath("/action") && alertEvidence(s, "/alert") > 0)
            return Shape::Webhook;
        if (hasGraphQlAlerts(s))
            return Shape::GraphQl;
    }
    return std::nullopt;
}

} // namespace

int GitHubAlertsImporter::detect(const FeedSniff& sniff) const
{
    const auto shape = shapeOf(sniff);
    if (!shape)
        return 0;
    switch (*shape) {
    case Shape::RestList:
        return alertEvidence(sniff, "/*") == 2 ? 90 : 75;
    case Shape::Webhook:
        return sniff.hasPath("/repository/full_name") || alertEvidence(sniff, "/alert") == 2 ? 90 : 75;
    case Shape::GraphQl:
        return 90;
    }
    return 0;
}

void GitHubAlertsImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    const auto shape = shapeOf(sniff);
    if (!shape)
        throw FeedError({}, "not a GitHub alerts document");
    GitHubParse(sink, *shape).run(src);
}

} // namespace closeloop
