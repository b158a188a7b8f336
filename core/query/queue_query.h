// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's rows and the SQL that pages through them: the columns an
// analyst can show and sort by, a page of rows for (filter, sort, offset),
// and the count. Sorting happens in SQLite on indexes; the three sorts the
// queue offers first (severity, first seen, service) are index range scans,
// and so is SLA due (findings without a deadline last, either direction).
#pragma once

#include "store/database.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace closeloop {

enum class QueueColumn {
    Severity, Kev, Title, Status, Service, Owner, Assignee, Asset, Package, FixVersion, Cves, Epss, Tool, Rule,
    Environment, FirstSeen, LastSeen, Age, Path, SlaClass, SlaDue, Id, Count
};

struct QueueColumnInfo
{
    QueueColumn column;
    const char* key;          // stable name: saved views and settings use it
    bool visibleByDefault;
};
const std::vector<QueueColumnInfo>& queueColumns();
std::optional<QueueColumn> queueColumnFromKey(std::string_view key);
const char* queueColumnKey(QueueColumn c);

struct QueueRow
{
    std::int64_t id = 0;
    int severity = -1;
    bool kev = false;
    std::optional<double> epss;
    std::string title, status, service, owner, assignee, asset, assetKind, package, packageVersion, fixVersion,
        cves, tool, ruleId, environment, firstSeen, lastSeen;
    std::string path, slaClass; // empty until the policy routed it
    std::string slaDue;         // earliest deadline of the running clocks; empty when none runs
    bool slaPaused = false;     // an active exception holds the clocks
};

using SqlValue = std::variant<std::int64_t, double, std::string>;

struct QueueQuery
{
    // A WHERE condition over `findings f` with `?` parameters, from the filter
    // compiler; never user text.
    std::string where = "1";
    std::vector<SqlValue> binds;
    // The same condition for counting, without hints that only help a page
    // in sort order (empty: where).
    std::string countWhere;
    QueueColumn sort = QueueColumn::Severity;
    bool descending = true;
    // Run on the reader thread before the first page, when set: fills where,
    // countWhere and binds there (the filter compiler sizes terms by asking
    // the workspace, which the GUI thread must not wait for).
    std::function<void(Database&, QueueQuery&)> prepare;
};

void bindSqlValues(Statement& st, const std::vector<SqlValue>& values, int first = 1);

// Rows [offset, offset + limit) of the query's result in its order.
std::vector<QueueRow> queuePage(Database& db, const QueueQuery& q, std::int64_t offset, int limit);
std::int64_t queueCount(Database& db, const std::string& where, const std::vector<SqlValue>& binds);
// The ids of rows [offset, offset + limit) in the query's order (a bulk action
// over a selection whose rows were never scrolled into view).
std::vector<std::int64_t> queueIds(Database& db, const QueueQuery& q, std::int64_t offset, std::int64_t limit);

} // namespace closeloop
