// SPDX-License-Identifier: GPL-3.0-or-later
// A proposed policy replayed over the workspace's history against the policy
// in force: the path and class each would give every finding, and the
// clocks each would have run from what really happened (detection,
// acknowledgement, fixes, exceptions), so a manager sees the paths taken and
// the breaches projected before switching it on. Read only.
#pragma once

#include "policy.h"
#include "store/database.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

#include <atomic>
#include <map>
#include <string>
#include <vector>

namespace closeloop {

struct BacktestChange
{
    std::int64_t id = 0;
    std::string title;
    int severity = -1;
    std::string service;
    RouteDecision from, to;
};

struct BacktestReport
{
    std::string currentVersion, currentName, proposedVersion, proposedName;
    std::string now;
    std::int64_t findings = 0;
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> paths;   // path -> (current, proposed)
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> classes; // class -> (current, proposed)
    // class -> clock -> (current, proposed) findings whose clock breached (running past
    // its time, paused after it, or stopped late), each counted under its own policy's class.
    std::map<std::string, std::map<std::string, std::pair<std::int64_t, std::int64_t>>> breaches;
    std::pair<std::int64_t, std::int64_t> breachedFindings; // any clock
    std::int64_t changedCount = 0;
    std::vector<BacktestChange> changed; // the first maxChanges, by id
    nlohmann::json toJson() const;
};

// Streams every finding once. maxChanges bounds the list (the count is
// exact). cancel, when set, stops early (the report is then partial).
BacktestReport backtestPolicy(Database& reader, const Policy& current, const Policy& proposed, const QDateTime& now,
                              std::size_t maxChanges = 1000, const std::atomic<bool>* cancel = nullptr);

} // namespace closeloop
