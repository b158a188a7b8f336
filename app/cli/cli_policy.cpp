// SPDX-License-Identifier: GPL-3.0-or-later
// closeloop-cli policy, roles, exceptions, sla and notifications: policy as
// code and the exception lifecycle, headless. Time-dependent commands follow
// the global --now; decisions are made as --actor (default the OS user).
#include "cli_support.h"

#include "audit/audit_log.h"
#include "exceptions/exception_ledger.h"
#include "exceptions/exception_service.h"
#include "exceptions/role_book.h"
#include "policy/notifier.h"
#include "policy/policy_backtest.h"
#include "policy/policy_store.h"
#include "policy/policy_switch.h"
#include "policy/sla_sweep.h"

#include <QFile>

#include <cstdio>
#include <map>
#include <optional>
#include <set>

namespace closeloop::cli {

namespace {

std::optional<std::string> readSmallFile(const std::string& path, std::size_t cap, std::string& error)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly)) {
        error = path + ": cannot open: " + f.errorString().toStdString();
        return std::nullopt;
    }
    if (std::size_t(f.size()) > cap) {
        error = path + ": larger than " + std::to_string(cap / (1024 * 1024)) + " MiB";
        return std::nullopt;
    }
    const QByteArray b = f.readAll();
    return std::string(b.constData(), std::size_t(b.size()));
}

int exceptionExit(const ExceptionError& e)
{
    std::fprintf(stderr, "closeloop-cli: %s\n", e.what());
    return BadInput;
}

// --name VALUE options after the positional ones.
struct Options
{
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> values;
    bool json = false;
    std::string error;

    bool has(const std::string& k) const { return values.count(k) > 0; }
    std::string get(const std::string& k) const { return has(k) ? values.at(k).back() : std::string(); }
};

Options parseOptions(const std::vector<std::string>& args, std::size_t first, const std::set<std::string>& known)
{
    Options o;
    for (std::size_t i = first; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json") {
            o.json = true;
        } else if (a.rfind("--", 0) == 0) {
            std::string name = a.substr(2), value;
            const auto eq = name.find('=');
            if (eq != std::string::npos) {
                value = name.substr(eq + 1);
                name = name.substr(0, eq);
            } else if (i + 1 < args.size()) {
                value = args[++i];
            } else {
                o.error = "--" + name + " needs a value";
                return o;
            }
            if (!known.count(name)) {
                o.error = "unknown option --" + name;
                return o;
            }
            o.values[name].push_back(value);
        } else {
            o.positional.push_back(a);
        }
    }
    return o;
}

