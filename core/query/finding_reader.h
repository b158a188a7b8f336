// SPDX-License-Identifier: GPL-3.0-or-later
// Read access to findings on a reader connection of its own (never the
// writer's): listing for the CLI and the GUI, and one finding in full.
#pragma once

#include "query/filter_compiler.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace closeloop {

struct FindingRow
{
    std::int64_t id = 0;
    std::string fingerprint;
    std::string title;
    int severity = -1;
    std::string status;
    std::string asset;
    std::string location; // "file:line" or "package@version"
    std::string tool;
    std::string ruleId;
    std::string lastSeen;
    std::string service;
    std::string owner;
    bool kev = false;
    std::optional<double> epss;
    nlohmann::json toJson() const;
};

class FindingReader
{
public:
    // Opens its own read-only connection; throws StoreError.
    explicit FindingReader(const std::string& path);
    Database& db() { return m_db; }

    std::int64_t count();
    // Findings per severity (-1 unknown .. 4 critical) and per status.
    std::map<int, std::int64_t> countBySeverity();
    // Most severe first, then newest. limit < 0: all.
    std::vector<FindingRow> list(std::int64_t limit = -1, std::int64_t offset = 0);
    // Calls fn for each row without holding them all (the CLI streams).
    void forEach(std::int64_t limit, const std::function<void(const FindingRow&)>& fn);
    // The same for the findings a compiled filter selects.
    void forEach(const CompiledFilter& filter, std::int64_t limit, const std::function<void(const FindingRow&)>& fn);
    // Everything about one finding, including its fingerprint inputs and raw
    // record; nullopt when there is no such id.
    std::optional<nlohmann::json> details(std::int64_t id) { return details(m_db, id); }
    // The same on any connection: the case context builds its "finding" part
    // on this inside its own read transaction, so the two never disagree.
    static std::optional<nlohmann::json> details(Database& db, std::int64_t id);

private:
    Database m_db;
};

} // namespace closeloop
