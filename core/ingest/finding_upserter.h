// SPDX-License-Identifier: GPL-3.0-or-later
// Applies one import's findings to the store inside the import transaction:
// new, updated, unchanged, duplicate, reopened; then coverage-aware closing.
// Runs on the writer thread.
#pragma once

#include "import_report.h"
#include "store/database.h"

namespace closeloop {

// A finding ready for the store: hashes and JSON columns computed on the
// parser thread, so the writer thread only binds and steps.
struct PreparedFinding
{
    Finding f;
    std::string fingerprint;
    std::string contentHash;
    std::string fingerprintInputsJson;
    std::string refsJson;
    std::string cvesText; // space separated, as stored
    std::string cwesText;
};
PreparedFinding prepareFinding(Finding&& f);

// The findings columns a feed fills, in bind order, and their binding from
// parameter `first` on (copy-free: p must outlive the statement's step).
extern const char* const FindingColumnList;
constexpr int FindingColumnCount = 29;
void bindFindingColumns(Statement& st, const PreparedFinding& p, int first);

class FindingUpserter
{
public:
    FindingUpserter(Database& db, std::int64_t importId, std::string now);
    void apply(const PreparedFinding& p, ImportCounts& counts);
    void apply(const VexStatement& s);
    // Findings of this scope, still open, that this import did not see.
    std::int64_t closeUnseen(const ScanScope& scope);
    // Findings that existed before and changed (content, status, closed):
    // the policy looks at them again.
    const std::vector<std::int64_t>& changedIds() const { return m_changed; }

private:

    Database& m_db;
    std::int64_t m_importId;
    std::string m_now;
    Statement m_lookup;
    Statement m_insert;
    Statement m_update;
    Statement m_seen;
    Statement m_close;
    Statement m_vex;
    Statement m_closing;
    std::vector<std::int64_t> m_changed;
    bool m_expectNew = true;
};

// Statuses that mean "no longer open"; a finding seen again in one of them is
// reopened.
bool isClosedStatus(std::string_view status);

} // namespace closeloop
