// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_support.h"

#include "audit/audit_log.h"
#include "demo/demo_workspace.h"
#include "feeds/importer_registry.h"
#include "ingest/feed_import.h"
#include "query/case_context.h"
#include "query/finding_reader.h"
#include "store/migrations.h"
#include "store/store_writer.h"
#include "store/workspace_paths.h"
#include "util/clock.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>

namespace closeloop::cli {

namespace {

const char* const Usage = R"(Usage: closeloop-cli [--db PATH] COMMAND [OPTIONS]

Closeloop's core without the console: import scanner feeds, list and show
findings, check the audit trail. Feeds are recognized by their content.

Global options:
  --db PATH        workspace database (default: %s)
  --now ISO-8601   evaluate at this instant instead of the current time
                   (SLA clocks, expiry, escalation, imports), e.g.
                   --now 2026-11-25T09:00:00Z
  --actor NAME     act as NAME instead of the OS user (service accounts,
                   tests); roles and four eyes are checked for NAME
  -h, --help       show this help and exit
  --version        show the version and exit

Commands:
  import FILE... [--json]
        Import each file in its own transaction (all of it or nothing).
        Prints one report per file; with --json one JSON object per line:
        {"file","format","tool","status":"imported|unchanged|rejected|cancelled|failed",
         "findings","new","updated","unchanged","duplicate","closed","reopened",
         "rejected","vex","scopes","sha256","import_id","seconds","error"}
  findings [--filter EXPR] [--json] [--limit N]
        List findings, most severe first. --filter takes the queue's filter
        language: field:value terms, free text and "quoted phrases", '-' to
        exclude, OR and parentheses, comparisons (epss>0.5, cvss>=7,
        first_seen<2026-10-01, age>30, severity>=high); assignee:me is the
        user running the command. For example:
          severity:critical env:prod kev:yes owner:team-payments -status:false_positive
        With --json one object per line:
        {"id","fingerprint","title","severity","status","asset","location","tool",
         "rule_id","last_seen","service","owner","kev","epss"}
  show ID [--json]
        One finding's case as JSON: the finding (with the inputs of its
        fingerprint and the raw record), threat intelligence, service, owner
        and escalation chain, why it maps there, exposure, recent changes,
        similar findings and their outcomes, timeline and notes.
  audit verify [--json]
        Check the audit trail's hash chain; names the first bad entry.
  formats
        List the feed formats Closeloop recognizes.
  demo [--dir DIR]
        Write the demo feeds (generated for a set of demo services) into DIR
        (default: a temporary folder) and import them into the workspace.

Exit status: 0 success, 2 bad input or usage (a rejected feed, a missing
file, an unknown option), 1 internal error.
)";

} // namespace

std::vector<RegisteredCommand>& commandRegistry()
{
    static std::vector<RegisteredCommand> commands;
    return commands;
}

const std::vector<RegisteredCommand>& registeredCommands()
{
    return commandRegistry();
}

CommandRegistration::CommandRegistration(const char* name, CommandFn fn, const char* usage)
{
    commandRegistry().push_back({name, fn, usage});
}

int usageError(const std::string& msg)
{
    std::fprintf(stderr, "closeloop-cli: %s\nTry 'closeloop-cli --help'.\n", msg.c_str());
    return BadInput;
}

void printJsonLine(const nlohmann::json& j)
{
    const std::string s = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fputc('\n', stdout);
}

std::unique_ptr<StoreWriter> openWriter(const Globals& g)
{
    try {
        return std::make_unique<StoreWriter>(g.db);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "closeloop-cli: %s\n", e.what());
        return nullptr;
    }
}

Database openReadOnly(const Globals& g)
{
    { StoreWriter upgrade(g.db); }
    return Database(g.db, Database::Mode::ReadOnly);
}

