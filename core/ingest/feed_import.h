// SPDX-License-Identifier: GPL-3.0-or-later
// Imports one feed file: detects its format from content, streams it through
// the importer on the calling thread, and writes it on the writer thread in
// one BEGIN IMMEDIATE transaction with its import record and audit entry.
// All of the file or none of it.
#pragma once

#include "feeds/importer_registry.h"
#include "import_report.h"
#include "store/store_writer.h"

#include "util/clock.h"

#include <atomic>
#include <functional>

namespace closeloop {

struct ImportOptions
{
    std::string actor;           // default: the OS user
    std::string role = "analyst";
    // Called from the importing thread with (bytes read, file size).
    std::function<void(std::uint64_t, std::uint64_t)> progress;
    const std::atomic<bool>* cancel = nullptr;
    // The time the import runs at (first seen, clocks, expiry): --now.
    const Clock* clock = nullptr;
};

class FeedImport
{
public:
    FeedImport(StoreWriter& writer, const ImporterRegistry& registry)
        : m_writer(writer)
        , m_registry(registry)
    {
    }
    // Never throws for bad input: the report says rejected, and why.
    ImportReport importFile(const std::string& path, const ImportOptions& options = {});

private:
    StoreWriter& m_writer;
    const ImporterRegistry& m_registry;
};

// SHA-256 of a whole file, hex. Throws FeedError if it cannot be read.
std::string fileSha256(const std::string& path, const std::atomic<bool>* cancel = nullptr);

} // namespace closeloop
