// SPDX-License-Identifier: GPL-3.0-or-later
// Thin RAII over the sqlite3 C API: a connection opened with the workspace's
// settings, and prepared statements with typed binds and columns.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace closeloop {

class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);
    Statement(Statement&& o) noexcept : m_db(o.m_db), m_stmt(std::exchange(o.m_stmt, nullptr)) {}
    Statement& operator=(Statement&& o) noexcept;
    ~Statement();

    Statement& bind(int i, std::string_view v);
    // Binds without copying: the caller keeps v alive until the statement
    // was stepped and reset (the import's long columns: raw record, text).
    Statement& bindStatic(int i, std::string_view v);
    Statement& bind(int i, std::int64_t v);
    Statement& bind(int i, int v) { return bind(i, std::int64_t(v)); }
    Statement& bind(int i, double v);
    Statement& bind(int i, const std::optional<double>& v);
    Statement& bindNull(int i);

    // True while a row is available; throws StoreError on failure.
    bool step();
    // Runs to completion, then resets for reuse.
    void exec();
    void reset();

    std::int64_t int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    std::string text(int col) const;
    std::string_view textView(int col) const;
    sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Opens (creating when ReadWrite) and applies the connection settings.
    explicit Database(const std::string& path, Mode mode = Mode::ReadWrite);
    Database(Database&& o) noexcept : m_db(std::exchange(o.m_db, nullptr)), m_path(std::move(o.m_path)) {}
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(m_db, sql); }
    std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
    int changes() const { return sqlite3_changes(m_db); }
    int userVersion();
    sqlite3* handle() const { return m_db; }
    const std::string& path() const { return m_path; }

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

// Commits on commit(), rolls back otherwise (exceptions included).
class Transaction
{
public:
    enum class Kind { Deferred, Immediate };
    explicit Transaction(Database& db, Kind kind = Kind::Immediate);
    ~Transaction();
    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

// A read of several statements from one snapshot of the workspace: a
// transaction that is rolled back, unless the caller already holds one on
// this connection.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db) : m_db(db), m_own(sqlite3_get_autocommit(db.handle()) != 0)
    {
        if (m_own)
            m_db.exec("BEGIN");
    }
    ~ReadSnapshot()
    {
        if (m_own)
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_own;
};

} // namespace closeloop
