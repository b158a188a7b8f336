// SPDX-License-Identifier: GPL-3.0-or-later
// A light scanner over the text of a JSON catalog: the checks that run
// before nlohmann builds anything (depth and number of values, with the line
// where a cap is hit), and where the value at a JSON pointer starts, so that
// a complaint about an entity can name its line. The text must outlive it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace closeloop {

class CatalogJsonScan
{
public:
    explicit CatalogJsonScan(const std::string& text) : m_t(text) {}

    // Throws FeedError("line N", ...) past maxDepth nesting or maxValues values.
    void checkLimits(int maxDepth, std::size_t maxValues) const;
    // Offset of the value at the pointer tokens below the value starting at
    // `at`, or of the deepest of them that exists. For text nlohmann accepted.
    std::size_t offsetOf(std::size_t at, const std::vector<std::string>& tokens) const;
    // Where each element of the array starting at `at` begins, in one pass.
    std::vector<std::size_t> elementOffsets(std::size_t at) const;
    int lineAt(std::size_t offset) const; // 1-based

    // JSON pointers (RFC 6901): "/a~1b/0" -> {"a/b", "0"} (util/json_pointer.h
    // writes them).
    static std::vector<std::string> pointerTokens(const std::string& pointer);

private:
    std::size_t skipWs(std::size_t p) const;
    std::size_t readString(std::size_t p, std::string* out) const;
    std::size_t skipValue(std::size_t p) const;

    const std::string& m_t;
};

} // namespace closeloop
