// SPDX-License-Identifier: GPL-3.0-or-later
// What one file's import did, for the CLI, the GUI and the import record.
#pragma once

#include "feeds/feed_importer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace closeloop {

struct ImportCounts
{
    std::int64_t findings = 0;   // records the feed delivered
    std::int64_t created = 0;    // "new"
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t duplicate = 0;  // same fingerprint again within the file
    std::int64_t closed = 0;     // gone from scan, pending verification
    std::int64_t reopened = 0;
    std::int64_t rejected = 0;
    std::int64_t vex = 0;
};

struct ImportReport
{
    enum class Status { Imported, Unchanged, Rejected, Cancelled, Failed };
    std::string file;
    std::string format;
    std::string tool;
    std::string toolVersion;
    std::string sha256;
    Status status = Status::Failed;
    std::int64_t importId = 0;
    std::int64_t previousImportId = 0; // for Unchanged: the import of the same bytes
    ImportCounts counts;
    std::vector<ScanScope> scopes;
    std::string errorPlace;
    std::string errorReason;
    double seconds = 0;

    static std::string_view statusName(Status s);
    // The line `closeloop-cli import --json` prints (documented in README.md).
    nlohmann::json toJson() const;
    // One human-readable line, e.g. for the CLI without --json.
    std::string summary() const;
    std::string error() const;
};

} // namespace closeloop
