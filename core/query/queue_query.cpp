// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_query.h"

#include <algorithm>
#include <cstring>

namespace closeloop {

namespace {

// Sort expressions end with the id so equal keys have a stable order and
// the (key, id) indexes answer a page without sorting.
const char* sortExpression(QueueColumn c)
{
    switch (c) {
    case QueueColumn::Severity: return "f.severity";
    case QueueColumn::Kev: return "f.kev";
    case QueueColumn::Title: return "f.title";
    case QueueColumn::Status: return "f.status";
    case QueueColumn::Service: return "f.service";
    case QueueColumn::Owner: return "f.owner";
    case QueueColumn::Assignee: return "f.assignee";
    case QueueColumn::Asset: return "f.asset";
    case QueueColumn::Package: return "f.package";
    case QueueColumn::FixVersion: return "f.fix_version";
    case QueueColumn::Cves: return "f.cves";
    case QueueColumn::Epss: return "f.epss";
    case QueueColumn::Tool: return "f.tool";
    case QueueColumn::Rule: return "f.rule_id";
    case QueueColumn::Environment: return "f.environment";
    case QueueColumn::FirstSeen: return "f.first_seen";
    case QueueColumn::Age: return "f.first_seen";
    case QueueColumn::LastSeen: return "f.last_seen";
    case QueueColumn::Path: return "f.path";
    case QueueColumn::SlaClass: return "f.sla_class";
    case QueueColumn::SlaDue: return "f.sla_due";
    case QueueColumn::Id:
    case QueueColumn::Count: break;
    }
    return nullptr;
}

std::string orderBy(const QueueQuery& q)
{
    const char* dir = q.descending ? " DESC" : " ASC";
    // Age grows as first_seen goes back: the opposite direction.
    if (q.sort == QueueColumn::Age)
        dir = q.descending ? " ASC" : " DESC";
    const char* key = sortExpression(q.sort);
    std::string out = " ORDER BY ";
    if (key)
        out += std::string(key) + dir + ", ";
    out += std::string("f.id") + (q.descending ? " DESC" : " ASC");
    return out;
}

constexpr const char* RowColumns =
    "f.id, f.severity, f.kev, f.epss, f.title, f.status, f.service, f.owner, f.assignee, f.asset, f.asset_kind,"
    " f.package, f.package_version, f.fix_version, f.cves, f.tool, f.rule_id, f.environment, f.first_seen,"
    " f.last_seen, f.path, f.sla_class, f.sla_due, f.exception_id IS NOT NULL";

// `SELECT <columns> FROM findings f WHERE <where> ORDER BY ... LIMIT ...`.
// By SLA due, findings without a deadline come last in either direction, and
// still from indexes: the dated ones walk findings_by_sla_due (partial on IS
// NOT NULL), the rest the primary key, and SQLite merges the two ordered
// arms (ORDER BY sla_due NULLS LAST over all rows would sort a million).
// The filter then appears twice: binds says how many times to bind it.
std::string pageSql(const char* columns, const QueueQuery& q, std::int64_t offset, std::int64_t limit, int& binds)
{
    // LIMIT and OFFSET are our own integers, written into the SQL so the
    // filter's parameters keep their numbers.
    const std::string tail =
        " LIMIT " + std::to_string(std::max<std::int64_t>(limit, 0)) + " OFFSET " +
        std::to_string(std::max<std::int64_t>(offset, 0));
    if (q.sort != QueueColumn::SlaDue) {
        binds = 1;
        return std::string("SELECT ") + columns + " FROM findings f WHERE " + q.where + orderBy(q) + tail;
    }
    binds = 2;
    const char* dir = q.descending ? " DESC" : " ASC";
    // The selected columns plus the sort keys, so that the compound's ORDER BY can name them.
    const std::string select = std::string("SELECT ") + columns + ", f.sla_due, f.id FROM findings f WHERE ";
    const int keys = int(std::count(columns, columns + std::strlen(columns), ',')) + 2;
    return select + "f.sla_due IS NOT NULL AND (" + q.where + ") UNION ALL " + select + "f.sla_due IS NULL AND (" +
           q.where + ") ORDER BY " + std::to_string(keys) + dir + " NULLS LAST, " + std::to_string(keys + 1) + dir +
           tail;
}

} // namespace

const std::vector<QueueColumnInfo>& queueColumns()
{
    static const std::vector<QueueColumnInfo> columns = {
        {QueueColumn::Severity, "severity", true},
        {QueueColumn::Kev, "kev", true},
        {QueueColumn::Title, "title", true},
        {QueueColumn::Status, "status", true},
        {QueueColumn::Service, "service", true},
        {QueueColumn::Owner, "owner", true},
        {QueueColumn::Assignee, "assignee", false},
        {QueueColumn::Asset, "asset", true},
        {QueueColumn::Package, "package", true},
        {QueueColumn::FixVersion, "fix_version", false},
        {QueueColumn::Cves, "cves", false},
        {QueueColumn::Epss, "epss", true},
        {QueueColumn::Tool, "tool", false},
        {QueueColumn::Rule, "rule", false},
        {QueueColumn::Environment, "environment", false},
        {QueueColumn::FirstSeen, "first_seen", true},
        {QueueColumn::LastSeen, "last_seen", false},
        {QueueColumn::Age, "age", false},
        {QueueColumn::Id, "id", false},
        // Added after the others so that a saved header state keeps its sections.
        {QueueColumn::SlaDue, "sla_due", true},
        {QueueColumn::Path, "path", true},
        {QueueColumn::SlaClass, "sla_class", false},
    };
    return columns;
}

std::optional<QueueColumn> queueColumnFromKey(std::string_view key)
{
    for (const auto& c : queueColumns()) {
        if (key == c.key)
            return c.column;
    }
    return std::nullopt;
}

const char* queueColumnKey(QueueColumn c)
{
    for (const auto& info : queueColumns()) {
        if (info.column == c)
            return info.key;
    }
    return "";
}

void bindSqlValues(Statement& st, const std::vector<SqlValue>& values, int first)
{
    int i = first;
    for (const auto& v : values) {
        std::visit([&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::string>)
                st.bind(i, std::string_view(x));
            else
                st.bind(i, x);
        }, v);
        ++i;
    }
}

