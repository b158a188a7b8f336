// SPDX-License-Identifier: GPL-3.0-or-later
#include "intel_finding_updater.h"

#include "intel_cve_id.h"

namespace closeloop {

namespace {
// Past this many look-ups one pass over the table (about 0.2 s for 300,000
// scores) is cheaper than continuing one indexed look-up per CVE.
constexpr std::int64_t PointLookupLimit = 20000;
} // namespace

nlohmann::json IntelStats::toJson() const
{
    return {{"findings", findings}, {"kev_flagged", kevFlagged}, {"kev_cleared", kevCleared},
            {"epss_changed", epssChanged}};
}

void FindingIntelUpdater::useKevTable(Database& db)
{
    KevSet set;
    auto st = db.prepare("SELECT cve FROM kev");
    while (st.step())
        set.emplace(st.textView(0));
    m_kev = std::move(set);
}

void FindingIntelUpdater::useEpssTable(Database& db)
{
    m_epss.reset();
    m_epssFromTable = true;
    m_pointLookups = 0;
    m_epssLookup = db.prepare("SELECT score, percentile FROM epss_scores WHERE cve = ?");
}

std::optional<FindingIntelUpdater::Score> FindingIntelUpdater::epssFor(Database& db, std::string_view cve)
{
    if (m_epssFromTable && !m_epss && ++m_pointLookups > PointLookupLimit) {
        EpssMap all;
        auto st = db.prepare("SELECT cve, score, percentile FROM epss_scores");
        while (st.step())
            all.emplace(st.textView(0), Score{st.real(1), st.real(2)});
        m_epss = std::move(all);
    }
    if (m_epss) {
        const auto it = m_epss->find(cve);
        if (it == m_epss->end())
            return std::nullopt;
        return it->second;
    }
    m_epssLookup.bind(1, cve);
    std::optional<Score> out;
    if (m_epssLookup.step())
        out = Score{m_epssLookup.real(0), m_epssLookup.real(1)};
    m_epssLookup.reset();
    return out;
}

IntelStats FindingIntelUpdater::run(Database& db, std::optional<std::int64_t> importId)
{
    IntelStats stats;
    const bool doKev = m_kev.has_value();
    const bool doEpss = m_epss.has_value() || m_epssFromTable;
    if (!doKev && !doEpss)
        return stats;
    std::string sql = "SELECT id, cves, kev, epss, epss_percentile FROM findings";
    if (importId)
        sql += " WHERE last_import_id = ?";
    auto scan = db.prepare(sql);
    if (importId)
        scan.bind(1, *importId);
    auto update = db.prepare("UPDATE findings SET kev = ?, epss = ?, epss_percentile = ? WHERE id = ?");
    while (scan.step()) {
        ++stats.findings;
        const std::int64_t id = scan.int64(0);
        const std::string_view cves = scan.textView(1);
        const bool kevBefore = scan.int64(2) != 0;
        const std::optional<double> epssBefore = scan.isNull(3) ? std::nullopt : std::optional(scan.real(3));
        const std::optional<double> pctBefore = scan.isNull(4) ? std::nullopt : std::optional(scan.real(4));
        if (cves.empty() && !kevBefore && !pctBefore)
            continue; // nothing to look up and nothing to clear: most code findings
        bool kev = kevBefore;
        std::optional<double> epss = epssBefore;
        std::optional<double> pct = pctBefore;
        if (doKev)
            kev = false;
        std::optional<Score> best;
        for (std::string_view cve : splitCves(cves)) {
            if (doKev && !kev && m_kev->contains(cve))
                kev = true;
            if (doEpss) {
                if (const auto s = epssFor(db, cve); s && (!best || s->score > best->score))
                    best = s;
            }
        }
        if (doEpss) {
            // Without a score of ours the feed's own EPSS stays; the
            // percentile only ever comes from the EPSS file.
            if (best) {
                epss = best->score;
                pct = best->percentile;
            } else {
                pct.reset();
            }
        }
        if (kev == kevBefore && epss == epssBefore && pct == pctBefore)
            continue;
        if (kev != kevBefore)
            ++(kev ? stats.kevFlagged : stats.kevCleared);
        if (epss != epssBefore || pct != pctBefore)
            ++stats.epssChanged;
        update.bind(1, kev ? 1 : 0).bind(2, epss).bind(3, pct).bind(4, id);
        update.exec();
    }
    return stats;
}

} // namespace closeloop
