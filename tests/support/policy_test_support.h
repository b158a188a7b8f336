// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the policy tests: instants written as ISO 8601 text, and
// a fresh workspace whose services all read time from one FixedClock.
#pragma once

#include "feed_test_support.h"
#include "policy/policy_switch.h"
#include "policy/sla_sweep.h"
#include "util/clock.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>
#include <string>

namespace closeloop::test {

// A UTC instant from ISO 8601 text; the test program stops on a bad one.
QDateTime utc(const char* iso);
// That instant as the store writes instants.
std::string iso(const char* text);
// t as ISO 8601 UTC text, "(invalid)" for an invalid time: readable in a
// failed comparison.
QString iso(const QDateTime& t);

// text with `from` (which must occur exactly once) replaced: a policy that
// differs from another in one setting.
std::string replacedOnce(std::string text, const std::string& from, const std::string& to);

// A workspace in a temporary folder whose imports, policy loads and sweeps
// read time from `clock`; the tests' benches add what they need on top.
class ClockedWorkspace
{
public:
    explicit ClockedWorkspace(const QDateTime& start);
    ~ClockedWorkspace();

    FixedClock clock;

    std::string dbPath() const;
    std::string path(const std::string& name) const; // a file inside the temp folder
    StoreWriter& writer() { return *m_writer; }
    Database reader() const;
    void write(const std::string& name, const std::string& text) const;

    // Imported as "scanner"; the test program stops unless the file is imported.
    ImportReport importFile(const std::string& file);
    // Writes the text to a file of that name and imports it.
    ImportReport importScan(const std::string& name, const std::string& text);
    PolicySwitch loadPolicy(const std::string& text, const std::string& name = "policy.json",
                            const std::string& actor = "tester");
    SweepResult sweep();

    // A column of a finding as text, "<null>" for NULL; the test program
    // stops when there is no such finding.
    std::string findingText(std::int64_t id, const std::string& column);
    std::int64_t count(const std::string& sql);
    // Fails the running test unless the audit chain verifies and has entries.
    void verifyAuditChain();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StoreWriter> m_writer;
    ImporterRegistry m_registry;
};

} // namespace closeloop::test
