// SPDX-License-Identifier: GPL-3.0-or-later
#include "sla_sweep.h"

#include "audit/audit_log.h"
#include "exceptions/exception_ledger.h"
#include "notifier.h"
#include "policy_store.h"
#include "sla_timeline.h"

#include <limits>
#include <map>
#include <tuple>

namespace closeloop {

namespace {

std::int64_t countNotifications(Database& db)
{
    auto st = db.prepare("SELECT coalesce(max(id), 0) FROM notifications");
    st.step();
    return st.int64(0);
}

std::int64_t sendReminders(Database& db, const Clock& clock, const Policy& policy)
{
    const auto& days = policy.exceptions.reminderDays; // descending
    if (days.empty())
        return 0;
    const QDateTime now = clock.now();
    struct Due
    {
        std::int64_t id;
        std::string expiresAt, requestedBy, scope;
        int step;
    };
    std::vector<Due> due;
    {
        auto st = db.prepare("SELECT id, expires_at, requested_by, reminded_days,"
                             " CASE scope_kind WHEN 'findings' THEN (SELECT count(*) FROM exception_findings x"
                             " WHERE x.exception_id = exceptions.id) || ' findings' ELSE scope_kind || ' ' || scope_value END"
                             " FROM exceptions WHERE state = 'active' AND expires_at > ?1 AND expires_at <= ?2");
        st.bind(1, isoUtc(now)).bind(2, isoUtc(now.addDays(days.front())));
        while (st.step()) {
            const QDateTime exp = parseUtcIso(st.text(1));
            const int last = st.isNull(3) ? std::numeric_limits<int>::max() : int(st.int64(3));
            // The smallest step the expiry is already within (0: none).
            int step = 0;
            for (int d : days)
                if (exp <= now.addDays(d))
                    step = d;
            if (step > 0 && step < last)
                due.push_back({st.int64(0), st.text(1), st.text(2), st.text(4), step});
        }
    }
    Notifier notifier(db, clock);
    auto mark = db.prepare("UPDATE exceptions SET reminded_days = ? WHERE id = ?");
    for (const Due& d : due) {
        notifier.post("exception_reminder", {d.requestedBy, "", "requester"},
                      "Exception #" + std::to_string(d.id) + " (" + d.scope + ") expires within " + std::to_string(d.step) +
                          (d.step == 1 ? " day" : " days") + ", at " + d.expiresAt,
                      {{"exception", d.id}, {"expires_at", d.expiresAt}, {"days_ahead", d.step}});
        mark.bind(1, d.step).bind(2, d.id);
        mark.exec();
    }
    return std::int64_t(due.size());
}

std::int64_t escalate(Database& db, const Clock& clock, const Policy& policy)
{
    const std::string now = clock.nowIso();
    struct Passed
    {
        std::int64_t finding;
        std::string clock, service, owner, assignee, slaClass, title, runningSince, startedAt;
        std::int64_t budget, consumed;
        int level;
    };
    // One notification per person, clock and threshold: a breach of 300
    // findings of one service is one message listing them, not 300.
    using Key = std::tuple<std::string, std::string, std::string, int>; // recipient, contact, clock, share%
    struct Group
    {
        std::string role;
        std::vector<std::int64_t> findings; // the first MaxListed
        std::int64_t count = 0;
        std::vector<std::string> titles;
    };
    std::map<Key, Group> groups;
    Notifier notifier(db, clock);
    auto up = db.prepare("UPDATE sla_clocks SET escalation_level = ?, next_escalation_at = ? WHERE finding_id = ? AND clock = ?");
    std::int64_t steps = 0;
    // The same service, step and owner name the same person: looked up once.
    std::map<std::tuple<std::string, std::string, std::string>, Recipient> chain;
    auto member = [&](const std::string& service, const std::string& step, const std::string& owner) {
        auto it = chain.find({service, step, owner});
        if (it == chain.end())
            it = chain.emplace(std::make_tuple(service, step, owner), notifier.chainMember(service, step, owner)).first;
        return it->second;
    };
    // In chunks: after a long closed spell millions of clocks may be past a
    // threshold, and each chunk leaves the range as its rows are updated.
    constexpr int Chunk = 20000;
    constexpr std::size_t MaxListed = 1000;
    auto read = db.prepare("SELECT c.finding_id, c.clock, f.service, f.owner, f.assignee, f.sla_class, f.title,"
                           " c.running_since, c.started_at, c.budget_s, c.consumed_s, c.escalation_level"
                           " FROM sla_clocks c JOIN findings f ON f.id = c.finding_id"
                           " WHERE c.next_escalation_at IS NOT NULL AND c.next_escalation_at <= ?"
                           " ORDER BY c.next_escalation_at LIMIT ?");
    std::vector<Passed> passed;
    for (;;) {
        passed.clear();
        read.bind(1, now).bind(2, Chunk);
        while (read.step())
            passed.push_back({read.int64(0), read.text(1), read.text(2), read.text(3), read.text(4), read.text(5), read.text(6),
                              read.isNull(7) ? std::string() : read.text(7), read.text(8), read.int64(9), read.int64(10),
                              int(read.int64(11))});
        read.reset();
        for (const Passed& p : passed) {
            const auto cls = policy.classes.find(p.slaClass);
            const auto kind = slaClockFromName(p.clock);
            if (cls == policy.classes.end() || !kind) {
                // A class the policy no longer has: nothing left to escalate.
                up.bind(1, p.level).bindNull(2).bind(3, p.finding).bind(4, p.clock);
                up.exec();
                continue;
            }
            const ClockSpec& spec = cls->second.clocks[std::size_t(*kind)];
            SlaClockState c;
            c.kind = *kind;
            c.started = true;
            c.budget = p.budget;
            c.consumed = p.consumed;
            c.startedAt = parseUtcIso(p.startedAt);
            c.runningSince = p.runningSince.empty() ? QDateTime() : parseUtcIso(p.runningSince);
            const BusinessCalendar* cal = policy.calendarOf(spec);
            int level = p.level;
            std::string next;
            while (level < int(spec.escalation.size())) {
                const QDateTime at = shareReachedAt(c, cal, spec.escalation[std::size_t(level)].share);
                if (!at.isValid() || isoUtc(at) > now) {
                    next = at.isValid() ? isoUtc(at) : std::string();
                    break;
                }
                const EscalationStep& step = spec.escalation[std::size_t(level)];
                Recipient to;
                if (step.notify == "assignee" && !p.assignee.empty())
                    to = {p.assignee, "", "assignee"};
                else if (step.notify == "security")
                    to = {policy.exceptions.securityTeam.empty() ? "security team" : policy.exceptions.securityTeam, "", "security"};
                else
                    to = member(p.service, step.notify == "assignee" ? "owner" : step.notify, p.owner);
                Group& g = groups[{to.name, to.contact, p.clock, int(step.share * 100 + 0.5)}];
                g.role = to.role;
                if (g.findings.size() < MaxListed)
                    g.findings.push_back(p.finding);
                ++g.count;
                if (g.titles.size() < 20)
                    g.titles.push_back("#" + std::to_string(p.finding) + " " + p.title);
                ++level;
                ++steps;
            }
            up.bind(1, level);
            if (next.empty())
                up.bindNull(2);
            else
                up.bind(2, next);
            up.bind(3, p.finding).bind(4, p.clock);
            up.exec();
        }
        if (passed.size() < std::size_t(Chunk))
            break;
    }
    for (const auto& [key, g] : groups) {
        const auto& [name, contact, clockName, pct] = key;
        const std::string what = pct >= 100 ? "breached (" + std::to_string(pct) + "% of its time)"
                                            : "at " + std::to_string(pct) + "% of its time";
        const nlohmann::json ids = g.findings;
        notifier.post("escalation", {name, contact, g.role},
                      std::to_string(g.count) + (g.count == 1 ? " finding: " : " findings: ") + clockName + " clock " + what,
                      {{"clock", clockName}, {"share", pct / 100.0}, {"findings", ids},
                       {"count", g.count}, {"examples", g.titles}});
    }
    return steps;
}

} // namespace

SweepResult sweepDue(Database& db, const Clock& clock)
{
    SweepResult r;
    const std::int64_t before = countNotifications(db);
    ExceptionLedger ledger(db, clock);
    r.exceptionsExpired = std::int64_t(ledger.expireDue().size());
    r.reminders = sendReminders(db, clock, ledger.policy());
    r.escalations = escalate(db, clock, ledger.policy());
    r.notifications = countNotifications(db) - before;
    db.prepare("INSERT OR REPLACE INTO workspace_state (key, value) VALUES ('last_sweep_at', ?)").bind(1, clock.nowIso()).exec();
    return r;
}

SweepResult runSweep(StoreWriter& writer, const Clock& clock)
{
    return writer
        .run([&](Database& db) {
            SweepResult r;
            {
                Transaction tx(db);
                r = sweepDue(db, clock);
                tx.commit();
            }
            r.outboxWritten = writeOutbox(db, notificationOutboxDir(db.path()));
            return r;
        })
        .get();
}

} // namespace closeloop