std::optional<std::int64_t> parseId(const std::string& s)
{
    try {
        std::size_t used = 0;
        const long long v = std::stoll(s, &used);
        if (used == s.size() && v > 0)
            return v;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

// --expires ISO-8601 or --days N (from --now).
std::optional<QDateTime> parseExpiry(const Options& o, const Clock& clock, std::string& error)
{
    if (o.has("expires")) {
        const std::string v = o.get("expires");
        // A date alone means to the end of that day; Qt would read it as its
        // midnight, a day short of what was asked.
        const QDate d = v.size() == 10 ? QDate::fromString(QString::fromStdString(v), Qt::ISODate) : QDate();
        QDateTime t = d.isValid() ? QDateTime(d, QTime(23, 59, 59), Qt::UTC)
                                  : QDateTime::fromString(QString::fromStdString(v), Qt::ISODateWithMs);
        if (!t.isValid()) {
            error = "--expires: '" + v + "' is not an ISO-8601 date or time";
            return std::nullopt;
        }
        if (t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(), Qt::UTC);
        return t.toUTC();
    }
    if (o.has("days")) {
        const auto n = parseId(o.get("days"));
        if (!n || *n > 36500) {
            error = "--days needs a whole number of days from 1";
            return std::nullopt;
        }
        return clock.now().addDays(*n);
    }
    error = "an expiry is required: --expires ISO-8601 or --days N";
    return std::nullopt;
}

void printException(const ExceptionRecord& r, bool json, std::int64_t covered = -1)
{
    if (json) {
        nlohmann::json j = ExceptionLedger::toJson(r);
        if (covered >= 0)
            j["findings_covered"] = covered;
        printJsonLine(j);
        return;
    }
    std::string scope = r.scopeKind == "findings" ? std::to_string(r.findingCount) + " findings" : r.scopeKind + " " + r.scopeValue;
    if (!r.service.empty())
        scope += " in " + r.service;
    std::printf("#%lld  %-9s %-6s expires %s  %s  requested by %s%s\n", (long long)r.id, r.state.c_str(),
                r.tier.c_str(), isoUtc(r.expiresAt).c_str(), scope.c_str(), r.requestedBy.c_str(),
                r.decidedBy.empty() ? "" : (", decided by " + r.decidedBy).c_str());
}

int cmdPolicy(const Globals& g, const std::vector<std::string>& args)
{
    if (args.empty())
        return usageError("policy: expected check, load, show or backtest");
    const std::string sub = args[0];
    const Options o = parseOptions(args, 1, {});
    if (!o.error.empty())
        return usageError("policy " + sub + ": " + o.error);
    if (sub == "show") {
        Database db = openReadOnly(g);
        PolicyStore store(db);
        const auto p = store.activeReadOnly();
        if (o.json) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& r : store.list())
                list.push_back({{"version", r.version}, {"name", r.name}, {"file", r.sourceFile}, {"loaded_at", r.loadedAt},
                                {"loaded_by", r.loadedBy}, {"activated_at", r.activatedAt}, {"activated_by", r.activatedBy},
                                {"active", r.active}});
            printJsonLine({{"active", {{"version", p->version}, {"name", p->name}, {"rules", p->rules.size()},
                                       {"classes", p->classes.size()}}},
                           {"policies", list}});
        } else {
            std::printf("%s (version %s): %zu routing rules, %zu SLA classes\n", p->name.c_str(), p->shortVersion().c_str(),
                        p->rules.size(), p->classes.size());
        }
        return Ok;
    }
    if (o.positional.size() != 1)
        return usageError("policy " + sub + ": one FILE expected");
    const std::string file = o.positional[0];
    std::string error;
    const auto bytes = readSmallFile(file, 4 * 1024 * 1024 + 1, error);
    if (!bytes) {
        std::fprintf(stderr, "closeloop-cli: %s\n", error.c_str());
        return BadInput;
    }
    try {
        if (sub == "check") {
            const Policy p = parsePolicy(*bytes, file);
            if (o.json)
                printJsonLine({{"file", file}, {"status", "valid"}, {"version", p.version}, {"name", p.name}});
            else
                std::printf("%s: valid, version %s\n", file.c_str(), p.shortVersion().c_str());
            return Ok;
        }
        if (sub == "load") {
            const auto writer = openWriter(g);
            if (!writer)
                return Internal;
            const PolicySwitch s = switchPolicy(*writer, *bytes, file, g.actorOrOsUser(), *g.clock);
            if (o.json)
                printJsonLine({{"file", file}, {"status", s.unchanged ? "unchanged" : "activated"}, {"version", s.version},
                               {"previous_version", s.previousVersion}, {"name", s.name},
                               {"evaluated", s.evaluation.evaluated}, {"rerouted", s.evaluation.rerouted}});
            else
                std::printf("%s: %s in force (version %s); %lld findings evaluated, %lld rerouted\n", file.c_str(),
                            s.name.c_str(), s.version.substr(0, 12).c_str(), (long long)s.evaluation.evaluated,
                            (long long)s.evaluation.rerouted);
            return Ok;
        }
        if (sub == "backtest") {
            const Policy proposed = parsePolicy(*bytes, file);
            Database db = openReadOnly(g);
            const auto current = PolicyStore(db).activeReadOnly();
            const BacktestReport r = backtestPolicy(db, *current, proposed, g.clock->now());
            if (o.json) {
                printJsonLine(r.toJson());
            } else {
                std::printf("%lld findings; %lld would change path or class\n", (long long)r.findings, (long long)r.changedCount);
                for (const auto& [path, v] : r.paths)
                    std::printf("  path %-9s %8lld -> %lld\n", path.c_str(), (long long)v.first, (long long)v.second);
                std::printf("  breached findings %lld -> %lld\n", (long long)r.breachedFindings.first,
                            (long long)r.breachedFindings.second);
            }
            return Ok;
        }
    } catch (const PolicyError& e) {
        std::fprintf(stderr, "closeloop-cli: %s\n", e.what());
        if (o.json)
            printJsonLine({{"file", file}, {"status", "rejected"}, {"where", e.where()}, {"error", e.reason()}});
        return BadInput;
    } catch (const ExceptionError& e) {
        return exceptionExit(e);
    }
    return usageError("policy: unknown subcommand '" + sub + "'");
}

