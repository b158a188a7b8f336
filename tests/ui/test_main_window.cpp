// SPDX-License-Identifier: GPL-3.0-or-later
// The main window for real (offscreen): import off the GUI thread with
// progress, cancel, rejection report; the findings model passes
// QAbstractItemModelTester; a screenshot is saved for people to look at.
#include "demo/demo_workspace.h"
#include "demo/synthetic_trivy_feed.h"
#include "feed_test_support.h"
#include "import/import_controller.h"
#include "main/main_window.h"
#include "queue/finding_table_model.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QMessageBox>
#include <QTranslator>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace closeloop;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString db() const { return m_dir.path() + QStringLiteral("/w.sqlite"); }

    static QList<ImportReport> runImport(MainWindow& w, const QStringList& files)
    {
        QSignalSpy done(w.importController(), &ImportController::finished);
        w.importFiles(files);
        if (!done.wait(60000))
            qFatal("import did not finish");
        return done.first().first().value<QList<ImportReport>>();
    }

private slots:
    void importShowsFindings()
    {
        MainWindow w;
        QVERIFY(w.openWorkspace(db()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAbstractItemModelTester tester(w.findingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(w.findingModel()->rowCount(), 0);
        const auto reports = runImport(w, {QString::fromStdString(test::fixture("trivy/schema2_image.json")),
                                           QString::fromStdString(test::fixture("trivy/legacy.json"))});
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports[0].status, ImportReport::Status::Imported);
        QCOMPARE(w.findingModel()->totalCount(), 5);
        QCOMPARE(w.findingModel()->rowCount(), 5);
        // Most severe first; details of the selection are plain text.
        QCOMPARE(w.findingModel()->data(w.findingModel()->index(0, FindingTableModel::SeverityColumn)).toString(),
                 QStringLiteral("Critical"));
        w.findingView()->selectRow(0);
        auto* details = w.findChild<QPlainTextEdit*>(QStringLiteral("findingDetails"));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Fingerprint")));
    }

    void screenshotOfTheDemoWorkspace()
    {
        // The demo workspace, as the quick start opens it.
        const QString demoDb = m_dir.path() + QStringLiteral("/demo.sqlite");
        const auto demo = createDemoWorkspace(demoDb.toStdString(), (m_dir.path() + QStringLiteral("/feeds")).toStdString());
        QVERIFY2(demo.ok, demo.error.c_str());
        MainWindow w;
        QVERIFY(w.openWorkspace(demoDb));
        w.resize(1400, 820);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.findingModel()->totalCount() > 50);
        QTest::qWait(50);
        QDir().mkpath(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR));
        QVERIFY(w.grab().save(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR "/main_window.png")));
    }

    void cancelKeepsNothing()
    {
        const QString big = m_dir.path() + QStringLiteral("/big.json");
        SyntheticTrivyOptions o;
        o.findings = 60000;
        o.artifact = "registry.example/cancel/me:1";
        writeSyntheticTrivyFeed(big.toStdString(), o);
        const QString cancelDb = m_dir.path() + QStringLiteral("/cancel.sqlite");
        MainWindow w;
        QVERIFY(w.openWorkspace(cancelDb));
        QSignalSpy progress(w.importController(), &ImportController::progress);
        QSignalSpy done(w.importController(), &ImportController::finished);
        w.importFiles({big});
        QVERIFY(progress.wait(30000)); // the GUI thread is free while it runs
        auto* cancel = w.findChild<QPushButton*>(QStringLiteral("cancelImport"));
        QVERIFY(cancel->isVisible() || !w.isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        w.importController()->cancel();
        QVERIFY(done.wait(60000));
        const auto reports = done.first().first().value<QList<ImportReport>>();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports[0].status, ImportReport::Status::Cancelled);
        QCOMPARE(w.findingModel()->totalCount(), 0);
    }

    void dropImportsFiles()
    {
        const QString dropDb = m_dir.path() + QStringLiteral("/drop.sqlite");
        MainWindow w;
        QVERIFY(w.openWorkspace(dropDb));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(test::fixture("trivy/legacy.json")))});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy done(w.importController(), &ImportController::finished);
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(done.wait(30000));
        QCOMPARE(w.findingModel()->totalCount(), 2);
        // Something that is not a local file is not accepted.
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.com/scan.json"))});
        QDragEnterEvent remote(QPoint(100, 100), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        remote.setAccepted(false);
        QApplication::sendEvent(&w, &remote);
        QVERIFY(!remote.isAccepted());
    }

    void germanTranslation()
    {
        MainWindow w;
        QVERIFY(w.openWorkspace(db()));
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/closeloop_de.qm")));
        QApplication::installTranslator(&de); // sends LanguageChange to every widget
        QCoreApplication::processEvents();
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        auto* summary = w.findChild<QLabel*>(QStringLiteral("severitySummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("Befunde")), qPrintable(summary->text()));
        QCOMPARE(w.findingModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Schweregrad"));
        QApplication::removeTranslator(&de);
    }

    void englishPlurals()
    {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/closeloop_en.qm")));
        QApplication::installTranslator(&en);
        MainWindow w;
        QVERIFY(w.openWorkspace(db()));
        auto* summary = w.findChild<QLabel*>(QStringLiteral("severitySummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("5 findings")), qPrintable(summary->text()));
        QApplication::removeTranslator(&en);
    }

    void rejectedFeedIsReported()
    {
        const QString bad = m_dir.path() + QStringLiteral("/bad.json");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"SchemaVersion": 2, "ArtifactName": "a", "Results": [)");
        f.close();
        const QString rejectDb = m_dir.path() + QStringLiteral("/reject.sqlite");
        MainWindow w;
        QVERIFY(w.openWorkspace(rejectDb));
        w.show();
        const auto reports = runImport(w, {bad});
        QCOMPARE(reports[0].status, ImportReport::Status::Rejected);
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("importProblems"));
        QVERIFY(box);
        QVERIFY(box->detailedText().contains(QStringLiteral("bad.json")));
        QVERIFY(box->detailedText().contains(QStringLiteral("line ")));
        box->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
