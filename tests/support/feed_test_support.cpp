// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed_test_support.h"

#include "ingest/finding_upserter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

namespace closeloop::test {

namespace {

Collected parseWith(ByteSource src, const FeedSniff& sniff)
{
    static const ImporterRegistry registry;
    const FeedImporter* imp = registry.detect(sniff);
    if (!imp)
        throw FeedError({}, "unrecognized format");
    Collected c;
    c.format = std::string(imp->format());
    imp->parse(src, sniff, c);
    return c;
}

} // namespace

Collected parseFile(const std::string& path)
{
    return parseWith(ByteSource::fromFile(path), sniffFeed(path));
}

Collected parseBytes(const std::string& bytes)
{
    const FeedSniff sniff = sniffBytes(bytes.substr(0, FeedSniff::PrefixBytes), bytes.size());
    return parseWith(ByteSource::fromMemory(bytes), sniff);
}

const Finding& Collected::byRule(const std::string& rule) const
{
    for (const auto& f : findings) {
        if (f.ruleId == rule)
            return f;
    }
    qFatal("no finding with rule %s", rule.c_str());
    std::abort();
}

bool Collected::covers(const std::string& t, const std::string& target) const
{
    return std::find(scopes.begin(), scopes.end(), ScanScope{t, target}) != scopes.end();
}

FeedError parseError(const std::string& bytes)
{
    return feedErrorOf([&] { parseBytes(bytes); });
}

std::string errorPlace(const std::string& bytes)
{
    return parseError(bytes).place();
}

void expectError(const std::string& bytes, const std::string& place)
{
    QTest::qCompare(errorPlace(bytes), place, "errorPlace(bytes)", "place", __FILE__, __LINE__);
}

int detectScore(const std::string& format, const std::string& bytes)
{
    static const ImporterRegistry registry;
    const FeedImporter* imp = registry.byFormat(format);
    if (!imp)
        qFatal("no importer for format %s", format.c_str());
    return imp->detect(sniffBytes(bytes.substr(0, FeedSniff::PrefixBytes), bytes.size()));
}

std::string fingerprintOf(const Finding& f)
{
    return prepareFinding(Finding(f)).fingerprint;
}

std::string contentHashOf(const Finding& f)
{
    return prepareFinding(Finding(f)).contentHash;
}

std::string fingerprintInput(const Finding& f, const std::string& name)
{
    for (const auto& [n, v] : f.fingerprintInputs) {
        if (n == name)
            return v;
    }
    return "<absent>";
}

std::string trivyScan(const std::string& artifact, const std::vector<TrivyVuln>& vulns, const std::string& created)
{
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& v : vulns) {
        nlohmann::json r = {{"VulnerabilityID", v.id}, {"PkgName", v.pkg}, {"InstalledVersion", "1.0"},
                            {"Severity", v.severity}, {"Title", v.id + " in " + v.pkg}};
        if (!v.purl.empty())
            r["PkgIdentifier"] = {{"PURL", v.purl}};
        arr.push_back(r);
    }
    nlohmann::json doc = {{"SchemaVersion", 2},
                          {"CreatedAt", created},
                          {"ArtifactName", artifact},
                          {"ArtifactType", "container_image"},
                          {"Results", {{{"Target", artifact + " (alpine 3.18)"}, {"Class", "os-pkgs"},
                                        {"Type", "alpine"}, {"Vulnerabilities", arr}}}}};
    return doc.dump(1);
}

std::string fixture(const std::string& relative)
{
    return std::string(CLOSELOOP_FIXTURES_DIR) + '/' + relative;
}

std::string readFixture(const std::string& relative)
{
    QFile f(QString::fromStdString(fixture(relative)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", relative.c_str());
    return f.readAll().toStdString();
}

void replaceAll(std::string& s, const std::string& from, const std::string& to)
{
    for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

std::string corpusDir()
{
    QString dir = qEnvironmentVariable("CLOSELOOP_CORPUS");
    if (dir.isEmpty())
        dir = QStringLiteral(CLOSELOOP_DEFAULT_CORPUS_DIR);
    if (!QFileInfo(dir + QStringLiteral("/PROVENANCE.tsv")).exists())
        return {};
    return QDir(dir).absolutePath().toStdString();
}

TempWorkspace::TempWorkspace()
    : m_writer(std::make_unique<StoreWriter>(dbPath()))
{
}

TempWorkspace::~TempWorkspace() = default;

std::string TempWorkspace::dbPath() const
{
    return QString(m_dir.path() + QStringLiteral("/workspace.sqlite")).toStdString();
}

std::string TempWorkspace::path(const std::string& name) const
{
    return QString(m_dir.path() + u'/' + QString::fromStdString(name)).toStdString();
}

ImportReport TempWorkspace::import(const std::string& file)
{
    FeedImport imp(*m_writer, m_registry);
    return imp.importFile(file);
}

void TempWorkspace::writeFile(const std::string& name, const std::string& content) const
{
    QFile f(QString::fromStdString(path(name)));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write test file");
    f.write(content.data(), qint64(content.size()));
}

LargeFeedWriter::LargeFeedWriter(const std::string& path)
    : m_file(QString::fromStdString(path))
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", path.c_str());
}

void LargeFeedWriter::write(const std::string& text)
{
    if (m_file.write(text.data(), qint64(text.size())) != qint64(text.size()))
        qFatal("cannot write test file (disk full?)");
    m_written += text.size();
}

std::size_t LargeFeedWriter::records(const std::function<std::string(std::size_t)>& record, std::size_t bytes)
{
    const std::uint64_t end = m_written + bytes;
    std::size_t n = 0;
    for (; m_written < end; ++n)
        write(n == 0 ? record(n) : ',' + record(n));
    return n;
}

std::int64_t scalar(Database& db, const std::string& sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

std::string scalarText(Database& db, const std::string& sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.text(0);
}

CliRun runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CLOSELOOP_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString qstr(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace closeloop::test
