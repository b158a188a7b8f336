// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_workspace.h"

#include "context/catalog_loader.h"
#include "context/change_log_loader.h"
#include "context/intel_loader.h"
#include "demo_catalog.h"
#include "demo_history.h"
#include "demo_feed_generator.h"
#include "demo_intel.h"
#include "util/clock.h"
#include "feeds/importer_registry.h"
#include "ingest/feed_import.h"
#include "store/store_writer.h"

#include <QDir>
#include <QTemporaryDir>

namespace closeloop {

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
        // The scans ran three weeks ago, so the clocks have been running.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        FixedClock importClock(now.addDays(-21));
        ImportOptions options;
        options.actor = "demo";
        options.clock = &importClock;
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
        addDemoHistory(writer, now);
    } catch (const std::exception& e) {
        result.ok = false;
        result.error = e.what();
    }
    return result;
}

} // namespace closeloop
