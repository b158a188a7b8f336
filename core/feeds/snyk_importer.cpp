// SPDX-License-Identifier: GPL-3.0-or-later
#include "snyk_importer.h"

#include "feed_error.h"
#include "snyk_api_issues.h"
#include "snyk_cli_report.h"

#include <optional>

namespace closeloop {

namespace {

enum class Shape { Project, ProjectArray, Api, ApiSingle, CliError };

bool cliMarkers(const FeedSniff& s, const std::string& b)
{
    // Project-level keys (often written after a long vulnerabilities array,
    // so the vulnerability-level ones count too).
    for (const char* key : {"/packageManager", "/dependencyCount", "/ok", "/uniqueCount"}) {
        if (s.hasPath(b + key))
            return true;
    }
    for (const char* key : {"/upgradePath", "/isUpgradable", "/semver"}) {
        if (s.hasPath(b + "/vulnerabilities/*" + key))
            return true;
    }
    return false;
}

std::optional<Shape> shapeOf(const FeedSniff& s)
{
    if (s.kind != FeedSniff::Kind::Json)
        return std::nullopt;
    if (s.jsonRoot == '[') {
        if (s.hasPath("/*/vulnerabilities") && cliMarkers(s, "/*"))
            return Shape::ProjectArray;
        return std::nullopt;
    }
    if (s.jsonRoot != '{' || s.hasPath("/bomFormat") || s.hasPath("/document"))
        return std::nullopt;
    if (s.hasPath("/vulnerabilities") && cliMarkers(s, ""))
        return Shape::Project;
    if (s.value("/data/type") == "issue" && s.hasPrefix("/data/attributes"))
        return Shape::ApiSingle;
    if (s.hasPath("/data") && !s.hasPath("/data/type") &&
        (s.value("/data/*/type") == "issue" || (s.hasPath("/jsonapi/version") && !s.hasPath("/data/*/type"))))
        return Shape::Api;
    if (s.hasPath("/ok") && s.hasPath("/error") && !s.hasPath("/vulnerabilities"))
        return Shape::CliError;
    return std::nullopt;
}

} // namespace

int SnykImporter::detect(const FeedSniff& sniff) const
{
    const auto shape = shapeOf(sniff);
    if (!shape)
        return 0;
    if (*shape == Shape::CliError)
        return 60;
    if (*shape == Shape::Api && sniff.value("/data/*/type") != "issue")
        return 70; // an empty listing: only the JSON:API envelope says so
    return 90;
}

void SnykImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    const auto shape = shapeOf(sniff);
    if (!shape)
        throw FeedError({}, "not a Snyk report");
    if (*shape == Shape::Api || *shape == Shape::ApiSingle)
        parseSnykApiIssues(src, sink, *shape == Shape::ApiSingle);
    else
        parseSnykCliReport(src, sink, *shape == Shape::ProjectArray);
}

} // namespace closeloop
