// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

namespace closeloop {

namespace {
[[noreturn]] void fail(sqlite3* db, std::string_view what)
{
    throw StoreError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}
} // namespace

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        fail(db, "prepare \"" + std::string(sql.substr(0, 80)) + '"');
}

Statement& Statement::operator=(Statement&& o) noexcept
{
    if (this != &o) {
        sqlite3_finalize(m_stmt);
        m_db = o.m_db;
        m_stmt = std::exchange(o.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int i, std::string_view v)
{
    if (sqlite3_bind_text(m_stmt, i, v.data(), int(v.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement& Statement::bindStatic(int i, std::string_view v)
{
    if (sqlite3_bind_text(m_stmt, i, v.data(), int(v.size()), SQLITE_STATIC) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement& Statement::bind(int i, std::int64_t v)
{
    if (sqlite3_bind_int64(m_stmt, i, v) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement& Statement::bind(int i, double v)
{
    if (sqlite3_bind_double(m_stmt, i, v) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement& Statement::bind(int i, const std::optional<double>& v)
{
    return v ? bind(i, *v) : bindNull(i);
}

Statement& Statement::bindNull(int i)
{
    if (sqlite3_bind_null(m_stmt, i) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string msg = sqlite3_errmsg(m_db);
    sqlite3_reset(m_stmt);
    throw StoreError("step: " + msg);
}

void Statement::exec()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string Statement::text(int col) const
{
    return std::string(textView(col));
}

std::string_view Statement::textView(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? std::string_view(p, std::size_t(sqlite3_column_bytes(m_stmt, col))) : std::string_view();
}

Database::Database(const std::string& path, Mode mode)
    : m_path(path)
{
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const std::string msg = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StoreError("cannot open database " + path + ": " + msg);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another connection (the writer, another process) may hold the write
    // lock for the length of one import; wait for it rather than fail.
    sqlite3_busy_timeout(m_db, 30000);
    exec("PRAGMA foreign_keys = ON");
    if (mode == Mode::ReadWrite) {
        // 16 KiB pages: a finding row is 2 to 3 KiB (description, references,
        // raw record), which 4 KiB pages store one per page with the rest of
        // the page wasted. Only takes effect on a new, empty database, and
        // must come before WAL, which fixes the page size.
        exec("PRAGMA page_size = 16384");
        // WAL lets readers (the GUI's queue, the CLI) read while an import
        // writes, and makes a commit one sequential append.
        exec("PRAGMA journal_mode = WAL");
        // FULL, not NORMAL: with WAL, NORMAL may lose the last commits on power
        // loss. Closeloop commits once per imported file or per analyst action,
        // so the fsync per commit costs nothing noticeable, and an audited
        // decision that the user saw succeed must survive a power cut.
        exec("PRAGMA synchronous = FULL");
    }
    exec("PRAGMA temp_store = MEMORY");
    // 64 MiB page cache for the writer: index maintenance of a million-row
    // upsert is bound by cache misses (see reference/limits.md); more buys
    // little. Readers walk indexes a page of rows at a time and the console
    // keeps several of them (queue, counts, case): 16 MiB each, the OS cache
    // holds the rest.
    exec(mode == Mode::ReadOnly ? "PRAGMA cache_size = -16384" : "PRAGMA cache_size = -65536");
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql)
{
    char* err = nullptr;
    const std::string s(sql);
    if (sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string msg = err ? err : sqlite3_errmsg(m_db);
        sqlite3_free(err);
        throw StoreError(msg + " (in: " + s.substr(0, 80) + ")");
    }
}

int Database::userVersion()
{
    Statement st(m_db, "PRAGMA user_version");
    st.step();
    return int(st.int64(0));
}

Transaction::Transaction(Database& db, Kind kind)
    : m_db(db)
{
    m_db.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_open = false;
}

} // namespace closeloop
