// SPDX-License-Identifier: GPL-3.0-or-later
// One rule of a SARIF tool component (a reportingDescriptor): what the
// results that refer to it take from it.
#pragma once

#include "model/severity.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace closeloop {

struct SarifRule
{
    std::string id, name, shortDescription, fullDescription, help, helpUri;
    std::vector<std::string> cwes, cves, references;
    std::optional<Severity> securitySeverity;
    std::optional<Severity> defaultLevel;
    std::string confidence;
    std::optional<double> cvssScore;
    std::string cvssVector;
    std::string purl;
    nlohmann::json messageStrings; // id -> multiformatMessageString, or null

    // Reads the rule r found at place; a rule without an id, or with fields of
    // the wrong type, is a FeedError.
    static SarifRule fromJson(const nlohmann::json& r, const std::string& place);
};

} // namespace closeloop
