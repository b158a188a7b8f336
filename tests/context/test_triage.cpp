// SPDX-License-Identifier: GPL-3.0-or-later
// Triage decisions on a real workspace: the preview says how many findings
// change before anything is written; a decision writes the findings, one
// change set with before/after rows and one chained audit entry; undo
// restores what nobody changed since and leaves later decisions alone; bad
// requests change nothing. Saved views: the built-in ones appear once, user
// views round-trip, built-ins cannot be deleted.
#include "audit/audit_log.h"
#include "feed_test_support.h"
#include "triage/saved_views.h"
#include "triage/triage_service.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace closeloop;
using namespace closeloop::test;

namespace {

std::string trivyWith(int count)
{
    nlohmann::json vulns = nlohmann::json::array();
    for (int i = 0; i < count; ++i)
        vulns.push_back({{"VulnerabilityID", "CVE-2024-" + std::to_string(1000 + i)}, {"PkgName", "pkg" + std::to_string(i)},
                         {"InstalledVersion", "1.0"}, {"Severity", "HIGH"}, {"Title", "t" + std::to_string(i)}});
    nlohmann::json doc = {{"SchemaVersion", 2}, {"ArtifactName", "registry.example/app:1"}, {"ArtifactType", "container_image"},
                          {"Results", {{{"Target", "registry.example/app:1 (alpine 3.18)"}, {"Class", "os-pkgs"},
                                        {"Type", "alpine"}, {"Vulnerabilities", vulns}}}}};
    return doc.dump();
}

std::vector<std::int64_t> allIds(const std::string& db)
{
    Database d(db, Database::Mode::ReadOnly);
    std::vector<std::int64_t> ids;
    auto st = d.prepare("SELECT id FROM findings ORDER BY id");
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

std::string column(const std::string& db, std::int64_t id, const std::string& col)
{
    Database d(db, Database::Mode::ReadOnly);
    return scalarText(d, "SELECT " + col + " FROM findings WHERE id = " + std::to_string(id));
}

} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

private slots:
    void previewCountsWhatWouldChange()
    {
        TempWorkspace ws;
        ws.writeFile("scan.json", trivyWith(5));
        QCOMPARE(int(ws.import(ws.path("scan.json")).status), int(ImportReport::Status::Imported));
        const auto ids = allIds(ws.dbPath());
        QCOMPARE(ids.size(), std::size_t(5));
        TriageService triage(ws.writer());
        TriageRequest first{{ids[0], ids[1]}, {{TriageField::Status, "triaged"}}, "", "seen it", "ana"};
        QCOMPARE(triage.apply(first).findingsChanged, std::int64_t(2));

        TriageRequest all{ids, {{TriageField::Status, "triaged"}}, "", "seen it", "ana"};
        all.findingIds.push_back(999999);
        const TriagePreview p = triage.preview(all);
        QCOMPARE(p.selected, std::int64_t(5));
        QCOMPARE(p.missing, std::int64_t(1));
        // The two triaged with the same reason do not change again.
        QCOMPARE(p.changing, std::int64_t(3));
        // The preview wrote nothing.
        QCOMPARE(column(ws.dbPath(), ids[4], "status"), std::string("new"));
    }

