// SPDX-License-Identifier: GPL-3.0-or-later
// The policies a workspace has loaded, and the one in force. A workspace
// that never loaded one runs the shipped default (written on first use, so
// that its version is on record like any other). Loading a file validates it
// fully first: a bad file changes nothing.
#pragma once

#include "policy.h"
#include "store/database.h"
#include "util/clock.h"

#include <memory>
#include <string>

namespace closeloop {

struct PolicyRecord
{
    std::string version;
    std::string name;
    std::string sourceFile;
    std::string loadedAt;
    std::string loadedBy;
    std::string activatedAt;
    std::string activatedBy;
    bool active = false;
};

class PolicyStore
{
public:
    explicit PolicyStore(Database& db) : m_db(db) {}

    // The policy in force (the default, stored, when none was ever
    // activated: needs a writable connection then). Parsed once per version
    // per process.
    std::shared_ptr<const Policy> active();
    // Same, for a read-only connection: the default without storing it.
    std::shared_ptr<const Policy> activeReadOnly();
    // A stored version, or nullptr.
    std::shared_ptr<const Policy> byVersion(const std::string& version);
    std::string activeVersion();

    // Stores a validated policy (idempotent). Inside the caller's transaction.
    void store(const Policy& p, const std::string& sourceFile, const std::string& actor, const std::string& at);
    // Makes a stored version the one in force; audited by the caller.
    void setActive(const std::string& version, const std::string& actor, const std::string& at);

    std::vector<PolicyRecord> list();

private:
    Database& m_db;
};

// Parsed policies by version, shared across threads.
std::shared_ptr<const Policy> cachedPolicy(const std::string& version, const std::string& text,
                                           const std::string& fileName);

} // namespace closeloop