namespace {

void printUsage()
{
    std::string usage = Usage;
    std::string extra;
    for (const auto& c : registeredCommands())
        extra += c.usage;
    const std::string marker = "\nExit status:";
    usage.insert(usage.find(marker), extra);
    std::printf(usage.c_str(), defaultWorkspacePath().c_str());
}

int cmdImport(const Globals& g, const std::vector<std::string>& args)
{
    bool json = false;
    std::vector<std::string> files;
    for (const auto& a : args) {
        if (a == "--json")
            json = true;
        else if (a.size() > 1 && a[0] == '-' && a != "-")
            return usageError("import: unknown option " + a);
        else
            files.push_back(a);
    }
    if (files.empty())
        return usageError("import: no FILE given");
    ImporterRegistry registry;
    const auto writer = openWriter(g);
    if (!writer)
        return Internal;
    FeedImport import(*writer, registry);
    ImportOptions options;
    options.actor = g.actor;
    options.clock = g.clock;
    int exit = Ok;
    for (const auto& file : files) {
        const ImportReport r = import.importFile(file, options);
        if (json)
            printJsonLine(r.toJson());
        else if (r.status == ImportReport::Status::Imported || r.status == ImportReport::Status::Unchanged)
            std::printf("%s\n", r.summary().c_str());
        if (!json && (r.status == ImportReport::Status::Rejected || r.status == ImportReport::Status::Failed))
            std::fprintf(stderr, "closeloop-cli: %s\n", r.summary().c_str());
        else if (json && !r.errorReason.empty())
            std::fprintf(stderr, "closeloop-cli: %s\n", r.summary().c_str());
        if (r.status == ImportReport::Status::Failed)
            exit = Internal;
        else if (r.status == ImportReport::Status::Rejected && exit == Ok)
            exit = BadInput;
        std::fflush(stdout);
    }
    return exit;
}

std::optional<FindingReader> openReader(const Globals& g)
{
    // Create or upgrade first, so that a fresh path lists nothing, not an error.
    StoreWriter writer(g.db);
    return FindingReader(g.db);
}

int cmdFindings(const Globals& g, const std::vector<std::string>& args)
{
    bool json = false;
    std::int64_t limit = -1;
    std::optional<std::string> filterText;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--json") {
            json = true;
        } else if (args[i] == "--filter" || args[i].rfind("--filter=", 0) == 0) {
            if (args[i] == "--filter" && i + 1 >= args.size())
                return usageError("findings: --filter needs an EXPR");
            filterText = args[i] == "--filter" ? args[++i] : args[i].substr(9);
        } else if (args[i] == "--limit" && i + 1 < args.size()) {
            try {
                std::size_t used = 0;
                limit = std::stoll(args[++i], &used);
                if (used != args[i].size() || limit < 0)
                    throw std::invalid_argument("negative");
            } catch (const std::exception&) {
                return usageError("findings: --limit needs a whole number >= 0, not '" + args[i] + "'");
            }
        } else {
            return usageError("findings: unexpected argument " + args[i]);
        }
    }
    FilterContext context{.currentUser = g.actorOrOsUser(), .now = g.clock->nowIso()};
    if (filterText) {
        try {
            FilterCompiler(context).compile(*filterText); // a mistake is reported before the workspace is opened
        } catch (const FilterError& e) {
            // The message, then the filter with the mistake underlined.
            std::string shown = *filterText;
            const auto control = [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; };
            std::replace_if(shown.begin(), shown.end(), control, ' ');
            const std::size_t column = e.column(*filterText);
            const std::size_t width =
                std::max<std::size_t>(1, filterCharacters(*filterText, e.offset() + e.length()) + 1 - column);
            std::fprintf(stderr, "closeloop-cli: findings: --filter: column %zu: %s\n  %s\n  %s%s\n", column,
                         e.message().c_str(), shown.c_str(), std::string(column - 1, ' ').c_str(),
                         std::string(width, '^').c_str());
            return BadInput;
        }
    }
    auto reader = openReader(g);
    CompiledFilter filter;
    if (filterText) {
        context.reader = &reader->db(); // sizes free-text matches for the query plan
        filter = FilterCompiler(context).compile(*filterText);
    }
    reader->forEach(filter, limit, [&](const FindingRow& r) {
        if (json) {
            printJsonLine(r.toJson());
        } else {
            std::printf("%-8lld %-9s %-21s %-10s %s  [%s]\n", (long long)r.id,
                        std::string(severityName(Severity(r.severity))).c_str(), r.status.c_str(), r.tool.c_str(),
                        r.title.c_str(), r.location.empty() ? r.asset.c_str() : r.location.c_str());
        }
    });
    return Ok;
}

int cmdShow(const Globals& g, const std::vector<std::string>& args)
{
    std::optional<std::int64_t> id;
    for (const auto& a : args) {
        if (a == "--json")
            continue; // JSON is the only output of show
        try {
            std::size_t used = 0;
            id = std::stoll(a, &used);
            if (used != a.size())
                throw std::invalid_argument("id");
        } catch (const std::exception&) {
            return usageError("show: ID must be a finding number, not '" + a + "'");
        }
    }
    if (!id)
        return usageError("show: no ID given");
    auto reader = openReader(g);
    // The case as the console shows it: the finding and all its context.
    CaseOptions options;
    options.now = g.clock->nowIso();
    const auto details = caseContext(reader->db(), *id, options);
    if (!details) {
        std::fprintf(stderr, "closeloop-cli: show: no finding with id %lld\n", (long long)*id);
        return BadInput;
    }
    const std::string s = details->dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    std::printf("%s\n", s.c_str());
    return Ok;
}

