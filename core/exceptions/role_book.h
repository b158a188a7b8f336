// SPDX-License-Identifier: GPL-3.0-or-later
// Who may do what: the roles file maps OS user names to analyst, manager and
// auditor. The core checks these on every decision (not only the GUI). A
// workspace with no roles file loaded is a single-user workspace: everybody
// is analyst and manager; four eyes still holds, so nobody decides their own
// request even then.
#pragma once

#include "store/database.h"

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace closeloop {

enum class Role { Analyst, Manager, Auditor };
const char* roleName(Role r);

class RoleBook
{
public:
    explicit RoleBook(Database& db) : m_db(db) {}

    std::set<Role> rolesOf(const std::string& user);
    bool has(const std::string& user, Role r) { return rolesOf(user).count(r) > 0; }
    bool configured();
    // Space-separated names, for audit entries ("analyst manager").
    std::string describe(const std::string& user);

    // Replaces the roles from a roles file's bytes, inside the caller's
    // transaction. Throws RolesError (file:line: reason).
    // {"schema": "closeloop-roles/1", "users": {"alice": ["analyst"], ...}}
    std::size_t load(const std::string& bytes, const std::string& fileName);

private:
    Database& m_db;
};

class RolesError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace closeloop
