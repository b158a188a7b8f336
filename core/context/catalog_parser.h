// SPDX-License-Identifier: GPL-3.0-or-later
// Parses a set of catalog files (and the CODEOWNERS files they name) into
// one catalog, checked as a whole: duplicate entities across files, owners,
// systems and groups that are not in the catalog, two services claiming the
// same image or repository. Touches no database: a load parses everything
// before it opens a transaction.
#pragma once

#include "catalog_entity.h"
#include "codeowners.h"

#include <map>
#include <string>
#include <vector>

namespace closeloop {

// A bad input, with its place: "file:line: reason".
struct CatalogIssue
{
    std::string file;
    int line = 0; // 0: the file as a whole (cannot be read, too large)
    std::string reason;
    std::string text() const { return line > 0 ? file + ":" + std::to_string(line) + ": " + reason : file + ": " + reason; }
};

struct CatalogFileInfo
{
    std::string path;
    std::string sha256;
    std::string type; // "catalog" or "codeowners"
    int count = 0;    // entities kept, or CODEOWNERS rules
    std::map<std::string, int> skipped; // kinds not kept (api, domain, location ...) -> documents
    std::string repository;             // codeowners: the repository its rules apply to
};

struct ParsedCodeowners
{
    std::string repository; // normalised repository key
    std::string file;
    std::string entityRef;
    Codeowners rules;
};

struct ParsedCatalog
{
    std::vector<CatalogEntity> entities;
    std::vector<ParsedCodeowners> codeowners;
    std::vector<CatalogFileInfo> files;
    std::vector<std::string> warnings; // "file:line: text"
    std::vector<CatalogIssue> errors;
    bool ok() const { return errors.empty(); }
    int skippedDocuments() const;
};

class CatalogParser
{
public:
    static constexpr std::size_t MaxErrors = 50;
    static constexpr std::size_t MaxWarnings = 200;

    // Never throws for bad input: every problem is in errors (a bad document
    // does not stop the others from being checked, so one run shows them all).
    static ParsedCatalog parseFiles(const std::vector<std::string>& files);
};

} // namespace closeloop
