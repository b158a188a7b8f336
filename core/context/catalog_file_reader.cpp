// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog_file_reader.h"

#include "catalog_json_scan.h"
#include "catalog_yaml_reader.h"
#include "feeds/csv_reader.h"
#include "feeds/feed_error.h"
#include "util/sha256.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace closeloop {

using nlohmann::json;

namespace {

std::string lineText(int line)
{
    return "line " + std::to_string(line);
}

void checkUtf8(const std::string& text)
{
    std::size_t start = 0;
    int line = 1;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        if (!CsvReader::validUtf8(std::string_view(text).substr(start, end - start)))
            throw FeedError(lineText(line), "invalid UTF-8");
        start = end + 1;
        ++line;
    }
}

void readJson(const std::string& textIn, const CatalogFileReader::DocumentFn& fn)
{
    auto text = std::make_shared<const std::string>(textIn);
    CatalogJsonScan scan(*text);
    scan.checkLimits(CatalogFileReader::MaxDepth, CatalogFileReader::MaxNodes);
    json root;
    try {
        root = json::parse(*text);
    } catch (const json::parse_error& e) {
        std::string reason = e.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 7: syntax error ..."
        if (const auto colon = reason.find(": "); colon != std::string::npos)
            reason = reason.substr(colon + 2);
        throw FeedError(lineText(scan.lineAt(e.byte == 0 ? 0 : e.byte - 1)), "invalid JSON: " + reason);
    }
    json* list = nullptr;
    std::string base;
    if (root.is_array()) {
        list = &root;
    } else if (root.is_object() && root.contains("entities")) {
        list = &root["entities"];
        base = "/entities";
        if (!list->is_array())
            throw FeedError(lineText(scan.lineAt(scan.offsetOf(0, {"entities"}))),
                            "\"entities\" must be an array of entities");
    } else {
        throw FeedError(lineText(1), "a JSON catalog is an array of entities or an object {\"entities\": [...]}");
    }
    const std::vector<std::size_t> offsets = scan.elementOffsets(base.empty() ? 0 : scan.offsetOf(0, {"entities"}));
    if (offsets.size() != list->size())
        throw FeedError(lineText(1), "the entity list could not be located in the file");
    // Lines counted incrementally: one pass over the file for all entities.
    int line = 1;
    std::size_t counted = 0;
    for (std::size_t i = 0; i < list->size(); ++i) {
        CatalogDocument d;
        d.value = std::move((*list)[i]);
        d.pointerBase = base + '/' + std::to_string(i);
        d.jsonText = text;
        d.jsonOffset = offsets[i];
        line += int(std::count(text->begin() + std::ptrdiff_t(counted), text->begin() + std::ptrdiff_t(offsets[i]), '\n'));
        counted = offsets[i];
        d.line = line;
        fn(std::move(d));
    }
}

} // namespace

int CatalogDocument::lineOf(const std::string& pointer) const
{
    if (jsonText) {
        // Within the entity only: a file of many entities stays linear.
        CatalogJsonScan scan(*jsonText);
        const std::size_t at = scan.offsetOf(jsonOffset, CatalogJsonScan::pointerTokens(pointer));
        return line + int(std::count(jsonText->begin() + std::ptrdiff_t(jsonOffset),
                                     jsonText->begin() + std::ptrdiff_t(std::max(at, jsonOffset)), '\n'));
    }
    std::string p = pointer;
    while (true) {
        if (const auto it = yamlLines.find(p); it != yamlLines.end())
            return it->second;
        const auto slash = p.rfind('/');
        if (slash == std::string::npos || p.empty())
            return line;
        p.erase(slash);
    }
}

std::string CatalogFileReader::readChecked(const std::string& path, std::string* sha256)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw FeedError({}, std::filesystem::exists(path, ec) ? "not a regular file" : "cannot open the file: no such file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FeedError({}, "cannot open the file");
    in.seekg(0, std::ios::end);
    const auto size = std::uint64_t(in.tellg());
    if (size > MaxFileBytes)
        throw FeedError({}, "the file has " + std::to_string(size) + " bytes; catalog files over " +
                                std::to_string(MaxFileBytes >> 20) + " MiB are refused");
    in.seekg(0);
    std::string text(size, '\0');
    in.read(text.data(), std::streamsize(size));
    if (!in)
        throw FeedError({}, "cannot read the file");
    if (sha256)
        *sha256 = Sha256::hex(Sha256::of(text));
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        text.erase(0, 3);
    checkUtf8(text);
    return text;
}

void CatalogFileReader::readFile(const std::string& path, std::string* sha256, const DocumentFn& fn)
{
    readText(readChecked(path, sha256), fn);
}

void CatalogFileReader::readText(const std::string& textIn, const DocumentFn& fn)
{
    if (textIn.size() > MaxFileBytes)
        throw FeedError({}, "catalog files over " + std::to_string(MaxFileBytes >> 20) + " MiB are refused");
    std::string text = textIn;
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        text.erase(0, 3);
    checkUtf8(text);
    // JSON by content: a YAML catalog starts with a key, "---" or a comment.
    std::size_t p = 0;
    while (p < text.size() && (text[p] == ' ' || text[p] == '\n' || text[p] == '\r' || text[p] == '\t'))
        ++p;
    if (p < text.size() && (text[p] == '{' || text[p] == '['))
        readJson(text, fn);
    else
        CatalogYamlReader::read(text, fn);
}

std::vector<CatalogDocument> CatalogFileReader::readText(const std::string& text)
{
    std::vector<CatalogDocument> docs;
    readText(text, [&](CatalogDocument&& d) { docs.push_back(std::move(d)); });
    return docs;
}

} // namespace closeloop