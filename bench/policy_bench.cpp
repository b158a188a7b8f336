// SPDX-License-Identifier: GPL-3.0-or-later
// Policy benchmark (issue 4) on a workspace of N findings over S services,
// with a catalog whose services differ in environment, tier, customer- and
// internet-facing, lifecycle and data classes, KEV and EPSS loaded, 5% of the
// findings triaged at various instants and ~2,000 exceptions granted, so that
// events, pauses and every routing rule exist. Prints, measured in this run,
// each next to its reference and their ratio:
//   1. switching to a second policy (PolicyEngine::evaluateAll over N);
//      reference: a bare scan of the engine's own SELECT plus a bare
//      prepared UPDATE of policy_version per row, in one transaction;
//   2. backtestPolicy(current, proposed); reference: the bare scan;
//   3. the sweep at "now" (escalations due), then again (nothing due), with
//      the plan of its escalation query;
//   4. the exception calendar (countsByDay over 6 months, agenda of 90 days)
//      with ~2,000 exceptions, and with ~10,000;
//   5. importing a second feed of 100k findings into the big workspace, and
//      the engine's share of it (evaluateImport alone, rolled back);
//   6. peak RSS.
// Figures are printed, never asserted: the machine is shared and noisy, so
// only same-run comparisons mean something.
//   usage: closeloop-policy-bench [N] [--dir DIR] [--services S] [--second M]
//                                 [--exceptions E] [--more-exceptions X]
// The workspace is built once into DIR and reused; every run measures a
// fresh copy of it, so that runs are alike.
#include "context/catalog_loader.h"
#include "context/intel_loader.h"
#include "demo/synthetic_trivy_feed.h"
#include "exceptions/exception_calendar_reader.h"
#include "exceptions/exception_service.h"
#include "exceptions/role_book.h"
#include "feeds/importer_registry.h"
#include "ingest/feed_import.h"
#include "policy/policy_backtest.h"
#include "policy/policy_engine.h"
#include "policy/policy_store.h"
#include "policy/policy_switch.h"
#include "policy/sla_sweep.h"
#include "store/store_writer.h"
#include "triage/triage_service.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <sys/resource.h>

using namespace closeloop;

namespace {

using Steady = std::chrono::steady_clock;

double since(Steady::time_point t0)
{
    return std::chrono::duration<double>(Steady::now() - t0).count();
}

// A fixed "now", so that a reused workspace means the same thing on every
// run: a Tuesday morning (the office calendar counts), imports a month before.
const QDateTime BenchNow(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
constexpr const char* Analyst = "bench.analyst";
constexpr const char* Manager = "bench.manager";

// Each phase's peak is read on its own: clear_refs starts the peak over
// from the current RSS (for VmHWM and getrusage alike), so the process's
// overall peak is kept here.
long g_overallPeakKb = 0;

long peakRssKb()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    g_overallPeakKb = std::max(g_overallPeakKb, long(ru.ru_maxrss));
    return long(ru.ru_maxrss);
}

long currentRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

// Returns the RSS the phase starts from: memory an earlier phase freed may
// stay with the allocator and count in the next phase's peak.
long resetPeakRss()
{
    peakRssKb();
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
    return currentRssKb();
}

double mb(long kb)
{
    return double(kb) / 1024.0;
}

std::string serviceImage(int s)
{
    char buf[96];
    std::snprintf(buf, sizeof buf, "registry.bench.example/team-%02d/svc-%03d", s % 12, s);
    return buf;
}

std::string teamName(int t)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "team-%02d", t);
    return buf;
}

// The facts that route a finding, varied over the services. The exceptions
// below pick services by these: prod (tier high, a manager approves) and
// dev without customers (tier low, approved at once).
std::string serviceEnvironment(int s)
{
    return s % 5 < 3 ? "prod" : s % 5 == 3 ? "staging" : "dev";
}

