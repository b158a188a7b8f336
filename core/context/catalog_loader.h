// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a service catalog into the workspace: every file is parsed and
// checked first, with no transaction open; then one IMMEDIATE transaction
// replaces catalog_entities, ownership_keys and codeowners_rules, maps every
// finding to its service and owner, and writes the context_loads rows and
// one audit entry. Any error and nothing changes: the previous catalog stays
// in force.
#pragma once

#include "catalog_parser.h"
#include "ownership_mapper.h"
#include "store/store_writer.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace closeloop {

struct CatalogLoadResult
{
    bool ok = false;
    std::vector<std::string> files;
    std::int64_t entities = 0;
    std::map<std::string, std::int64_t> byKind; // component, resource, system, group, user
    std::int64_t skipped = 0;                   // documents of kinds Closeloop does not keep
    std::int64_t ownershipKeys = 0;
    std::int64_t codeownersRules = 0;
    OwnershipStats ownership;
    std::vector<std::string> warnings;
    std::vector<CatalogIssue> errors;
    std::string failure; // the store failed (not the input): internal error
    double seconds = 0;

    // {"ok","files","entities","by_kind","skipped","ownership_keys",
    //  "codeowners_rules","mapped","unowned","warnings","errors":["file:line: reason"],"seconds"}
    nlohmann::json toJson() const;
};

// Parses on the calling thread (call it off the GUI thread), writes on the
// writer's. Never throws for bad input (errors) or a failing store (failure).
CatalogLoadResult loadCatalog(StoreWriter& writer, const std::vector<std::string>& files, const std::string& actor);

// The writing half, inside the caller's transaction: replaces the catalog
// tables with `catalog` (which must be ok()).
void replaceCatalog(Database& db, const ParsedCatalog& catalog);

} // namespace closeloop