int cmdRoles(const Globals& g, const std::vector<std::string>& args)
{
    if (args.size() < 2 || args[0] != "load")
        return usageError("roles: expected 'roles load FILE'");
    const std::string file = args[1];
    std::string error;
    const auto bytes = readSmallFile(file, 1024 * 1024 + 1, error);
    if (!bytes) {
        std::fprintf(stderr, "closeloop-cli: %s\n", error.c_str());
        return BadInput;
    }
    const auto writer = openWriter(g);
    if (!writer)
        return Internal;
    const std::string actor = g.actorOrOsUser();
    try {
        const std::size_t n = writer
                                  ->run([&](Database& db) {
                                      Transaction tx(db);
                                      RoleBook roles(db);
                                      // The first roles file sets itself up; after that a manager replaces it.
                                      if (roles.configured() && !roles.has(actor, Role::Manager))
                                          throw ExceptionError(ExceptionError::Kind::Forbidden,
                                                               actor + " may not replace the roles: that needs the manager role");
                                      const std::string before = roles.configured() ? "configured" : "none";
                                      const std::size_t count = roles.load(*bytes, file);
                                      AuditEntry a;
                                      a.at = g.clock->nowIso();
                                      a.actor = actor;
                                      a.role = roles.describe(actor);
                                      a.action = "roles.load";
                                      a.objectType = "roles";
                                      a.objectId = file;
                                      a.before = {{"roles", before}};
                                      a.after = {{"users", count}};
                                      appendAudit(db, std::move(a));
                                      tx.commit();
                                      return count;
                                  })
                                  .get();
        std::printf("%s: roles of %zu users loaded\n", file.c_str(), n);
        return Ok;
    } catch (const RolesError& e) {
        std::fprintf(stderr, "closeloop-cli: %s\n", e.what());
        return BadInput;
    } catch (const ExceptionError& e) {
        return exceptionExit(e);
    }
}

