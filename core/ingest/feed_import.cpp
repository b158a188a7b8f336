// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed_import.h"

#include "audit/audit_log.h"
#include "exceptions/exception_ledger.h"
#include "policy/notifier.h"
#include "policy/policy_engine.h"
#include "policy/sla_sweep.h"
#include "context/intel_loader.h"
#include "context/ownership_mapper.h"
#include "feeds/feed_error.h"
#include "finding_upserter.h"
#include "util/bounded_queue.h"
#include "util/clock.h"
#include "util/sha256.h"

#include <chrono>
#include <set>
#include <variant>

namespace closeloop {

namespace {

constexpr std::size_t BatchSize = 512;

struct WriterStopped
{
};

struct Batch
{
    std::vector<Finding> findings;
    std::vector<VexStatement> vex;
};

// Collects the importer's output into batches for the writer thread.
class QueueSink : public FindingSink
{
public:
    explicit QueueSink(BoundedQueue<Batch>& queue) : m_queue(queue) {}

    void addFinding(Finding&& f) override
    {
        if (f.tool.empty())
            f.tool = m_tool;
        m_batch.findings.push_back(std::move(f));
        if (m_batch.findings.size() >= BatchSize)
            flush();
    }
    void addVexStatement(VexStatement&& s) override
    {
        m_batch.vex.push_back(std::move(s));
        if (m_batch.vex.size() >= BatchSize)
            flush();
    }
    void coverScope(const ScanScope& scope) override
    {
        if (std::find(scopes.begin(), scopes.end(), scope) == scopes.end())
            scopes.push_back(scope);
    }
    void setTool(const std::string& tool, const std::string& version) override
    {
        m_tool = tool;
        toolVersion = version;
        if (this->tool.empty())
            this->tool = tool;
        else if (this->tool.find(tool) == std::string::npos)
            this->tool += ", " + tool; // several runs (SARIF) from different tools
    }
    void flush()
    {
        if (m_batch.findings.empty() && m_batch.vex.empty())
            return;
        if (!m_queue.push(std::move(m_batch)))
            throw WriterStopped();
        m_batch = {};
    }

