// SPDX-License-Identifier: GPL-3.0-or-later
// Every file of the shared scanner corpus goes through the real import
// pipeline into a fresh workspace, and its outcome is asserted against
// tests/corpus/expected_*.tsv (counts worked out from each file's content,
// with the derivation noted beside them). Skips, saying so, when the corpus is
// absent (a fresh clone); CI always has it.
#include "feed_test_support.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <map>
#include <set>

using namespace closeloop;
using namespace closeloop::test;

namespace {

struct Expectation
{
    std::string path;
    std::string format;
    long long findings = 0;
    long long vex = 0;
    std::string outcome; // ok | reject
    std::string rejectPlace;
    std::string source; // which expected_*.tsv
};

std::vector<Expectation> loadExpectations()
{
    std::vector<Expectation> out;
    const QDir dir(QStringLiteral(CLOSELOOP_SOURCE_DIR "/tests/corpus"));
    for (const QString& name : dir.entryList({QStringLiteral("expected_*.tsv")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read expectations");
        bool header = true;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            if (header) {
                header = false;
                continue;
            }
            const QStringList c = line.split(u'\t');
            if (c.size() < 6)
                qFatal("%s: a row needs path, format, findings, vex, outcome, place", qPrintable(name));
            Expectation e;
            e.path = c[0].toStdString();
            e.format = c[1].toStdString();
            e.findings = c[2].toLongLong();
            e.vex = c[3].toLongLong();
            e.outcome = c[4].toStdString();
            e.rejectPlace = c[5] == u"-" ? std::string() : c[5].toStdString();
            e.source = name.toStdString();
            out.push_back(e);
        }
    }
    return out;
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (corpusDir().empty())
            QSKIP("shared corpus not found (set CLOSELOOP_CORPUS or place it at ../shared/corpus)");
    }

    void everyFileHasAnExpectation()
    {
        std::set<std::string> expected;
        for (const auto& e : loadExpectations())
            expected.insert(e.path);
        QFile prov(QString::fromStdString(corpusDir() + "/PROVENANCE.tsv"));
        QVERIFY(prov.open(QIODevice::ReadOnly));
        prov.readLine(); // header
        QStringList missing;
        while (!prov.atEnd()) {
            const QString path = QString::fromUtf8(prov.readLine()).section(u'\t', 0, 0).trimmed();
            if (!path.isEmpty() && !expected.count(path.toStdString()))
                missing << path;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no expectation for: ") + missing.join(u' ')));
    }

    void importEachFile_data()
    {
        QTest::addColumn<int>("index");
        const auto all = loadExpectations();
        for (int i = 0; i < int(all.size()); ++i)
            QTest::newRow(all[std::size_t(i)].path.c_str()) << i;
    }

    void importEachFile()
    {
        QFETCH(int, index);
        const Expectation e = loadExpectations()[std::size_t(index)];
        TempWorkspace ws;
        const std::string file = corpusDir() + '/' + e.path;
        const ImportReport r = ws.import(file);
        if (e.outcome == "reject") {
            QVERIFY2(r.status == ImportReport::Status::Rejected, r.summary().c_str());
            QVERIFY2(!r.errorReason.empty(), "a rejection must say why");
            QVERIFY2(r.errorPlace.find(e.rejectPlace) != std::string::npos,
                     ("place \"" + r.errorPlace + "\" lacks \"" + e.rejectPlace + '"').c_str());
            // nothing stored
            Database db(ws.dbPath(), Database::Mode::ReadOnly);
            QCOMPARE(scalar(db, "SELECT (SELECT count(*) FROM findings) + (SELECT count(*) FROM imports)"), 0);
            return;
        }
        QVERIFY2(r.status == ImportReport::Status::Imported, r.summary().c_str());
        QCOMPARE(r.format, e.format);
        QCOMPARE(r.counts.findings, e.findings);
        QCOMPARE(r.counts.vex, e.vex);
        QCOMPARE(r.counts.created + r.counts.duplicate, r.counts.findings);
        // The same file again changes nothing.
        const ImportReport again = ws.import(file);
        QCOMPARE(again.status, ImportReport::Status::Unchanged);
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "test_corpus.moc"
