// SPDX-License-Identifier: GPL-3.0-or-later
// The store: connection settings, migrations from every earlier schema
// version (a real old database kept as SQL, and each version built by the
// migrations themselves), and refusal of a database from the future.
#include "feed_test_support.h"
#include "store/migrations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace closeloop;
using closeloop::test::scalar;
using closeloop::test::scalarText;

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void connectionSettings()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + QStringLiteral("/w.sqlite")).toStdString();
        Database db(path);
        QCOMPARE(scalarText(db, "PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(scalar(db, "PRAGMA foreign_keys"), 1);
        QCOMPARE(scalar(db, "PRAGMA synchronous"), 2); // FULL
        QCOMPARE(scalar(db, "PRAGMA busy_timeout"), 30000);
    }

    void freshDatabaseIsLatest()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + QStringLiteral("/w.sqlite")).toStdString();
        {
            StoreWriter writer(path);
        }
        Database db(path, Database::Mode::ReadOnly);
        QCOMPARE(db.userVersion(), SchemaVersion);
    }

    // Each earlier version as the migrations build it, with data, upgraded.
    void upgradeFromEveryVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < SchemaVersion; ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void upgradeFromEveryVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + QStringLiteral("/w.sqlite")).toStdString();
        {
            Database db(path);
            migrate(db, from);
            QCOMPARE(db.userVersion(), from);
            if (from >= 1) {
                db.exec("INSERT INTO imports (file_path, file_sha256, file_size, format, tool, started_at, finished_at,"
                        " actor) VALUES ('f', 'aa', 1, 'trivy-json', 'Trivy', 't', 't', 'me')");
                db.exec("INSERT INTO findings (fingerprint, content_hash, status, status_changed_at, tool, tool_version,"
                        " scope_target, rule_id, cves, cwes, title, description, severity, cvss_vector, asset_kind,"
                        " asset, location_file, location_line, package, package_version, purl, fix_version,"
                        " remediation, refs, environment, confidence, source_state, source_state_reason, first_seen,"
                        " last_seen, first_import_id, last_import_id, fingerprint_inputs, raw) VALUES ('fp', 'h',"
                        " 'new', 't', 'Trivy', '', 'img', 'CVE-1', '', '', 'title', '', 3, '', 'image', 'img', '', 0,"
                        " 'p', '1', '', '', '', '[]', '', '', 'open', '', 't', 't', 1, 1, '{}', '{}')");
            }
        }
        { StoreWriter upgrade(path); } // upgrades
        Database db(path, Database::Mode::ReadOnly);
        QCOMPARE(db.userVersion(), SchemaVersion);
        if (from >= 1) {
            QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE fingerprint = 'fp' AND title = 'title'"), 1);
            QCOMPARE(scalar(db, "SELECT count_vex FROM imports"), 0);
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM vex_statements"), 0);
        if (from >= 1)
            QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE epss IS NULL AND first_seen_in_feed = ''"), 1);
        QCOMPARE(scalarText(db, "PRAGMA integrity_check"), std::string("ok"));
    }

    // A version-1 database as that version wrote it, kept verbatim.
    void upgradeRealVersion1Database()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + QStringLiteral("/w.sqlite")).toStdString();
        QFile sql(QString::fromStdString(closeloop::test::fixture("schema/v1.sql")));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        {
            Database db(path);
            db.exec(sql.readAll().toStdString());
            QCOMPARE(db.userVersion(), 1);
        }
        { StoreWriter upgrade(path); }
        Database db(path, Database::Mode::ReadOnly);
        QCOMPARE(db.userVersion(), SchemaVersion);
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings"), 2);
        QCOMPARE(scalarText(db, "SELECT status FROM findings WHERE id = 2"), std::string("pending_verification"));
        // The upgraded workspace takes new imports.
        closeloop::test::TempWorkspace unused; // keeps the helper library linked the same way as other tests
        ImporterRegistry registry;
        StoreWriter writer(path);
        FeedImport imp(writer, registry);
        const ImportReport r = imp.importFile(closeloop::test::fixture("trivy/schema2_image.json"));
        QVERIFY2(r.status == ImportReport::Status::Imported, r.summary().c_str());
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + QStringLiteral("/w.sqlite")).toStdString();
        {
            Database db(path);
            db.exec("PRAGMA user_version = 99");
        }
        try {
            StoreWriter writer(path);
            QFAIL("a database from a newer build must be refused");
        } catch (const StoreError& e) {
            QVERIFY(std::string(e.what()).find("newer") != std::string::npos);
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