int cmdExceptions(const Globals& g, const std::vector<std::string>& args)
{
    if (args.empty())
        return usageError("exceptions: expected request, approve, reject, renew, revoke or list");
    const std::string sub = args[0];
    const Options o = parseOptions(args, 1, {"finding", "cve", "rule", "service", "justification", "controls", "expires",
                                             "days", "reason", "state"});
    if (!o.error.empty())
        return usageError("exceptions " + sub + ": " + o.error);
    const std::string actor = g.actorOrOsUser();
    if (sub == "list") {
        {
            // Expiry that happened while nobody ran Closeloop is handled first.
            const auto writer = openWriter(g);
            if (!writer)
                return Internal;
            runSweep(*writer, *g.clock);
        }
        Database db = openReadOnly(g);
        std::vector<std::int64_t> ids;
        auto st = db.prepare("SELECT id FROM exceptions WHERE ?1 = '' OR state = ?1 ORDER BY expires_at, id");
        st.bind(1, o.get("state"));
        while (st.step())
            ids.push_back(st.int64(0));
        ExceptionLedger ledger(db, *g.clock);
        for (std::int64_t id : ids)
            printException(ledger.load(id), o.json);
        return Ok;
    }
    const auto writer = openWriter(g);
    if (!writer)
        return Internal;
    ExceptionService service(*writer, *g.clock);
    try {
        if (sub == "request" || sub == "renew") {
            ExceptionRequest r;
            r.actor = actor;
            r.justification = o.get("justification");
            r.compensatingControls = o.get("controls");
            std::string error;
            const auto expiry = parseExpiry(o, *g.clock, error);
            if (!expiry)
                return usageError("exceptions " + sub + ": " + error);
            r.requestedExpiry = *expiry;
            ExceptionOutcome out;
            if (sub == "renew") {
                if (o.positional.size() != 1 || !parseId(o.positional[0]))
                    return usageError("exceptions renew: one exception ID expected");
                out = service.renew(*parseId(o.positional[0]), r);
            } else {
                const int kinds = int(o.has("finding")) + int(o.has("cve")) + int(o.has("rule"));
                if (kinds != 1)
                    return usageError("exceptions request: give the scope as --finding ID (repeatable), --cve CVE or --rule RULE");
                if (o.has("finding")) {
                    r.scope.kind = "findings";
                    for (const auto& v : o.values.at("finding")) {
                        const auto id = parseId(v);
                        if (!id)
                            return usageError("exceptions request: --finding needs a finding number, not '" + v + "'");
                        r.scope.findingIds.push_back(*id);
                    }
                } else {
                    r.scope.kind = o.has("cve") ? "cve" : "rule";
                    r.scope.value = o.get(r.scope.kind);
                }
                r.scope.service = o.get("service");
                out = service.request(r);
            }
            printException(out.exception, o.json, out.findingsCovered);
            if (!o.json && out.awaitsManager)
                std::printf("awaits a manager's decision (tier %s)\n", out.exception.tier.c_str());
            return Ok;
        }
        if (o.positional.size() != 1 || !parseId(o.positional[0]))
            return usageError("exceptions " + sub + ": one exception ID expected");
        const std::int64_t id = *parseId(o.positional[0]);
        ExceptionOutcome out;
        if (sub == "approve")
            out = service.approve(id, actor, o.get("reason"));
        else if (sub == "reject")
            out = service.reject(id, actor, o.get("reason"));
        else if (sub == "revoke")
            out = service.revoke(id, actor, o.get("reason"));
        else
            return usageError("exceptions: unknown subcommand '" + sub + "'");
        printException(out.exception, o.json, out.findingsCovered);
        return Ok;
    } catch (const ExceptionError& e) {
        if (o.json)
            printJsonLine({{"status", "refused"}, {"error", e.what()}});
        return exceptionExit(e);
    }
}

int cmdSla(const Globals& g, const std::vector<std::string>& args)
{
    if (args.empty() || args[0] != "sweep")
        return usageError("sla: expected 'sla sweep'");
    // A misplaced --now must not sweep at the real time unnoticed.
    for (std::size_t i = 1; i < args.size(); ++i)
        if (args[i] != "--json")
            return usageError("sla sweep: unexpected argument '" + args[i] + "' (global options such as --now go before the command)");
    const bool json = args.size() > 1;
    const auto writer = openWriter(g);
    if (!writer)
        return Internal;
    const SweepResult r = runSweep(*writer, *g.clock);
    if (json)
        printJsonLine({{"now", g.clock->nowIso()}, {"exceptions_expired", r.exceptionsExpired}, {"reminders", r.reminders},
                       {"escalations", r.escalations}, {"notifications", r.notifications}, {"outbox_written", r.outboxWritten}});
    else
        std::printf("%lld exceptions expired, %lld reminders, %lld escalations, %lld notifications\n",
                    (long long)r.exceptionsExpired, (long long)r.reminders, (long long)r.escalations,
                    (long long)r.notifications);
    return Ok;
}

