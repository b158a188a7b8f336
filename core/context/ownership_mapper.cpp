// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownership_mapper.h"

#include "catalog_index.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace closeloop {

namespace {

// Findings are read a page at a time and written after the page, so no
// statement reads the table while another writes it, and memory holds one
// page (a few MB) however many findings there are.
constexpr int PageSize = 4096;
// Most findings share their asset with many others (an image scan yields
// hundreds per image): results are reused, within this bound on memory.
constexpr std::size_t MaxCached = 100000;

struct Row
{
    std::int64_t id = 0;
    std::string assetKind, asset, scope, location;
    bool ownerManual = false;
    std::string service, owner, ownership;
};

struct Outcome
{
    std::string service;
    std::string owner;
    std::string ownership;
};

} // namespace

OwnershipStats mapOwnership(Database& db, std::int64_t afterId)
{
    const CatalogIndex index = CatalogIndex::load(db);
    OwnershipStats stats;
    if (index.entityCount() == 0 && afterId > 0) {
        // No catalog: new findings stay unmapped as they were inserted, and
        // the case says "no catalog loaded". Writing a reason into every row
        // of a million-finding import would cost seconds for nothing.
        auto count = db.prepare("SELECT count(*) FROM findings WHERE id > ?");
        count.bind(1, afterId);
        stats.unowned = count.step() ? count.int64(0) : 0;
        return stats;
    }
    auto page = db.prepare("SELECT id, asset_kind, asset, scope_target, location_file, owner_manual, service, owner,"
                           " ownership FROM findings WHERE id > ? ORDER BY id LIMIT ?");
    auto updateAll = db.prepare("UPDATE findings SET service = ?, owner = ?, ownership = ? WHERE id = ?");
    auto updateKeepOwner = db.prepare("UPDATE findings SET service = ?, ownership = ? WHERE id = ?");

    std::unordered_map<std::string, Outcome> cache;      // by asset kind, asset and scope
    std::unordered_map<std::string, Outcome> byLocation; // the same plus location_file
    std::string cacheKey, locationKey;
    std::vector<Row> rows;
    rows.reserve(PageSize);
    std::int64_t last = afterId;
    while (true) {
        rows.clear();
        page.bind(1, last).bind(2, PageSize);
        while (page.step()) {
            Row r;
            r.id = page.int64(0);
            r.assetKind = page.text(1);
            r.asset = page.text(2);
            r.scope = page.text(3);
            r.location = page.text(4);
            r.ownerManual = page.int64(5) != 0;
            r.service = page.text(6);
            r.owner = page.text(7);
            r.ownership = page.text(8);
            rows.push_back(std::move(r));
        }
        page.reset();
        if (rows.empty())
            break;
        last = rows.back().id;
        for (const Row& r : rows) {
            cacheKey.assign(r.assetKind).append(1, '\x1f').append(r.asset).append(1, '\x1f').append(r.scope);
            const Outcome* out = nullptr;
            if (const auto it = cache.find(cacheKey); it != cache.end()) {
                out = &it->second;
            } else {
                // Results that depend on the file (monorepo folders, CODEOWNERS)
                // are reused per asset and file: findings share files too.
                locationKey.assign(cacheKey).append(1, '\x1f').append(r.location);
                if (const auto lit = byLocation.find(locationKey); lit != byLocation.end()) {
                    out = &lit->second;
                } else {
                    bool dependsOnLocation = false;
                    const OwnershipMatch m =
                        index.resolve(r.assetKind, r.asset, r.scope, r.location, &dependsOnLocation);
                    Outcome fresh{m.entity, m.owner, m.toJson()};
                    auto& target = dependsOnLocation ? byLocation : cache;
                    if (target.size() >= MaxCached)
                        target.clear();
                    out = &target.emplace(dependsOnLocation ? locationKey : cacheKey, std::move(fresh)).first->second;
                }
            }
            if (out->service.empty())
                ++stats.unowned;
            else
                ++stats.mapped;
            const bool ownerChanges = !r.ownerManual && r.owner != out->owner;
            if (r.service == out->service && r.ownership == out->ownership && !ownerChanges)
                continue;
            if (r.ownerManual) {
                updateKeepOwner.bind(1, out->service).bind(2, out->ownership).bind(3, r.id);
                updateKeepOwner.exec();
            } else {
                updateAll.bind(1, out->service).bind(2, out->owner).bind(3, out->ownership).bind(4, r.id);
                updateAll.exec();
            }
        }
    }
    return stats;
}

} // namespace closeloop
