// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_ledger.h"

#include "audit/audit_log.h"
#include "exception_calendar_reader.h"
#include "policy/notifier.h"
#include "policy/policy_engine.h"
#include "policy/policy_store.h"
#include "query/similar_findings.h"

#include <algorithm>

namespace closeloop {

namespace {

// Findings an exception may cover: open ones, and ones already accepted
// under another exception (a renewal or a wider scope takes them over).
constexpr const char* CoverableStatus =
    "f.status IN ('new', 'reopened', 'triaged', 'in_progress', 'contained', 'accepted_risk')";

std::string isoOrEmpty(const QDateTime& t)
{
    return t.isValid() ? isoUtc(t) : std::string();
}

bool containsToken(std::string_view spaced, std::string_view token)
{
    std::size_t p = 0;
    while (p <= spaced.size()) {
        std::size_t e = spaced.find(' ', p);
        if (e == std::string_view::npos)
            e = spaced.size();
        if (spaced.substr(p, e - p) == token)
            return true;
        p = e + 1;
    }
    return false;
}

// "pkg:npm/lodash@4.17.20?x=y" -> "pkg:npm/lodash"
std::string purlWithoutVersion(std::string_view purl)
{
    const std::size_t cut = purl.find_first_of("@?#");
    return std::string(purl.substr(0, cut));
}

bool productMatches(const nlohmann::json& products, std::string_view purl, std::string_view asset)
{
    if (!products.is_array() || products.empty())
        return true;
    for (const auto& p : products) {
        if (!p.is_string())
            continue;
        const std::string v = p.get<std::string>();
        if (v == purl || v == asset)
            return true;
        if (!purl.empty() && v.rfind("pkg:", 0) == 0 && v.find('@') == std::string::npos &&
            purlWithoutVersion(purl) == v)
            return true;
    }
    return false;
}

// Ends an exception as of `now`: the time it really ended (an expiry found
// late by the sweep ends at its expiry, so the clocks resume there).
std::int64_t endAt(Database& db, PolicyEngine& engine, std::int64_t id, const std::string& state,
                   const std::string& actor, const std::string& reason, const std::string& now)
{
    db.prepare("UPDATE exceptions SET state = ?, ended_at = ?, ended_by = ?,"
               " decision_reason = CASE WHEN decision_reason = '' THEN ? ELSE decision_reason END"
               " WHERE id = ? AND state IN ('active', 'requested')")
        .bind(1, state)
        .bind(2, now)
        .bind(3, actor)
        .bind(4, reason)
        .bind(5, id)
        .exec();
    if (db.changes() != 1)
        throw ExceptionError(ExceptionError::Kind::Conflict, "exception #" + std::to_string(id) + " is neither active nor requested");
    std::vector<std::int64_t> ids;
    {
        auto st = db.prepare("SELECT id FROM findings WHERE exception_id = ?");
        st.bind(1, id);
        while (st.step())
            ids.push_back(st.int64(0));
    }
    // The finding reopens; its clocks go on as the policy says for an
    // exception's end (the Resumed event, at the same instant as the status,
    // so the status adds no Reopened of its own).
    auto up = db.prepare("UPDATE findings SET exception_id = NULL, status = 'reopened', status_changed_at = ?1,"
                         " status_reason = ?2 WHERE id = ?3 AND status = 'accepted_risk'");
    auto detach = db.prepare("UPDATE findings SET exception_id = NULL WHERE id = ?");
    const std::string why = "exception #" + std::to_string(id) + " " + state + (reason.empty() ? "" : ": " + reason);
    std::int64_t reopened = 0;
    for (std::int64_t f : ids) {
        up.bind(1, now).bind(2, why).bind(3, f);
        up.exec();
        if (db.changes() == 1) {
            ++reopened;
        } else {
            detach.bind(1, f);
            detach.exec();
        }
        // A finding no longer accepted (fixed meanwhile) still had its clocks
        // paused: they resume too, or its verify clock would wait forever.
        engine.addEvent(f, FindingEventKind::Resumed, now, "exception:" + std::to_string(id));
    }
    engine.evaluateIds(ids);
    return reopened;
}

} // namespace

ExceptionLedger::ExceptionLedger(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_policy(PolicyStore(db).active())
    , m_engine(std::make_unique<PolicyEngine>(db, m_policy, clock))
{
}

ExceptionLedger::~ExceptionLedger() = default;

ExceptionRecord ExceptionLedger::load(std::int64_t id)
{
    // The calendar's reading of a row: the lifecycle and the page see the
    // same record.
    ExceptionRecord r = ExceptionCalendarReader(m_db).byId(id);
    if (r.id == 0)
        throw ExceptionError(ExceptionError::Kind::NotFound, "there is no exception #" + std::to_string(id));
    return r;
}

nlohmann::json ExceptionLedger::toJson(const ExceptionRecord& r)
{
    nlohmann::json j = {{"id", r.id},
                        {"scope", {{"kind", r.scopeKind}, {"value", r.scopeValue}, {"service", r.service}}},
                        {"justification", r.justification},
                        {"compensating_controls", r.compensatingControls},
                        {"tier", r.tier},
                        {"tier_rule", r.tierRule},
                        {"state", r.state},
                        {"requested_by", r.requestedBy},
                        {"requested_at", isoOrEmpty(r.requestedAt)},
                        {"requested_expiry", isoOrEmpty(r.requestedExpiry)},
                        {"expires_at", isoOrEmpty(r.expiresAt)},
                        {"decided_by", r.decidedBy},
                        {"decided_at", isoOrEmpty(r.decidedAt)},
                        {"decision_reason", r.decisionReason},
                        {"ended_at", isoOrEmpty(r.endedAt)},
                        {"ended_by", r.endedBy},
                        {"renewal_of", r.renewalOf},
                        {"source", r.source},
                        {"policy_version", r.policyVersion},
                        {"findings", r.findingCount}};
    j["provenance"] = nlohmann::json::parse(r.provenance, nullptr, false);
    return j;
}

std::vector<std::int64_t> ExceptionLedger::coveredFindings(const ExceptionScope& scope, const nlohmann::json& products)
{
    std::vector<std::int64_t> out;
    if (scope.kind == "findings") {
        auto st = m_db.prepare(std::string("SELECT f.id FROM findings f WHERE f.id = ? AND ") + CoverableStatus);
        for (std::int64_t id : scope.findingIds) {
            st.bind(1, id);
            if (st.step())
                out.push_back(id);
            st.reset();
        }
    } else if (scope.kind == "cve") {
        // The full-text index finds the candidates; the exact token decides.
        auto st = m_db.prepare(std::string("SELECT f.id, f.cves, f.service, f.purl, f.asset FROM findings f"
                                           " WHERE f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)"
                                           " AND ") + CoverableStatus);
        st.bind(1, ftsPhrase("cves", scope.value));
        while (st.step())
            if (containsToken(st.textView(1), scope.value) &&
                (scope.service.empty() || st.textView(2) == scope.service) &&
                productMatches(products, st.textView(3), st.textView(4)))
                out.push_back(st.int64(0));
    } else if (scope.kind == "rule") {
        auto st = m_db.prepare(std::string("SELECT f.id FROM findings f WHERE f.rule_id = ?1"
                                           " AND (?2 = '' OR f.service = ?2) AND ") + CoverableStatus);
        st.bind(1, scope.value).bind(2, scope.service);
        while (st.step())
            out.push_back(st.int64(0));
    } else {
        throw ExceptionError(ExceptionError::Kind::Invalid,
                             "unknown scope \"" + scope.kind + "\" (expected findings, cve or rule)");
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::int64_t> ExceptionLedger::listedFindings(std::int64_t exceptionId)
{
    std::vector<std::int64_t> out;
    auto st = m_db.prepare("SELECT finding_id FROM exception_findings WHERE exception_id = ? ORDER BY finding_id");
    st.bind(1, exceptionId);
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

TierDecision ExceptionLedger::tierFor(const std::vector<std::int64_t>& ids)
{
    const ExceptionPolicy& ep = m_policy->exceptions;
    TierDecision d;
    d.tier = ep.defaultTier;
    d.rule = "default";
    if (!ids.empty()) {
        d.tier = "low";
        d.rule.clear();
        auto st = m_db.prepare("SELECT " + factsSelectColumns() +
                               " FROM findings f LEFT JOIN catalog_entities c ON c.ref = f.service WHERE f.id = ?");
        for (std::int64_t id : ids) {
            st.bind(1, id);
            if (st.step()) {
                std::string rule;
                const std::string t = exceptionTier(*m_policy, factsFromRow(st, 0), &rule);
                if (d.rule.empty() || higherTier(t, d.tier) != d.tier) {
                    d.tier = higherTier(t, d.tier);
                    d.rule = rule;
                }
            }
            st.reset();
            if (d.tier == "high" && d.rule == "kev")
                break; // nothing outranks known exploitation
        }
        if (d.rule.empty())
            d.rule = "default";
    }
    auto it = ep.tiers.find(d.tier);
    d.spec = it == ep.tiers.end() ? nullptr : &it->second;
    return d;
}

std::int64_t ExceptionLedger::insert(const NewException& e)
{
    const std::string now = m_clock.nowIso();
    auto st = m_db.prepare("INSERT INTO exceptions (scope_kind, scope_value, service, justification,"
                           " compensating_controls, tier, tier_rule, state, requested_by, requested_at,"
                           " requested_expiry, expires_at, renewal_of, source, provenance, policy_version)"
                           " VALUES (?,?,?,?,?,?,?,'requested',?,?,?,?,?,?,?,?)");
    const std::string expiry = isoUtc(e.requestedExpiry);
    st.bind(1, e.scope.kind).bind(2, e.scope.value).bind(3, e.scope.service).bind(4, e.justification);
    st.bind(5, e.compensatingControls).bind(6, e.tier.tier).bind(7, e.tier.rule).bind(8, e.requestedBy);
    st.bind(9, now).bind(10, expiry).bind(11, expiry);
    if (e.renewalOf)
        st.bind(12, e.renewalOf);
    else
        st.bindNull(12);
    st.bind(13, e.source).bind(14, e.provenance.dump()).bind(15, m_policy->version);
    st.exec();
    const std::int64_t id = m_db.lastInsertId();
    auto link = m_db.prepare("INSERT OR IGNORE INTO exception_findings (exception_id, finding_id) VALUES (?, ?)");
    for (std::int64_t f : e.findings) {
        link.bind(1, id).bind(2, f);
        link.exec();
    }
    return id;
}

std::int64_t ExceptionLedger::activate(std::int64_t id, const std::string& decidedBy, const std::string& reason)
{
    const std::string now = m_clock.nowIso();
    m_db.prepare("UPDATE exceptions SET state = 'active', decided_by = ?, decided_at = ?, decision_reason = ?"
                 " WHERE id = ? AND state = 'requested'")
        .bind(1, decidedBy)
        .bind(2, now)
        .bind(3, reason)
        .bind(4, id)
        .exec();
    if (m_db.changes() != 1)
        throw ExceptionError(ExceptionError::Kind::Conflict, "exception #" + std::to_string(id) + " is not awaiting a decision");
    const ExceptionRecord r = load(id);
    // A renewal takes over its predecessor's findings; the predecessor ends.
    // One that expired meanwhile has ended already: its findings reopened
    // and join the renewal below.
    if (r.renewalOf) {
        m_db.prepare("UPDATE findings SET exception_id = ? WHERE exception_id = ?").bind(1, id).bind(2, r.renewalOf).exec();
        if (load(r.renewalOf).state == "active")
            end(r.renewalOf, "renewed", decidedBy, "renewed by exception #" + std::to_string(id));
    }
    // The scope as it is now: listed findings, or every finding with the CVE
    // or rule (those arriving later join at their import).
    std::vector<std::int64_t> ids;
    if (r.scopeKind == "findings") {
        ExceptionScope s;
        s.kind = "findings";
        s.findingIds = listedFindings(id);
        ids = coveredFindings(s);
    } else {
        ExceptionScope s{r.scopeKind, {}, r.scopeValue, r.service};
        const auto prov = nlohmann::json::parse(r.provenance, nullptr, false);
        ids = coveredFindings(s, prov.is_object() ? prov.value("products", nlohmann::json::array()) : nlohmann::json());
    }
    auto link = m_db.prepare("INSERT OR IGNORE INTO exception_findings (exception_id, finding_id) VALUES (?, ?)");
    auto up = m_db.prepare("UPDATE findings SET exception_id = ?1, status = 'accepted_risk', status_changed_at = ?2,"
                           " status_reason = ?3 WHERE id = ?4");
    const std::string why = "exception #" + std::to_string(id) + ": " + r.justification;
    for (std::int64_t f : ids) {
        link.bind(1, id).bind(2, f);
        link.exec();
        up.bind(1, id).bind(2, now).bind(3, why).bind(4, f);
        up.exec();
        m_engine->addEvent(f, FindingEventKind::Paused, now, "exception:" + std::to_string(id));
    }
    m_engine->evaluateIds(ids);
    return std::int64_t(ids.size());
}

void ExceptionLedger::reject(std::int64_t id, const std::string& decidedBy, const std::string& reason)
{
    m_db.prepare("UPDATE exceptions SET state = 'rejected', decided_by = ?, decided_at = ?, decision_reason = ?"
                 " WHERE id = ? AND state = 'requested'")
        .bind(1, decidedBy)
        .bind(2, m_clock.nowIso())
        .bind(3, reason)
        .bind(4, id)
        .exec();
    if (m_db.changes() != 1)
        throw ExceptionError(ExceptionError::Kind::Conflict, "exception #" + std::to_string(id) + " is not awaiting a decision");
}

std::int64_t ExceptionLedger::end(std::int64_t id, const std::string& state, const std::string& actor, const std::string& reason)
{
    return endAt(m_db, *m_engine, id, state, actor, reason, m_clock.nowIso());
}

std::vector<std::int64_t> ExceptionLedger::rejoinReturning(const std::vector<std::int64_t>& changed)
{
    // A finding that was fixed while under an exception and comes back is
    // still covered while the exception lasts: accepted again, not reopened.
    std::vector<std::int64_t> back;
    const std::string now = m_clock.nowIso();
    auto st = m_db.prepare("SELECT f.exception_id FROM findings f JOIN exceptions e ON e.id = f.exception_id"
                           " WHERE f.id = ? AND f.status = 'reopened' AND e.state = 'active'");
    auto up = m_db.prepare("UPDATE findings SET status = 'accepted_risk', status_changed_at = ?1, status_reason = ?2"
                           " WHERE id = ?3");
    for (std::int64_t f : changed) {
        st.bind(1, f);
        if (st.step()) {
            const std::int64_t exId = st.int64(0);
            up.bind(1, now).bind(2, "exception #" + std::to_string(exId) + " (came back while it is active)").bind(3, f);
            up.exec();
            m_engine->addEvent(f, FindingEventKind::Paused, now, "exception:" + std::to_string(exId));
            back.push_back(f);
        }
        st.reset();
    }
    return back;
}

std::vector<std::int64_t> ExceptionLedger::joinNewFindings(std::int64_t lastIdBefore)
{
    std::vector<std::pair<std::int64_t, std::vector<std::int64_t>>> joins;
    {
        auto ex = m_db.prepare("SELECT id, scope_kind, scope_value, service, provenance, tier FROM exceptions"
                               " WHERE state = 'active' AND scope_kind IN ('cve', 'rule')");
        while (ex.step()) {
            const std::string granted = ex.text(5);
            ExceptionScope s{ex.text(1), {}, ex.text(2), ex.text(3)};
            const auto prov = nlohmann::json::parse(ex.textView(4), nullptr, false);
            std::vector<std::int64_t> ids;
            if (s.kind == "cve") {
                auto st = m_db.prepare("SELECT f.id, f.cves, f.service, f.purl, f.asset FROM findings f WHERE f.id IN"
                                       " (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ? AND rowid > ?)"
                                       " AND f.status IN ('new', 'reopened')");
                st.bind(1, ftsPhrase("cves", s.value)).bind(2, lastIdBefore);
                while (st.step())
                    if (containsToken(st.textView(1), s.value) && (s.service.empty() || st.textView(2) == s.service) &&
                        productMatches(prov.is_object() ? prov.value("products", nlohmann::json::array()) : nlohmann::json(),
                                       st.textView(3), st.textView(4)))
                        ids.push_back(st.int64(0));
            } else {
                auto st = m_db.prepare("SELECT id FROM findings WHERE id > ?1 AND rule_id = ?2 AND (?3 = '' OR service = ?3)"
                                       " AND status IN ('new', 'reopened')");
                st.bind(1, lastIdBefore).bind(2, s.value).bind(3, s.service);
                while (st.step())
                    ids.push_back(st.int64(0));
            }
            // A finding riskier than what was accepted (a production or known
            // exploited one under a low-tier exception) stays open: its risk
            // was never decided.
            std::erase_if(ids, [&](std::int64_t id) { return higherTier(tierFor({id}).tier, granted) != granted; });
            if (!ids.empty())
                joins.emplace_back(ex.int64(0), std::move(ids));
        }
    }
    std::vector<std::int64_t> all;
    const std::string now = m_clock.nowIso();
    auto link = m_db.prepare("INSERT OR IGNORE INTO exception_findings (exception_id, finding_id) VALUES (?, ?)");
    auto up = m_db.prepare("UPDATE findings SET exception_id = ?1, status = 'accepted_risk', status_changed_at = ?2,"
                           " status_reason = ?3 WHERE id = ?4");
    for (const auto& [exId, ids] : joins) {
        const std::string why = "exception #" + std::to_string(exId) + " (joined at import)";
        for (std::int64_t f : ids) {
            link.bind(1, exId).bind(2, f);
            link.exec();
            up.bind(1, exId).bind(2, now).bind(3, why).bind(4, f);
            up.exec();
            m_engine->addEvent(f, FindingEventKind::Paused, now, "exception:" + std::to_string(exId));
            all.push_back(f);
        }
    }
    return all;
}

std::int64_t ExceptionLedger::fromVex(std::int64_t importId)
{
    struct Statement_
    {
        std::int64_t id;
        std::string document, author, vulnerability, products, justification, impact, statedAt;
    };
    std::vector<Statement_> statements;
    {
        auto st = m_db.prepare("SELECT id, document_id, author, vulnerability, products, justification,"
                               " impact_statement, stated_at FROM vex_statements"
                               " WHERE import_id = ? AND status = 'not_affected' ORDER BY id");
        st.bind(1, importId);
        while (st.step())
            statements.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)});
    }
    std::int64_t created = 0;
    for (const auto& s : statements) {
        if (s.vulnerability.empty())
            continue;
        const auto products = nlohmann::json::parse(s.products, nullptr, false);
        NewException e;
        e.scope = {"cve", {}, s.vulnerability, ""};
        e.findings = coveredFindings(e.scope, products);
        e.tier = tierFor(e.findings);
        if (!e.tier.spec)
            continue;
        e.source = "vex";
        e.requestedBy = "vex:" + (s.author.empty() ? std::string("unknown author") : s.author);
        e.justification = "VEX not_affected" + (s.justification.empty() ? std::string() : " (" + s.justification + ")") +
                          (s.impact.empty() ? std::string() : ": " + s.impact);
        e.provenance = {{"document", s.document}, {"author", s.author}, {"justification", s.justification},
                        {"impact_statement", s.impact}, {"stated_at", s.statedAt}, {"vex_statement", s.id},
                        {"import", importId}, {"products", products.is_array() ? products : nlohmann::json::array()}};
        const int days = std::min(m_policy->exceptions.vexExpiryDays, e.tier.spec->maxDays);
        e.requestedExpiry = m_clock.now().addDays(days);
        const std::int64_t id = insert(e);
        ++created;
        ExceptionRecord before;
        if (e.tier.spec->approval != ExceptionTier::Approval::Manager) {
            activate(id, "closeloop", "tier " + e.tier.tier + ": approved automatically by policy");
            audit("exception.request", before, load(id), e.requestedBy, "vex", "VEX statement " + std::to_string(s.id));
        } else {
            audit("exception.request", before, load(id), e.requestedBy, "vex",
                  "VEX statement " + std::to_string(s.id) + "; tier high: a manager decides");
            Notifier(m_db, m_clock)
                .post("exception_awaiting_decision", {"managers", "", "manager"},
                      "Exception #" + std::to_string(id) + " (VEX, " + s.vulnerability + ") awaits a manager's decision",
                      {{"exception", id}, {"tier", e.tier.tier}, {"tier_rule", e.tier.rule}});
        }
    }
    return created;
}

std::vector<std::int64_t> ExceptionLedger::expireDue()
{
    std::vector<std::int64_t> due;
    {
        auto st = m_db.prepare("SELECT id FROM exceptions WHERE state = 'active' AND expires_at <= ? ORDER BY expires_at, id");
        st.bind(1, m_clock.nowIso());
        while (st.step())
            due.push_back(st.int64(0));
    }
    Notifier notifier(m_db, m_clock);
    for (std::int64_t id : due) {
        const ExceptionRecord before = load(id);
        // Ends at its expiry, also when nothing ran then: the time after it
        // counts on the findings' clocks.
        const std::int64_t reopened =
            endAt(m_db, *m_engine, id, "expired", "closeloop", "expired at " + isoUtc(before.expiresAt), isoUtc(before.expiresAt));
        const ExceptionRecord after = load(id);
        audit("exception.expire", before, after, "closeloop", "system",
              "expired at " + isoUtc(before.expiresAt) + "; " + std::to_string(reopened) + " findings reopened");
        notifier.post("exception_expired", {before.requestedBy, "", "requester"},
                      "Exception #" + std::to_string(id) + " expired; " + std::to_string(reopened) + " findings reopened",
                      {{"exception", id}, {"expired_at", isoUtc(before.expiresAt)}, {"reopened", reopened}});
    }
    return due;
}

void ExceptionLedger::audit(const std::string& action, const ExceptionRecord& before, const ExceptionRecord& after,
                            const std::string& actor, const std::string& role, const std::string& reason)
{
    AuditEntry a;
    a.at = m_clock.nowIso();
    a.actor = actor;
    a.role = role;
    a.action = action;
    a.objectType = "exception";
    a.objectId = std::to_string(after.id ? after.id : before.id);
    a.before = before.id ? toJson(before) : nlohmann::json::object();
    a.after = toJson(after);
    a.reason = reason;
    a.policyVersion = m_policy->version;
    appendAudit(m_db, std::move(a));
}

} // namespace closeloop