void writeCatalog(const std::string& path, int services)
{
    using nlohmann::json;
    json entities = json::array();
    for (int t = 0; t < 12; ++t) {
        const std::string n = std::to_string(t);
        entities.push_back(
            {{"apiVersion", "backstage.io/v1alpha1"},
             {"kind", "Group"},
             {"metadata",
              {{"name", teamName(t)},
               {"annotations",
                {{"closeloop.io/escalation-owner", "Lead " + n + " <lead" + n + "@bench.example>"},
                 {"closeloop.io/escalation-manager", "Manager " + n + " <manager" + n + "@bench.example>"}}}}},
             {"spec", {{"type", "team"}, {"profile", {{"email", teamName(t) + "@bench.example"}}}, {"children", json::array()}}}});
    }
    for (int s = 0; s < services; ++s) {
        char name[32];
        std::snprintf(name, sizeof name, "svc-%03d", s);
        json ann = {{"closeloop.io/images", serviceImage(s)},
                    {"closeloop.io/tier", std::to_string(1 + s % 4)},
                    {"closeloop.io/environment", serviceEnvironment(s)},
                    {"closeloop.io/customer-facing", s % 3 == 0 ? "true" : "false"},
                    {"closeloop.io/internet-facing", s % 2 ? "true" : "false"}};
        if (s % 7 == 0 || s % 11 == 0)
            ann["closeloop.io/data-classes"] = s % 7 == 0 ? "pii" : "pci";
        // Half the services name their own chain; the others fall back to the
        // owning team's.
        if (s % 2 == 0) {
            const std::string n = std::to_string(s);
            ann["closeloop.io/escalation-owner"] = "Owner " + n + " <owner" + n + "@bench.example>";
            ann["closeloop.io/escalation-backup"] = "Backup " + n + " <backup" + n + "@bench.example>";
            ann["closeloop.io/escalation-manager"] = "Manager of " + n + " <mgr" + n + "@bench.example>";
            ann["closeloop.io/escalation-operations-lead"] = "Ops lead <ops@bench.example>";
        }
        entities.push_back({{"apiVersion", "backstage.io/v1alpha1"},
                            {"kind", "Component"},
                            {"metadata", {{"name", name}, {"annotations", ann}}},
                            {"spec",
                             {{"type", "service"},
                              {"lifecycle", s % 17 == 0 ? "deprecated" : "production"},
                              {"owner", teamName(s % 12)}}}});
    }
    std::ofstream out(path);
    out << json{{"entities", entities}}.dump(1) << "\n";
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

void writeIntel(const std::string& kevPath, const std::string& epssPath, std::int64_t perService)
{
    // The synthetic feeds name CVE-(2015 + i % 11)-(10000 + i) for the i-th
    // finding of every feed: every 50th is known exploited, all are scored.
    std::ofstream kev(kevPath);
    std::int64_t n = 0;
    for (std::int64_t i = 0; i < perService; i += 50)
        ++n;
    kev << "{\"title\":\"CISA Catalog of Known Exploited Vulnerabilities\",\"catalogVersion\":\"2026.10.25\","
           "\"dateReleased\":\"2026-10-25T12:00:00.000Z\",\"count\":"
        << n << ",\"vulnerabilities\":[";
    for (std::int64_t i = 0, k = 0; i < perService; i += 50, ++k) {
        kev << (k ? "," : "") << "{\"cveID\":\"CVE-" << (2015 + i % 11) << "-" << (10000 + i)
            << "\",\"vendorProject\":\"Bench\",\"product\":\"pkg\",\"vulnerabilityName\":\"Bench vulnerability\","
               "\"dateAdded\":\"2026-10-01\",\"shortDescription\":\"x\",\"requiredAction\":\"Apply updates.\","
               "\"dueDate\":\"2026-10-22\",\"knownRansomwareCampaignUse\":\"Unknown\",\"notes\":\"\",\"cwes\":[]}";
    }
    kev << "]}\n";
    std::ofstream epss(epssPath);
    epss << "#model_version:v2025.03.14,score_date:2026-10-25T00:00:00+0000\ncve,epss,percentile\n";
    for (std::int64_t i = 0; i < perService; ++i) {
        const double score = double((i * 7919) % 10000) / 10000.0;
        epss << "CVE-" << (2015 + i % 11) << "-" << (10000 + i) << "," << score << "," << score << "\n";
    }
}

std::string rolesFile()
{
    return nlohmann::json{{"schema", "closeloop-roles/1"},
                          {"users", {{Analyst, {"analyst"}}, {Manager, {"manager", "analyst"}}}}}
               .dump() +
           "\n";
}

// The second policy: the shipped default with other class budgets.
std::string secondPolicyText()
{
    auto j = nlohmann::json::parse(defaultPolicyText());
    j["name"] = "Bench policy B: tighter budgets";
    auto& c = j["sla_classes"];
    c["emergency"]["clocks"]["remediate"]["within"] = "1d";
    c["critical"]["clocks"]["acknowledge"]["within"] = "2h";
    c["critical"]["clocks"]["remediate"]["within"] = "5d";
    c["high"]["clocks"]["remediate"]["within"] = "14d";
    c["standard"]["clocks"]["remediate"]["within"] = "60d";
    c["low"]["clocks"]["remediate"]["within"] = "90d";
    c["maintenance"]["clocks"]["remediate"]["within"] = "120d";
    return j.dump(2) + "\n";
}

std::vector<std::int64_t> selectIds(StoreWriter& writer, const std::string& sql)
{
    return writer
        .run([&](Database& db) {
            std::vector<std::int64_t> out;
            auto st = db.prepare(sql);
            while (st.step())
                out.push_back(st.int64(0));
            return out;
        })
        .get();
}

std::int64_t scalar(Database& db, const std::string& sql)
{
    auto st = db.prepare(sql);
    return st.step() ? st.int64(0) : 0;
}

QDateTime at(double daysBeforeNow)
{
    return BenchNow.addSecs(qint64(-daysBeforeNow * 86400));
}

// Which findings get exceptions: still new, of services in `environment`
// (and `extraCondition`), whose id % 20 is in `residues`; and when they
// are requested and expire.
struct ExceptionPlan
{
    int wanted = 0;
    std::string residues;        // "7" or "11,13,17"
    std::string environment;     // the services' environment
    std::string extraCondition;  // on the catalog entity c
    double firstDaysAgo = 28, lastDaysAgo = 1;
    bool longExpiry = true;      // high tier: up to 150 days ahead, a few past; else the low tier's
                                 // most (30 days from the request), all still ahead
    bool single = false;         // one finding each (else one to three)
};

struct ExceptionStats
{
    int requested = 0, approved = 0, refused = 0;
    double seconds = 0;
};

ExceptionStats addExceptions(StoreWriter& writer, const ExceptionPlan& plan)
{
    const auto t0 = Steady::now();
    ExceptionStats stats;
    const std::vector<std::int64_t> candidates =
        selectIds(writer, "SELECT f.id FROM findings f JOIN catalog_entities c ON c.ref = f.service"
                          " WHERE f.id % 20 IN (" + plan.residues + ") AND c.environment = '" + plan.environment +
                              "' " + plan.extraCondition + " AND f.status = 'new' AND f.exception_id IS NULL ORDER BY f.id");
    FixedClock clock(BenchNow);
    ExceptionService service(writer, clock);
    std::size_t next = 0;
    for (int i = 0; i < plan.wanted && next < candidates.size(); ++i) {
        const std::size_t take = std::min<std::size_t>(plan.single ? 1 : 1 + std::size_t(i % 3), candidates.size() - next);
        ExceptionRequest r;
        r.scope.kind = "findings";
        r.scope.findingIds.assign(candidates.begin() + std::ptrdiff_t(next), candidates.begin() + std::ptrdiff_t(next + take));
        next += take;
        const QDateTime requestedAt =
            at(plan.firstDaysAgo - (plan.firstDaysAgo - plan.lastDaysAgo) * double(i) / double(std::max(1, plan.wanted - 1)));
        // Expiries spread over the calendar.
        QDateTime expiry = plan.longExpiry ? BenchNow.addDays(-3 + (i * 37) % 154)
                                           : requestedAt.addDays(29).addSecs(3600 * (i % 20));
        expiry = std::max(expiry, requestedAt.addDays(1));
        r.requestedExpiry = expiry;
        r.actor = Analyst;
        r.justification = "bench exception " + std::to_string(i) + ": the vulnerable code path is not reachable";
        r.compensatingControls = "network policy denies inbound traffic";
        clock.set(requestedAt);
        try {
            const ExceptionOutcome o = service.request(r);
            ++stats.requested;
            if (o.awaitsManager) {
                clock.set(requestedAt.addSecs(600));
                service.approve(o.exception.id, Manager, "agreed for the bench");
                ++stats.approved;
            }
        } catch (const ExceptionError& e) {
            if (++stats.refused <= 3)
                std::fprintf(stderr, "  exception refused: %s\n", e.what());
        }
    }
    stats.seconds = since(t0);
    return stats;
}

void buildWorkspace(const std::string& db, std::int64_t n, int services, int exceptions, const std::string& scratch)
{
    const auto t0 = Steady::now();
    QFile::remove(QString::fromStdString(db));
    QFile::remove(QString::fromStdString(db + "-wal"));
    QFile::remove(QString::fromStdString(db + "-shm"));
    StoreWriter writer(db);
    writer
        .run([](Database& d) {
            Transaction tx(d);
            RoleBook(d).load(rolesFile(), "bench-roles.json");
            tx.commit();
        })
        .get();
    // The catalog and intelligence first: each import then maps, flags and
    // routes its own new findings, as in a workspace in use.
    writeCatalog(scratch + "/catalog.json", services);
    const CatalogLoadResult c = loadCatalog(writer, {scratch + "/catalog.json"}, "bench");
    if (!c.ok)
        throw std::runtime_error("catalog load failed: " + (c.errors.empty() ? c.failure : c.errors.front().text()));
    const std::int64_t perService = n / services;
    writeIntel(scratch + "/kev.json", scratch + "/epss.csv", perService);
    IntelLoader intel(writer);
    intel.loadKev(scratch + "/kev.json");
    intel.loadEpss(scratch + "/epss.csv");

    ImporterRegistry registry;
    FeedImport import(writer, registry);
    FixedClock importClock(at(30));
    ImportOptions options;
    options.actor = "bench";
    options.clock = &importClock;
    const auto ti = Steady::now();
    for (int s = 0; s < services; ++s) {
        SyntheticTrivyOptions o;
        o.findings = perService;
        o.artifact = serviceImage(s) + ":1.0." + std::to_string(s);
        o.seed = std::uint32_t(s + 1);
        const std::string feed = scratch + "/feed.json";
        writeSyntheticTrivyFeed(feed, o);
        const ImportReport r = import.importFile(feed, options);
        if (r.status != ImportReport::Status::Imported)
            throw std::runtime_error("import failed: " + r.summary());
        if (s % 20 == 19)
            std::fprintf(stderr, "  imported %d of %d services (%.0f s)\n", s + 1, services, since(ti));
    }
    const double importSeconds = since(ti);

    // Triage: 5% of the findings in batches at instants from 29 to 10 days
    // ago, then a fifth of those again from 9 to 2 days ago.
    const auto tt = Steady::now();
    FixedClock clock(BenchNow);
    TriageService triage(writer, clock);
    const char* const statuses[] = {"triaged", "in_progress", "contained", "false_positive", "pending_verification"};
    auto triageBatches = [&](const std::vector<std::int64_t>& ids, double fromDays, double toDays,
                             const std::function<std::vector<TriageChange>(std::size_t)>& changes) {
        constexpr std::size_t Batch = 1000;
        const std::size_t batches = (ids.size() + Batch - 1) / Batch;
        for (std::size_t b = 0; b < batches; ++b) {
            TriageRequest r;
            r.findingIds.assign(ids.begin() + std::ptrdiff_t(b * Batch),
                                ids.begin() + std::ptrdiff_t(std::min(ids.size(), (b + 1) * Batch)));
            r.changes = changes(b);
            r.reason = "bench triage";
            r.actor = Analyst;
            clock.set(at(fromDays - (fromDays - toDays) * double(b) / double(std::max<std::size_t>(1, batches - 1))));
            try {
                triage.apply(r);
            } catch (const TriageError& e) {
                std::fprintf(stderr, "  triage refused: %s\n", e.what());
            }
        }
    };
    const auto firstPass = selectIds(writer, "SELECT id FROM findings WHERE id % 20 = 3 ORDER BY id");
    triageBatches(firstPass, 29, 10, [&](std::size_t b) {
        std::vector<TriageChange> ch{{TriageField::Status, statuses[b % 5]}};
        if (b % 5 == 1)
            ch.push_back({TriageField::Assignee, Analyst});
        return ch;
    });
    const auto notContained = selectIds(writer, "SELECT id FROM findings WHERE id % 100 = 3 AND status <> 'contained' ORDER BY id");
    const auto contained = selectIds(writer, "SELECT id FROM findings WHERE id % 100 = 3 AND status = 'contained' ORDER BY id");
    triageBatches(notContained, 9, 4, [](std::size_t) { return std::vector<TriageChange>{{TriageField::Status, "contained"}}; });
    triageBatches(contained, 3, 2,
                  [](std::size_t) { return std::vector<TriageChange>{{TriageField::Status, "pending_verification"}}; });
    const double triageSeconds = since(tt);

    // Exceptions on production findings: tier high, a manager approves.
    ExceptionPlan plan;
    plan.wanted = exceptions;
    plan.residues = "7";
    plan.environment = "prod";
    const ExceptionStats ex = addExceptions(writer, plan);

    std::printf("workspace: %lld findings over %d services built in %.0f s: imports %.0f s (%.0f findings/s),"
                " triage of %zu findings %.0f s, %d exceptions (%d approved, %d refused) %.0f s\n",
                (long long)(perService * services), services, since(t0), importSeconds,
                double(perService * services) / importSeconds, firstPass.size() + notContained.size() + contained.size(),
                triageSeconds, ex.requested, ex.approved, ex.refused, ex.seconds);
    writer
        .run([](Database& d) {
            std::printf("  findings by path:");
            auto st = d.prepare("SELECT path, count(*) FROM findings GROUP BY path ORDER BY path");
            while (st.step())
                std::printf(" %s %lld", st.text(0).c_str(), (long long)st.int64(1));
            std::printf("; without a service: %lld\n", (long long)scalar(d, "SELECT count(*) FROM findings WHERE service = ''"));
        })
        .get();
}

void removeWorkspace(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    const QFileInfo fi(path);
    QDir(fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".outbox")).removeRecursively();
}