int cmdAudit(const Globals& g, const std::vector<std::string>& args)
{
    if (args.empty() || args[0] != "verify")
        return usageError("audit: expected 'audit verify'");
    const bool json = args.size() > 1 && args[1] == "--json";
    Database db = openReadOnly(g);
    const AuditVerification v = verifyAudit(db);
    if (json) {
        printJsonLine({{"ok", v.ok},
                       {"entries", v.entries},
                       {"first_bad_entry", v.firstBadId ? nlohmann::json(*v.firstBadId) : nlohmann::json(nullptr)},
                       {"problem", v.problem}});
    } else if (v.ok) {
        std::printf("audit trail intact: %lld entries\n", (long long)v.entries);
    } else {
        std::fprintf(stderr, "closeloop-cli: audit trail broken: %s\n", v.problem.c_str());
    }
    return v.ok ? Ok : BadInput;
}

int cmdFormats()
{
    ImporterRegistry registry;
    for (const auto& imp : registry.importers())
        std::printf("%s\n", std::string(imp->format()).c_str());
    return Ok;
}

int cmdDemo(const Globals& g, const std::vector<std::string>& args)
{
    std::string dir;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--dir" && i + 1 < args.size())
            dir = args[++i];
        else
            return usageError("demo: unexpected argument " + args[i]);
    }
    const DemoResult r = createDemoWorkspace(g.db, dir);
    for (const auto& rep : r.reports)
        std::printf("%s\n", rep.summary().c_str());
    if (!r.ok) {
        std::fprintf(stderr, "closeloop-cli: demo: %s\n", r.error.c_str());
        return Internal;
    }
    return Ok;
}

} // namespace

int run(const std::vector<std::string>& argsIn)
{
    Globals g;
    std::unique_ptr<FixedClock> fixedClock;
    std::vector<std::string> args;
    std::size_t i = 0;
    for (; i < argsIn.size(); ++i) {
        const std::string& a = argsIn[i];
        if (a == "--db") {
            if (i + 1 >= argsIn.size())
                return usageError("--db needs a PATH");
            g.db = argsIn[++i];
        } else if (a.rfind("--db=", 0) == 0) {
            g.db = a.substr(5);
        } else if (a == "--now" || a.rfind("--now=", 0) == 0) {
            std::string v;
            if (a == "--now") {
                if (i + 1 >= argsIn.size())
                    return usageError("--now needs an ISO-8601 time, e.g. 2026-11-25T09:00:00Z");
                v = argsIn[++i];
            } else {
                v = a.substr(6);
            }
            const QDateTime t = QDateTime::fromString(QString::fromStdString(v), Qt::ISODateWithMs);
            if (!t.isValid() || v.size() < 16)
                return usageError("--now: '" + v + "' is not an ISO-8601 time (e.g. 2026-11-25T09:00:00Z)");
            fixedClock = std::make_unique<FixedClock>(t.timeSpec() == Qt::LocalTime ? QDateTime(t.date(), t.time(), Qt::UTC) : t);
            g.clock = fixedClock.get();
        } else if (a == "--actor") {
            if (i + 1 >= argsIn.size() || argsIn[i + 1].empty())
                return usageError("--actor needs a NAME");
            g.actor = argsIn[++i];
        } else if (a == "-h" || a == "--help") {
            printUsage();
            return Ok;
        } else if (a == "--version") {
            std::printf("closeloop-cli %s\n", CLOSELOOP_VERSION);
            return Ok;
        } else if (a.size() > 1 && a[0] == '-') {
            return usageError("unknown option " + a);
        } else {
            break;
        }
    }
    if (i >= argsIn.size())
        return usageError("no COMMAND given");
    const std::string command = argsIn[i++];
    args.assign(argsIn.begin() + std::ptrdiff_t(i), argsIn.end());
    for (const auto& a : args) {
        if (a == "-h" || a == "--help") {
            printUsage();
            return Ok;
        }
    }
    if (g.db.empty())
        g.db = defaultWorkspacePath();
    try {
        if (command == "import")
            return cmdImport(g, args);
        if (command == "findings")
            return cmdFindings(g, args);
        if (command == "show")
            return cmdShow(g, args);
        if (command == "audit")
            return cmdAudit(g, args);
        if (command == "formats")
            return cmdFormats();
        if (command == "demo")
            return cmdDemo(g, args);
        for (const auto& c : registeredCommands()) {
            if (command == c.name)
                return c.fn(g, args);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "closeloop-cli: %s\n", e.what());
        return Internal;
    }
    return usageError("unknown command '" + command + "'");
}

} // namespace closeloop::cli
