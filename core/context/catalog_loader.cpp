// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog_loader.h"

#include "audit/audit_log.h"
#include "policy/policy_engine.h"
#include "policy/policy_store.h"
#include "util/clock.h"

#include <chrono>

namespace closeloop {

using nlohmann::json;

namespace {

std::string joined(const std::vector<std::string>& items, const char* sep)
{
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : sep) + s;
    return out;
}

std::string dumped(const json& j)
{
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace

json CatalogLoadResult::toJson() const
{
    json errs = json::array();
    for (const auto& e : errors)
        errs.push_back(e.text());
    return {{"ok", ok},
            {"files", files},
            {"entities", entities},
            {"by_kind", byKind},
            {"skipped", skipped},
            {"ownership_keys", ownershipKeys},
            {"codeowners_rules", codeownersRules},
            {"mapped", ownership.mapped},
            {"unowned", ownership.unowned},
            {"warnings", warnings},
            {"errors", errs},
            {"failure", failure},
            {"seconds", seconds}};
}

void replaceCatalog(Database& db, const ParsedCatalog& catalog)
{
    db.exec("DELETE FROM catalog_entities; DELETE FROM ownership_keys; DELETE FROM codeowners_rules;");
    auto ent = db.prepare(
        "INSERT INTO catalog_entities (ref, kind, name, title, description, owner_ref, system_ref, type, lifecycle,"
        " tier, customer_facing, internet_facing, data_classes, environment, email, escalation, members, tags,"
        " annotations, source_file, source_line, raw) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto key = db.prepare("INSERT INTO ownership_keys (kind, key, entity_ref, source) VALUES (?,?,?,?)");
    for (const auto& e : catalog.entities) {
        ent.bind(1, e.ref).bind(2, e.kind).bind(3, e.name).bind(4, e.title).bind(5, e.description);
        ent.bind(6, e.ownerRef).bind(7, e.systemRef).bind(8, e.type).bind(9, e.lifecycle);
        e.tier ? ent.bind(10, *e.tier) : ent.bindNull(10);
        e.customerFacing ? ent.bind(11, int(*e.customerFacing)) : ent.bindNull(11);
        e.internetFacing ? ent.bind(12, int(*e.internetFacing)) : ent.bindNull(12);
        ent.bind(13, joined(e.dataClasses, " ")).bind(14, e.environment).bind(15, e.email);
        ent.bind(16, dumped(e.escalationJson())).bind(17, dumped(json(e.members))).bind(18, dumped(json(e.tags)));
        ent.bind(19, dumped(e.annotations)).bind(20, e.sourceFile).bind(21, e.sourceLine).bind(22, e.raw);
        ent.exec();
        for (const auto& k : e.keys) {
            key.bind(1, k.kind).bind(2, k.key).bind(3, e.ref).bind(4, k.source);
            key.exec();
        }
    }
    auto rule = db.prepare("INSERT INTO codeowners_rules (repository, position, pattern, owners, source_file,"
                           " source_line) VALUES (?,?,?,?,?,?)");
    for (const auto& co : catalog.codeowners) {
        // The table has no section column: optional GitLab sections are stored
        // before the required rules, so "last match wins" over positions keeps
        // Codeowners::match's rule that a required section's match comes first.
        int position = 0;
        for (const bool optionalPass : {true, false}) {
            for (const auto& r : co.rules.rules()) {
                if (r.optionalSection != optionalPass)
                    continue;
                rule.bind(1, co.repository).bind(2, position++).bind(3, r.pattern).bind(4, joined(r.owners, " "));
                rule.bind(5, co.file).bind(6, r.line);
                rule.exec();
            }
        }
    }
}

CatalogLoadResult loadCatalog(StoreWriter& writer, const std::vector<std::string>& files, const std::string& actorIn)
{
    const auto started = std::chrono::steady_clock::now();
    const std::string actor = actorIn.empty() ? currentOsUser() : actorIn;
    CatalogLoadResult result;
    result.files = files;
    auto finish = [&] {
        result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return result;
    };

    // Parsing happens here, on the caller's thread, with no transaction open.
    ParsedCatalog parsed = CatalogParser::parseFiles(files);
    result.warnings = parsed.warnings;
    result.errors = parsed.errors;
    if (!parsed.ok())
        return finish();
    for (const auto& e : parsed.entities) {
        ++result.byKind[e.kind];
        result.ownershipKeys += std::int64_t(e.keys.size());
    }
    result.entities = std::int64_t(parsed.entities.size());
    result.skipped = parsed.skippedDocuments();
    for (const auto& co : parsed.codeowners)
        result.codeownersRules += std::int64_t(co.rules.rules().size());

    try {
        result.ownership = writer
                               .run([&](Database& db) {
                                   Transaction tx(db, Transaction::Kind::Immediate);
                                   std::int64_t before = 0, beforeKeys = 0;
                                   {
                                       auto st = db.prepare("SELECT (SELECT count(*) FROM catalog_entities),"
                                                            " (SELECT count(*) FROM ownership_keys)");
                                       if (st.step()) {
                                           before = st.int64(0);
                                           beforeKeys = st.int64(1);
                                       }
                                   }
                                   replaceCatalog(db, parsed);
                                   const OwnershipStats stats = mapOwnership(db, 0);
                                   // Criticality, exposure and owners route findings.
                                   auto policy = PolicyStore(db).active();
                                   const PolicyEvaluation routed = PolicyEngine(db, policy).evaluateAll();
                                   const std::string at = nowUtcIso();
                                   auto load = db.prepare("INSERT INTO context_loads (kind, file_path, file_sha256,"
                                                          " loaded_at, actor, count, meta) VALUES"
                                                          " ('catalog',?,?,?,?,?,?)");
                                   json filesJson = json::array();
                                   std::int64_t firstLoad = 0;
                                   for (const auto& f : parsed.files) {
                                       json meta = {{"type", f.type}};
                                       if (!f.skipped.empty())
                                           meta["skipped"] = f.skipped;
                                       if (!f.repository.empty())
                                           meta["repository"] = f.repository;
                                       load.bind(1, f.path).bind(2, f.sha256).bind(3, at).bind(4, actor);
                                       load.bind(5, f.count).bind(6, dumped(meta));
                                       load.exec();
                                       if (firstLoad == 0)
                                           firstLoad = db.lastInsertId();
                                       filesJson.push_back({{"file", f.path},
                                                            {"sha256", f.sha256},
                                                            {"type", f.type},
                                                            {"count", f.count}});
                                   }
                                   AuditEntry audit;
                                   audit.at = at;
                                   audit.actor = actor;
                                   audit.role = "analyst";
                                   audit.action = "catalog_load";
                                   audit.objectType = "catalog";
                                   audit.objectId = std::to_string(firstLoad);
                                   audit.before = {{"entities", before}, {"ownership_keys", beforeKeys}};
                                   audit.after = {{"files", filesJson},
                                                  {"entities", result.entities},
                                                  {"by_kind", result.byKind},
                                                  {"skipped", result.skipped},
                                                  {"ownership_keys", result.ownershipKeys},
                                                  {"codeowners_rules", result.codeownersRules},
                                                  {"mapped", stats.mapped},
                                                  {"unowned", stats.unowned},
                                                  {"warnings", std::int64_t(result.warnings.size())},
                                                  {"rerouted", routed.rerouted}};
                                   audit.policyVersion = policy->version;
                                   appendAudit(db, std::move(audit));
                                   tx.commit();
                                   return stats;
                               })
                               .get();
        result.ok = true;
    } catch (const std::exception& e) {
        result.failure = std::string("could not store the catalog: ") + e.what();
    }
    return finish();
}

} // namespace closeloop