std::string engineSelect()
{
    // The engine's statement (PolicyEngine::run, evaluateAll).
    return "SELECT " + factsSelectColumns() +
           ", f.status, f.status_changed_at, f.first_seen, f.path, f.sla_class, f.policy_rule,"
           " f.policy_version FROM findings f LEFT JOIN catalog_entities c ON c.ref = f.service WHERE 1";
}

// The escalation query of the sweep (sla_sweep.cpp, escalate()).
constexpr const char* EscalationQuery =
    "SELECT c.finding_id, c.clock, f.service, f.owner, f.assignee, f.sla_class, f.title,"
    " c.running_since, c.started_at, c.budget_s, c.consumed_s, c.escalation_level"
    " FROM sla_clocks c JOIN findings f ON f.id = c.finding_id"
    " WHERE c.next_escalation_at IS NOT NULL AND c.next_escalation_at <= ?"
    " ORDER BY c.next_escalation_at";

// Keeps the reference scan's reads from being optimised away.
volatile std::int64_t g_sink = 0;

double bareScan(const std::string& db)
{
    Database reader(db, Database::Mode::ReadOnly);
    const auto t0 = Steady::now();
    auto st = reader.prepare(engineSelect());
    std::int64_t sum = 0;
    while (st.step())
        sum += st.int64(16);
    g_sink = sum;
    return since(t0);
}

