// SPDX-License-Identifier: GPL-3.0-or-later
// Reads one catalog file, YAML (several documents, "---") or JSON (an array
// of entities or {"entities": [...]}), into JSON documents that remember the
// line each value came from, so that every later complaint names a line.
//
// Catalog files are untrusted input. The file is refused above 16 MiB, with
// invalid UTF-8, or nested deeper than MaxDepth. yaml-cpp had recursion CVEs
// and shares aliased nodes, so the walk that turns its nodes into JSON checks
// the depth itself and counts every node and scalar byte it produces,
// aliases included: an alias bomb ("billion laughs") stops at the cap with a
// line instead of exhausting memory. JSON is depth- and size-checked by a
// scan before nlohmann builds anything.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace closeloop {

struct CatalogDocument
{
    nlohmann::json value;
    int line = 0;             // 1-based line where the document (or JSON entity) starts
    std::string pointerBase;  // JSON: "/entities/3"; YAML: empty

    // The line of the value at a JSON pointer relative to the document (for
    // a missing value: its nearest present ancestor).
    int lineOf(const std::string& pointer) const;

    std::map<std::string, int> yamlLines;        // YAML: pointer -> line
    std::shared_ptr<const std::string> jsonText; // JSON: the whole file
    std::size_t jsonOffset = 0;                  // JSON: where this entity's value starts
};

class CatalogFileReader
{
public:
    static constexpr std::uint64_t MaxFileBytes = 16u << 20;
    static constexpr int MaxDepth = 32;
    // Per file, counting an aliased node each time it is used.
    static constexpr std::size_t MaxNodes = 2'000'000;
    static constexpr std::size_t MaxScalarBytes = 64u << 20;

    using DocumentFn = std::function<void(CatalogDocument&&)>;

    // Hands each document to fn as it is read (a YAML file is never held as
    // nodes all at once). Throws FeedError whose place is "line N" (or empty
    // when the file cannot be read at all); documents before the error were
    // delivered. sha256 receives the hex digest of the bytes read.
    static void readFile(const std::string& path, std::string* sha256, const DocumentFn& fn);
    // The same for bytes in memory; JSON when the first significant character
    // is '{' or '['.
    static void readText(const std::string& text, const DocumentFn& fn);
    static std::vector<CatalogDocument> readText(const std::string& text);
    // The file's text, size- and UTF-8-checked (CODEOWNERS files use it too).
    static std::string readChecked(const std::string& path, std::string* sha256 = nullptr);
};

} // namespace closeloop
