// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the importer tests: run detection and a parse into
// memory, or a real import into a fresh SQLite file.
#pragma once

#include "feeds/feed_error.h"
#include "feeds/importer_registry.h"
#include "ingest/feed_import.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>
#include <vector>

namespace closeloop::test {

// Everything an importer produced, in memory.
struct Collected : FindingSink
{
    std::vector<Finding> findings;
    std::vector<VexStatement> vex;
    std::vector<ScanScope> scopes;
    std::string tool, toolVersion;
    std::string format; // the detected importer

    void addFinding(Finding&& f) override { findings.push_back(std::move(f)); }
    void addVexStatement(VexStatement&& s) override { vex.push_back(std::move(s)); }
    void coverScope(const ScanScope& s) override { scopes.push_back(s); }
    void setTool(const std::string& t, const std::string& v) override
    {
        tool = t;
        toolVersion = v;
    }
};

// Detects the format of a file and parses it into memory. Throws FeedError
// (also for "unrecognized format").
Collected parseFile(const std::string& path);
// The same for bytes in memory (fixtures written inline in a test).
Collected parseBytes(const std::string& bytes);

// Directory of the project's own fixtures (tests/fixtures).
std::string fixture(const std::string& relative);
// The shared corpus (CLOSELOOP_CORPUS or ../shared/corpus), or empty when absent.
std::string corpusDir();

// A fresh workspace in a temporary folder with a writer, for real imports.
class TempWorkspace
{
public:
    TempWorkspace();
    ~TempWorkspace();
    std::string dbPath() const;
    std::string path(const std::string& name) const; // a file inside the temp folder
    ImportReport import(const std::string& file);
    void writeFile(const std::string& name, const std::string& content) const;
    StoreWriter& writer() { return *m_writer; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StoreWriter> m_writer;
    ImporterRegistry m_registry;
};

} // namespace closeloop::test