std::vector<QueueRow> queuePage(Database& db, const QueueQuery& q, std::int64_t offset, int limit)
{
    int times = 1;
    auto st = db.prepare(pageSql(RowColumns, q, offset, limit, times));
    for (int i = 0; i < times; ++i)
        bindSqlValues(st, q.binds, 1 + i * int(q.binds.size()));
    std::vector<QueueRow> rows;
    rows.reserve(std::size_t(std::max(limit, 0)));
    while (st.step()) {
        QueueRow r;
        r.id = st.int64(0);
        r.severity = int(st.int64(1));
        r.kev = st.int64(2) != 0;
        if (!st.isNull(3))
            r.epss = st.real(3);
        r.title = st.text(4);
        r.status = st.text(5);
        r.service = st.text(6);
        r.owner = st.text(7);
        r.assignee = st.text(8);
        r.asset = st.text(9);
        r.assetKind = st.text(10);
        r.package = st.text(11);
        r.packageVersion = st.text(12);
        r.fixVersion = st.text(13);
        r.cves = st.text(14);
        r.tool = st.text(15);
        r.ruleId = st.text(16);
        r.environment = st.text(17);
        r.firstSeen = st.text(18);
        r.lastSeen = st.text(19);
        r.path = st.text(20);
        r.slaClass = st.text(21);
        if (!st.isNull(22))
            r.slaDue = st.text(22);
        r.slaPaused = st.int64(23) != 0;
        rows.push_back(std::move(r));
    }
    return rows;
}

std::int64_t queueCount(Database& db, const std::string& where, const std::vector<SqlValue>& binds)
{
    auto st = db.prepare("SELECT count(*) FROM findings f WHERE " + where);
    bindSqlValues(st, binds);
    return st.step() ? st.int64(0) : 0;
}

std::vector<std::int64_t> queueIds(Database& db, const QueueQuery& q, std::int64_t offset, std::int64_t limit)
{
    int times = 1;
    auto st = db.prepare(pageSql("f.id", q, offset, limit, times));
    for (int i = 0; i < times; ++i)
        bindSqlValues(st, q.binds, 1 + i * int(q.binds.size()));
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

} // namespace closeloop
