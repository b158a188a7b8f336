// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input the fuzzers ever crashed on (tests/fuzz/regressions),
// through the same harness, in the normal build.
#include "../fuzz/fuzz_harness.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void replay()
    {
        QDirIterator it(QStringLiteral(CLOSELOOP_SOURCE_DIR "/tests/fuzz/regressions"), QDir::Files,
                        QDirIterator::Subdirectories);
        int n = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            // The family is the folder name; "all" runs every importer.
            const std::string family = QFileInfo(path).dir().dirName().toStdString();
            closeloop::fuzz::runOne(reinterpret_cast<const std::uint8_t*>(data.constData()), std::size_t(data.size()),
                                    family == "regressions" ? "all" : family);
            ++n;
        }
        qInfo("%d regression inputs replayed", n);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
