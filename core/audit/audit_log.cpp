// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit_log.h"

#include "util/clock.h"
#include "util/sha256.h"

namespace closeloop {

namespace {

const std::string Genesis(64, '0');

// Canonical encoding: a JSON object with sorted keys (nlohmann's default map
// is ordered), no white space, UTF-8. The id is part of it, so reordering
// entries changes their hashes.
std::string entryHash(std::int64_t id, const std::string& prevHash, const std::string& at, const std::string& actor,
                      const std::string& role, const std::string& action, const std::string& objectType,
                      const std::string& objectId, const std::string& before, const std::string& after,
                      const std::string& reason, const std::string& policyVersion)
{
    const nlohmann::json canon = {{"id", id},         {"at", at},         {"actor", actor},
                                  {"role", role},     {"action", action}, {"object_type", objectType},
                                  {"object_id", objectId}, {"before", before}, {"after", after},
                                  {"reason", reason}, {"policy_version", policyVersion}};
    Sha256 h;
    h.add(prevHash);
    h.add(canon.dump());
    return Sha256::hex(h.finish());
}

} // namespace

std::string appendAudit(Database& db, AuditEntry e)
{
    if (e.at.empty())
        e.at = nowUtcIso();
    std::string prev = Genesis;
    std::int64_t id = 1;
    {
        auto st = db.prepare("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
        if (st.step()) {
            id = st.int64(0) + 1;
            prev = st.text(1);
        }
    }
    const std::string before = e.before.dump();
    const std::string after = e.after.dump();
    const std::string hash = entryHash(id, prev, e.at, e.actor, e.role, e.action, e.objectType, e.objectId, before,
                                       after, e.reason, e.policyVersion);
    auto ins = db.prepare("INSERT INTO audit_log (id, at, actor, role, action, object_type, object_id, before, after,"
                          " reason, policy_version, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    ins.bind(1, id).bind(2, e.at).bind(3, e.actor).bind(4, e.role).bind(5, e.action).bind(6, e.objectType);
    ins.bind(7, e.objectId).bind(8, before).bind(9, after).bind(10, e.reason).bind(11, e.policyVersion);
    ins.bind(12, prev).bind(13, hash);
    ins.exec();
    return hash;
}

AuditVerification verifyAudit(Database& db)
{
    AuditVerification out;
    auto st = db.prepare("SELECT id, at, actor, role, action, object_type, object_id, before, after, reason,"
                         " policy_version, prev_hash, hash FROM audit_log ORDER BY id");
    std::string prev = Genesis;
    std::int64_t expectedId = 1;
    while (st.step()) {
        const std::int64_t id = st.int64(0);
        ++out.entries;
        auto bad = [&](std::string why) {
            out.ok = false;
            out.firstBadId = id;
            out.problem = std::move(why);
        };
        if (id != expectedId) {
            bad("entry " + std::to_string(expectedId) + " is missing (next entry is " + std::to_string(id) + ")");
            return out;
        }
        if (st.text(11) != prev) {
            bad("entry " + std::to_string(id) + " does not link to the entry before it");
            return out;
        }
        const std::string h = entryHash(id, prev, st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                                        st.text(6), st.text(7), st.text(8), st.text(9), st.text(10));
        if (h != st.text(12)) {
            bad("entry " + std::to_string(id) + " was altered (its hash does not match its content)");
            return out;
        }
        prev = h;
        ++expectedId;
    }
    return out;
}

} // namespace closeloop
