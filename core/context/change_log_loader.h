// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a change log: JSON lines, one change per line,
//   {"time":"2026-11-02T14:05:00Z","service":"payments-api","kind":"deploy",
//    "reference":"v1.42.0","author":"ci-bot","summary":"Release 1.42.0"}
// time is ISO 8601 with a zone (stored in UTC); service is a catalog entity's
// name or ref; kind is a word such as deploy, commit or config. The whole file
// is checked first; then one transaction adds its changes (a change already
// known, same service, time, kind and reference, is skipped), a context_loads
// row and an audit entry. A bad line changes nothing.
#pragma once

#include "intel_loader.h"
#include "store/store_writer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace closeloop {

struct ChangeEntry
{
    std::string at; // UTC, 2026-11-02T14:05:00.000Z
    std::string service;
    std::string kind;
    std::string reference;
    std::string author;
    std::string summary;

    // Parses one line; throws FeedError(place, reason).
    static ChangeEntry parse(std::string_view line, const std::string& place);
};

struct ChangeLogReport
{
    std::string file;
    std::string sha256;
    std::int64_t loadId = 0;
    std::int64_t entries = 0;    // changes in the file
    std::int64_t added = 0;      // new to the workspace
    std::int64_t duplicates = 0; // already known (or listed twice)
    double seconds = 0;
    nlohmann::json toJson() const;
    std::string summary() const;
};

class ChangeLogLoader
{
public:
    static constexpr std::size_t MaxLineBytes = 64u << 10;
    static constexpr std::uint64_t MaxFileBytes = 256u << 20;

    explicit ChangeLogLoader(StoreWriter& writer) : m_writer(writer) {}
    // Throws FeedError("line N", reason) for bad input, StoreError when the
    // workspace cannot be written.
    ChangeLogReport load(const std::string& path, const ContextLoadOptions& options = {});

private:
    StoreWriter& m_writer;
};

// ISO 8601 date and time with a zone (Z, +hh:mm, +hhmm) to UTC with
// milliseconds, the form every time in the workspace has; nullopt when the
// text is not one.
std::optional<std::string> utcIsoTime(std::string_view text);

} // namespace closeloop
