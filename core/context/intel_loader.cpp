// SPDX-License-Identifier: GPL-3.0-or-later
#include "intel_loader.h"

#include "audit/audit_log.h"
#include "policy/notifier.h"
#include "policy/policy_engine.h"
#include "policy/policy_store.h"
#include "feeds/feed_error.h"
#include "ingest/feed_import.h"
#include "intel_epss_scores.h"
#include "intel_kev_catalog.h"
#include "util/clock.h"

#include <chrono>

namespace closeloop {

namespace {

double since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

nlohmann::json IntelLoadReport::toJson() const
{
    return {{"kind", kind},         {"file", file},         {"sha256", sha256},
            {"load_id", loadId},    {"entries", entries},   {"version", version},
            {"released", released}, {"findings", findings.toJson()}, {"seconds", seconds}};
}

std::string IntelLoadReport::summary() const
{
    std::string s = file + ": loaded " + std::to_string(entries) + (kind == "kev" ? " KEV entries" : " EPSS scores");
    if (!version.empty())
        s += " (" + std::string(kind == "kev" ? "catalog " : "model ") + version + ")";
    s += "; " + std::to_string(findings.findings) + " findings checked";
    if (kind == "kev")
        s += ", " + std::to_string(findings.kevFlagged) + " now known exploited, " +
             std::to_string(findings.kevCleared) + " no longer";
    else
        s += ", " + std::to_string(findings.epssChanged) + " with new EPSS scores";
    return s;
}

std::int64_t recordContextLoad(Database& db, const ContextLoadRecord& r)
{
    const std::string at = nowUtcIso();
    auto ins = db.prepare("INSERT INTO context_loads (kind, file_path, file_sha256, loaded_at, actor, count, meta)"
                          " VALUES (?,?,?,?,?,?,?)");
    ins.bind(1, r.kind).bind(2, r.filePath).bind(3, r.sha256).bind(4, at).bind(5, r.actor).bind(6, r.count);
    ins.bind(7, r.meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    ins.exec();
    const std::int64_t id = db.lastInsertId();
    AuditEntry audit;
    audit.at = at;
    audit.actor = r.actor;
    audit.role = r.role;
    audit.action = "load_" + r.kind;
    audit.objectType = "context_load";
    audit.objectId = std::to_string(id);
    audit.after = {{"kind", r.kind}, {"file", r.filePath}, {"sha256", r.sha256}, {"count", r.count}};
    for (const auto& [k, v] : r.audit.items())
        audit.after[k] = v;
    appendAudit(db, std::move(audit));
    return id;
}

std::int64_t storeContextLoad(StoreWriter& writer, const ContextLoadOptions& options, ContextLoadRecord record,
                              const std::function<void(Database&, ContextLoadRecord&)>& write)
{
    record.actor = options.actor.empty() ? currentOsUser() : options.actor;
    record.role = options.role;
    return writer
        .run([&](Database& db) {
            Transaction tx(db);
            write(db, record);
            // Known exploitation and EPSS route findings.
            if (record.kind == "kev" || record.kind == "epss") {
                const PolicyEvaluation routed = PolicyEngine(db, PolicyStore(db).active()).evaluateAll();
                record.audit["rerouted"] = routed.rerouted;
            }
            if (record.kind == "kev")
                Notifier(db, systemClock()).knownExploited(record.audit.value("findings_flagged", std::int64_t(0)), "CISA KEV load");
            const std::int64_t id = recordContextLoad(db, record);
            tx.commit();
            try {
                writeOutbox(db, notificationOutboxDir(db.path()));
            } catch (const std::exception&) {
                // Left for the next sweep: the load stands.
            }
            return id;
        })
        .get();
}

IntelLoadReport IntelLoader::loadKev(const std::string& path, const ContextLoadOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    IntelLoadReport report;
    report.kind = "kev";
    report.file = path;
    report.sha256 = fileSha256(path);
    ByteSource src = ByteSource::fromFile(path);
    KevCatalog catalog = KevCatalog::read(src);
    report.entries = std::int64_t(catalog.entries.size());
    report.version = catalog.catalogVersion;
    report.released = catalog.dateReleased;

    const ContextLoadRecord load{.kind = "kev", .filePath = path, .sha256 = report.sha256, .count = report.entries};
    report.loadId = storeContextLoad(m_writer, options, load, [&](Database& db, ContextLoadRecord& rec) {
        db.exec("DELETE FROM kev");
        auto ins = db.prepare("INSERT INTO kev (cve, vendor, product, name, date_added, due_date, ransomware,"
                              " required_action, notes) VALUES (?,?,?,?,?,?,?,?,?)");
        FindingIntelUpdater::KevSet set;
        set.reserve(catalog.entries.size());
        for (const KevEntry& e : catalog.entries) {
            ins.bind(1, e.cve).bind(2, e.vendor).bind(3, e.product).bind(4, e.name).bind(5, e.dateAdded);
            ins.bind(6, e.dueDate).bind(7, e.ransomware ? 1 : 0).bind(8, e.requiredAction).bind(9, e.notes);
            ins.exec();
            set.insert(e.cve);
        }
        FindingIntelUpdater updater;
        updater.setKev(std::move(set));
        report.findings = updater.run(db);
        rec.meta = {{"catalog_version", report.version}, {"date_released", report.released}};
        rec.audit = {{"catalog_version", report.version},
                     {"date_released", report.released},
                     {"findings_flagged", report.findings.kevFlagged},
                     {"findings_cleared", report.findings.kevCleared}};
    });
    report.seconds = since(started);
    return report;
}

IntelLoadReport IntelLoader::loadEpss(const std::string& path, const ContextLoadOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    IntelLoadReport report;
    report.kind = "epss";
    report.file = path;
    report.sha256 = fileSha256(path);
    ByteSource src = ByteSource::fromFile(path);
    EpssScores scores = EpssScores::read(src);
    report.entries = std::int64_t(scores.rows.size());
    report.version = scores.modelVersion;
    report.released = scores.scoreDate;

    const ContextLoadRecord load{.kind = "epss", .filePath = path, .sha256 = report.sha256, .count = report.entries};
    report.loadId = storeContextLoad(m_writer, options, load, [&](Database& db, ContextLoadRecord& rec) {
        db.exec("DELETE FROM epss_scores");
        auto ins = db.prepare("INSERT INTO epss_scores (cve, score, percentile, scored_on, model_version)"
                              " VALUES (?,?,?,?,?)");
        FindingIntelUpdater::EpssMap map;
        map.reserve(scores.rows.size());
        for (const EpssScore& s : scores.rows) {
            ins.bind(1, s.cve).bind(2, s.score).bind(3, s.percentile).bind(4, scores.scoreDate);
            ins.bind(5, scores.modelVersion);
            ins.exec();
            map.emplace(s.cve, FindingIntelUpdater::Score{s.score, s.percentile});
        }
        FindingIntelUpdater updater;
        updater.setEpss(std::move(map));
        report.findings = updater.run(db);
        rec.meta = {{"model_version", report.version}, {"score_date", report.released}};
        rec.audit = {{"model_version", report.version},
                     {"score_date", report.released},
                     {"findings_changed", report.findings.epssChanged}};
    });
    report.seconds = since(started);
    return report;
}

IntelStats applyIntel(Database& db, std::int64_t importId)
{
    // A workspace without intelligence has nothing to apply: skip the scan.
    auto any = db.prepare("SELECT EXISTS (SELECT 1 FROM kev), EXISTS (SELECT 1 FROM epss_scores)");
    any.step();
    const bool kev = any.int64(0) != 0;
    const bool epss = any.int64(1) != 0;
    if (!kev && !epss)
        return {};
    FindingIntelUpdater updater;
    if (kev)
        updater.useKevTable(db);
    if (epss)
        updater.useEpssTable(db);
    return updater.run(db, importId);
}

} // namespace closeloop
