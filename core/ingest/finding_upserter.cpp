// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding_upserter.h"

#include "model/fingerprint.h"
#include "util/json_text.h"
#include "util/sha256.h"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace closeloop {

namespace {

std::string joined(const std::vector<std::string>& v)
{
    std::string out;
    for (const auto& s : v) {
        if (!out.empty())
            out.push_back(' ');
        out += s;
    }
    return out;
}

// The status a finding takes from what the feed says about it.
std::string_view statusFromSource(SourceState s)
{
    switch (s) {
    case SourceState::Suppressed:
    case SourceState::Dismissed:
        return "suppressed";
    case SourceState::Fixed:
        return "pending_verification";
    case SourceState::Open:
        break;
    }
    return "new";
}

} // namespace

// Columns after the fixed ones, in this order, in INSERT and UPDATE alike.
const char* const FindingColumnList =
    "tool, tool_version, scope_target, rule_id, cves, cwes, title, description, severity, cvss_score, cvss_vector,"
    " asset_kind, asset, location_file, location_line, package, package_version, purl, fix_version, remediation,"
    " refs, environment, confidence, source_state, source_state_reason, fingerprint_inputs, raw, epss,"
    " first_seen_in_feed";

bool isClosedStatus(std::string_view status)
{
    return status == "pending_verification" || status == "resolved_verified" || status == "suppressed";
}

PreparedFinding prepareFinding(Finding&& f)
{
    PreparedFinding p;
    p.fingerprint = computeFingerprint(f);
    // {"family":…,"inputs":[{"field":…,"value":…},…]}, written directly.
    std::string& in = p.fingerprintInputsJson;
    in.reserve(64 + 48 * f.fingerprintInputs.size());
    in = "{\"family\":";
    appendJsonString(in, f.fingerprintFamily);
    in += ",\"inputs\":[";
    for (std::size_t i = 0; i < f.fingerprintInputs.size(); ++i) {
        in += i ? ",{\"field\":" : "{\"field\":";
        appendJsonString(in, f.fingerprintInputs[i].first);
        in += ",\"value\":";
        appendJsonString(in, f.fingerprintInputs[i].second);
        in.push_back('}');
    }
    in += "]}";
    p.refsJson = jsonStringArray(f.references);
    p.cvesText = joined(f.cves);
    p.cwesText = joined(f.cwes);
    // Everything the analyst sees, but not the raw record (scanners stamp
    // times into it) and not the versions of the tool.
    thread_local Sha256 h;
    auto add = [](std::string_view s) {
        char len[24];
        const int n = std::snprintf(len, sizeof len, "%zu:", s.size());
        h.add(len, std::size_t(n));
        h.add(s);
    };
    add(f.ruleId);
    add(p.cvesText);
    add(p.cwesText);
    add(f.title);
    add(f.description);
    add(std::to_string(int(f.severity)));
    add(f.cvssScore ? std::to_string(*f.cvssScore) : std::string());
    add(f.cvssVector);
    add(f.asset);
    add(f.locationFile);
    add(std::to_string(f.locationLine));
    add(f.package);
    add(f.packageVersion);
    add(f.fixVersion);
    add(f.remediation);
    add(p.refsJson);
    add(f.environment);
    add(f.confidence);
    add(sourceStateName(f.sourceState));
    add(f.sourceStateReason);
    p.contentHash = Sha256::hex(h.finish(), 16);
    p.f = std::move(f);
    return p;
}

FindingUpserter::FindingUpserter(Database& db, std::int64_t importId, std::string now)
    : m_db(db)
    , m_importId(importId)
    , m_now(std::move(now))
{
    m_lookup = db.prepare("SELECT id, content_hash, status, last_import_id FROM findings WHERE fingerprint = ?");
    std::string placeholders;
    for (int i = 0; i < FindingColumnCount; ++i)
        placeholders += ",?";
    m_insert = db.prepare(std::string("INSERT INTO findings (fingerprint, content_hash, status, status_changed_at,"
                                      " first_seen, last_seen, first_import_id, last_import_id, ") +
                          FindingColumnList + ") VALUES (?,?,?,?,?,?,?,?" + placeholders + ") ON CONFLICT (fingerprint) DO NOTHING");
    m_update = db.prepare(std::string("UPDATE findings SET content_hash = ?1, status = ?2,"
                                      " status_changed_at = CASE WHEN status = ?2 THEN status_changed_at ELSE ?3 END,"
                                      " last_seen = ?4, last_import_id = ?5, (") +
                          FindingColumnList + ") = (?6" + placeholders.substr(2) + ") WHERE id = ?" +
                          std::to_string(6 + FindingColumnCount));
    // EPSS moves daily without the finding changing: refreshed, not an update.
    m_seen = db.prepare("UPDATE findings SET last_seen = ?, last_import_id = ?, tool_version = ?, epss = ? WHERE id = ?");
    m_close = db.prepare("UPDATE findings SET status = 'pending_verification', status_changed_at = ?1"
                         " WHERE tool = ?2 AND scope_target = ?3 AND last_import_id <> ?4"
                         " AND status NOT IN ('pending_verification', 'resolved_verified', 'suppressed')");
    m_closing = db.prepare("SELECT id FROM findings WHERE tool = ?1 AND scope_target = ?2 AND last_import_id <> ?3"
                           " AND status NOT IN ('pending_verification', 'resolved_verified', 'suppressed')");
    m_vex = db.prepare("INSERT INTO vex_statements (import_id, document_id, author, vulnerability, products, status,"
                       " justification, impact_statement, action_statement, stated_at, raw)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?)");
}

