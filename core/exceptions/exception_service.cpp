// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_service.h"

#include "audit/audit_log.h"
#include "exception_ledger.h"
#include "policy/notifier.h"
#include "role_book.h"

#include <optional>

namespace closeloop {

namespace {

using Kind = ExceptionError::Kind;

std::string trimmed(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// A refusal is itself on record: who tried what, and why it was refused.
void auditDenial(StoreWriter& writer, const Clock& clock, const std::string& actor, const std::string& action,
                 std::int64_t id, const std::string& why)
{
    try {
        writer
            .run([&](Database& db) {
                Transaction tx(db);
                AuditEntry a;
                a.at = clock.nowIso();
                a.actor = actor;
                a.role = RoleBook(db).describe(actor);
                a.action = action + ".denied";
                a.objectType = "exception";
                a.objectId = id ? std::to_string(id) : std::string();
                a.reason = why;
                appendAudit(db, std::move(a));
                tx.commit();
            })
            .get();
    } catch (const std::exception&) {
        // The refusal stands even if it could not be recorded.
    }
}

// Notifications a decision committed go to the outbox at once, not only at
// the next sweep (a CLI run may be the last thing that happens for a while).
void flushOutbox(Database& db)
{
    try {
        writeOutbox(db, notificationOutboxDir(db.path()));
    } catch (const std::exception&) {
        // They stay marked unwritten; the next sweep writes them.
    }
}

// One change in one writer transaction; what it posted goes to the outbox
// after the commit. A refusal for want of a role is audited on its own, as
// the change's transaction rolled back.
template<class Change>
ExceptionOutcome recordedChange(StoreWriter& writer, const Clock& clock, const std::string& actor,
                                const std::string& action, std::int64_t id, Change change)
{
    try {
        return writer
            .run([&](Database& db) {
                Transaction tx(db);
                ExceptionOutcome out = change(db);
                tx.commit();
                flushOutbox(db);
                return out;
            })
            .get();
    } catch (const ExceptionError& e) {
        if (e.kind() == Kind::Forbidden)
            auditDenial(writer, clock, actor, action, id, e.what());
        throw;
    }
}

void requireRole(Database& db, const std::string& actor, Role role, const std::string& what)
{
    if (actor.empty())
        throw ExceptionError(Kind::Invalid, "no actor: a decision needs a person");
    if (!RoleBook(db).has(actor, role))
        throw ExceptionError(Kind::Forbidden, actor + " may not " + what + ": that needs the " + roleName(role) +
                                                  " role (roles: " + RoleBook(db).describe(actor) + ")");
}

void requireRequester(Database& db, const std::string& actor)
{
    RoleBook roles(db);
    if (actor.empty())
        throw ExceptionError(Kind::Invalid, "no actor: a request needs a person");
    if (!roles.has(actor, Role::Analyst) && !roles.has(actor, Role::Manager))
        throw ExceptionError(Kind::Forbidden, actor + " may not request exceptions: that needs the analyst or manager"
                                                      " role (roles: " + roles.describe(actor) + ")");
}

void validateText(const ExceptionRequest& r)
{
    if (trimmed(r.justification).size() < 10)
        throw ExceptionError(Kind::Invalid, "a justification of at least 10 characters is required: say why the risk is accepted");
    if (r.justification.size() > 20000 || r.compensatingControls.size() > 20000)
        throw ExceptionError(Kind::Invalid, "justification and compensating controls are limited to 20,000 characters");
    if (!r.requestedExpiry.isValid())
        throw ExceptionError(Kind::Invalid, "an expiry is required: exceptions never stay open-ended");
}

void checkExpiry(const QDateTime& expiry, const QDateTime& now, const TierDecision& tier)
{
    if (expiry <= now)
        throw ExceptionError(Kind::Invalid, "the expiry " + isoUtc(expiry) + " is not in the future");
    if (!tier.spec)
        throw ExceptionError(Kind::Invalid, "the policy has no tier \"" + tier.tier + "\"");
    const QDateTime latest = now.addDays(tier.spec->maxDays);
    if (expiry > latest)
        throw ExceptionError(Kind::Invalid, "tier " + tier.tier + " (rule " + tier.rule + ") allows at most " +
                                                std::to_string(tier.spec->maxDays) + " days: the expiry must be on or before " +
                                                isoUtc(latest));
}

std::string approvalWord(const TierDecision& t)
{
    switch (t.spec->approval) {
    case ExceptionTier::Approval::Automatic:
        return "approved automatically by policy";
    case ExceptionTier::Approval::AutomaticNotify:
        return "approved automatically by policy; the security team is told";
    case ExceptionTier::Approval::Manager:
        break;
    }
    return "a manager decides";
}

} // namespace

ExceptionOutcome ExceptionService::request(const ExceptionRequest& r)
{
    return submit(r, 0);
}

ExceptionOutcome ExceptionService::renew(std::int64_t id, const ExceptionRequest& r)
{
    return submit(r, id);
}

ExceptionOutcome ExceptionService::submit(const ExceptionRequest& r, std::int64_t renewalOf)
{
    const char* action = renewalOf ? "exception.renew" : "exception.request";
    return recordedChange(m_writer, m_clock, r.actor, action, renewalOf, [&](Database& db) {
        requireRequester(db, r.actor);
        validateText(r);
        ExceptionLedger ledger(db, m_clock);
        ExceptionLedger::NewException e;
        e.scope = r.scope;
        std::optional<ExceptionRecord> previous;
        if (renewalOf) {
            previous = ledger.load(renewalOf);
            if (previous->state != "active" && previous->state != "expired")
                throw ExceptionError(Kind::Conflict, "exception #" + std::to_string(renewalOf) + " is " +
                                                         previous->state + ": only an active or expired exception is renewed");
            if (trimmed(r.justification) == trimmed(previous->justification))
                throw ExceptionError(Kind::Invalid, "a renewal needs a new justification, not the one given before");
            e.scope = {previous->scopeKind, {}, previous->scopeValue, previous->service};
            if (previous->scopeKind == "findings")
                e.scope.findingIds = ledger.listedFindings(renewalOf);
            e.renewalOf = renewalOf;
            e.source = previous->source;
            e.provenance = nlohmann::json::parse(previous->provenance, nullptr, false);
        }
        if (e.scope.kind != "findings" && e.scope.value.empty())
            throw ExceptionError(Kind::Invalid, "a " + e.scope.kind + " scope needs the " + e.scope.kind + " it covers");
        const auto products = e.provenance.is_object() ? e.provenance.value("products", nlohmann::json::array())
                                                       : nlohmann::json();
        e.findings = ledger.coveredFindings(e.scope, products);
        if (e.scope.kind == "findings" && e.findings.empty())
            throw ExceptionError(Kind::Invalid, "none of the findings given is open: there is nothing to accept");
        e.tier = ledger.tierFor(e.findings);
        const QDateTime now = m_clock.now();
        checkExpiry(r.requestedExpiry, now, e.tier);
        e.justification = trimmed(r.justification);
        e.compensatingControls = trimmed(r.compensatingControls);
        e.requestedBy = r.actor;
        e.requestedExpiry = r.requestedExpiry;
        const std::int64_t id = ledger.insert(e);
        ExceptionOutcome out;
        const std::string role = RoleBook(db).describe(r.actor);
        Notifier notifier(db, m_clock);
        if (e.tier.spec->approval == ExceptionTier::Approval::Manager) {
            out.awaitsManager = true;
            notifier.post("exception_awaiting_decision", {"managers", "", "manager"},
                          "Exception #" + std::to_string(id) + " (" + e.tier.tier + " tier) by " + r.actor +
                              " awaits a manager's decision",
                          {{"exception", id}, {"tier", e.tier.tier}, {"tier_rule", e.tier.rule},
                           {"findings", e.findings.size()}, {"requested_expiry", isoUtc(r.requestedExpiry)}});
        } else {
            out.findingsCovered = ledger.activate(id, "closeloop", "tier " + e.tier.tier + ": " + approvalWord(e.tier));
            if (e.tier.spec->approval == ExceptionTier::Approval::AutomaticNotify) {
                const std::string team = ledger.policy().exceptions.securityTeam;
                notifier.post("exception_approved_notice", {team.empty() ? "security team" : team, "", "security"},
                              "Exception #" + std::to_string(id) + " (" + e.tier.tier + " tier) by " + r.actor +
                                  " was approved automatically",
                              {{"exception", id}, {"tier", e.tier.tier}, {"justification", e.justification},
                               {"compensating_controls", e.compensatingControls}});
            }
        }
        out.exception = ledger.load(id);
        ledger.audit(action, previous ? *previous : ExceptionRecord{}, out.exception, r.actor, role,
                     "tier " + e.tier.tier + " by rule " + e.tier.rule + ": " + approvalWord(e.tier));
        return out;
    });
}

ExceptionOutcome ExceptionService::decide(std::int64_t id, const std::string& actor, const std::string& reason, bool approve)
{
    const std::string action = approve ? "exception.approve" : "exception.reject";
    return recordedChange(m_writer, m_clock, actor, action, id, [&](Database& db) {
        requireRole(db, actor, Role::Manager, approve ? "approve exceptions" : "reject exceptions");
        ExceptionLedger ledger(db, m_clock);
        const ExceptionRecord before = ledger.load(id);
        if (before.requestedBy == actor)
            throw ExceptionError(Kind::Forbidden, actor + " requested exception #" + std::to_string(id) +
                                                      " and may not decide it: four eyes, another manager decides");
        if (before.state != "requested")
            throw ExceptionError(Kind::Conflict, "exception #" + std::to_string(id) + " is " + before.state +
                                                     ", not awaiting a decision");
        if (!approve && trimmed(reason).empty())
            throw ExceptionError(Kind::Invalid, "a rejection needs a reason the requester can act on");
        ExceptionOutcome out;
        if (approve) {
            if (before.expiresAt <= m_clock.now())
                throw ExceptionError(Kind::Conflict, "exception #" + std::to_string(id) + " asked for an expiry (" +
                                                         isoUtc(before.expiresAt) +
                                                         ") that has passed: it must be requested again");
            out.findingsCovered = ledger.activate(id, actor, trimmed(reason));
        } else {
            ledger.reject(id, actor, trimmed(reason));
        }
        out.exception = ledger.load(id);
        ledger.audit(action, before, out.exception, actor, RoleBook(db).describe(actor), trimmed(reason));
        Notifier(db, m_clock)
            .post(approve ? "exception_approved" : "exception_rejected", {before.requestedBy, "", "requester"},
                  "Exception #" + std::to_string(id) + (approve ? " was approved by " : " was rejected by ") + actor,
                  {{"exception", id}, {"reason", trimmed(reason)}});
        return out;
    });
}

ExceptionOutcome ExceptionService::approve(std::int64_t id, const std::string& actor, const std::string& reason)
{
    return decide(id, actor, reason, true);
}

ExceptionOutcome ExceptionService::reject(std::int64_t id, const std::string& actor, const std::string& reason)
{
    return decide(id, actor, reason, false);
}

ExceptionOutcome ExceptionService::revoke(std::int64_t id, const std::string& actor, const std::string& reason)
{
    return recordedChange(m_writer, m_clock, actor, "exception.revoke", id, [&](Database& db) {
        ExceptionLedger ledger(db, m_clock);
        const ExceptionRecord before = ledger.load(id);
        RoleBook roles(db);
        if (actor.empty() || !(roles.has(actor, Role::Manager) ||
                               (before.requestedBy == actor && roles.has(actor, Role::Analyst))))
            throw ExceptionError(Kind::Forbidden, actor + " may not revoke exception #" + std::to_string(id) +
                                                      ": a manager or its requester revokes");
        if (trimmed(reason).empty())
            throw ExceptionError(Kind::Invalid, "a revocation needs a reason");
        ExceptionOutcome out;
        out.findingsCovered = ledger.end(id, "revoked", actor, trimmed(reason));
        out.exception = ledger.load(id);
        ledger.audit("exception.revoke", before, out.exception, actor, roles.describe(actor),
                     trimmed(reason) + "; " + std::to_string(out.findingsCovered) + " findings reopened");
        return out;
    });
}

} // namespace closeloop