void row(const char* what, double value, const char* unit, double reference, const char* note = "")
{
    if (reference > 0)
        std::printf("  %-50s %10.2f %-10s ref %10.2f  ratio %6.2f%s\n", what, value, unit, reference, value / reference, note);
    else
        std::printf("  %-50s %10.2f %-10s%s\n", what, value, unit, note);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // in order with the progress lines on stderr
    std::int64_t n = 1000000;
    int services = 200;
    std::int64_t second = 100000;
    int exceptions = 2000;
    int moreExceptions = 8000;
    QString dirArg;
    try {
        for (int i = 1; i < argc && n > 0; ++i) {
            const std::string a = argv[i];
            auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : std::string("0"); };
            if (a == "--dir")
                dirArg = QString::fromLocal8Bit(next().c_str());
            else if (a == "--services")
                services = std::stoi(next());
            else if (a == "--second")
                second = std::stoll(next());
            else if (a == "--exceptions")
                exceptions = std::stoi(next());
            else if (a == "--more-exceptions")
                moreExceptions = std::stoi(next());
            else if (!a.empty() && std::isdigit(static_cast<unsigned char>(a[0])))
                n = std::stoll(a);
            else
                n = -1;
        }
    } catch (const std::exception&) {
        n = -1; // a number that is none
    }
    if (n < services || services < 1 || second < 1) {
        std::fprintf(stderr, "usage: closeloop-policy-bench [N] [--dir DIR] [--services S] [--second M]"
                             " [--exceptions E] [--more-exceptions X]\n");
        return 2;
    }
    QTemporaryDir tmp;
    const QString dir = dirArg.isEmpty() ? tmp.path() : dirArg;
    QDir().mkpath(dir);
    const QString base = dir + QStringLiteral("/policy-bench-%1-%2-%3.sqlite").arg(n).arg(services).arg(exceptions);
    const QString ready = base + QStringLiteral(".ready");
    const QString run = dir + QStringLiteral("/policy-bench-run.sqlite");
    const std::string scratch = tmp.path().toStdString();
    const std::int64_t expected = (n / services) * services;
    std::printf("closeloop policy benchmark: %lld findings, %d services\n", (long long)expected, services);

    bool built = false;
    try {
        if (!QFile::exists(ready) || !QFile::exists(base)) {
            built = true;
            QFile::remove(ready);
            buildWorkspace(base.toStdString(), n, services, exceptions, scratch);
            QFile marker(ready);
            if (marker.open(QIODevice::WriteOnly))
                marker.write("built\n");
        } else {
            std::printf("workspace: reusing %s\n", qPrintable(base));
        }
        // Every run works on a copy: the switch, the sweeps and the import
        // change the workspace.
        removeWorkspace(run);
        auto tc = Steady::now();
        if (!QFile::copy(base, run))
            throw std::runtime_error("cannot copy the workspace to " + run.toStdString());
        if (QFile::exists(base + QStringLiteral("-wal")))
            QFile::copy(base + QStringLiteral("-wal"), run + QStringLiteral("-wal"));
        std::printf("  copied to %s in %.1f s\n", qPrintable(run), since(tc));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "closeloop-policy-bench: %s\n", e.what());
        return 1;
    }
    const std::string db = run.toStdString();
    std::int64_t findings = 0, events = 0, clocks = 0, activeExceptions = 0;
    {
        Database d(db, Database::Mode::ReadOnly);
        findings = scalar(d, "SELECT count(*) FROM findings");
        events = scalar(d, "SELECT count(*) FROM finding_events");
        clocks = scalar(d, "SELECT count(*) FROM sla_clocks");
        activeExceptions = scalar(d, "SELECT count(*) FROM exceptions WHERE state = 'active'");
    }
    std::printf("  %lld findings, %lld finding events, %lld clocks, %lld active exceptions; now = %s\n\n",
                (long long)findings, (long long)events, (long long)clocks, (long long)activeExceptions,
                isoUtc(BenchNow).c_str());

    const long buildPeakKb = peakRssKb();
    resetPeakRss();
    FixedClock clock(BenchNow);
    try {
        StoreWriter writer(db);

        // The references first: the first scan also brings the file into the
        // page cache, so the second (the one reported) and everything after
        // it read warm.
        bareScan(db);
        const double scan = bareScan(db);
        std::printf("references\n");
        row("bare scan of the engine's SELECT", scan, "s", 0,
            ("  (" + std::to_string(std::int64_t(double(findings) / scan)) + " rows/s)").c_str());
        const double scanUpdate = writer
                                      .run([](Database& d) {
                                          const auto t0 = Steady::now();
                                          Transaction tx(d);
                                          auto st = d.prepare(engineSelect());
                                          auto up = d.prepare("UPDATE findings SET policy_version = ? WHERE id = ?");
                                          while (st.step()) {
                                              // Its own value: the rows are rewritten, nothing changes.
                                              up.bind(1, st.textView(23)).bind(2, st.int64(16));
                                              up.exec();
                                          }
                                          tx.commit();
                                          return since(t0);
                                      })
                                      .get();
        row("bare scan + prepared UPDATE per row, one tx", scanUpdate, "s", 0,
            ("  (" + std::to_string(std::int64_t(double(findings) / scanUpdate)) + " rows/s)").c_str());
        std::printf("\n");

        // 2. Backtest, before switching (as a manager would): current = the
        // policy in force, proposed = the second policy.
        const std::string textB = secondPolicyText();
        const Policy proposed = parsePolicy(textB, "bench-policy-b.json");
        long peak = 0;
        {
            const long startKb = resetPeakRss();
            Database reader(db, Database::Mode::ReadOnly);
            const auto current = PolicyStore(reader).activeReadOnly();
            const auto t0 = Steady::now();
            const BacktestReport r = backtestPolicy(reader, *current, proposed, BenchNow);
            const double s = since(t0);
            peak = peakRssKb();
            std::printf("2. backtestPolicy(current, proposed) over %lld findings\n", (long long)r.findings);
            row("backtest", s, "s", scan, "  (reference: bare scan)");
            std::printf("     %.0f findings/s; changed %lld; breached findings %lld -> %lld; peak RSS %.0f MB (%.0f MB at its start)\n\n",
                        double(r.findings) / s, (long long)r.changedCount, (long long)r.breachedFindings.first,
                        (long long)r.breachedFindings.second, mb(peak), mb(startKb));
        }

        // 1. Switch to the second policy: evaluateAll over N in the switch's
        // transaction.
        {
            const long startKb = resetPeakRss();
            const auto t0 = Steady::now();
            const PolicySwitch sw = switchPolicy(writer, textB, "bench-policy-b.json", Manager, clock);
            const double s = since(t0);
            peak = peakRssKb();
            std::printf("1. switchPolicy to \"%s\" (evaluateAll)\n", sw.name.c_str());
            row("switch, seconds", s, "s", scanUpdate, "  (reference: scan + update)");
            row("switch, findings/s", double(sw.evaluation.evaluated) / s, "f/s", double(findings) / scanUpdate);
            std::printf("     evaluated %lld, rerouted %lld, events added %lld; peak RSS %.0f MB (%.0f MB at its start)\n\n",
                        (long long)sw.evaluation.evaluated, (long long)sw.evaluation.rerouted,
                        (long long)sw.evaluation.eventsAdded, mb(peak), mb(startKb));
        }

        // 3. The sweep at now: escalations due; then again, nothing due.
        {
            const long startKb = resetPeakRss();
            std::int64_t due = 0;
            {
                Database reader(db, Database::Mode::ReadOnly);
                auto st = reader.prepare("SELECT count(*) FROM sla_clocks WHERE next_escalation_at IS NOT NULL"
                                         " AND next_escalation_at <= ?");
                st.bind(1, isoUtc(BenchNow));
                due = st.step() ? st.int64(0) : 0;
            }
            auto t0 = Steady::now();
            const SweepResult first = runSweep(writer, clock);
            const double s1 = since(t0);
            peak = peakRssKb();
            t0 = Steady::now();
            const SweepResult again = runSweep(writer, clock);
            const double s2 = since(t0);
            std::printf("3. sweep at now (%lld clocks past a threshold)\n", (long long)due);
            row("first sweep", s1, "s", scan, "  (reference: bare scan)");
            std::printf("     expired %lld exceptions, %lld reminders, %lld escalation steps, %lld notifications posted,"
                        " %lld written to the outbox; peak RSS %.0f MB (%.0f MB at its start)\n",
                        (long long)first.exceptionsExpired, (long long)first.reminders, (long long)first.escalations,
                        (long long)first.notifications, (long long)first.outboxWritten, mb(peak), mb(startKb));
            row("second sweep (nothing due)", s2 * 1000, "ms", 0);
            std::printf("     expired %lld, reminders %lld, escalation steps %lld, notifications %lld\n",
                        (long long)again.exceptionsExpired, (long long)again.reminders, (long long)again.escalations,
                        (long long)again.notifications);
            Database reader(db, Database::Mode::ReadOnly);
            auto plan = reader.prepare(std::string("EXPLAIN QUERY PLAN ") + EscalationQuery);
            plan.bind(1, isoUtc(BenchNow));
            std::printf("     plan of the escalation query:\n");
            while (plan.step())
                std::printf("       %s\n", plan.text(3).c_str());
            std::printf("\n");
        }

        // 4. The exception calendar.
        auto calendar = [&](const char* label) {
            Database reader(db, Database::Mode::ReadOnly);
            ExceptionCalendarReader cal(reader);
            const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
            const QDate from = BenchNow.toTimeZone(zone).date();
            const std::int64_t all = scalar(reader, "SELECT count(*) FROM exceptions");
            double best[2] = {1e9, 1e9};
            std::size_t days = 0, agenda = 0;
            int total = 0;
            for (int rep = 0; rep < 3; ++rep) {
                auto t0 = Steady::now();
                const auto counts = cal.countsByDay(from, from.addMonths(6), zone, BenchNow);
                best[0] = std::min(best[0], since(t0) * 1000);
                t0 = Steady::now();
                const auto a = cal.agenda(BenchNow, 90);
                best[1] = std::min(best[1], since(t0) * 1000);
                days = counts.size();
                total = 0;
                for (const auto& c : counts)
                    total += c.total;
                agenda = a.size();
            }
            std::printf("4. exception calendar, %s (%lld exceptions in the workspace; best of 3)\n", label, (long long)all);
            row("countsByDay, 6 months", best[0], "ms", 0,
                ("  (" + std::to_string(days) + " days, " + std::to_string(total) + " expiries)").c_str());
            row("agenda, 90 days", best[1], "ms", 0, ("  (" + std::to_string(agenda) + " exceptions)").c_str());
        };
        calendar("as built");
        if (moreExceptions > 0) {
            // Low-tier exceptions (development, no customers): approved at
            // once, expiring within 30 days of their request.
            ExceptionPlan plan;
            plan.wanted = moreExceptions;
            plan.residues = "1,5,9,11,13,17";
            plan.single = true;
            plan.environment = "dev";
            plan.extraCondition = "AND c.customer_facing = 0";
            plan.firstDaysAgo = 25;
            plan.lastDaysAgo = 0.5;
            plan.longExpiry = false;
            const ExceptionStats ex = addExceptions(writer, plan);
            std::printf("   added %d exceptions (%d refused) in %.1f s (%.1f ms each)\n", ex.requested, ex.refused,
                        ex.seconds, ex.seconds * 1000 / std::max(1, ex.requested + ex.refused));
            // Their reminders go out now, not in the import measured below.
            const auto t0 = Steady::now();
            const SweepResult swept = runSweep(writer, clock);
            std::printf("   then a sweep: %.1f s, %lld reminders, %lld expired, %lld escalation steps, %lld notifications\n",
                        since(t0), (long long)swept.reminders, (long long)swept.exceptionsExpired,
                        (long long)swept.escalations, (long long)swept.notifications);
            calendar("with the added exceptions");
        }
        std::printf("\n");

        // 5. A second feed of M findings into the big workspace: new
        // findings of a new image tag of an existing service, at now.
        {
            SyntheticTrivyOptions o;
            o.findings = second;
            o.artifact = serviceImage(7) + ":2.0.0";
            o.seed = 4242;
            o.createdAt = "2026-12-01T09:00:00Z";
            const std::string feed = scratch + "/second.json";
            writeSyntheticTrivyFeed(feed, o);
            const std::int64_t lastIdBefore =
                writer.run([](Database& d) { return scalar(d, "SELECT coalesce(max(id), 0) FROM findings"); }).get();
            ImporterRegistry registry;
            FeedImport import(writer, registry);
            ImportOptions options;
            options.actor = "bench";
            options.clock = &clock;
            const long startKb = resetPeakRss();
            const auto t0 = Steady::now();
            const ImportReport r = import.importFile(feed, options);
            const double s = since(t0);
            peak = peakRssKb();
            if (r.status != ImportReport::Status::Imported)
                throw std::runtime_error("second import failed: " + r.summary());
            // The engine alone on the same new findings, rolled back: the
            // clocks the import wrote are removed first (fresh findings have
            // none), untimed.
            const auto engine = writer
                                    .run([&](Database& d) {
                                        Transaction tx(d);
                                        d.prepare("DELETE FROM sla_clocks WHERE finding_id > ?").bind(1, lastIdBefore).exec();
                                        // The findings it had seen before (updated ones, and the few
                                        // unchanged: an upper bound of what the import re-evaluated).
                                        std::vector<std::int64_t> changed;
                                        auto st = d.prepare("SELECT id FROM findings WHERE id <= ? AND last_import_id = ?"
                                                            " ORDER BY id");
                                        st.bind(1, lastIdBefore).bind(2, r.importId);
                                        while (st.step())
                                            changed.push_back(st.int64(0));
                                        const auto t1 = Steady::now();
                                        PolicyEngine e(d, PolicyStore(d).active(), clock);
                                        const PolicyEvaluation ev = e.evaluateImport(lastIdBefore, changed);
                                        return std::make_pair(since(t1), ev.evaluated);
                                    })
                                    .get();
            std::printf("5. import of a second feed, %lld findings (%lld new, %lld updated, %lld unchanged),"
                        " into the big workspace\n",
                        (long long)r.counts.findings, (long long)r.counts.created, (long long)r.counts.updated,
                        (long long)r.counts.unchanged);
            row("import, findings/s", double(r.counts.findings) / s, "f/s", 0,
                ("  (" + std::to_string(s).substr(0, 5) + " s; peak RSS " + std::to_string(int(mb(peak))) + " MB, " +
                 std::to_string(int(mb(startKb))) + " MB at its start)").c_str());
            row("evaluateImport alone on its new findings", engine.first, "s", s,
                ("  (share of the import; " + std::to_string(engine.second) + " evaluated)").c_str());
            std::printf("\n");
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "closeloop-policy-bench: %s\n", e.what());
        return 1;
    }

    // 6. Peak RSS.
    peakRssKb();
    std::printf("6. peak RSS (getrusage): %.0f MB over the whole run, %.0f MB up to the measured phases"
                " (%s); each phase's own peak is printed with it\n",
                mb(g_overallPeakKb), mb(buildPeakKb), built ? "building the workspace" : "reusing it");
    return 0;
}