void bindFindingColumns(Statement& st, const PreparedFinding& p, int first)
{
    // Every text lives in p until the statement ran: bound without copies.
    const Finding& f = p.f;
    int i = first;
    auto text = [&st, &i](std::string_view v) { st.bindStatic(i++, v); };
    text(f.tool);
    text(f.toolVersion);
    text(f.scopeTarget);
    text(f.ruleId);
    text(p.cvesText);
    text(p.cwesText);
    text(f.title);
    text(f.description);
    st.bind(i++, int(f.severity));
    st.bind(i++, f.cvssScore);
    text(f.cvssVector);
    text(assetKindName(f.assetKind));
    text(f.asset);
    text(f.locationFile);
    st.bind(i++, f.locationLine);
    text(f.package);
    text(f.packageVersion);
    text(f.purl);
    text(f.fixVersion);
    text(f.remediation);
    text(p.refsJson);
    text(f.environment);
    text(f.confidence);
    text(sourceStateName(f.sourceState));
    text(f.sourceStateReason);
    text(p.fingerprintInputsJson);
    text(f.raw);
    st.bind(i++, f.epss);
    text(f.firstSeenInFeed);
}

void FindingUpserter::apply(const PreparedFinding& p, ImportCounts& counts)
{
    ++counts.findings;
    // Insert first or look up first, whichever succeeded last time: a first
    // import is nearly all new findings, a rescan nearly all known ones, and
    // either way one statement per row beats two.
    auto tryInsert = [&] {
        m_insert.bind(1, p.fingerprint).bind(2, p.contentHash).bind(3, statusFromSource(p.f.sourceState));
        m_insert.bind(4, m_now).bind(5, m_now).bind(6, m_now).bind(7, m_importId).bind(8, m_importId);
        bindFindingColumns(m_insert, p, 9);
        m_insert.exec();
        return m_db.changes() == 1;
    };
    if (m_expectNew && tryInsert()) {
        ++counts.created;
        return;
    }
    m_lookup.bind(1, p.fingerprint);
    if (!m_lookup.step()) {
        m_lookup.reset();
        m_expectNew = true;
        if (!tryInsert())
            throw StoreError("finding " + p.fingerprint + " neither inserted nor found");
        ++counts.created;
        return;
    }
    m_expectNew = false;
    const std::int64_t id = m_lookup.int64(0);
    const bool sameContent = m_lookup.textView(1) == p.contentHash;
    const std::string status = m_lookup.text(2);
    const std::int64_t lastImport = m_lookup.int64(3);
    m_lookup.reset();

    if (lastImport == m_importId) {
        ++counts.duplicate; // the feed listed the same finding twice; the first one stands
        return;
    }
    std::string newStatus = status;
    const std::string_view fromSource = statusFromSource(p.f.sourceState);
    if (p.f.sourceState == SourceState::Open) {
        if (isClosedStatus(status)) {
            newStatus = "reopened";
            ++counts.reopened;
        }
    } else if (status != fromSource) {
        newStatus = std::string(fromSource);
        if (p.f.sourceState == SourceState::Fixed && !isClosedStatus(status))
            ++counts.closed;
    }
    if (sameContent && newStatus == status) {
        m_seen.bind(1, m_now).bind(2, m_importId).bind(3, p.f.toolVersion).bind(4, p.f.epss).bind(5, id);
        m_seen.exec();
        ++counts.unchanged;
        return;
    }
    m_update.bind(1, p.contentHash).bind(2, newStatus).bind(3, m_now).bind(4, m_now).bind(5, m_importId);
    bindFindingColumns(m_update, p, 6);
    m_update.bind(6 + FindingColumnCount, id);
    m_update.exec();
    m_changed.push_back(id);
    // A reopened finding counts as reopened only; any other change (content,
    // or a state the feed set: suppressed, fixed) counts as updated.
    if (!(newStatus == "reopened" && status != "reopened"))
        ++counts.updated;
}

void FindingUpserter::apply(const VexStatement& s)
{
    m_vex.bind(1, m_importId).bind(2, s.documentId).bind(3, s.author).bind(4, s.vulnerability);
    m_vex.bind(5, nlohmann::json(s.products).dump()).bind(6, vexStatusName(s.status)).bind(7, s.justification);
    m_vex.bind(8, s.impactStatement).bind(9, s.actionStatement).bind(10, s.timestamp).bind(11, s.raw);
    m_vex.exec();
}

std::int64_t FindingUpserter::closeUnseen(const ScanScope& scope)
{
    m_closing.bind(1, scope.tool).bind(2, scope.target).bind(3, m_importId);
    while (m_closing.step())
        m_changed.push_back(m_closing.int64(0));
    m_closing.reset();
    m_close.bind(1, m_now).bind(2, scope.tool).bind(3, scope.target).bind(4, m_importId);
    m_close.exec();
    return m_db.changes();
}

} // namespace closeloop