int cmdNotifications(const Globals& g, const std::vector<std::string>& args)
{
    for (const auto& a : args)
        if (a != "--json")
            return usageError("notifications: unexpected argument '" + a + "'");
    const bool json = !args.empty();
    Database db = openReadOnly(g);
    auto st = db.prepare("SELECT id, at, kind, recipient, contact, subject, body, outbox_file FROM notifications ORDER BY id");
    while (st.step()) {
        if (json) {
            nlohmann::json j = {{"id", st.int64(0)},    {"at", st.text(1)},      {"kind", st.text(2)},
                                {"recipient", st.text(3)}, {"contact", st.text(4)}, {"subject", st.text(5)},
                                {"outbox_file", st.text(7)}};
            j["body"] = nlohmann::json::parse(st.textView(6), nullptr, false);
            printJsonLine(j);
        } else {
            std::printf("%s  %-28s to %s: %s\n", st.text(1).c_str(), st.text(2).c_str(), st.text(3).c_str(), st.text(5).c_str());
        }
    }
    return Ok;
}

const CommandRegistration policyCommand{
    "policy", cmdPolicy,
    "  policy check FILE [--json]\n"
    "        Validate a policy file (docs/policy.md); FILE:LINE: reason on error.\n"
    "  policy load FILE [--json]\n"
    "        Validate, store and switch on a policy (manager role), and apply it to\n"
    "        every finding. A bad file leaves the policy in force untouched.\n"
    "  policy show [--json]\n"
    "        The policy in force and every version loaded.\n"
    "  policy backtest FILE [--json]\n"
    "        Replay FILE over the workspace's history against the policy in force:\n"
    "        {\"current\",\"proposed\",\"findings\",\"paths\":{PATH:{current,proposed,delta}},\n"
    "         \"classes\",\"breaches\":{CLASS:{CLOCK:{...}}},\"breached_findings\",\n"
    "         \"changed_count\",\"changed\":[{id,title,severity,service,from,to}]}\n"};

const CommandRegistration rolesCommand{
    "roles", cmdRoles,
    "  roles load FILE\n"
    "        Roles by OS user name: {\"schema\":\"closeloop-roles/1\",\"users\":{\"ana\":[\"analyst\"],\n"
    "        \"max\":[\"manager\",\"analyst\"],\"aud\":[\"auditor\"]}}. Without one, everybody is\n"
    "        analyst and manager (four eyes still holds).\n"};

const CommandRegistration exceptionsCommand{
    "exceptions", cmdExceptions,
    "  exceptions request (--finding ID... | --cve CVE | --rule RULE) [--service REF]\n"
    "             --justification TEXT [--controls TEXT] (--expires ISO | --days N) [--json]\n"
    "        Request an exception; the policy gives its tier: low and medium are\n"
    "        approved at once, high (production, customer-facing, known exploited)\n"
    "        awaits a manager.\n"
    "  exceptions approve|reject|revoke ID [--reason TEXT] [--json]\n"
    "        Decide (manager, never the requester) or end an exception.\n"
    "  exceptions renew ID --justification TEXT (--expires ISO | --days N) [--json]\n"
    "        A new request for the same scope; needs a new decision.\n"
    "  exceptions list [--state STATE] [--json]\n"
    "        Every exception, soonest expiry first (expiry due by --now handled first).\n"};

const CommandRegistration slaCommand{
    "sla", cmdSla,
    "  sla sweep [--json]\n"
    "        End exceptions past expiry, send reminders and escalations due by --now,\n"
    "        and write notifications to the outbox.\n"};

const CommandRegistration notificationsCommand{
    "notifications", cmdNotifications,
    "  notifications [--json]\n"
    "        Every notification the workspace holds, oldest first.\n"};

} // namespace

} // namespace closeloop::cli
