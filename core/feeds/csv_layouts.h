// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV exports Closeloop knows, each a row of data saying how its columns
// fill a finding; csv_importer.h says what each built-in one scopes and fingerprints.
#pragma once

#include "model/finding.h"

#include <string>
#include <vector>

namespace closeloop {

struct CsvLayout
{
    // The Finding fields a column can fill. For single-valued fields the first
    // listed column with a value wins; Description, Remediation and Reference
    // take every listed column that has one.
    enum class Field {
        RuleId,
        Title,
        Description,
        Severity,
        CvssScore,
        CvssVector,
        Epss,
        Cve,         // every CVE-YYYY-N id found in the value
        Cwe,         // "79", "CWE-79" or a list of them
        Asset,
        Package,
        PackageVersion,
        Purl,
        Location,
        FixVersion,
        Remediation,
        Reference,   // URLs, split on white space, ',' and '|'
        FirstSeen,   // taken when it is an ISO 8601 date
        ToolVersion,
        StateReason, // appended to the reason of a state rule that matched
        Verified,    // a true value makes the confidence "high"
    };
    enum class Outcome { NotAFinding, Suppressed, Dismissed, Fixed };

    struct Column
    {
        Field field;
        std::vector<std::string> headers;
    };
    // When `header` holds `value` (case-insensitive), the row has `outcome`.
    // The first matching rule decides.
    struct StateRule
    {
        std::string header;
        std::string value;
        Outcome outcome;
        std::string reason;
    };
    struct FingerprintInput
    {
        std::string name;
        std::vector<std::string> headers; // the first with a value
    };

    std::string name; // e.g. "wiz-issues", for messages and tests
    std::string tool;
    std::vector<std::string> signature; // headers that must all be present (any order, any case)
    std::vector<Column> columns;
    std::vector<StateRule> states;
    // Target: one part per entry, the first listed header with a value,
    // joined with '/'. Empty: `fixedTarget` when set (and covered), else
    // `unscopedTarget` (not covered: the export does not say what it scanned).
    std::vector<std::vector<std::string>> targetParts;
    std::string fixedTarget;
    std::string unscopedTarget;
    AssetKind assetKind = AssetKind::Unknown;
    std::string fingerprintFamily;
    std::vector<FingerprintInput> fingerprint;
    std::vector<std::string> unratedSeverityWords; // e.g. Sysdig's "Other"
};

// Wiz (Issues and vulnerability findings), Prowler (v4 and later, and v3),
// Sysdig CLI scanner, DefectDojo generic findings, Microsoft Defender for Cloud
// recommendations.
std::vector<CsvLayout> builtInCsvLayouts();

} // namespace closeloop
