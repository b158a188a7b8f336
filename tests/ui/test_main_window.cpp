// SPDX-License-Identifier: GPL-3.0-or-later
// The main window for real (offscreen): import off the GUI thread with
// progress, cancel and rejection report; the queue model passes
// QAbstractItemModelTester; a triage session driven by the keyboard alone;
// filter validation; saved views with counts; columns and sort that survive
// a restart; screenshots of a populated workspace for people to look at.
#include "case/case_view.h"
#include "demo/demo_workspace.h"
#include "demo/synthetic_trivy_feed.h"
#include "feed_test_support.h"
#include "import/import_controller.h"
#include "exceptions/exception_list_model.h"
#include "exceptions/exception_request_dialog.h"
#include "exceptions/exceptions_view.h"
#include "main/main_window.h"
#include "main/policy_controller.h"
#include "notifications/notification_model.h"
#include "notifications/notification_panel.h"
#include "policy/policy_dialog.h"
#include "queue/filter_edit.h"
#include "queue/queue_model.h"
#include "triage/triage_actions.h"
#include "triage/triage_dialog.h"
#include "views/view_list.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace closeloop;

namespace {

std::string statusOf(const QString& db, qint64 id)
{
    Database d(db.toStdString(), Database::Mode::ReadOnly);
    return test::scalarText(d, "SELECT status || '|' || assignee FROM findings WHERE id = " + std::to_string(id));
}

bool waitForQuery(MainWindow& w)
{
    QSignalSpy shown(w.queueModel(), &QueueModel::queryShown);
    return shown.wait(20000);
}

} // namespace

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
    void initTestCase()
    {
        // Layout settings of this test run only.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void importShowsFindings()
    {
        MainWindow w;
        QVERIFY(w.openWorkspace(db()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAbstractItemModelTester tester(w.queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(w.queueModel()->rowCount(), 0);
        QSignalSpy cases(&w, &MainWindow::caseShown);
        const auto reports = runImport(w, {QString::fromStdString(test::fixture("trivy/schema2_image.json")),
                                           QString::fromStdString(test::fixture("trivy/legacy.json"))});
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports[0].status, ImportReport::Status::Imported);
        QTRY_COMPARE(w.queueModel()->totalCount(), qint64(5));
        QTRY_VERIFY(w.queueModel()->isCountKnown());
        QCOMPARE(w.queueModel()->rowCount(), 5);
        // Most severe first; the first row becomes current and its case opens.
        QCOMPARE(w.queueModel()->data(w.queueModel()->index(0, w.queueModel()->sectionOf(QueueColumn::Severity))).toString(),
                 QStringLiteral("Critical"));
        QTRY_VERIFY(w.caseView()->hasCase());
        QVERIFY(cases.count() >= 1);
        // Every view counts its findings.
        QTRY_COMPARE(w.viewList()->model()->index(5, 0).data(ViewList::CountRole).toLongLong(), 5); // All
        QCOMPARE(w.viewList()->model()->index(1, 0).data(ViewList::CountRole).toLongLong(), 5);     // New
    }

    void keyboardTriageSession()
    {
        const QString path = m_dir.path() + QStringLiteral("/keys.sqlite");
        MainWindow w;
        QVERIFY(w.openWorkspace(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        runImport(w, {QString::fromStdString(test::fixture("trivy/schema2_image.json"))});
        QTRY_COMPARE(w.queueModel()->rowCount(), 3);
        // Dialogs answered by the keyboard too: type a reason, press Enter.
        QString lastPreview;
        w.triageActions()->setAutoAnswer([&](TriageDialog& d) {
            d.show();
            QApplication::setActiveWindow(&d);
            QWidget* field = d.focusWidget();
            if (!field)
                return false;
            if (qobject_cast<QLineEdit*>(field) && qobject_cast<QLineEdit*>(field)->text().isEmpty())
                QTest::keyClicks(field, QStringLiteral("reviewed by keyboard"));
            lastPreview = d.previewText();
            QTest::keyClick(field, Qt::Key_Return);
            // As closing a real dialog does: the window is active again.
            QApplication::setActiveWindow(&w);
            return d.result() == QDialog::Accepted;
        });

        QTableView* view = w.findingView();
        view->setFocus();
        QTRY_VERIFY(view->currentIndex().isValid());
        QCOMPARE(view->currentIndex().row(), 0);
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(view, Qt::Key_J);
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentIndex().row(), 1);
        const qint64 second = w.queueModel()->findingId(1);

        // Enter opens the case and moves the focus there; Esc comes back.
        QSignalSpy cases(&w, &MainWindow::caseShown);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(w.caseFindingId(), second);
        QTRY_VERIFY(w.caseView()->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == w.caseView());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), view);

        // T: triaged, with a reason typed into the dialog.
        QTest::keyClick(view, Qt::Key_T);
        QTRY_COMPARE(statusOf(path, second), std::string("triaged|"));
        QVERIFY2(lastPreview.contains(QStringLiteral("1 will change")), qPrintable(lastPreview));
        // Ctrl+Z undoes it.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(statusOf(path, second), std::string("new|"));
        // M assigns the current finding to me without a dialog.
        QTest::keyClick(view, Qt::Key_M);
        QTRY_COMPARE(QString::fromStdString(statusOf(path, second)), QStringLiteral("new|") + w.triageActions()->actor());

        // Ctrl+A then F: every finding, with the count shown before.
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_F);
        QVERIFY2(lastPreview.contains(QStringLiteral("3 finding")), qPrintable(lastPreview));
        QTRY_COMPARE(statusOf(path, w.queueModel()->findingId(0)).substr(0, 14), std::string("false_positive"));

        // / focuses the filter; typing filters; Enter applies at once.
        QTest::keyClick(view, Qt::Key_Slash);
        QCOMPARE(QApplication::focusWidget(), w.filterEdit());
        QTest::keyClicks(w.filterEdit(), QStringLiteral("severity:critical"));
        QTest::keyClick(w.filterEdit(), Qt::Key_Return);
        const int critical = int([&] {
            Database d(path.toStdString(), Database::Mode::ReadOnly);
            return test::scalar(d, "SELECT count(*) FROM findings WHERE severity = 4");
        }());
        QVERIFY(critical > 0 && critical < 3);
        QTRY_COMPARE(w.queueModel()->rowCount(), critical);
        // The filter box does not eat the queue's keys, nor the queue the box's.
        QCOMPARE(w.filterEdit()->text(), QStringLiteral("severity:critical"));
        QCOMPARE(statusOf(path, w.queueModel()->findingId(0)).substr(0, 14), std::string("false_positive"));
    }

    void filterValidatesAsYouType()
    {
        MainWindow w;
        QVERIFY(w.openWorkspace(db()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.queueModel()->rowCount(), 5);
        FilterEdit* f = w.filterEdit();
        f->setFocus();
        f->clear();
        QTest::keyClicks(f, QStringLiteral("sevrity:critical"));
        QVERIFY(!f->lastCheck().ok);
        QVERIFY2(f->lastCheck().message.contains(QStringLiteral("severity")), qPrintable(f->lastCheck().message));
        auto* error = w.findChild<QLabel*>(QStringLiteral("filterError"));
        QVERIFY(error->isVisible());
        QCOMPARE(f->lastCheck().errorStart, 0);
        QTest::keyClick(f, Qt::Key_Return);
        QTest::qWait(300);
        QCOMPARE(w.queueModel()->rowCount(), 5); // a bad filter changes nothing
        // Injection is text like any other: valid, matches nothing, harms nothing.
        f->clear();
        QTest::keyClicks(f, QStringLiteral("\"'; DROP TABLE findings; --\""));
        QVERIFY(f->lastCheck().ok);
        QTest::keyClick(f, Qt::Key_Return);
        QTRY_COMPARE(w.queueModel()->rowCount(), 0);
        QTRY_VERIFY(!error->isVisible());
        Database d(db().toStdString(), Database::Mode::ReadOnly);
        QCOMPARE(test::scalar(d, "SELECT count(*) FROM findings"), std::int64_t(5));
    }

    void columnsAndSortSurviveRestart()
    {
        const int titleSection = [] { QueueModel m; return m.sectionOf(QueueColumn::Title); }();
        const int epssSection = [] { QueueModel m; return m.sectionOf(QueueColumn::Epss); }();
        {
            MainWindow w;
            QVERIFY(w.openWorkspace(db()));
            auto* header = w.findingView()->horizontalHeader();
            header->setSectionHidden(epssSection, true);
            header->resizeSection(titleSection, 333);
            header->setSortIndicator(titleSection, Qt::AscendingOrder);
            QVERIFY(waitForQuery(w));
            QCOMPARE(w.queueModel()->query().sort, QueueColumn::Title);
        }
        MainWindow again;
        auto* header = again.findingView()->horizontalHeader();
        QVERIFY(header->isSectionHidden(epssSection));
        QCOMPARE(header->sectionSize(titleSection), 333);
        QCOMPARE(header->sortIndicatorSection(), titleSection);
        QVERIFY(again.openWorkspace(db()));
        QTRY_COMPARE(again.queueModel()->query().sort, QueueColumn::Title);
        QVERIFY(!again.queueModel()->query().descending);
        header->setSectionHidden(epssSection, false);
        header->setSortIndicator(again.queueModel()->sectionOf(QueueColumn::Severity), Qt::DescendingOrder);
    }

    void screenshotOfTheDemoWorkspace()
    {
        // The demo workspace, as the quick start opens it.
        const QString demoDb = m_dir.path() + QStringLiteral("/demo.sqlite");
        const auto demo = createDemoWorkspace(demoDb.toStdString(), (m_dir.path() + QStringLiteral("/feeds")).toStdString());
        QVERIFY2(demo.ok, demo.error.c_str());
        MainWindow w;
        QSignalSpy counted(&w, &MainWindow::viewCountsDone);
        QVERIFY(w.openWorkspace(demoDb));
        w.resize(1500, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.queueModel()->totalCount() > 50);
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() > 0, 20000);
        QTRY_VERIFY(w.caseView()->hasCase());
        QTest::qWait(100);
        QDir().mkpath(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR));
        QVERIFY(w.grab().save(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR "/main_window.png")));
        // The Known exploited view, for a second look.
        w.viewList()->selectView(w.viewList()->views()[2].id);
        QVERIFY(waitForQuery(w));
        QTest::qWait(100);
        QVERIFY(w.grab().save(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR "/main_window_kev.png")));
        w.viewList()->selectView(w.viewList()->views()[5].id); // All, for the windows after this one

        // The exceptions calendar of the demo: granted, pending, expired.
        w.policyController()->showExceptionsAction()->trigger();
        ExceptionsView* calendar = w.policyController()->exceptionsView();
        QVERIFY(calendar);
        QCOMPARE(w.pages()->currentWidget(), calendar);
        QTRY_VERIFY(!calendar->isLoading() && calendar->agendaModel()->rowCount() > 0);
        QTest::qWait(100);
        QVERIFY(w.grab().save(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR "/main_window_exceptions.png")));
        w.pages()->setCurrentIndex(0);

        // The demo's sweep left escalations and reminders: the status bar
        // says how many are unread, and the panel lists them.
        NotificationPanel* panel = w.policyController()->notificationPanel();
        QVERIFY(panel);
        QTRY_VERIFY(panel->model()->rowCount() > 10);
        QTRY_VERIFY(w.policyController()->unreadButton()->text().contains(QString::number(panel->unreadCount())));
        w.policyController()->unreadButton()->click();
        QTRY_VERIFY(panel->isVisible());
        QTest::qWait(100);
        QVERIFY(w.grab().save(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR "/main_window_notifications.png")));
        w.policyController()->notificationsAction()->trigger();
        QTRY_VERIFY(!panel->isVisible());

        // File > Policy opens the policy dialog on the workspace.
        QPointer<PolicyDialog> dialog = w.policyController()->showPolicyDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->currentVersion().isEmpty());
        dialog->close();
        QTRY_VERIFY(!dialog);
    }

    void acceptRiskRequestsAnException()
    {
        const QString path = m_dir.path() + QStringLiteral("/exception.sqlite");
        MainWindow w;
        QVERIFY(w.openWorkspace(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        runImport(w, {QString::fromStdString(test::fixture("trivy/schema2_image.json"))});
        QTRY_COMPARE(w.queueModel()->rowCount(), 3);
        QString scope;
        w.policyController()->setAutoAnswer([&](QWidget& dialog) {
            auto* request = qobject_cast<ExceptionRequestDialog*>(&dialog);
            if (!request)
                return false;
            auto* justification = request->findChild<QPlainTextEdit*>(QStringLiteral("justification"));
            if (!justification)
                return false;
            justification->setPlainText(QStringLiteral("only reachable from the build network, replaced next sprint"));
            scope = request->problem();
            return request->problem().isEmpty();
        });
        QTableView* view = w.findingView();
        view->setFocus();
        QTRY_VERIFY(view->currentIndex().isValid());
        const qint64 id = w.queueModel()->findingId(view->currentIndex().row());
        // A on the queue asks for an exception; the policy decides the tier.
        QTest::keyClick(view, Qt::Key_A);
        QVERIFY2(scope.isEmpty(), qPrintable(scope));
        Database d(path.toStdString(), Database::Mode::ReadOnly);
        QTRY_COMPARE(test::scalar(d, "SELECT count(*) FROM exceptions"), 1);
        const std::string state = test::scalarText(d, "SELECT state || ' ' || tier FROM exceptions");
        QVERIFY2(state == "requested high" || state.rfind("active", 0) == 0, state.c_str());
        QCOMPARE(test::scalar(d, ("SELECT count(*) FROM exception_findings WHERE finding_id = " + std::to_string(id)).c_str()), 1);
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
        QTest::qWait(200);
        QCOMPARE(w.queueModel()->totalCount(), qint64(0));
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
        QTRY_COMPARE(w.queueModel()->totalCount(), qint64(2));
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
        QCOMPARE(w.queueModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Schweregrad"));
        QApplication::removeTranslator(&de);
    }

    void englishPlurals()
    {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/closeloop_en.qm")));
        QApplication::installTranslator(&en);
        MainWindow w;
        QVERIFY(w.openWorkspace(db()));
        auto* count = w.findChild<QLabel*>(QStringLiteral("queueCount"));
        QTRY_VERIFY2(count->text().contains(QStringLiteral("5 findings")), qPrintable(count->text()));
        QApplication::removeTranslator(&en);
    }

    void rejectedFeedIsReported()
    {
        const QString bad = m_dir.path() + QStringLiteral("/bad.json");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"SchemaVersion\": 2, \"ArtifactName\": \"a\", \"Results\": [");
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
