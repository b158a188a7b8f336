// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_workspace.h"

#include "context/catalog_loader.h"
#include "context/change_log_loader.h"
#include "context/intel_loader.h"
#include "demo_catalog.h"
#include "demo_feed_generator.h"
#include "demo_intel.h"
#include "triage/triage_service.h"
#include "util/clock.h"
#include "feeds/importer_registry.h"
#include "ingest/feed_import.h"
#include "store/store_writer.h"

#include <QDir>
#include <QTemporaryDir>

namespace closeloop {

namespace {

// A workspace someone has worked in: a few decisions by the demo team, so
// similar findings show outcomes and the timeline has events. Done once: a
// workspace that has change sets already is left as it is.
void addDemoDecisions(StoreWriter& writer)
{
    const bool fresh = writer
                           .run([](Database& db) {
                               auto st = db.prepare("SELECT count(*) FROM change_sets");
                               return st.step() && st.int64(0) == 0;
                           })
                           .get();
    if (!fresh)
        return;
    auto ids = [&](const std::string& where, int limit) {
        return writer
            .run([&](Database& db) {
                std::vector<std::int64_t> out;
                auto st = db.prepare("SELECT id FROM findings WHERE " + where + " ORDER BY id LIMIT " + std::to_string(limit));
                while (st.step())
                    out.push_back(st.int64(0));
                return out;
            })
            .get();
    };
    TriageService triage(writer);
    auto apply = [&](std::vector<std::int64_t> sel, std::vector<TriageChange> changes, const char* reason,
                     const char* note, const char* actor) {
        if (!sel.empty())
            triage.apply({std::move(sel), std::move(changes), note, reason, actor});
    };
    apply(ids("cves LIKE '%CVE-2021-44228%' AND service LIKE '%payments%'", 5),
          {{TriageField::Status, "in_progress"}, {TriageField::Assignee, currentOsUser()}},
          "log4j upgrade scheduled with the payments team", "PR payments-api#412 bumps log4j-core to 2.17.1", "maria.lopez");
    apply(ids("kev = 1 AND assignee = ''", 3), {{TriageField::Assignee, currentOsUser()}}, "", "", "maria.lopez");
    apply(ids("severity <= 1 AND tool = 'Semgrep'", 2), {{TriageField::Status, "false_positive"}},
          "test fixture, not shipped", "", "dev.patel");
    apply(ids("service LIKE '%reporting%' AND severity = 2", 2), {{TriageField::Status, "accepted_risk"}},
          "reporting-legacy is decommissioned in Q1; compensating WAF rule in place", "", "sam.okafor");
    apply(ids("status = 'new' AND severity = 3", 3), {{TriageField::Status, "triaged"}}, "confirmed reachable", "", "dev.patel");
}

} // namespace

DemoResult createDemoWorkspace(const std::string& dbPath, std::string feedsDir)
{
    DemoResult result;
    std::unique_ptr<QTemporaryDir> tmp;
    if (feedsDir.empty()) {
        tmp = std::make_unique<QTemporaryDir>();
        feedsDir = tmp->path().toStdString();
    }
    QDir().mkpath(QString::fromStdString(feedsDir));
    try {
        const auto files = writeDemoFeeds(feedsDir);
        StoreWriter writer(dbPath);
        ImporterRegistry registry;
        FeedImport import(writer, registry);
        ImportOptions options;
        options.actor = "demo";
        for (const auto& f : files) {
            result.reports.push_back(import.importFile(f, options));
            const auto& r = result.reports.back();
            if (r.status != ImportReport::Status::Imported && r.status != ImportReport::Status::Unchanged) {
                result.ok = false;
                result.error = r.summary();
            }
        }
        if (!result.ok)
            return result;
        // Context, so the first launch shows rich cases: who owns what, how
        // critical it is, what changed, what is known exploited.
        const CatalogLoadResult catalog = loadCatalog(writer, writeDemoCatalog(feedsDir), "demo");
        if (!catalog.ok) {
            result.ok = false;
            result.error = "demo catalog: " + (catalog.errors.empty() ? catalog.failure : catalog.errors.front().text());
            return result;
        }
        ContextLoadOptions context;
        context.actor = "demo";
        const auto intel = writeDemoIntel(feedsDir);
        IntelLoader loader(writer);
        loader.loadKev(intel.at(0), context);
        loader.loadEpss(intel.at(1), context);
        ChangeLogLoader(writer).load(intel.at(2), context);
        addDemoDecisions(writer);
    } catch (const std::exception& e) {
        result.ok = false;
        result.error = e.what();
    }
    return result;
}

} // namespace closeloop
