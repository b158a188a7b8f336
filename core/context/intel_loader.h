// SPDX-License-Identifier: GPL-3.0-or-later
// Loads offline threat intelligence into the workspace: the CISA KEV catalog
// (JSON) and FIRST's EPSS scores (CSV). A load parses the whole file first,
// then on the writer thread, in one transaction, replaces the kev or
// epss_scores table, records a context_loads row and an audit entry, and
// brings every affected finding up to date. A bad file changes nothing: the
// previous intelligence stays in force.
#pragma once

#include "intel_finding_updater.h"
#include "store/store_writer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <string>

namespace closeloop {

struct ContextLoadOptions
{
    std::string actor; // default: the OS user
    std::string role = "analyst";
};

struct IntelLoadReport
{
    std::string kind; // kev, epss
    std::string file;
    std::string sha256;
    std::int64_t loadId = 0; // context_loads.id
    std::int64_t entries = 0;
    std::string version;  // KEV catalogVersion, EPSS model_version
    std::string released; // KEV dateReleased, EPSS score_date
    IntelStats findings;
    double seconds = 0;
    nlohmann::json toJson() const;
    std::string summary() const;
};

class IntelLoader
{
public:
    explicit IntelLoader(StoreWriter& writer) : m_writer(writer) {}
    // Throw FeedError (place and reason; the caller knows the file) for bad
    // input, StoreError when the workspace cannot be written.
    IntelLoadReport loadKev(const std::string& path, const ContextLoadOptions& options = {});
    IntelLoadReport loadEpss(const std::string& path, const ContextLoadOptions& options = {});

private:
    StoreWriter& m_writer;
};

// Called inside an import's transaction, after its findings were written:
// flags the findings the import touched (last_import_id = importId) whose
// CVEs are known exploited, and gives them the EPSS table's scores (the
// import has just written the feed's own EPSS over them).
IntelStats applyIntel(Database& db, std::int64_t importId);

// One row of context_loads and its audit entry, in the caller's transaction;
// returns the row's id. Shared by every context file (intelligence, change log).
struct ContextLoadRecord
{
    std::string kind; // kev, epss, changes, catalog
    std::string filePath;
    std::string sha256;
    std::string actor;
    std::string role;
    std::int64_t count = 0;
    nlohmann::json meta = nlohmann::json::object();  // stored in context_loads.meta
    nlohmann::json audit = nlohmann::json::object(); // added to the audit entry's "after"
};
std::int64_t recordContextLoad(Database& db, const ContextLoadRecord& record);

// How every context file's load ends, once the file parsed: one transaction on
// the writer thread in which write(db, record) stores the file's rows and adds
// what it did to the record (meta, audit), then recordContextLoad. A failure
// anywhere leaves neither the rows nor the record. Fills the record's actor
// (the OS user unless options name one) and role; returns the context_loads id.
std::int64_t storeContextLoad(StoreWriter& writer, const ContextLoadOptions& options, ContextLoadRecord record,
                              const std::function<void(Database&, ContextLoadRecord&)>& write);

} // namespace closeloop
