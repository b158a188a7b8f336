// SPDX-License-Identifier: GPL-3.0-or-later
// The one normalized shape every feed is turned into, and the statements
// (VEX) that feeds make about findings without being findings themselves.
#pragma once

#include "severity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace closeloop {

using FindingId = std::int64_t;

// What kind of thing a finding was found on; drives ownership mapping later.
enum class AssetKind { Unknown, Repository, Image, Host, CloudResource, Package, Service, Cluster };
std::string_view assetKindName(AssetKind k);
AssetKind assetKindFromName(std::string_view name);

// What the feed itself says about the finding's state. Most feeds only list
// open problems; some also carry suppressions, dismissals or fixed alerts.
enum class SourceState { Open, Suppressed, Dismissed, Fixed };
std::string_view sourceStateName(SourceState s);

struct Finding
{
    // Provenance
    std::string tool;          // e.g. "Trivy", "CodeQL"; never empty
    std::string toolVersion;
    std::string scopeTarget;   // what this scan covered (coverage-aware closing)

    // Identity
    std::string ruleId;        // rule or vulnerability id as the tool names it
    std::vector<std::string> cves;
    std::vector<std::string> cwes; // "CWE-79"
    std::string title;
    std::string description;

    // Rating
    Severity severity = Severity::Unknown;
    std::optional<double> cvssScore;
    std::string cvssVector;
    std::optional<double> epss;

    // Where
    AssetKind assetKind = AssetKind::Unknown;
    std::string asset;         // image, repository, host, cloud resource ARN ...
    std::string locationFile;
    int locationLine = 0;      // 0 when unknown
    std::string package;
    std::string packageVersion;
    std::string purl;

    // Remedy and context
    std::string fixVersion;
    std::string remediation;
    std::vector<std::string> references;
    std::string environment;
    std::string confidence;    // high, medium, low, or empty
    std::string firstSeenInFeed; // ISO 8601 UTC if the feed says so, else empty

    SourceState sourceState = SourceState::Open;
    std::string sourceStateReason; // suppression justification, dismissal reason

    // Fingerprint inputs, in order: (name, value). The fingerprint is the
    // SHA-256 of the format family and these pairs; see fingerprint.h.
    std::string fingerprintFamily;
    std::vector<std::pair<std::string, std::string>> fingerprintInputs;

    // The record as the feed wrote it (compact JSON, or CSV row as JSON), shown
    // in the case view's raw source panel.
    std::string raw;
};

enum class VexStatus { NotAffected, Affected, Fixed, UnderInvestigation };
std::string_view vexStatusName(VexStatus s);
std::optional<VexStatus> vexStatusFromName(std::string_view s);

// A statement about a vulnerability in products, from OpenVEX, CSAF VEX or
// CycloneDX VEX. Stored with its source for the exceptions work to use.
struct VexStatement
{
    std::string documentId;    // @id, CSAF tracking id, CycloneDX serialNumber
    std::string author;
    std::string vulnerability; // CVE-..., GHSA-...
    std::vector<std::string> products; // purls or product ids
    VexStatus status = VexStatus::UnderInvestigation;
    std::string justification;   // e.g. vulnerable_code_not_in_execute_path
    std::string impactStatement;
    std::string actionStatement;
    std::string timestamp;       // ISO 8601 as given
    std::string raw;
};

} // namespace closeloop
