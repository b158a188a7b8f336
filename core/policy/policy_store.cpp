// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy_store.h"

#include <map>
#include <mutex>

namespace closeloop {

std::shared_ptr<const Policy> cachedPolicy(const std::string& version, const std::string& text,
                                           const std::string& fileName)
{
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const Policy>> cache;
    std::lock_guard lock(mutex);
    if (auto it = cache.find(version); it != cache.end())
        return it->second;
    auto p = std::make_shared<const Policy>(parsePolicy(text, fileName));
    cache.emplace(version, p);
    return p;
}

std::string PolicyStore::activeVersion()
{
    auto st = m_db.prepare("SELECT value FROM workspace_state WHERE key = 'active_policy'");
    return st.step() ? st.text(0) : std::string();
}

std::shared_ptr<const Policy> PolicyStore::byVersion(const std::string& version)
{
    auto st = m_db.prepare("SELECT text, source_file FROM policies WHERE version = ?");
    st.bind(1, version);
    if (!st.step())
        return nullptr;
    return cachedPolicy(version, st.text(0), st.text(1));
}

std::shared_ptr<const Policy> PolicyStore::activeReadOnly()
{
    const std::string v = activeVersion();
    if (!v.empty())
        if (auto p = byVersion(v))
            return p;
    static const std::shared_ptr<const Policy> shipped = std::make_shared<const Policy>(defaultPolicy());
    return shipped;
}

std::shared_ptr<const Policy> PolicyStore::active()
{
    const std::string v = activeVersion();
    if (!v.empty())
        if (auto p = byVersion(v))
            return p;
    auto p = activeReadOnly();
    const std::string at = "1970-01-01T00:00:00.000Z"; // not a load anybody made: the workspace's origin
    store(*p, "default-policy.json", "closeloop", at);
    m_db.prepare("INSERT OR REPLACE INTO workspace_state (key, value) VALUES ('active_policy', ?)")
        .bind(1, p->version)
        .exec();
    return p;
}

void PolicyStore::store(const Policy& p, const std::string& sourceFile, const std::string& actor, const std::string& at)
{
    auto st = m_db.prepare("INSERT OR IGNORE INTO policies (version, name, text, source_file, loaded_at, loaded_by)"
                           " VALUES (?,?,?,?,?,?)");
    st.bind(1, p.version).bind(2, p.name).bind(3, p.text).bind(4, sourceFile).bind(5, at).bind(6, actor);
    st.exec();
}

void PolicyStore::setActive(const std::string& version, const std::string& actor, const std::string& at)
{
    m_db.prepare("UPDATE policies SET activated_at = ?, activated_by = ? WHERE version = ?")
        .bind(1, at)
        .bind(2, actor)
        .bind(3, version)
        .exec();
    if (m_db.changes() == 0)
        throw StoreError("policy " + version + " is not stored in this workspace");
    m_db.prepare("INSERT OR REPLACE INTO workspace_state (key, value) VALUES ('active_policy', ?)").bind(1, version).exec();
}

std::vector<PolicyRecord> PolicyStore::list()
{
    const std::string activeV = activeVersion();
    std::vector<PolicyRecord> out;
    auto st = m_db.prepare("SELECT version, name, source_file, loaded_at, loaded_by, coalesce(activated_at, ''),"
                           " coalesce(activated_by, '') FROM policies ORDER BY loaded_at, version");
    while (st.step()) {
        PolicyRecord r{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), false};
        r.active = r.version == activeV;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace closeloop
