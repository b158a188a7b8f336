// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_workspace.h"

#include "demo_feed_generator.h"
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
    } catch (const std::exception& e) {
        result.ok = false;
        result.error = e.what();
    }
    return result;
}

} // namespace closeloop
