// SPDX-License-Identifier: GPL-3.0-or-later
// The policy dialog for real (offscreen, the demo workspace in a real SQLite
// file): the policy in force and its stored versions; a proposed file
// backtested off the GUI thread, its diff checked cell by cell against
// backtestPolicy run directly; a bad file shows file:line: reason and nothing
// else changes; cancel; Switch on refused by the core for an analyst even when
// the GUI let the button be pressed, and done for a manager; a screenshot.
#include "demo/demo_workspace.h"
#include "demo/synthetic_trivy_feed.h"
#include "exceptions/role_book.h"
#include "feed_test_support.h"
#include "policy/policy.h"
#include "policy/policy_backtest.h"
#include "policy/policy_dialog.h"
#include "policy/policy_diff_view.h"
#include "policy/policy_store.h"
#include "store/store_writer.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <map>
#include <set>

using namespace closeloop;
using namespace closeloop::test;

namespace {

constexpr int BacktestTimeoutMs = 120000;

QString transition(qint64 a, qint64 b)
{
    return QLocale().toString(a) + QStringLiteral(" \u2192 ") + QLocale().toString(b);
}

// The shipped default made stricter: high findings go to approval with the
// critical class, and the critical class remediates in 3 days, not 7.
std::string stricterPolicy()
{
    std::string text = defaultPolicyText();
    replaceAll(text, "\"name\": \"Closeloop default policy\"", "\"name\": \"Stricter: high needs approval\"");
    const std::string highRule = R"({"id": "high", "when": {"severity": ["high"]}, "path": "ticket", "sla_class": "high"})";
    if (!contains(text, highRule))
        qFatal("the default policy no longer has the high rule this test edits");
    replaceAll(text, highRule, R"({"id": "high", "when": {"severity": ["high"]}, "path": "approve", "sla_class": "critical"})");
    replaceAll(text, "\"remediate\": {\"within\": \"7d\"}", "\"remediate\": {\"within\": \"3d\"}");
    return text;
}

void writeFile(const QString& path, const std::string& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text.data(), qint64(text.size()));
}

QTableWidget* table(QWidget& w, const char* name)
{
    return w.findChild<QTableWidget*>(QString::fromLatin1(name));
}

QLabel* label(QWidget& w, const char* name)
{
    return w.findChild<QLabel*>(QString::fromLatin1(name));
}

QPushButton* button(QWidget& w, const char* name)
{
    return w.findChild<QPushButton*>(QString::fromLatin1(name));
}

// Presses a button of the confirmation the dialog opened.
bool answerConfirmation(PolicyDialog& d, QMessageBox::StandardButton which)
{
    QMessageBox* box = nullptr;
    QElapsedTimer t;
    t.start();
    while (!(box = d.findChild<QMessageBox*>(QStringLiteral("switchConfirm"))) && t.elapsed() < 5000)
        QTest::qWait(20);
    if (!box)
        return false;
    box->button(which)->click();
    return true;
}

} // namespace

class TestPolicyDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_proposedFile;
    QDateTime m_now;
    std::unique_ptr<StoreWriter> m_writer;

    QString activeVersionInDb() const
    {
        Database db(m_db.toStdString(), Database::Mode::ReadOnly);
        return QString::fromStdString(PolicyStore(db).activeVersion());
    }

    // Waits until the dialog shows a diff; false on timeout.
    static bool waitForDiff(PolicyDialog& d)
    {
        QSignalSpy shown(&d, &PolicyDialog::proposalShown);
        return shown.wait(BacktestTimeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.path() + QStringLiteral("/demo.sqlite");
        const auto demo = createDemoWorkspace(m_db.toStdString(), (m_dir.path() + QStringLiteral("/feeds")).toStdString());
        QVERIFY2(demo.ok, demo.error.c_str());
        m_writer = std::make_unique<StoreWriter>(m_db.toStdString());
        m_now = QDateTime::currentDateTimeUtc();
        m_proposedFile = m_dir.path() + QStringLiteral("/stricter-policy.json");
        writeFile(m_proposedFile, stricterPolicy());
    }

    void cleanupTestCase()
    {
        m_writer.reset();
    }

    void showsThePolicyInForce()
    {
        Database db(m_db.toStdString(), Database::Mode::ReadOnly);
        PolicyStore store(db);
        const auto active = store.activeReadOnly();
        const auto versions = store.list();

        PolicyDialog d(*m_writer, m_db, QStringLiteral("alice"));
        QTRY_COMPARE(d.currentVersion(), QString::fromStdString(active->version));
        QCOMPARE(label(d, "inForceName")->text(), QString::fromStdString(active->name));
        QCOMPARE(label(d, "inForceVersion")->text(), QString::fromStdString(active->version.substr(0, 12)));
        QVERIFY(!label(d, "inForceLoaded")->text().isEmpty());
        QTableWidget* v = table(d, "versionsTable");
        QCOMPARE(v->rowCount(), int(versions.size()));
        std::set<QString> shown;
        for (int r = 0; r < v->rowCount(); ++r)
            shown.insert(v->item(r, 0)->data(Qt::UserRole).toString());
        for (const auto& rec : versions)
            QVERIFY(shown.count(QString::fromStdString(rec.version)));
        // Nothing proposed yet: nothing to switch on, whoever asks.
        d.setCanSwitch(true);
        QVERIFY(!button(d, "switchOn")->isEnabled());
        QVERIFY(d.findChild<QWidget*>(QStringLiteral("diffPlaceholder"))->isVisibleTo(&d));
    }

    void diffMatchesTheBacktest()
    {
        PolicyDialog d(*m_writer, m_db, QStringLiteral("alice"));
        d.setNow(m_now);
        QTableWidget* changed = table(d, "changedTable");
        QAbstractItemModelTester tester(changed->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.loadFile(m_proposedFile);
        QVERIFY(d.isBusy());
        QVERIFY(d.findChild<QWidget*>(QStringLiteral("busyRow"))->isVisibleTo(&d));
        QVERIFY(waitForDiff(d));
        QVERIFY(!d.isBusy());
        QVERIFY(!label(d, "policyError")->isVisibleTo(&d));

        // The same backtest, run here directly.
        Database db(m_db.toStdString(), Database::Mode::ReadOnly);
        const auto current = PolicyStore(db).activeReadOnly();
        const Policy proposed = parsePolicy(stricterPolicy(), "stricter-policy.json");
        const BacktestReport expected = backtestPolicy(db, *current, proposed, m_now, PolicyDialog::MaxListedChanges);
        QVERIFY2(expected.changedCount > 0, "the proposal must move some findings for this test to mean anything");
        QCOMPARE(d.proposedVersion(), QString::fromStdString(proposed.version));
        QVERIFY(d.proposedVersion() != d.currentVersion());

        QTableWidget* paths = table(d, "pathsTable");
        std::set<std::string> pathsShown;
        for (int r = 0; r < paths->rowCount(); ++r) {
            const std::string path = paths->item(r, 0)->data(Qt::UserRole).toString().toStdString();
            pathsShown.insert(path);
            const auto it = expected.paths.find(path);
            const auto counts = it == expected.paths.end() ? std::pair<std::int64_t, std::int64_t>{0, 0} : it->second;
            QCOMPARE(paths->item(r, 1)->text(), QLocale().toString(qint64(counts.first)));
            QCOMPARE(paths->item(r, 2)->text(), QLocale().toString(qint64(counts.second)));
            QCOMPARE(paths->item(r, 3)->data(Qt::UserRole).toLongLong(), qint64(counts.second - counts.first));
            const qint64 delta = counts.second - counts.first;
            QCOMPARE(paths->item(r, 3)->text(), delta > 0 ? QStringLiteral("+") + QLocale().toString(delta)
                                                : delta < 0 ? QStringLiteral("-") + QLocale().toString(-delta)
                                                            : QStringLiteral("0"));
        }
        for (const auto& [path, counts] : expected.paths)
            QVERIFY2(pathsShown.count(path), path.c_str());
        // High findings moved from ticket to approve: both rows changed, and colored.
        QVERIFY(expected.paths.at("approve").second > expected.paths.at("approve").first);
        for (int r = 0; r < paths->rowCount(); ++r)
            if (paths->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("approve"))
                QVERIFY(paths->item(r, 3)->foreground().color() != paths->item(r, 1)->foreground().color());

        QTableWidget* breaches = table(d, "breachesTable");
        std::set<std::string> classesShown;
        bool anyBreachDiffers = false;
        for (int r = 0; r < breaches->rowCount(); ++r) {
            const std::string cls = breaches->item(r, 0)->data(Qt::UserRole).toString().toStdString();
            classesShown.insert(cls);
            const auto c = expected.classes.find(cls);
            const auto counts = c == expected.classes.end() ? std::pair<std::int64_t, std::int64_t>{0, 0} : c->second;
            QCOMPARE(breaches->item(r, 1)->text(), transition(counts.first, counts.second));
            for (int k = 0; k < SlaClockCount; ++k) {
                std::pair<std::int64_t, std::int64_t> v{0, 0};
                if (const auto b = expected.breaches.find(cls); b != expected.breaches.end())
                    if (const auto it = b->second.find(slaClockName(SlaClockKind(k))); it != b->second.end())
                        v = it->second;
                QTableWidgetItem* cell = breaches->item(r, 2 + k);
                QCOMPARE(cell->data(Qt::UserRole).toLongLong(), qint64(v.first));
                QCOMPARE(cell->data(Qt::UserRole + 1).toLongLong(), qint64(v.second));
                QCOMPARE(cell->text(), transition(v.first, v.second));
                anyBreachDiffers = anyBreachDiffers || v.first != v.second;
            }
        }
        for (const auto& [cls, clocks] : expected.breaches)
            QVERIFY2(classesShown.count(cls), cls.c_str());
        QVERIFY2(anyBreachDiffers, "the stricter class must change projected breaches");
        QVERIFY(label(d, "breachedTotal")
                    ->text()
                    .contains(transition(expected.breachedFindings.first, expected.breachedFindings.second)));

        QCOMPARE(changed->rowCount(), int(expected.changed.size()));
        std::set<qint64> expectedIds, shownIds;
        for (const auto& c : expected.changed)
            expectedIds.insert(c.id);
        for (int r = 0; r < changed->rowCount(); ++r)
            shownIds.insert(changed->item(r, 0)->data(Qt::UserRole).toLongLong());
        QCOMPARE(shownIds, expectedIds);
        // One row in full: title as plain text, from -> to.
        const BacktestChange& first = expected.changed.front();
        for (int r = 0; r < changed->rowCount(); ++r) {
            if (changed->item(r, 0)->data(Qt::UserRole).toLongLong() != first.id)
                continue;
            QCOMPARE(changed->item(r, 1)->text(), QString::fromStdString(first.title));
            QCOMPARE(changed->item(r, 3)->text(), QString::fromStdString(first.service));
            QVERIFY(changed->item(r, 4)->text().endsWith(QString::fromStdString(first.from.slaClass)));
            QVERIFY(changed->item(r, 5)->text().endsWith(QString::fromStdString(first.to.slaClass)));
        }
        QVERIFY(label(d, "changedTitle")->text().contains(QString::number(expected.changedCount)));
        QCOMPARE(label(d, "changedMore")->isVisibleTo(&d), expected.changedCount > qint64(expected.changed.size()));

        // Switch on: only for a manager, and only for a version not in force.
        QVERIFY(!button(d, "switchOn")->isEnabled());
        d.setCanSwitch(true);
        QVERIFY(button(d, "switchOn")->isEnabled());

        // A double-click on a changed finding asks to open it.
        QSignalSpy open(&d, &PolicyDialog::openFindingRequested);
        emit changed->cellDoubleClicked(0, 1);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), changed->item(0, 0)->data(Qt::UserRole).toLongLong());
    }

    void listsOnlySomeAndSaysHowManyMore()
    {
        PolicyDialog d(*m_writer, m_db, QStringLiteral("alice"));
        d.setNow(m_now);
        d.setMaxListedChanges(3);
        d.loadFile(m_proposedFile);
        QVERIFY(waitForDiff(d));
        const qint64 total = d.report()->changedCount;
        QVERIFY(total > 3);
        QCOMPARE(table(d, "changedTable")->rowCount(), 3);
        QLabel* more = label(d, "changedMore");
        QVERIFY(more->isVisibleTo(&d));
        QVERIFY2(more->text().contains(QString::number(total - 3)), qPrintable(more->text()));
    }

    void badFileShowsItsLineAndChangesNothing()
    {
        PolicyDialog d(*m_writer, m_db, QStringLiteral("alice"));
        d.setNow(m_now);
        d.setCanSwitch(true);
        d.loadFile(m_proposedFile);
        QVERIFY(waitForDiff(d));
        const QString shownVersion = d.proposedVersion();
        const int changedRows = table(d, "changedTable")->rowCount();

        // An unknown path in the "critical" rule: the parser names its line.
        std::string bad = stricterPolicy();
        replaceAll(bad, R"({"id": "critical", "when": {"severity": ["critical"]}, "path": "ticket")",
                   R"({"id": "critical", "when": {"severity": ["critical"]}, "path": "teleport")");
        const QString badFile = m_dir.path() + QStringLiteral("/bad-policy.json");
        writeFile(badFile, bad);
        std::string expected;
        try {
            parsePolicy(bad, "bad-policy.json");
        } catch (const PolicyError& e) {
            expected = e.what();
        }
        QVERIFY2(contains(expected, "bad-policy.json:") && contains(expected, "teleport"), expected.c_str());

        QSignalSpy failed(&d, &PolicyDialog::loadFailed);
        d.loadFile(badFile);
        QVERIFY(failed.wait(20000));
        QLabel* error = label(d, "policyError");
        QVERIFY(error->isVisibleTo(&d));
        // The parser's words on the first line, then what it means for the dialog.
        QCOMPARE(error->text().section(QLatin1Char('\n'), 0, 0), QString::fromStdString(expected));
        QVERIFY(error->text().contains(QStringLiteral("unchanged")));
        QCOMPARE(error->textFormat(), Qt::PlainText);
        // Nothing else changed: the diff on screen, the switch, the policy in force.
        QCOMPARE(d.proposedVersion(), shownVersion);
        QCOMPARE(table(d, "changedTable")->rowCount(), changedRows);
        QVERIFY(button(d, "switchOn")->isEnabled());
        QCOMPARE(activeVersionInDb(), d.currentVersion());

        // Not JSON at all: still file:line.
        writeFile(badFile, "{\n  \"schema\": \"closeloop-policy/1\",\n  \"name\": \n}\n");
        d.loadFile(badFile);
        QVERIFY(failed.wait(20000));
        QVERIFY2(error->text().startsWith(QStringLiteral("bad-policy.json:4")), qPrintable(error->text()));

        // Too large to be a policy: refused before parsing.
        writeFile(badFile, std::string(std::size_t(PolicyDialog::MaxFileBytes) + 10, ' '));
        d.loadFile(badFile);
        QVERIFY(failed.wait(20000));
        QVERIFY2(error->text().contains(QStringLiteral("4 MiB")), qPrintable(error->text()));

        // A file that does not exist.
        d.loadFile(m_dir.path() + QStringLiteral("/missing.json"));
        QVERIFY(failed.wait(20000));
        QVERIFY2(error->text().startsWith(QStringLiteral("missing.json: cannot be read")), qPrintable(error->text()));
        QCOMPARE(d.proposedVersion(), shownVersion);

        // A good file again clears the error.
        d.loadFile(m_proposedFile);
        QVERIFY(waitForDiff(d));
        QVERIFY(!error->isVisibleTo(&d));
    }

    void cancelLeavesNothingBehind()
    {
        PolicyDialog d(*m_writer, m_db, QStringLiteral("alice"));
        d.setNow(m_now);
        QSignalSpy shown(&d, &PolicyDialog::proposalShown);
        d.loadFile(m_proposedFile);
        QVERIFY(d.isBusy());
        button(d, "cancelBacktest")->click();
        QVERIFY(!d.isBusy());
        QVERIFY(!d.findChild<QWidget*>(QStringLiteral("busyRow"))->isVisibleTo(&d));
        // Whatever the worker was doing, its result never shows.
        QTest::qWait(1500);
        QCOMPARE(shown.count(), 0);
        QVERIFY(d.report() == nullptr);
        QVERIFY(label(d, "switchMessage")->text().contains(QStringLiteral("cancelled")));
    }

    void analystIsRefusedByTheCore()
    {
        // The roles file makes bob an analyst; the GUI is told he may switch
        // (a stale role, a bug): the core still refuses, and says why.
        m_writer
            ->run([](Database& db) {
                Transaction tx(db);
                RoleBook(db).load(
                    R"({"schema": "closeloop-roles/1", "users": {"alice": ["manager"], "bob": ["analyst"]}})",
                    "roles.json");
                tx.commit();
            })
            .get();
        const QString before = activeVersionInDb();
        PolicyDialog d(*m_writer, m_db, QStringLiteral("bob"));
        d.setNow(m_now);
        d.setCanSwitch(true);
        QSignalSpy switched(&d, &PolicyDialog::policySwitched);
        d.loadFile(m_proposedFile);
        QVERIFY(waitForDiff(d));
        QVERIFY(button(d, "switchOn")->isEnabled());
        button(d, "switchOn")->click();
        QVERIFY(answerConfirmation(d, QMessageBox::Yes));
        QLabel* message = label(d, "switchMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisibleTo(&d) && !d.isSwitching(), 60000);
        QVERIFY2(message->text().contains(QStringLiteral("bob")) && message->text().contains(QStringLiteral("manager")),
                 qPrintable(message->text()));
        QCOMPARE(switched.count(), 0);
        QCOMPARE(activeVersionInDb(), before);
        Database db(m_db.toStdString(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'policy.activate.denied' AND actor = 'bob'"), 1);
    }

    void cancellingTheConfirmationSwitchesNothing()
    {
        const QString before = activeVersionInDb();
        PolicyDialog d(*m_writer, m_db, QStringLiteral("alice"));
        d.setNow(m_now);
        d.setCanSwitch(true);
        d.loadFile(m_proposedFile);
        QVERIFY(waitForDiff(d));
        button(d, "switchOn")->click();
        QVERIFY(answerConfirmation(d, QMessageBox::Cancel));
        QTest::qWait(200);
        QVERIFY(!d.isSwitching());
        QCOMPARE(activeVersionInDb(), before);
    }

    void managerSwitchesItOn()
    {
        PolicyDialog d(*m_writer, m_db, QStringLiteral("alice"));
        d.setNow(m_now);
        d.setCanSwitch(true);
        QSignalSpy switched(&d, &PolicyDialog::policySwitched);
        d.loadFile(m_proposedFile);
        QVERIFY(waitForDiff(d));
        const QString proposed = d.proposedVersion();
        button(d, "switchOn")->click();
        QVERIFY(answerConfirmation(d, QMessageBox::Yes));
        QVERIFY(switched.wait(60000));
        QCOMPARE(switched.at(0).at(0).toString(), proposed);
        QCOMPARE(activeVersionInDb(), proposed);
        // The dialog reads the policy in force again: the new one, stored by alice.
        QTRY_COMPARE(d.currentVersion(), proposed);
        QCOMPARE(label(d, "inForceName")->text(), QStringLiteral("Stricter: high needs approval"));
        QVERIFY2(label(d, "inForceActivated")->text().contains(QStringLiteral("alice")),
                 qPrintable(label(d, "inForceActivated")->text()));
        QVERIFY(table(d, "versionsTable")->rowCount() >= 2);
        QVERIFY(label(d, "switchMessage")->text().contains(QStringLiteral("in force")));
        // Already in force: nothing more to switch.
        QVERIFY(!button(d, "switchOn")->isEnabled());
        // Every finding now carries the new version.
        Database db(m_db.toStdString(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE policy_version <> '" + proposed.toStdString() + "'"), 0);
    }

    void guiNeverWaitsOnALargeWorkspace()
    {
        // A workspace of many findings (CLOSELOOP_POLICY_UI_FINDINGS, 20,000
        // by default): the GUI thread keeps turning while the backtest runs,
        // Cancel frees the reader at once, and the diff arrives.
        const qint64 n = qEnvironmentVariableIsSet("CLOSELOOP_POLICY_UI_FINDINGS")
                             ? qEnvironmentVariable("CLOSELOOP_POLICY_UI_FINDINGS").toLongLong()
                             : 20000;
        TempWorkspace ws;
        SyntheticTrivyOptions o;
        o.findings = n;
        writeSyntheticTrivyFeed(ws.path("big.json"), o);
        QElapsedTimer importTime;
        importTime.start();
        QCOMPARE(ws.import(ws.path("big.json")).status, ImportReport::Status::Imported);
        const qint64 importMs = importTime.elapsed();
        const QString file = QString::fromStdString(ws.path("stricter.json"));
        writeFile(file, stricterPolicy());

        PolicyDialog d(ws.writer(), QString::fromStdString(ws.dbPath()), QStringLiteral("alice"));
        d.setNow(m_now);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, &d, [&] {
            longestGap = std::max(longestGap, sinceTick.restart());
        });

        QElapsedTimer backtest;
        backtest.start();
        sinceTick.start();
        ticker.start();
        d.loadFile(file);
        QVERIFY(waitForDiff(d));
        const qint64 backtestMs = backtest.elapsed();
        ticker.stop();
        QCOMPARE(d.report()->findings, n);
        QVERIFY(d.report()->changedCount > 0);
        QCOMPARE(table(d, "changedTable")->rowCount(),
                 int(std::min<std::int64_t>(d.report()->changedCount, PolicyDialog::MaxListedChanges)));

        // Cancel half way: the reader is free again at once (the next file's
        // error comes back without waiting for the rest of the backtest),
        // and the diff on screen stays.
        const QString shown = d.proposedVersion();
        d.loadFile(file);
        QTest::qWait(int(backtestMs / 2));
        d.cancelBacktest();
        QElapsedTimer freed;
        freed.start();
        const QString bad = QString::fromStdString(ws.path("bad.json"));
        writeFile(bad, "{}");
        QSignalSpy failed(&d, &PolicyDialog::loadFailed);
        d.loadFile(bad);
        QVERIFY(failed.wait(BacktestTimeoutMs));
        const qint64 freedMs = freed.elapsed();
        QCOMPARE(d.proposedVersion(), shown);
        qInfo("%lld findings: import %lld ms; backtest shown after %lld ms; longest GUI-thread gap %lld ms;"
              " reader free %lld ms after a cancel half way",
              n, importMs, backtestMs, longestGap, freedMs);
        if (backtestMs > 1000)
            QVERIFY2(freedMs < backtestMs / 2, qPrintable(QString::number(freedMs)));
        // Filling the tables (500 listed changes) is the one GUI-thread step.
        QVERIFY2(longestGap < 400, qPrintable(QString::number(longestGap)));
    }

    void screenshot()
    {
        // The other direction now: back to the shipped default, diffed
        // against the stricter policy in force.
        const QString defaultFile = m_dir.path() + QStringLiteral("/default-policy.json");
        writeFile(defaultFile, defaultPolicyText());
        PolicyDialog d(*m_writer, m_db, QStringLiteral("alice"));
        d.setNow(m_now);
        d.setCanSwitch(true);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.loadFile(defaultFile);
        QVERIFY(waitForDiff(d));
        QTRY_VERIFY(!d.currentVersion().isEmpty());
        QTest::qWait(100);
        QDir().mkpath(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR));
        QVERIFY(d.grab().save(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR "/policy_dialog.png")));
        // And with a bad file on top of it.
        const QString badFile = m_dir.path() + QStringLiteral("/typo.json");
        writeFile(badFile, "{\n  \"schema\": \"closeloop-policy/1\",\n  \"name\": \"typo\",\n  \"routing\": {\"rules\": 3}\n}\n");
        QSignalSpy failed(&d, &PolicyDialog::loadFailed);
        d.loadFile(badFile);
        QVERIFY(failed.wait(20000));
        QTest::qWait(50);
        QVERIFY(d.grab().save(QStringLiteral(CLOSELOOP_SCREENSHOT_DIR "/policy_dialog_error.png")));
    }
};

QTEST_MAIN(TestPolicyDialog)
#include "test_policy_dialog.moc"