    void applyWritesChangeSetAndAudit()
    {
        TempWorkspace ws;
        ws.writeFile("scan.json", trivyWith(3));
        ws.import(ws.path("scan.json"));
        const auto ids = allIds(ws.dbPath());
        TriageService triage(ws.writer());
        TriageRequest r{ids, {{TriageField::Owner, "group:default/team-payments"}, {TriageField::Status, "in_progress"}},
                        "patch scheduled for Thursday", "upgrade in the next release", "ana"};
        const TriageResult res = triage.apply(r);
        QCOMPARE(res.findingsChanged, std::int64_t(3));
        QCOMPARE(res.notesAdded, std::int64_t(3));
        QVERIFY(res.changeSetId > 0);

        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE status = 'in_progress' AND owner = 'group:default/team-payments'"
                            " AND owner_manual = 1 AND status_reason = 'upgrade in the next release'"), std::int64_t(3));
        // owner, owner_manual, status, status_reason and the note, per finding.
        QCOMPARE(scalar(db, "SELECT count(*) FROM finding_changes WHERE change_set = " + std::to_string(res.changeSetId)),
                 std::int64_t(15));
        QCOMPARE(scalarText(db, "SELECT before FROM finding_changes WHERE field = 'status' LIMIT 1"), std::string("new"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM finding_notes WHERE text = 'patch scheduled for Thursday'"), std::int64_t(3));
        const auto audit = nlohmann::json::parse(scalarText(db, "SELECT after FROM audit_log WHERE action = 'triage'"));
        QCOMPARE(audit["findings"].get<int>(), 3);
        QCOMPARE(audit["changes_sha256"].get<std::string>().size(), std::size_t(64));
        QVERIFY(verifyAudit(db).ok);
    }

    void undoRestoresAndRespectsLaterDecisions()
    {
        TempWorkspace ws;
        ws.writeFile("scan.json", trivyWith(3));
        ws.import(ws.path("scan.json"));
        const auto ids = allIds(ws.dbPath());
        TriageService triage(ws.writer());
        const auto first = triage.apply({ids, {{TriageField::Status, "false_positive"}}, "", "test fixture only", "ana"});
        // Someone else reopens the triage of one finding afterwards.
        triage.apply({{ids[2]}, {{TriageField::Status, "in_progress"}}, "", "not a false positive", "bo"});
        QCOMPARE(triage.lastUndoable("ana").value_or(0), first.changeSetId);

        const TriageResult undone = triage.undo(first.changeSetId, "ana");
        QCOMPARE(undone.findingsChanged, std::int64_t(2));
        QCOMPARE(undone.conflicts, std::int64_t(2)); // status and status_reason of ids[2]
        QCOMPARE(column(ws.dbPath(), ids[0], "status"), std::string("new"));
        QCOMPARE(column(ws.dbPath(), ids[0], "status_reason"), std::string(""));
        QCOMPARE(column(ws.dbPath(), ids[2], "status"), std::string("in_progress"));
        QVERIFY(!triage.lastUndoable("ana").has_value());

        QVERIFY_THROWS_EXCEPTION(TriageError, triage.undo(first.changeSetId, "ana"));
        QVERIFY_THROWS_EXCEPTION(TriageError, triage.undo(undone.changeSetId, "ana"));
        QVERIFY_THROWS_EXCEPTION(TriageError, triage.undo(424242, "ana"));
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'triage_undo'"), std::int64_t(1));
        QVERIFY(verifyAudit(db).ok);
    }

    void undoWithdrawsNotes()
    {
        TempWorkspace ws;
        ws.writeFile("scan.json", trivyWith(2));
        ws.import(ws.path("scan.json"));
        const auto ids = allIds(ws.dbPath());
        TriageService triage(ws.writer());
        const auto noted = triage.apply({ids, {}, "asked the team in #payments", "", "ana"});
        QCOMPARE(noted.notesAdded, std::int64_t(2));
        const auto undone = triage.undo(noted.changeSetId, "ana");
        QCOMPARE(undone.notesRemoved, std::int64_t(2));
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM finding_notes"), std::int64_t(0));
    }

    void badRequestsChangeNothing()
    {
        TempWorkspace ws;
        ws.writeFile("scan.json", trivyWith(2));
        ws.import(ws.path("scan.json"));
        const auto ids = allIds(ws.dbPath());
        TriageService triage(ws.writer());
        QVERIFY_THROWS_EXCEPTION(TriageError, triage.apply({ids, {{TriageField::Status, "resolved_verified"}}, "", "r", "ana"}));
        QVERIFY_THROWS_EXCEPTION(TriageError, triage.apply({ids, {{TriageField::Status, "triaged"}}, "", "", "ana"}));
        QVERIFY_THROWS_EXCEPTION(TriageError, triage.apply({ids, {}, "", "", "ana"}));
        QVERIFY_THROWS_EXCEPTION(TriageError, triage.apply({ids, {{TriageField::Assignee, "bo"}}, "", "", ""}));
        QVERIFY_THROWS_EXCEPTION(TriageError, triage.apply({{}, {{TriageField::Assignee, "bo"}}, "", "", "ana"}));
        // Assigning what is already there is no change set at all.
        QCOMPARE(triage.apply({ids, {{TriageField::Assignee, ""}}, "", "", "ana"}).changeSetId, std::int64_t(0));
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM change_sets"), std::int64_t(0));
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE status <> 'new'"), std::int64_t(0));
    }

    void bulkOverManyFindings()
    {
        TempWorkspace ws;
        ws.writeFile("scan.json", trivyWith(20000));
        ws.import(ws.path("scan.json"));
        const auto ids = allIds(ws.dbPath());
        TriageService triage(ws.writer());
        const auto res = triage.apply({ids, {{TriageField::Assignee, "ana"}}, "", "", "ana"});
        QCOMPARE(res.findingsChanged, std::int64_t(20000));
        const auto undone = triage.undo(res.changeSetId, "ana");
        QCOMPARE(undone.findingsChanged, std::int64_t(20000));
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE assignee <> ''"), std::int64_t(0));
    }

    void savedViews()
    {
        TempWorkspace ws;
        SavedViewStore views(ws.writer());
        auto list = views.list();
        QCOMPARE(list.size(), builtinViews().size());
        QCOMPARE(list.front().name, std::string("My queue"));
        QCOMPARE(views.list().size(), builtinViews().size()); // created once

        SavedView mine;
        mine.name = "Payments criticals";
        mine.filter = "owner:team-payments severity:critical";
        mine.columns = {"severity", "title", "epss"};
        mine.sortColumn = "first_seen";
        mine.descending = false;
        mine.id = views.save(mine);
        list = views.list();
        QCOMPARE(list.back().name, mine.name);
        QCOMPARE(list.back().filter, mine.filter);
        QCOMPARE(list.back().columns, mine.columns);
        QCOMPARE(list.back().sortColumn, std::string("first_seen"));
        QVERIFY(!list.back().descending);
        QVERIFY_THROWS_EXCEPTION(StoreError, views.save([&] { SavedView dup = mine; dup.id = 0; return dup; }()));
        QVERIFY(!views.remove(list.front().id));
        QVERIFY(views.remove(mine.id));
        QCOMPARE(views.list().size(), builtinViews().size());

        // A definition with wrong types falls back to defaults, never throws.
        const SavedView odd = SavedView::fromDefinition("x", nlohmann::json::parse(R"({"filter": 3, "columns": "a", "sort": []})"));
        QCOMPARE(odd.filter, std::string());
        QVERIFY(odd.columns.empty());
        QCOMPARE(odd.sortColumn, std::string("severity"));
    }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "test_triage.moc"