    std::vector<ScanScope> scopes;
    std::string tool;
    std::string toolVersion;

private:
    BoundedQueue<Batch>& m_queue;
    Batch m_batch;
    std::string m_tool;
};

struct WriteResult
{
    std::int64_t importId = 0;
    ImportCounts counts;
};

} // namespace

std::string fileSha256(const std::string& path, const std::atomic<bool>* cancel)
{
    ByteSource src = ByteSource::fromFile(path);
    Sha256 h;
    std::vector<char> buf(ByteSource::ChunkSize);
    while (std::size_t n = src.read(buf.data(), buf.size())) {
        h.add(buf.data(), n);
        if (cancel && cancel->load())
            throw ImportCancelled();
    }
    return Sha256::hex(h.finish());
}

ImportReport FeedImport::importFile(const std::string& path, const ImportOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    const Clock& clock = options.clock ? *options.clock : systemClock();
    const std::string startedAt = clock.nowIso();
    const std::string actor = options.actor.empty() ? currentOsUser() : options.actor;
    ImportReport report;
    report.file = path;
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    auto reject = [&](const FeedError& e) {
        report.status = ImportReport::Status::Rejected;
        report.errorPlace = e.place();
        report.errorReason = e.reason();
        report.counts = {};
        report.counts.rejected = 1;
        report.seconds = elapsed();
        return report;
    };

    const FeedImporter* importer = nullptr;
    FeedSniff sniff;
    try {
        sniff = sniffFeed(path);
        importer = m_registry.detect(sniff);
        if (!importer) {
            std::string seen;
            if (sniff.kind == FeedSniff::Kind::Json) {
                seen = "a JSON document with top-level ";
                int n = 0;
                for (const auto& p : sniff.paths) {
                    if (std::count(p.begin(), p.end(), '/') == 1 && n++ < 6)
                        seen += (n > 1 ? ", " : "") + p;
                }
                if (n == 0)
                    seen = "a JSON document with no keys";
            } else if (sniff.kind == FeedSniff::Kind::Xml) {
                seen = "an XML document with root <" + sniff.xmlRoot + ">";
            } else {
                seen = "text starting \"" + sniff.firstLine.substr(0, 60) + "\"";
            }
            throw FeedError({}, "unrecognized format: " + seen + " matches none of the supported feed formats");
        }
        report.format = std::string(importer->format());
        // A pass of its own, before any write: the same bytes again must be
        // answered "unchanged" without parsing or writing anything (at SHA-NI
        // speed this costs ~3% of a first import, bench/).
        report.sha256 = fileSha256(path, options.cancel);
    } catch (const FeedError& e) {
        return reject(e);
    } catch (const ImportCancelled&) {
        report.status = ImportReport::Status::Cancelled;
        report.seconds = elapsed();
        return report;
    }

    // The same bytes again: nothing to do, and nothing is written.
    try {
        const std::int64_t previous = m_writer
                                          .run([sha = report.sha256](Database& db) -> std::int64_t {
                                              auto st = db.prepare("SELECT id FROM imports WHERE file_sha256 = ?"
                                                                   " ORDER BY id DESC LIMIT 1");
                                              st.bind(1, sha);
                                              return st.step() ? st.int64(0) : 0;
                                          })
                                          .get();
        if (previous != 0) {
            report.status = ImportReport::Status::Unchanged;
            report.previousImportId = previous;
            report.seconds = elapsed();
            return report;
        }
    } catch (const std::exception& e) {
        report.status = ImportReport::Status::Failed;
        report.errorReason = e.what();
        return report;
    }

    BoundedQueue<Batch> queue(8);
    QueueSink sink(queue);
    struct Meta
    {
        std::vector<ScanScope> scopes;
        std::string tool, toolVersion;
        bool complete = false;
        bool ok = false;
    };
    auto meta = std::make_shared<Meta>();
    auto metaMutex = std::make_shared<std::mutex>();
    auto metaReady = std::make_shared<std::condition_variable>();

    auto written = m_writer.run([&, meta, metaMutex, metaReady](Database& db) -> WriteResult {
        WriteResult out;
        try {
            Transaction tx(db, Transaction::Kind::Immediate);
            auto ins = db.prepare("INSERT INTO imports (file_path, file_sha256, file_size, format, tool, started_at,"
                                  " finished_at, actor) VALUES (?,?,?,?,'',?,'',?)");
            ins.bind(1, path).bind(2, report.sha256).bind(3, std::int64_t(sniff.fileSize)).bind(4, report.format);
            ins.bind(5, startedAt).bind(6, actor);
            ins.exec();
            out.importId = db.lastInsertId();
            std::int64_t lastIdBefore = 0;
            {
                auto maxId = db.prepare("SELECT coalesce(max(id), 0) FROM findings");
                if (maxId.step())
                    lastIdBefore = maxId.int64(0);
            }
            FindingUpserter up(db, out.importId, startedAt);
            while (auto batch = queue.pop()) {
                // Hashing and encoding happen on this thread: building each
                // record is the heavier half of the pipeline (see bench/).
                for (auto& f : batch->findings)
                    up.apply(prepareFinding(std::move(f)), out.counts);
                for (const auto& v : batch->vex) {
                    up.apply(v);
                    ++out.counts.vex;
                }
            }
            // The queue ends only after the parser finished; its scopes are final.
            std::unique_lock lock(*metaMutex);
            metaReady->wait(lock, [&] { return meta->complete; });
            if (!meta->ok)
                throw ImportCancelled(); // the parser failed: roll back, it reports why
            auto scopeIns = db.prepare("INSERT OR IGNORE INTO import_scopes (import_id, tool, target) VALUES (?,?,?)");
            for (const auto& s : meta->scopes) {
                out.counts.closed += up.closeUnseen(s);
                scopeIns.bind(1, out.importId).bind(2, s.tool).bind(3, s.target);
                scopeIns.exec();
            }
            // New rows enter the full-text index in one statement: a trigger
            // per row would write an index segment per finding.
            auto fts = db.prepare("INSERT INTO findings_fts(rowid, title, description, package, asset, cves, rule_id)"
                                  " SELECT id, title, description, package, asset, cves, rule_id FROM findings"
                                  " WHERE id > ?");
            fts.bind(1, lastIdBefore);
            fts.exec();
            // Context arrives with the finding: its service and owner from the
            // catalog, known exploitation and EPSS from the loaded intelligence.
            const OwnershipStats owned = mapOwnership(db, lastIdBefore);
            const IntelStats intel = applyIntel(db, out.importId);
            Notifier(db, clock).knownExploited(intel.kevFlagged, "import of " + path);
            // The policy decides on new and changed findings (route, clocks);
            // then VEX statements and active exceptions take in theirs, and
            // what time alone changed (expiry while the app was closed) is
            // handled before anyone looks.
            ExceptionLedger ledger(db, clock);
            const PolicyEvaluation decided = ledger.engine().evaluateImport(lastIdBefore, up.changedIds());
            const std::int64_t vexExceptions = ledger.fromVex(out.importId);
            std::vector<std::int64_t> joined = ledger.joinNewFindings(lastIdBefore);
            const std::vector<std::int64_t> back = ledger.rejoinReturning(up.changedIds());
            joined.insert(joined.end(), back.begin(), back.end());
            ledger.engine().evaluateIds(joined);
            const SweepResult swept = sweepDue(db, clock);
            const std::string finishedAt = clock.nowIso();
            auto upd = db.prepare("UPDATE imports SET tool = ?, tool_version = ?, finished_at = ?, count_findings = ?,"
                                  " count_new = ?, count_updated = ?, count_unchanged = ?, count_duplicate = ?,"
                                  " count_closed = ?, count_reopened = ?, count_rejected = 0, count_vex = ?"
                                  " WHERE id = ?");
            const auto& c = out.counts;
            upd.bind(1, meta->tool).bind(2, meta->toolVersion).bind(3, finishedAt).bind(4, c.findings);
            upd.bind(5, c.created).bind(6, c.updated).bind(7, c.unchanged).bind(8, c.duplicate).bind(9, c.closed);
            upd.bind(10, c.reopened).bind(11, c.vex).bind(12, out.importId);
            upd.exec();
            nlohmann::json scopes = nlohmann::json::array();
            for (const auto& s : meta->scopes)
                scopes.push_back({{"tool", s.tool}, {"target", s.target}});
            AuditEntry audit;
            audit.at = finishedAt;
            audit.actor = actor;
            audit.role = options.role;
            audit.action = "import";
            audit.objectType = "import";
            audit.objectId = std::to_string(out.importId);
            audit.after = {{"file", path},          {"sha256", report.sha256},    {"format", report.format},
                           {"tool", meta->tool},    {"scopes", scopes},           {"findings", c.findings},
                           {"new", c.created},      {"updated", c.updated},       {"unchanged", c.unchanged},
                           {"closed", c.closed},    {"reopened", c.reopened},     {"vex", c.vex},
                           {"mapped", owned.mapped}, {"unowned", owned.unowned}, {"known_exploited", intel.kevFlagged},
                           {"rerouted", decided.rerouted}, {"vex_exceptions", vexExceptions},
                           {"joined_exceptions", joined.size()}, {"exceptions_expired", swept.exceptionsExpired}};
            audit.policyVersion = ledger.policy().version;
            appendAudit(db, std::move(audit));
            tx.commit();
        } catch (...) {
            queue.abandon();
            throw;
        }
        // What the sweep posted goes to the outbox now, in this writer job,
        // not at the next sweep (a CLI import may be the last thing that runs
        // for a while). The import is committed: a failure here only leaves
        // the notifications unwritten, and the next sweep writes them.
        try {
            writeOutbox(db, notificationOutboxDir(db.path()));
        } catch (const std::exception&) {
        }
        return out;
    });

    auto finishMeta = [&](bool ok) {
        std::lock_guard lock(*metaMutex);
        if (ok) {
            meta->scopes = sink.scopes;
            meta->tool = sink.tool;
            meta->toolVersion = sink.toolVersion;
        }
        meta->ok = ok;
        meta->complete = true;
        metaReady->notify_all();
    };

    try {
        ByteSource src = ByteSource::fromFile(path);
        src.setProgress([&options](std::uint64_t done, std::uint64_t total) {
            if (options.cancel && options.cancel->load())
                throw ImportCancelled();
            if (options.progress)
                options.progress(done, total);
        });
        importer->parse(src, sniff, sink);
        sink.flush();
        finishMeta(true);
        queue.finish();
    } catch (...) {
        // Make the writer roll back: no more batches, and meta says failed.
        std::exception_ptr cause = std::current_exception();
        queue.abandon();
        finishMeta(false);
        queue.finish();
        std::exception_ptr writerError;
        try {
            written.get();
        } catch (...) {
            writerError = std::current_exception();
        }
        bool writerFailedFirst = false;
        try {
            std::rethrow_exception(cause);
        } catch (const WriterStopped&) {
            writerFailedFirst = true;
        } catch (...) {
        }
        if (writerFailedFirst && writerError)
            cause = writerError;
        try {
            std::rethrow_exception(cause);
        } catch (const FeedError& e) {
            return reject(e);
        } catch (const ImportCancelled&) {
            report.status = ImportReport::Status::Cancelled;
            report.seconds = elapsed();
            return report;
        } catch (const std::exception& e) {
            report.status = ImportReport::Status::Failed;
            report.errorReason = std::string("could not store the import: ") + e.what();
            report.seconds = elapsed();
            return report;
        } catch (...) {
            report.status = ImportReport::Status::Failed;
            report.errorReason = "could not store the import";
            report.seconds = elapsed();
            return report;
        }
    }

    try {
        const WriteResult w = written.get();
        report.status = ImportReport::Status::Imported;
        report.importId = w.importId;
        report.counts = w.counts;
        report.scopes = meta->scopes;
        report.tool = meta->tool;
        report.toolVersion = meta->toolVersion;
    } catch (const FeedError& e) {
        return reject(e);
    } catch (const std::exception& e) {
        report.status = ImportReport::Status::Failed;
        report.errorReason = std::string("could not store the import: ") + e.what();
    }
    report.seconds = elapsed();
    return report;
}

} // namespace closeloop
