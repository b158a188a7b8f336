// SPDX-License-Identifier: GPL-3.0-or-later
// What the first bytes of a feed look like, gathered once so that every
// importer can judge by content whether the feed is its format.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>

namespace closeloop {

struct FeedSniff
{
    static constexpr std::size_t PrefixBytes = 256 * 1024;

    enum class Kind { Json, Xml, Text };
    Kind kind = Kind::Text;
    std::uint64_t fileSize = 0;

    // JSON: '{' or '[' at the root, every key path seen in the prefix with array
    // indices written as "*" ("/matches/*/vulnerability/id"), and the first
    // scalar value seen at each such path (strings cut to 256 bytes).
    char jsonRoot = 0;
    std::set<std::string> paths;
    std::map<std::string, std::string> scalars;
    bool hasPath(const std::string& p) const { return paths.count(p) != 0; }
    std::string value(const std::string& p) const
    {
        const auto it = scalars.find(p);
        return it == scalars.end() ? std::string() : it->second;
    }
    // True when some path starts with the prefix (e.g. "/runs/*/results").
    bool hasPrefix(const std::string& prefix) const;

    // XML: the root element's local name and namespace URI.
    std::string xmlRoot;
    std::string xmlNamespace;

    // Text: the first line (byte order mark removed), for CSV header detection.
    std::string firstLine;
};

// Reads the prefix of a file and classifies it. Throws FeedError for an empty
// file, a binary file, invalid UTF-8 in a text file, or a JSON syntax or
// nesting error inside the prefix.
FeedSniff sniffFeed(const std::string& path);
FeedSniff sniffBytes(const std::string& prefix, std::uint64_t fileSize);

} // namespace closeloop
