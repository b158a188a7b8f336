// SPDX-License-Identifier: GPL-3.0-or-later
// Turns one GitHub alert into a finding: Dependabot (REST, webhook, legacy,
// GraphQL), code scanning and secret scanning; documented in github_importer.h.
#pragma once

#include "model/finding.h"

#include <nlohmann/json.hpp>

#include <string>

namespace closeloop {

// One alert object and what the document around it says about it.
struct GitHubAlert
{
    const nlohmann::json* a = nullptr;
    std::string place;
    std::string repository;
    std::string action; // webhook only
};

class GitHubAlertMapper
{
public:
    static constexpr const char* DependabotTool = "GitHub Dependabot";

    // graphQl: the alerts come from a GraphQL query (Dependabot alerts only,
    // in GraphQL's spelling).
    explicit GitHubAlertMapper(bool graphQl)
        : m_graphQl(graphQl)
    {
    }

    // Throws FeedError for an alert of no known kind, or without its identity.
    Finding map(const GitHubAlert& al) const;

    // repository.full_name, else the repository of html_url or url; a
    // FeedError at place without any.
    static std::string repositoryOf(const nlohmann::json& a, const std::string& place);

private:
    bool m_graphQl;
};

} // namespace closeloop
