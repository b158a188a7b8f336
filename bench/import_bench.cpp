// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark. Generates a realistic Trivy schema-2 report of N findings,
// then measures, in one run on this machine:
//   - the reference: a bare SAX pass over the file, and bare prepared-
//     statement inserts of the same rows into the same schema;
//   - the real import (closeloop-cli in a child process): findings per second,
//     peak RSS, database size;
//   - re-import of the identical file, and of the same findings in a new scan.
// Figures are printed with their reference as ratios: the machine is shared
// and noisy, so only same-run comparisons mean something.
//   usage: closeloop-import-bench [N] [--dir DIR] [--cli PATH]
//          closeloop-import-bench --write-feed FILE N   (only write the feed, for profiling)
#include "demo/synthetic_trivy_feed.h"
#include "feeds/feed_sniff.h"
#include "feeds/importer_registry.h"
#include "ingest/finding_upserter.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace closeloop;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

struct NullSax
{
    using json = nlohmann::json;
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t) { return true; }
    bool number_unsigned(json::number_unsigned_t) { return true; }
    bool number_float(json::number_float_t, const std::string&) { return true; }
    bool string(std::string&) { return true; }
    bool binary(json::binary_t&) { return true; }
    bool start_object(std::size_t) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool key(std::string&) { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) { throw e; }
};

// Times only the inserts: parsing happens between the timed batches.
class InsertOnlySink : public FindingSink
{
public:
    explicit InsertOnlySink(Database& db)
        : m_db(db)
    {
        m_db.exec("INSERT INTO imports (file_path, file_sha256, file_size, format, tool, started_at, finished_at, actor)"
                  " VALUES ('bench', 'x', 0, 'trivy-json', 'Trivy', 't', 't', 'bench')");
        // The same columns and binds as the importer, so the reference is fair.
        std::string q = std::string("INSERT INTO findings (fingerprint, content_hash, status, status_changed_at,"
                                    " first_seen, last_seen, first_import_id, last_import_id, ") +
                        FindingColumnList + ") VALUES (?,?,?,?,?,?,?,?";
        for (int i = 0; i < FindingColumnCount; ++i)
            q += ",?";
        m_insert = m_db.prepare(q + ")");
    }
    void addFinding(Finding&& f) override
    {
        m_batch.push_back(prepareFinding(std::move(f)));
        if (m_batch.size() >= 512)
            flush();
    }
    void addVexStatement(VexStatement&&) override {}
    void coverScope(const ScanScope&) override {}
    void setTool(const std::string&, const std::string&) override {}
    void flush()
    {
        const auto t0 = Clock::now();
        for (const auto& p : m_batch) {
            m_insert.bindStatic(1, p.fingerprint).bindStatic(2, p.contentHash).bindStatic(3, "new");
            m_insert.bindStatic(4, "t").bindStatic(5, "t").bindStatic(6, "t");
            m_insert.bind(7, std::int64_t(1)).bind(8, std::int64_t(1));
            bindFindingColumns(m_insert, p, 9);
            m_insert.exec();
        }
        m_insertSeconds += seconds(t0, Clock::now());
        m_batch.clear();
    }
    double insertSeconds() const { return m_insertSeconds; }

private:
    Database& m_db;
    Statement m_insert;
    std::vector<PreparedFinding> m_batch;
    double m_insertSeconds = 0;
};

struct ChildRun
{
    double seconds = 0;
    long peakRssKb = 0;
    int status = -1;
};

ChildRun runCli(const std::string& cli, const std::string& db, const std::string& file)
{
    ChildRun r;
    const auto t0 = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        if (devnull >= 0)
            ::dup2(devnull, 1);
        ::execl(cli.c_str(), cli.c_str(), "--db", db.c_str(), "import", file.c_str(), "--json", nullptr);
        _exit(127);
    }
    int status = 0;
    rusage ru{};
    ::wait4(pid, &status, 0, &ru);
    r.seconds = seconds(t0, Clock::now());
    r.peakRssKb = ru.ru_maxrss;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

