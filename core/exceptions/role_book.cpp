// SPDX-License-Identifier: GPL-3.0-or-later
#include "role_book.h"

#include "context/catalog_json_scan.h"
#include "feeds/feed_error.h"
#include "util/json_pointer.h"

#include <nlohmann/json.hpp>

namespace closeloop {

const char* roleName(Role r)
{
    switch (r) {
    case Role::Analyst:
        return "analyst";
    case Role::Manager:
        return "manager";
    case Role::Auditor:
        return "auditor";
    }
    return "analyst";
}

bool RoleBook::configured()
{
    auto st = m_db.prepare("SELECT 1 FROM user_roles LIMIT 1");
    return st.step();
}

std::set<Role> RoleBook::rolesOf(const std::string& user)
{
    if (!configured())
        return {Role::Analyst, Role::Manager};
    std::set<Role> out;
    auto st = m_db.prepare("SELECT roles FROM user_roles WHERE user = ?");
    st.bind(1, user);
    if (!st.step())
        return out;
    const std::string roles = st.text(0);
    std::size_t p = 0;
    while (p < roles.size()) {
        std::size_t e = roles.find(' ', p);
        if (e == std::string::npos)
            e = roles.size();
        const std::string r = roles.substr(p, e - p);
        if (r == "analyst")
            out.insert(Role::Analyst);
        else if (r == "manager")
            out.insert(Role::Manager);
        else if (r == "auditor")
            out.insert(Role::Auditor);
        p = e + 1;
    }
    return out;
}

std::string RoleBook::describe(const std::string& user)
{
    std::string out;
    for (Role r : rolesOf(user)) {
        if (!out.empty())
            out += ' ';
        out += roleName(r);
    }
    return out.empty() ? std::string("none") : out;
}

std::size_t RoleBook::load(const std::string& bytes, const std::string& fileName)
{
    if (bytes.size() > 1024 * 1024)
        throw RolesError(fileName + ": larger than 1 MiB; a roles file lists people, not findings");
    CatalogJsonScan scan(bytes);
    try {
        scan.checkLimits(8, 100000);
    } catch (const FeedError& e) {
        throw RolesError(fileName + ":" + e.place() + ": " + e.reason());
    }
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(bytes);
    } catch (const nlohmann::json::parse_error& e) {
        const int line = scan.lineAt(std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, bytes.size()));
        throw RolesError(fileName + ":" + std::to_string(line) + ": not valid JSON");
    }
    auto fail = [&](const std::string& pointer, const std::string& reason) -> RolesError {
        const int line = scan.lineAt(scan.offsetOf(0, CatalogJsonScan::pointerTokens(pointer)));
        return RolesError(fileName + ":" + std::to_string(line) + ": " + reason);
    };
    if (!j.is_object())
        throw fail("", "a roles file is an object {\"schema\": \"closeloop-roles/1\", \"users\": {...}}");
    if (!j.contains("schema") || j["schema"] != "closeloop-roles/1")
        throw fail("/schema", "\"schema\" must be \"closeloop-roles/1\"");
    for (const auto& [k, v] : j.items())
        if (k != "schema" && k != "users")
            throw fail("/" + escapeJsonPointerToken(k), "unknown key \"" + k + "\" (expected schema, users)");
    if (!j.contains("users") || !j["users"].is_object() || j["users"].empty())
        throw fail("/users", "\"users\" must be an object mapping OS user names to lists of roles");
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto& [user, roles] : j["users"].items()) {
        const std::string ptr = "/users/" + escapeJsonPointerToken(user);
        if (user.empty() || user.size() > 256)
            throw fail(ptr, "a user name must have 1 to 256 characters");
        if (!roles.is_array() || roles.empty())
            throw fail(ptr, "the roles of \"" + user + "\" must be a non-empty list of analyst, manager, auditor");
        std::string joined;
        for (std::size_t i = 0; i < roles.size(); ++i) {
            const auto& r = roles[i];
            if (!r.is_string() || (r != "analyst" && r != "manager" && r != "auditor"))
                throw fail(ptr + "/" + std::to_string(i), "unknown role " + r.dump() + " (expected analyst, manager or auditor)");
            const std::string name = r.get<std::string>();
            if (name == "auditor" && roles.size() > 1)
                throw fail(ptr + "/" + std::to_string(i), "an auditor only reads; \"" + user + "\" cannot also be analyst or manager");
            if (!joined.empty())
                joined += ' ';
            joined += name;
        }
        rows.emplace_back(user, joined);
    }
    m_db.exec("DELETE FROM user_roles");
    auto ins = m_db.prepare("INSERT INTO user_roles (user, roles) VALUES (?, ?)");
    for (const auto& [u, r] : rows) {
        ins.bind(1, u).bind(2, r);
        ins.exec();
    }
    return rows.size();
}

} // namespace closeloop
