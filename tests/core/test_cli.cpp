// SPDX-License-Identifier: GPL-3.0-or-later
// closeloop-cli as a pipeline sees it: exit codes, stdout/stderr, and the
// documented JSON shapes.
#include "feed_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using closeloop::test::CliRun;
using closeloop::test::runCli;

namespace {

QJsonObject jsonLine(const QByteArray& line)
{
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(line, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("not a JSON object line: %s", line.constData());
    return doc.object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString db() const { return m_dir.path() + QStringLiteral("/w.sqlite"); }
    QString fixture(const char* f) const { return QString::fromStdString(closeloop::test::fixture(f)); }

private slots:
    void helpDocumentsEveryCommand()
    {
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* word : {"import", "findings", "show", "--json", "--limit", "--db", "Exit status"})
            QVERIFY2(r.out.contains(word), word);
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(runCli({}).code, 2);
        QCOMPARE(runCli({QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("import")}).code, 2);
        const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("findings"), QStringLiteral("--limit"),
                                 QStringLiteral("ten")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--limit"));
    }

    void importJsonShape()
    {
        const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("import"),
                                 fixture("trivy/schema2_image.json"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = jsonLine(r.out.trimmed());
        for (const char* k : {"file", "format", "tool", "status", "new", "updated", "unchanged", "closed",
                              "reopened", "rejected", "error"})
            QVERIFY2(o.contains(QLatin1String(k)), k);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("trivy-json"));
        QCOMPARE(o.value(QStringLiteral("new")).toInt(), 3);
        QVERIFY(o.value(QStringLiteral("error")).isNull());

        const CliRun again = runCli({QStringLiteral("--db"), db(), QStringLiteral("import"),
                                     fixture("trivy/schema2_image.json"), QStringLiteral("--json")});
        QCOMPARE(again.code, 0);
        QCOMPARE(jsonLine(again.out.trimmed()).value(QStringLiteral("status")).toString(), QStringLiteral("unchanged"));
    }

    void rejectedFileExitsTwoAndSaysWhere()
    {
        const QString bad = m_dir.path() + QStringLiteral("/bad.json");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"SchemaVersion\": 2, \"ArtifactName\": \"x\", \"Results\": [ {\"Target\": 1,, } ]}");
        f.close();
        const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), bad, QStringLiteral("--json"),
                                 fixture("trivy/legacy.json")});
        QCOMPARE(r.code, 2);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // one report per file; the good file still imports
        const QJsonObject o = jsonLine(lines[0]);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(o.value(QStringLiteral("error")).toString().contains(QStringLiteral("line 1, column")));
        QVERIFY(o.value(QStringLiteral("error")).toString().contains(bad));
        QVERIFY(r.err.contains("bad.json"));
        QCOMPARE(jsonLine(lines[1]).value(QStringLiteral("status")).toString(), QStringLiteral("imported"));

        const CliRun missing = runCli({QStringLiteral("--db"), db(), QStringLiteral("import"),
                                       m_dir.path() + QStringLiteral("/missing.json")});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("missing.json"));
    }

    void findingsAndShow()
    {
        const CliRun list = runCli({QStringLiteral("--db"), db(), QStringLiteral("findings"), QStringLiteral("--json"),
                                    QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(list.code, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = jsonLine(lines[0]);
        for (const char* k : {"id", "fingerprint", "title", "severity", "status", "asset", "location", "tool"})
            QVERIFY2(first.contains(QLatin1String(k)), k);
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));

        const QString id = QString::number(first.value(QStringLiteral("id")).toInt());
        const CliRun show =
            runCli({QStringLiteral("--db"), db(), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(show.code, 0);
        // The case context: the finding and everything around it.
        const QJsonObject caseJson = QJsonDocument::fromJson(show.out).object();
        for (const char* k : {"finding", "intel", "ownership", "exposure", "similar", "timeline"})
            QVERIFY2(caseJson.contains(QLatin1String(k)), k);
        const QJsonObject d = caseJson.value(QStringLiteral("finding")).toObject();
        QCOMPARE(d.value(QStringLiteral("fingerprint")).toString(), first.value(QStringLiteral("fingerprint")).toString());
        const QJsonObject inputs = d.value(QStringLiteral("fingerprint_inputs")).toObject();
        QCOMPARE(inputs.value(QStringLiteral("family")).toString(), QStringLiteral("trivy"));
        QVERIFY(!inputs.value(QStringLiteral("inputs")).toArray().isEmpty());
        QVERIFY(d.value(QStringLiteral("raw")).isObject());

        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("show"), QStringLiteral("99999")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("show"), QStringLiteral("abc")}).code, 2);
    }

    void auditVerify()
    {
        const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("verify"),
                                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(jsonLine(r.out.trimmed()).value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