double fileMb(const QString& path)
{
    return double(QFileInfo(path).size()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::int64_t n = 1000000;
    QString dirArg;
    std::string cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/closeloop-cli")).toStdString();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--dir" && i + 1 < argc)
            dirArg = QString::fromLocal8Bit(argv[++i]);
        else if (a == "--cli" && i + 1 < argc)
            cli = argv[++i];
        else if (a == "--write-feed" && i + 2 < argc) {
            SyntheticTrivyOptions o;
            o.findings = std::stoll(argv[i + 2]);
            writeSyntheticTrivyFeed(argv[i + 1], o);
            return 0;
        }
        else
            n = std::stoll(a);
    }
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/closeloop-bench-XXXXXX")
                                       : dirArg + QStringLiteral("/closeloop-bench-XXXXXX"));
    const QString dir = tmp.path();
    const std::string feed = (dir + QStringLiteral("/scan1.json")).toStdString();
    const std::string feed2 = (dir + QStringLiteral("/scan2.json")).toStdString();

    std::printf("closeloop import benchmark: %lld findings (Trivy schema 2)\n", (long long)n);
    SyntheticTrivyOptions o;
    o.findings = n;
    auto t0 = Clock::now();
    const auto bytes = writeSyntheticTrivyFeed(feed, o);
    o.createdAt = "2026-11-02T00:00:00Z"; // the same findings, another scan run
    writeSyntheticTrivyFeed(feed2, o);
    std::printf("  generated 2 files of %.1f MB each in %.1f s\n", double(bytes) / 1e6, seconds(t0, Clock::now()));

    // Reference 1: a bare SAX pass (no record is built).
    t0 = Clock::now();
    {
        ByteSource src = ByteSource::fromFile(feed);
        NullSax sax;
        nlohmann::json::sax_parse(src.begin(), src.end(), &sax);
    }
    const double saxSeconds = seconds(t0, Clock::now());

    // Reference 2: bare prepared-statement inserts of the same rows, same schema.
    double insertSeconds = 0;
    {
        const std::string refDb = (dir + QStringLiteral("/reference.sqlite")).toStdString();
        Database db(refDb);
        migrate(db);
        db.exec("BEGIN IMMEDIATE");
        InsertOnlySink sink(db);
        ImporterRegistry registry;
        ByteSource src = ByteSource::fromFile(feed);
        const FeedSniff sniff = sniffFeed(feed);
        registry.detect(sniff)->parse(src, sniff, sink);
        sink.flush();
        const auto c0 = Clock::now();
        db.exec("COMMIT");
        insertSeconds = sink.insertSeconds() + seconds(c0, Clock::now());
    }
    const double reference = saxSeconds + insertSeconds;

    // The real import, end to end, in its own process.
    const std::string db = (dir + QStringLiteral("/workspace.sqlite")).toStdString();
    const ChildRun first = runCli(cli, db, feed);
    const ChildRun same = runCli(cli, db, feed);
    const ChildRun rescan = runCli(cli, db, feed2);
    if (first.status != 0 || same.status != 0 || rescan.status != 0) {
        std::fprintf(stderr, "import failed (exit %d, %d, %d)\n", first.status, same.status, rescan.status);
        return 1;
    }
    const double dbMb = fileMb(QString::fromStdString(db));
    const double walMb = fileMb(QString::fromStdString(db) + QStringLiteral("-wal"));

    auto rate = [n](double s) { return double(n) / s; };
    std::printf("  reference, bare SAX pass:                 %7.2f s  (%8.0f findings/s, %.0f MB/s)\n", saxSeconds,
                rate(saxSeconds), double(bytes) / 1e6 / saxSeconds);
    std::printf("  reference, bare prepared inserts:         %7.2f s  (%8.0f rows/s)\n", insertSeconds,
                rate(insertSeconds));
    std::printf("  reference, parse + insert:                %7.2f s  (%8.0f findings/s)\n", reference,
                rate(reference));
    std::printf("  import, end to end (closeloop-cli):       %7.2f s  (%8.0f findings/s; target >= 40000)\n",
                first.seconds, rate(first.seconds));
    std::printf("  ratio reference / import:                 %7.2f     (target >= 0.70)\n", reference / first.seconds);
    std::printf("  peak RSS of the import:                   %7.1f MB  (target < 250 MB)\n",
                double(first.peakRssKb) / 1024.0);
    std::printf("  database size:                            %7.1f MB  (feed %.1f MB; WAL left %.1f MB)\n", dbMb,
                double(bytes) / 1e6, walMb);
    std::printf("  re-import, identical file:                %7.2f s  (%8.0f findings/s; target >= 80000)\n",
                same.seconds, rate(same.seconds));
    std::printf("  re-import, same findings in a new scan:   %7.2f s  (%8.0f findings/s; peak RSS %.1f MB)\n",
                rescan.seconds, rate(rescan.seconds), double(rescan.peakRssKb) / 1024.0);
    return 0;
}
