// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the importer tests: run detection and a parse into
// memory, or a real import into a fresh SQLite file; the errors, fingerprints
// and fixtures tests look at; Trivy reports written in a test; feeds generated too large for memory; the real
// closeloop-cli run as a pipeline runs it.
#pragma once

#include "feeds/feed_error.h"
#include "feeds/importer_registry.h"
#include "ingest/feed_import.h"
#include "store/database.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdint>
#include <functional>
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

    // The first finding with this rule id; the test program stops without one.
    const Finding& byRule(const std::string& rule) const;
    bool covers(const std::string& tool, const std::string& target) const;
};

// Detects the format of a file and parses it into memory. Throws FeedError
// (also for "unrecognized format").
Collected parseFile(const std::string& path);
// The same for bytes in memory (fixtures written inline in a test).
Collected parseBytes(const std::string& bytes);

// The FeedError fn() raises, or FeedError("(no error)", "(no error)") when it
// raises none.
template<class F>
FeedError feedErrorOf(F fn)
{
    try {
        fn();
    } catch (const FeedError& e) {
        return e;
    }
    return FeedError("(no error)", "(no error)");
}
// The FeedError parsing the bytes raises, as feedErrorOf says it.
FeedError parseError(const std::string& bytes);
// Its place: "line L, column C", a JSON pointer, "row N".
std::string errorPlace(const std::string& bytes);
// Fails the running test unless parsing the bytes raises a FeedError at place.
void expectError(const std::string& bytes, const std::string& place);
// How sure one importer (by format name) is that the bytes are its format.
int detectScore(const std::string& format, const std::string& bytes);

// The fingerprint the store gives f: the identity users see.
std::string fingerprintOf(const Finding& f);
// The hash of what the store shows of f: a change to it makes an update.
std::string contentHashOf(const Finding& f);
// The value of f's fingerprint input `name`, or "<absent>".
std::string fingerprintInput(const Finding& f, const std::string& name);

// One vulnerability of a Trivy report; its package has a PURL when purl is set.
struct TrivyVuln
{
    std::string id;
    std::string pkg;
    std::string severity = "HIGH";
    std::string purl;
};
// A Trivy report (schema 2) of one container image. Reports that differ
// only in `created` are different files with the same findings.
std::string trivyScan(const std::string& artifact, const std::vector<TrivyVuln>& vulns, const std::string& created = "t0");

// Directory of the project's own fixtures (tests/fixtures).
std::string fixture(const std::string& relative);
// A fixture's bytes (relative to tests/fixtures); the test program stops when it is missing.
std::string readFixture(const std::string& relative);
void replaceAll(std::string& s, const std::string& from, const std::string& to);
bool contains(const std::string& haystack, const std::string& needle);
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

// Writes a feed too large to build in memory, piece by piece.
class LargeFeedWriter
{
public:
    explicit LargeFeedWriter(const std::string& path);
    void write(const std::string& text);
    // record(0), record(1) ... joined by commas, until at least `bytes` more
    // were written; returns how many records that took.
    std::size_t records(const std::function<std::string(std::size_t)>& record, std::size_t bytes);
    std::uint64_t size() const { return m_written; }

private:
    QFile m_file;
    std::uint64_t m_written = 0;
};

// The first column of the first row a query returns (counts, sums).
std::int64_t scalar(Database& db, const std::string& sql);
std::string scalarText(Database& db, const std::string& sql);

// What the real closeloop-cli did with a command line.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the built closeloop-cli binary and waits up to two minutes for it.
CliRun runCli(const QStringList& args);
// A path or name for a command line.
QString qstr(const std::string& s);

} // namespace closeloop::test
