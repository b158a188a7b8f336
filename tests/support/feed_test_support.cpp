// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed_test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

std::string fixture(const std::string& relative)
{
    return std::string(CLOSELOOP_FIXTURES_DIR) + '/' + relative;
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

} // namespace closeloop::test
