// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 during an import, at random moments, many times: the database
// stays intact, holds no trace of a partial import, and a final run imports
// the file exactly once. Real processes (closeloop-cli), a real SQLite file.
#include "audit/audit_log.h"
#include "demo/synthetic_trivy_feed.h"
#include "feed_test_support.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace closeloop;
using closeloop::test::scalar;

namespace {

QProcess* startImport(const QString& db, const QString& file)
{
    auto* p = new QProcess;
    p->setProgram(QStringLiteral(CLOSELOOP_CLI_PATH));
    p->setArguments({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--json")});
    p->start();
    p->waitForStarted();
    return p;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killDuringImport()
    {
        constexpr int Findings = 30000;
        constexpr int Kills = 25;
        QTemporaryDir dir;
        const QString feed = dir.path() + QStringLiteral("/big.trivy.json");
        SyntheticTrivyOptions opts;
        opts.findings = Findings;
        writeSyntheticTrivyFeed(feed.toStdString(), opts);
        const QString db = dir.path() + QStringLiteral("/w.sqlite");

        // How long an undisturbed import takes here, to spread the kills over it.
        const QString scratch = dir.path() + QStringLiteral("/scratch.sqlite");
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QProcess> full(startImport(scratch, feed));
        QVERIFY(full->waitForFinished(120000));
        QCOMPARE(full->exitCode(), 0);
        const qint64 fullMs = std::max<qint64>(timer.elapsed(), 50);

        int completedBeforeKill = 0;
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < Kills; ++i) {
            std::unique_ptr<QProcess> p(startImport(db, feed));
            QTest::qWait(int(rng->bounded(quint32(fullMs * 11 / 10))));
            if (p->state() == QProcess::Running) {
                p->kill(); // SIGKILL
                p->waitForFinished();
            } else {
                p->waitForFinished();
                ++completedBeforeKill;
            }
            Database check(db.toStdString());
            auto ic = check.prepare("PRAGMA integrity_check");
            QVERIFY(ic.step());
            QCOMPARE(ic.text(0), std::string("ok"));
            // Either nothing of the file or all of it, never a part.
            const auto imports = scalar(check, "SELECT count(*) FROM imports");
            const auto findings = scalar(check, "SELECT count(*) FROM findings");
            QVERIFY(imports <= 1);
            QCOMPARE(findings, imports == 1 ? Findings : 0);
            QCOMPARE(scalar(check, "SELECT count(*) FROM audit_log"), imports);
            QVERIFY(verifyAudit(check).ok);
        }
        qInfo("%d kills, %d runs finished before their kill; an undisturbed import took %lld ms", Kills,
              completedBeforeKill, static_cast<long long>(fullMs));

        std::unique_ptr<QProcess> last(startImport(db, feed));
        QVERIFY(last->waitForFinished(120000));
        QCOMPARE(last->exitCode(), 0);
        const QByteArray out = last->readAllStandardOutput();
        QVERIFY2(out.contains("\"status\":\"imported\"") || out.contains("\"status\":\"unchanged\""), out.constData());
        Database check(db.toStdString());
        QCOMPARE(scalar(check, "SELECT count(*) FROM imports"), 1);
        QCOMPARE(scalar(check, "SELECT count(*) FROM findings"), Findings);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
