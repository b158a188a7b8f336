// SPDX-License-Identifier: GPL-3.0-or-later
// Turns one SARIF result into a finding against what its run said (tool, rules,
// artifacts, message strings, target); documented in sarif_importer.h.
#pragma once

#include "model/finding.h"
#include "sarif_rule_table.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace closeloop {

// What a run's results are mapped against: read while the run streams by,
// complete once it ends (the results wait until then).
struct SarifRun
{
    static constexpr const char* UnspecifiedTarget = "(unspecified target)";

    std::string tool, version, semanticVersion;
    SarifRuleTable driver;
    std::vector<SarifRuleTable> extensions;
    nlohmann::json globalMessageStrings;
    std::vector<std::string> artifacts; // uri by artifact index
    std::string target;
    AssetKind assetKind = AssetKind::Unknown;
};

class SarifResultMapper
{
public:
    // run is the run being read; the mapper keeps the reference.
    explicit SarifResultMapper(const SarifRun& run)
        : m_run(run)
    {
    }

    // The finding that the result (raw, its compact JSON, read at place)
    // makes; nothing for a result that is no finding (kind pass or
    // notApplicable, baselineState absent). Throws FeedError.
    std::optional<Finding> map(const std::string& place, std::string raw);

private:
    struct Place
    {
        std::string file;
        int line = 0;
        std::string snippet;
    };

    const SarifRule* ruleOf(const nlohmann::json& r, const std::string& place, const std::string* ruleId,
                            std::string& idOut) const;
    std::string messageOf(const nlohmann::json& r, const std::string& place, const SarifRule* rule) const;
    std::string artifactFile(const nlohmann::json& al, const std::string& place) const;
    Place placeOf(const nlohmann::json& r, const std::string& place) const;
    static void suppression(const nlohmann::json& r, const std::string& place, Finding& f);
    void fingerprint(const nlohmann::json& r, const std::string& place, const Place& where, Finding& f,
                     const std::string& message);

    const SarifRun& m_run;
    // Per file: how often each set of fingerprint inputs came up so far.
    std::unordered_map<std::size_t, std::uint32_t> m_occurrences;
};

} // namespace closeloop
