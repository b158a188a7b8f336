// SPDX-License-Identifier: GPL-3.0-or-later
// The expiry calendar for real (offscreen, real SQLite files): the reader's
// local-day buckets, urgency edges, day lists and agenda window, and its
// query plans; the list models through QAbstractItemModelTester; the page
// over 10,000 exceptions (first paint measured, the GUI thread never
// waiting), day clicks, month paging, four-eyes button states, signals, and
// the request and decision dialogs; screenshots for people to look at.
#include "exceptions/exception_calendar_reader.h"
#include "exceptions/exception_list_model.h"
#include "exceptions/exception_table_view.h"
#include "exceptions/exception_decision_dialog.h"
#include "exceptions/exception_request_dialog.h"
#include "exceptions/exceptions_view.h"
#include "exceptions/expiry_calendar_widget.h"
#include "feed_test_support.h"
#include "store/store_writer.h"
#include "util/clock.h"
#include "widget_test_support.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <set>

using namespace closeloop;
using namespace closeloop::test;

namespace {

// Wednesday, 14 October 2026, noon UTC (08:00 in New York, EDT).
const QDateTime Now = QDateTime(QDate(2026, 10, 14), QTime(12, 0), QTimeZone::utc());

struct Ex
{
    std::string scopeKind = "cve";
    std::string scopeValue = "CVE-2024-1234";
    std::string service = "payments-api";
    std::string justification = "Not reachable: the vulnerable parser is never called";
    std::string controls = "WAF rule 9001";
    std::string tier = "high";
    std::string state = "active";
    std::string requestedBy = "alice";
    QDateTime expiresAt;
    std::string decidedBy = "mia";
    std::vector<std::int64_t> findings;
};

// Every column of the exceptions table, as the service would write them.
std::int64_t insertException(Database& db, const Ex& e)
{
    auto st = db.prepare(
        "INSERT INTO exceptions (scope_kind, scope_value, service, justification, compensating_controls, tier,"
        " tier_rule, state, requested_by, requested_at, requested_expiry, expires_at, decided_by, decided_at,"
        " decision_reason, ended_at, ended_by, renewal_of, reminded_days, source, provenance, policy_version)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?,?,?,?)");
    const bool decided = e.state != "requested";
    const bool ended = e.state == "expired" || e.state == "revoked" || e.state == "renewed";
    st.bind(1, e.scopeKind).bind(2, e.scopeValue).bind(3, e.service).bind(4, e.justification).bind(5, e.controls);
    st.bind(6, e.tier).bind(7, std::string("tier-") + e.tier).bind(8, e.state).bind(9, e.requestedBy);
    st.bind(10, isoUtc(e.expiresAt.addDays(-30))).bind(11, isoUtc(e.expiresAt)).bind(12, isoUtc(e.expiresAt));
    st.bind(13, decided ? e.decidedBy : std::string());
    if (decided)
        st.bind(14, isoUtc(e.expiresAt.addDays(-29)));
    else
        st.bindNull(14);
    st.bind(15, decided ? std::string("fine") : std::string());
    if (ended)
        st.bind(16, isoUtc(e.expiresAt));
    else
        st.bindNull(16);
    st.bind(17, ended ? std::string("sweep") : std::string());
    st.bind(18, 7);
    st.bind(19, std::string("manual")).bind(20, std::string("{}")).bind(21, std::string("policy-v1"));
    st.exec();
    const std::int64_t id = db.lastInsertId();
    for (std::int64_t f : e.findings) {
        auto link = db.prepare("INSERT INTO exception_findings (exception_id, finding_id) VALUES (?, ?)");
        link.bind(1, id).bind(2, f);
        link.exec();
    }
    return id;
}

std::int64_t insert(TempWorkspace& ws, const Ex& e)
{
    return ws.writer().run([e](Database& db) { return insertException(db, e); }).get();
}

// Three real findings, imported as a scan would bring them.
std::vector<std::int64_t> importFindings(TempWorkspace& ws)
{
    nlohmann::json vulns = nlohmann::json::array();
    for (const char* id : {"CVE-2024-1234", "CVE-2024-2222", "CVE-2024-3333"})
        vulns.push_back({{"VulnerabilityID", id}, {"PkgName", "libfoo"}, {"InstalledVersion", "1.0"},
                         {"Severity", "HIGH"}, {"Title", id}});
    const nlohmann::json doc = {{"SchemaVersion", 2},
                                {"ArtifactName", "payments-api"},
                                {"ArtifactType", "container_image"},
                                {"Results", {{{"Target", "payments-api (alpine 3.18)"}, {"Class", "os-pkgs"},
                                              {"Type", "alpine"}, {"Vulnerabilities", vulns}}}}};
    ws.writeFile("scan.json", doc.dump());
    ws.import(ws.path("scan.json"));
    Database db(ws.dbPath(), Database::Mode::ReadOnly);
    std::vector<std::int64_t> ids;
    auto st = db.prepare("SELECT id FROM findings ORDER BY id");
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

const ExpiryDayCount* countOn(const std::vector<ExpiryDayCount>& counts, QDate day)
{
    for (const ExpiryDayCount& c : counts)
        if (c.day == day)
            return &c;
    return nullptr;
}

// The 10,000 exceptions of the page tests: expiries from 20 days ago to 200
// days ahead, all states, four requesters. Kept so expected numbers come
// from here, not from the SQL under test.
struct Generated
{
    QDateTime expiresAt;
    std::string state;
    std::string requestedBy;
};

std::vector<Generated> generate(int n)
{
    static const char* const users[] = {"alice", "bob", "carol", "dan"};
    std::vector<Generated> out;
    out.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        Generated g;
        g.expiresAt = Now.addDays(i % 220 - 20).addSecs(qint64(i * 37 % 1440) * 60 - 6 * 3600);
        // The day follows i % 220, so state and requester follow i / 220:
        // every day gets every state.
        const int k = (i / 220) % 20;
        if (k < 2)
            g.state = g.expiresAt <= Now ? "expired" : "active";
        else if (k < 5)
            g.state = "requested";
        else if (k == 5)
            g.state = "revoked";
        else if (k == 6)
            g.state = "rejected";
        else
            g.state = "active";
        g.requestedBy = users[(i / 220) % 4];
        out.push_back(g);
    }
    return out;
}

void insertGenerated(TempWorkspace& ws, const std::vector<Generated>& rows)
{
    ws.writer()
        .run([&rows](Database& db) {
            static const char* const services[] = {"payments-api", "checkout-web", "ledger", "search", ""};
            static const char* const tiers[] = {"low", "medium", "high"};
            Transaction tx(db);
            for (std::size_t i = 0; i < rows.size(); ++i) {
                Ex e;
                e.state = rows[i].state;
                e.requestedBy = rows[i].requestedBy;
                e.expiresAt = rows[i].expiresAt;
                e.tier = tiers[i % 3];
                e.service = services[i % 5];
                e.scopeKind = i % 3 == 0 ? "rule" : "cve";
                e.scopeValue = i % 3 == 0 ? "trivy:DS002" : "CVE-2025-" + std::to_string(1000 + i);
                e.justification = "Accepted until the " + std::to_string(i % 9 + 1) +
                                  ".x upgrade lands; the service is internal and the input is validated upstream";
                insertException(db, e);
            }
            tx.commit();
        })
        .get();
}

bool calendarState(const std::string& s)
{
    return s == "active" || s == "requested" || s == "expired";
}

QPushButton* button(QWidget& w, const char* name)
{
    auto* b = w.findChild<QPushButton*>(QLatin1String(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

// The grid cell of a day, in the calendar's internal view.
QPoint cellCenter(ExpiryCalendarWidget& calendar, QDate day)
{
    auto* grid = calendar.findChild<QTableView*>(QStringLiteral("qt_calendar_calendarview"));
    if (!grid)
        qFatal("no calendar grid");
    const qint64 offset = calendar.firstVisibleDate().daysTo(day);
    return grid->visualRect(grid->model()->index(1 + int(offset / 7), int(offset % 7))).center();
}

// Records which days QCalendarWidget asks to paint.
class PaintProbe : public ExpiryCalendarWidget
{
public:
    mutable std::set<QDate> painted;

protected:
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override
    {
        painted.insert(date);
        ExpiryCalendarWidget::paintCell(painter, rect, date);
    }
};

} // namespace

class TestExceptionsView : public QObject
{
    Q_OBJECT

private slots:
    void urgencyEdges()
    {
        QCOMPARE(expiryUrgency(Now, Now), ExpiryUrgency::Expired);
        QCOMPARE(expiryUrgency(Now.addMSecs(1), Now), ExpiryUrgency::Within7Days);
        QCOMPARE(expiryUrgency(Now.addDays(7), Now), ExpiryUrgency::Within7Days);
        QCOMPARE(expiryUrgency(Now.addDays(7).addMSecs(1), Now), ExpiryUrgency::Within30Days);
        QCOMPARE(expiryUrgency(Now.addDays(30), Now), ExpiryUrgency::Within30Days);
        QCOMPARE(expiryUrgency(Now.addDays(30).addSecs(1), Now), ExpiryUrgency::Later);
        QCOMPARE(expiryUrgency(QDateTime(), Now), ExpiryUrgency::Expired);

        ExpiryDayCount c;
        QCOMPARE(c.mostUrgent(), ExpiryUrgency::Later);
        c.later = 3;
        c.within30 = 1;
        QCOMPARE(c.mostUrgent(), ExpiryUrgency::Within30Days);
        c.within7 = 1;
        QCOMPARE(c.mostUrgent(), ExpiryUrgency::Within7Days);
        c.expired = 1;
        QCOMPARE(c.mostUrgent(), ExpiryUrgency::Expired);
    }

    void countsByLocalDay()
    {
        TempWorkspace ws;
        // 03:00 UTC on the 20th is 23:00 on the 19th in New York (EDT).
        Ex late;
        late.expiresAt = QDateTime(QDate(2026, 10, 20), QTime(3, 0), QTimeZone::utc());
        insert(ws, late);
        // Across the end of DST (1 November 2026): 04:30 UTC is 23:30 EST on
        // 1 November, but would be 00:30 on the 2nd at the summer offset.
        Ex afterDst;
        afterDst.expiresAt = QDateTime(QDate(2026, 11, 2), QTime(4, 30), QTimeZone::utc());
        insert(ws, afterDst);

        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        ExceptionCalendarReader reader(db);
        const QTimeZone ny("America/New_York");
        QVERIFY(ny.isValid());
        const auto local = reader.countsByDay(QDate(2026, 10, 1), QDate(2026, 11, 30), ny, Now);
        QCOMPARE(int(local.size()), 2);
        QVERIFY(countOn(local, QDate(2026, 10, 19)));
        QCOMPARE(countOn(local, QDate(2026, 10, 19))->total, 1);
        QVERIFY(!countOn(local, QDate(2026, 10, 20)));
        QVERIFY(countOn(local, QDate(2026, 11, 1)));
        QVERIFY(!countOn(local, QDate(2026, 11, 2)));

        const auto utc = reader.countsByDay(QDate(2026, 10, 1), QDate(2026, 11, 30), QTimeZone::utc(), Now);
        QVERIFY(countOn(utc, QDate(2026, 10, 20)));
        QVERIFY(!countOn(utc, QDate(2026, 10, 19)));
        QVERIFY(countOn(utc, QDate(2026, 11, 2)));

        // The day list agrees with the cell.
        const auto onDay = reader.onDay(QDate(2026, 10, 19), ny);
        QCOMPARE(int(onDay.size()), 1);
        QCOMPARE(onDay[0].expiresAt, late.expiresAt);
        QVERIFY(reader.onDay(QDate(2026, 10, 20), ny).empty());
        // A range wider than one statement's chunk still counts everything once.
        const auto wide = reader.countsByDay(QDate(2025, 1, 1), QDate(2027, 12, 31), ny, Now);
        QCOMPARE(int(wide.size()), 2);
        // Nonsense ranges are empty, not errors.
        QVERIFY(reader.countsByDay(QDate(2026, 11, 1), QDate(2026, 10, 1), ny, Now).empty());
    }

    void countsUrgencyAndStates()
    {
        TempWorkspace ws;
        const auto at = [](QDateTime t) {
            Ex e;
            e.expiresAt = t;
            return e;
        };
        // All on 21 October (UTC): now + 7 days exactly, and one ms later.
        const QDateTime in7 = Now.addDays(7);
        insert(ws, at(in7));
        insert(ws, at(in7.addMSecs(1)));
        // 13 November: now + 30 days exactly, and one second later.
        insert(ws, at(Now.addDays(30)));
        insert(ws, at(Now.addDays(30).addSecs(1)));
        // Today: exactly now is expired, one ms later is not.
        insert(ws, at(Now));
        Ex pending = at(Now.addMSecs(1));
        pending.state = "requested";
        insert(ws, pending);
        // Yesterday: ended by expiry; revoked, rejected and renewed ones never
        // reach the calendar.
        Ex expired = at(Now.addDays(-1));
        expired.state = "expired";
        insert(ws, expired);
        for (const char* state : {"revoked", "rejected", "renewed"}) {
            Ex gone = at(Now.addDays(-1));
            gone.state = state;
            insert(ws, gone);
        }

        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        ExceptionCalendarReader reader(db);
        const auto counts = reader.countsByDay(QDate(2026, 10, 1), QDate(2026, 11, 30), QTimeZone::utc(), Now);
        QCOMPARE(int(counts.size()), 4);
        const ExpiryDayCount* day21 = countOn(counts, QDate(2026, 10, 21));
        QVERIFY(day21);
        QCOMPARE(day21->total, 2);
        QCOMPARE(day21->within7, 1);
        QCOMPARE(day21->within30, 1);
        QCOMPARE(day21->mostUrgent(), ExpiryUrgency::Within7Days);
        const ExpiryDayCount* nov13 = countOn(counts, QDate(2026, 11, 13));
        QVERIFY(nov13);
        QCOMPARE(nov13->within30, 1);
        QCOMPARE(nov13->later, 1);
        QCOMPARE(nov13->mostUrgent(), ExpiryUrgency::Within30Days);
        const ExpiryDayCount* today = countOn(counts, Now.date());
        QVERIFY(today);
        QCOMPARE(today->total, 2);
        QCOMPARE(today->expired, 1);
        QCOMPARE(today->within7, 1);
        QCOMPARE(today->awaitingDecision, 1);
        QCOMPARE(today->mostUrgent(), ExpiryUrgency::Expired);
        const ExpiryDayCount* yesterday = countOn(counts, Now.date().addDays(-1));
        QVERIFY(yesterday);
        QCOMPARE(yesterday->total, 1); // only the expired one
        QCOMPARE(yesterday->expired, 1);
        QCOMPARE(yesterday->awaitingDecision, 0);
        // The counts agree with the urgency the lists show.
        QCOMPARE(expiryUrgency(in7, Now), ExpiryUrgency::Within7Days);
        QCOMPARE(expiryUrgency(in7.addMSecs(1), Now), ExpiryUrgency::Within30Days);
    }

    void onDayAgendaAndById()
    {
        TempWorkspace ws;
        const auto findings = importFindings(ws);
        QCOMPARE(int(findings.size()), 3);
        const auto at = [](QDateTime t, const char* state = "active") {
            Ex e;
            e.expiresAt = t;
            e.state = state;
            return e;
        };
        Ex scoped = at(Now.addDays(3).addSecs(3600));
        scoped.scopeKind = "findings";
        scoped.scopeValue.clear();
        scoped.findings = findings;
        const auto laterSameDay = insert(ws, scoped);
        const auto earlierSameDay = insert(ws, at(Now.addDays(3)));
        const auto requested = insert(ws, at(Now.addDays(1), "requested"));
        const auto atEdge = insert(ws, at(Now.addDays(90)));
        const auto beyond = insert(ws, at(Now.addDays(90).addSecs(1)));
        const auto overdueActive = insert(ws, at(Now.addDays(-2)));
        const auto overdueRequested = insert(ws, at(Now.addSecs(-60), "requested"));
        const auto expired = insert(ws, at(Now.addDays(-1), "expired"));
        const auto revoked = insert(ws, at(Now.addDays(5), "revoked"));

        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        ExceptionCalendarReader reader(db);
        const auto day = reader.onDay(Now.date().addDays(3), QTimeZone::utc());
        QCOMPARE(int(day.size()), 2);
        QCOMPARE(day[0].id, earlierSameDay); // soonest first
        QCOMPARE(day[1].id, laterSameDay);
        QCOMPARE(day[1].findingCount, 3);
        QCOMPARE(day[1].scopeKind, std::string("findings"));
        QCOMPARE(day[0].findingCount, 0);

        const auto agenda = reader.agenda(Now, 90);
        std::vector<std::int64_t> ids;
        for (const auto& e : agenda)
            ids.push_back(e.id);
        // Ahead (soonest first) through exactly now + 90 days, then overdue.
        const std::vector<std::int64_t> expected = {requested, earlierSameDay, laterSameDay, atEdge, overdueActive,
                                                    overdueRequested};
        QCOMPARE(ids, expected);
        QVERIFY(std::find(ids.begin(), ids.end(), beyond) == ids.end());
        QVERIFY(std::find(ids.begin(), ids.end(), expired) == ids.end());
        QVERIFY(std::find(ids.begin(), ids.end(), revoked) == ids.end());

        const ExceptionRecord r = reader.byId(laterSameDay);
        QCOMPARE(r.id, laterSameDay);
        QCOMPARE(r.state, std::string("active"));
        QCOMPARE(r.tier, std::string("high"));
        QCOMPARE(r.tierRule, std::string("tier-high"));
        QCOMPARE(r.requestedBy, std::string("alice"));
        QCOMPARE(r.decidedBy, std::string("mia"));
        QCOMPARE(r.decisionReason, std::string("fine"));
        QCOMPARE(r.compensatingControls, std::string("WAF rule 9001"));
        QCOMPARE(r.expiresAt, scoped.expiresAt);
        QCOMPARE(r.requestedExpiry, scoped.expiresAt);
        QCOMPARE(r.requestedAt, scoped.expiresAt.addDays(-30));
        QVERIFY(r.decidedAt.isValid());
        QVERIFY(!r.endedAt.isValid());
        QCOMPARE(r.source, std::string("manual"));
        QCOMPARE(r.policyVersion, std::string("policy-v1"));
        QCOMPARE(r.renewalOf, std::int64_t(0));
        QCOMPARE(reader.byId(revoked).endedBy, std::string("sweep"));
        QCOMPARE(reader.byId(987654).id, std::int64_t(0));
    }

    // The calendar's queries are range scans of exceptions_by_state_expiry,
    // never a scan of the table: what makes 10,000 (or 1,000,000) cheap.
    void queriesUseTheStateExpiryIndex()
    {
        TempWorkspace ws;
        insert(ws, [] {
            Ex e;
            e.expiresAt = Now.addDays(2);
            return e;
        }());
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        std::vector<std::string> statements;
        sqlite3_trace_v2(
            db.handle(), SQLITE_TRACE_STMT,
            [](unsigned, void* ctx, void* p, void*) -> int {
                static_cast<std::vector<std::string>*>(ctx)->push_back(sqlite3_sql(static_cast<sqlite3_stmt*>(p)));
                return 0;
            },
            &statements);
        ExceptionCalendarReader reader(db);
        reader.countsByDay(QDate(2026, 10, 1), QDate(2026, 11, 15), QTimeZone::utc(), Now);
        reader.onDay(Now.date(), QTimeZone::utc());
        reader.agenda(Now, 90);
        sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);

        int checked = 0;
        for (const std::string& sql : statements) {
            if (sql.find("expires_at") == std::string::npos)
                continue; // BEGIN, ROLLBACK
            ++checked;
            auto plan = db.prepare("EXPLAIN QUERY PLAN " + sql);
            std::string details;
            while (plan.step())
                details += plan.text(3) + "; ";
            QVERIFY2(details.find("exceptions_by_state_expiry") != std::string::npos, details.c_str());
            QVERIFY2(details.find("SCAN e") == std::string::npos, details.c_str());
            QVERIFY2(details.find("SCAN f") == std::string::npos, details.c_str());
        }
        QCOMPARE(checked, 4); // counts, day, agenda ahead, agenda overdue
    }

    void listModels()
    {
        TempWorkspace ws;
        const auto findings = importFindings(ws);
        Ex html;
        html.expiresAt = Now.addDays(2);
        html.justification = "<b>bold</b><img src=x onerror=alert(1)>\nsecond line";
        html.scopeKind = "findings";
        html.scopeValue.clear();
        html.findings = findings;
        insert(ws, html);
        Ex rule;
        rule.expiresAt = Now.addDays(-3);
        rule.scopeKind = "rule";
        rule.scopeValue = "trivy:DS002";
        rule.service = "";
        rule.state = "requested";
        insert(ws, rule);
        Ex cve;
        cve.expiresAt = Now.addDays(40);
        insert(ws, cve);
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        auto rows = ExceptionCalendarReader(db).agenda(Now, 90);
        QCOMPARE(int(rows.size()), 3);

        for (auto kind : {ExceptionListModel::Kind::Day, ExceptionListModel::Kind::Agenda}) {
            ExceptionListModel model(kind);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setTimeZone(QTimeZone::utc());
            model.setNow(Now);
            model.setRows(rows);
            QCOMPARE(model.rowCount(), 3);
            const bool agenda = kind == ExceptionListModel::Kind::Agenda;
            QCOMPARE(model.columnCount(), agenda ? 8 : 7);
            if (agenda) {
                // By day: the overdue request first.
                QCOMPARE(model.exceptionAt(0)->state, std::string("requested"));
                QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Overdue by 3 day(s)"));
                QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("In 2 day(s)"));
                QCOMPARE(model.index(0, 0).data(ExceptionListModel::UrgencyRole).toInt(), int(ExpiryUrgency::Expired));
            }
            const int row = model.indexOf(model.exceptionAt(agenda ? 1 : 0)->id).row();
            const ExceptionRecord* e = model.exceptionAt(row);
            QCOMPARE(e->findingCount, 3);
            const auto cell = [&](ExceptionListModel::Column c, int r, int role = Qt::DisplayRole) {
                return model.index(r, model.sectionOf(c)).data(role);
            };
            using C = ExceptionListModel::Column;
            QCOMPARE(cell(C::Scope, row).toString(), QStringLiteral("3 finding(s)"));
            QCOMPARE(cell(C::Expiry, row).toString(), agenda ? QStringLiteral("2026-10-16 12:00") : QStringLiteral("12:00"));
            QCOMPARE(cell(C::State, row).toString(), QStringLiteral("Active"));
            QCOMPARE(cell(C::Tier, row).toString(), QStringLiteral("High"));
            QCOMPARE(cell(C::Requester, row).toString(), QStringLiteral("alice"));
            QCOMPARE(cell(C::DecidedBy, row).toString(), QStringLiteral("mia"));
            // One line in the cell; the whole text, escaped, in the tooltip.
            const QString shown = cell(C::Justification, row).toString();
            QVERIFY(!shown.contains(QLatin1Char('\n')));
            QVERIFY(shown.startsWith(QStringLiteral("<b>bold</b>")));
            const QString tip = cell(C::Justification, row, Qt::ToolTipRole).toString();
            QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;&lt;img")));
            QVERIFY(!tip.contains(QStringLiteral("<img")));
            QVERIFY(tip.contains(QStringLiteral("WAF rule 9001")));
            QCOMPARE(cell(C::Scope, row, ExceptionListModel::ExceptionIdRole).toLongLong(), e->id);

            const int ruleRow = agenda ? 0 : 2;
            QCOMPARE(cell(C::Scope, ruleRow).toString(), QStringLiteral("rule trivy:DS002 in all services"));
            QCOMPARE(cell(C::State, ruleRow).toString(), QStringLiteral("Awaiting decision"));
            QVERIFY(cell(C::State, ruleRow, Qt::ToolTipRole).toString().contains(QStringLiteral("Past its expiry")));
            QVERIFY(cell(C::State, row, Qt::ToolTipRole).isNull());
            QCOMPARE(cell(C::DecidedBy, ruleRow).toString(), QStringLiteral("\u2014"));
            QCOMPARE(cell(C::Scope, agenda ? 2 : 1).toString(), QStringLiteral("CVE-2024-1234 in payments-api"));

            // Time moves on: the same rows, other urgencies.
            model.setNow(Now.addDays(3));
            QCOMPARE(cell(C::Expiry, row, ExceptionListModel::UrgencyRole).toInt(), int(ExpiryUrgency::Expired));
            model.setTimeZone(QTimeZone("America/New_York"));
            QCOMPARE(cell(C::Expiry, row).toString(), agenda ? QStringLiteral("2026-10-16 08:00") : QStringLiteral("08:00"));
            QVERIFY(!model.indexOf(424242).isValid());
            model.clear();
            QCOMPARE(model.rowCount(), 0);
            QVERIFY(!model.exceptionAt(0));
        }
    }

    void visibleRangeMatchesTheGrid()
    {
        PaintProbe calendar;
        calendar.resize(500, 400);
        for (const auto& [year, month, first] : {std::tuple{2026, 10, Qt::Monday}, std::tuple{2026, 6, Qt::Monday},
                                                 std::tuple{2026, 3, Qt::Sunday}, std::tuple{2026, 2, Qt::Sunday}}) {
            calendar.setFirstDayOfWeek(first);
            calendar.setCurrentPage(year, month);
            calendar.painted.clear();
            calendar.grab();
            QVERIFY(!calendar.painted.empty());
            QCOMPARE(*calendar.painted.begin(), calendar.firstVisibleDate());
            QCOMPARE(*calendar.painted.rbegin(), calendar.lastVisibleDate());
            QCOMPARE(int(calendar.painted.size()), 42);
        }
        // June 2026 starts on a Monday: Qt shows a week of May first.
        calendar.setFirstDayOfWeek(Qt::Monday);
        calendar.setCurrentPage(2026, 6);
        QCOMPARE(calendar.firstVisibleDate(), QDate(2026, 5, 25));
    }

    void pageOverTenThousandExceptions()
    {
        TempWorkspace ws;
        const auto generated = generate(10000);
        insertGenerated(ws, generated);
        const QTimeZone utc = QTimeZone::utc();

        QElapsedTimer clock;
        clock.start();
        ExceptionsView view(QString::fromStdString(ws.dbPath()));
        const qint64 constructedMs = clock.elapsed();
        view.setTimeZone(utc);
        view.setNow(Now);
        view.setCurrentUser(QStringLiteral("alice"));
        view.setCanDecide(true);
        view.resize(1200, 760);
        QSignalSpy shown(&view, &ExceptionsView::dataShown);
        QSignalSpy failed(&view, &ExceptionsView::loadFailed);

        // How long the GUI thread is ever kept from its event loop while
        // the data loads.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, sinceTick.restart());
        });

        view.show();
        // Nothing was read on this thread: the lists are still empty.
        QCOMPARE(view.dayModel()->rowCount(), 0);
        QVERIFY(!view.calendar()->countOn(Now.date()));
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qint64 exposedMs = clock.elapsed();
        sinceTick.start();
        ticker.start();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 20000);
        ticker.stop();
        const qint64 dataMs = clock.elapsed();
        view.repaint();
        const qint64 paintedMs = clock.elapsed();
        qInfo("10,000 exceptions: constructed in %lld ms, first paint (exposed) at %lld ms, data on screen at %lld "
              "ms (read %lld ms), repainted with data at %lld ms; longest GUI-thread gap while loading %lld ms",
              constructedMs, exposedMs, dataMs, shown.first().first().toLongLong(), paintedMs, longestGap);
        QVERIFY(failed.isEmpty());
        QVERIFY(!view.isLoading());
        QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));

        // The visible month's counts, as the generated data says.
        const auto expectedOn = [&](QDate day) {
            int total = 0;
            int awaiting = 0;
            for (const Generated& g : generated) {
                if (calendarState(g.state) && g.expiresAt.toTimeZone(utc).date() == day) {
                    ++total;
                    awaiting += g.state == "requested";
                }
            }
            return std::pair{total, awaiting};
        };
        ExpiryCalendarWidget* calendar = view.calendar();
        QCOMPARE(calendar->today(), Now.date());
        QCOMPARE(calendar->selectedDate(), Now.date());
        for (QDate d = calendar->firstVisibleDate(); d <= calendar->lastVisibleDate(); d = d.addDays(1)) {
            const auto [total, awaiting] = expectedOn(d);
            const ExpiryDayCount* c = calendar->countOn(d);
            QCOMPARE(c ? c->total : 0, total);
            QCOMPARE(c ? c->awaitingDecision : 0, awaiting);
        }
        QVERIFY(calendar->countOn(QDate(2026, 10, 20)));
        // Only the visible range was read.
        QVERIFY(!calendar->countOn(calendar->lastVisibleDate().addDays(1)));
        QVERIFY(expectedOn(QDate(2026, 12, 20)).first > 0);
        QVERIFY(!calendar->countOn(QDate(2026, 12, 20)));
        // Today's list came with the first read, and its first row is current.
        QCOMPARE(view.dayModel()->rowCount(), expectedOn(Now.date()).first);
        QVERIFY(view.currentException().id != 0);

        // The agenda: 90 days ahead plus overdue, ordered by expiry.
        int agendaExpected = 0;
        for (const Generated& g : generated)
            agendaExpected += (g.state == "active" || g.state == "requested") && g.expiresAt <= Now.addDays(90);
        QCOMPARE(view.agendaModel()->rowCount(), agendaExpected);
        for (int r = 1; r < view.agendaModel()->rowCount(); ++r)
            QVERIFY(view.agendaModel()->exceptionAt(r - 1)->expiresAt <= view.agendaModel()->exceptionAt(r)->expiresAt);

        // A click on a day fills its list.
        const QDate picked(2026, 10, 22);
        auto* grid = calendar->findChild<QTableView*>(QStringLiteral("qt_calendar_calendarview"));
        QVERIFY(grid);
        const QPoint at = cellCenter(*calendar, picked);
        QCOMPARE(calendar->dateAt(at), picked);
        shown.clear();
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(calendar->selectedDate(), picked);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        const int dayRows = view.dayModel()->rowCount();
        QCOMPARE(dayRows, expectedOn(picked).first);
        QVERIFY(dayRows > 10);
        for (int r = 0; r < dayRows; ++r) {
            const ExceptionRecord* e = view.dayModel()->exceptionAt(r);
            QCOMPARE(e->expiresAt.toTimeZone(utc).date(), picked);
            QVERIFY(calendarState(e->state));
            if (r > 0)
                QVERIFY(view.dayModel()->exceptionAt(r - 1)->expiresAt <= e->expiresAt);
        }
        QCOMPARE(view.currentException().id, view.dayModel()->exceptionAt(0)->id);
        QVERIFY(calendar->describeDay(picked).contains(QString::number(dayRows)));

        // Four eyes and roles, mirrored on the buttons.
        auto* approve = button(view, "approveButton");
        auto* reject = button(view, "rejectButton");
        auto* renew = button(view, "renewButton");
        auto* revoke = button(view, "revokeButton");
        auto* open = button(view, "openFindingsButton");
        const auto selectWhere = [&](auto pred) {
            for (int r = 0; r < dayRows; ++r) {
                const ExceptionRecord* e = view.dayModel()->exceptionAt(r);
                if (pred(*e)) {
                    view.dayList()->selectRow(r);
                    return e->id;
                }
            }
            return std::int64_t(0);
        };
        const auto ownRequest = selectWhere([](const ExceptionRecord& e) {
            return e.state == "requested" && e.requestedBy == "alice";
        });
        QVERIFY(ownRequest);
        QCOMPARE(view.currentException().id, ownRequest);
        QVERIFY(!approve->isEnabled());
        QVERIFY(!reject->isEnabled());
        QVERIFY(revoke->isEnabled()); // a requester may withdraw their own request
        QVERIFY(!renew->isEnabled());
        QVERIFY(open->isEnabled());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("decisionHint"))->text().contains(QStringLiteral("four eyes")));

        const auto othersRequest = selectWhere([](const ExceptionRecord& e) {
            return e.state == "requested" && e.requestedBy == "carol";
        });
        QVERIFY(othersRequest);
        QVERIFY(approve->isEnabled());
        QVERIFY(reject->isEnabled());
        QVERIFY(revoke->isEnabled());
        view.setCanDecide(false); // an analyst
        QVERIFY(!approve->isEnabled());
        QVERIFY(!reject->isEnabled());
        QVERIFY(!revoke->isEnabled());
        view.setCanDecide(true);

        QSignalSpy approveSpy(&view, &ExceptionsView::approveRequested);
        QSignalSpy rejectSpy(&view, &ExceptionsView::rejectRequested);
        QSignalSpy renewSpy(&view, &ExceptionsView::renewRequested);
        QSignalSpy revokeSpy(&view, &ExceptionsView::revokeRequested);
        QSignalSpy openSpy(&view, &ExceptionsView::openFindingsRequested);
        QSignalSpy newSpy(&view, &ExceptionsView::requestNewException);
        QTest::mouseClick(approve, Qt::LeftButton);
        QTest::mouseClick(reject, Qt::LeftButton);
        QCOMPARE(approveSpy.count(), 1);
        QCOMPARE(approveSpy.first().first().toLongLong(), othersRequest);
        QCOMPARE(rejectSpy.first().first().toLongLong(), othersRequest);

        const auto active = selectWhere([](const ExceptionRecord& e) { return e.state == "active"; });
        QVERIFY(active);
        QVERIFY(!approve->isEnabled());
        QVERIFY(renew->isEnabled());
        QVERIFY(revoke->isEnabled());
        QTest::mouseClick(renew, Qt::LeftButton);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QCOMPARE(renewSpy.first().first().toLongLong(), active);
        QCOMPARE(revokeSpy.first().first().toLongLong(), active);
        QTest::mouseClick(button(view, "requestButton"), Qt::LeftButton);
        QCOMPARE(newSpy.count(), 1);
        // Clicks on disabled buttons do nothing.
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(approveSpy.count(), 1);

        // Keyboard: Enter in the list opens the findings, as does a double-click.
        view.dayList()->setFocus();
        QTest::keyClick(view.dayList(), Qt::Key_Return);
        QCOMPARE(openSpy.count(), 1);
        QCOMPARE(openSpy.last().first().toString(), QStringLiteral("exception:%1").arg(active));
        const QModelIndex first = view.agendaModel()->index(0, 1);
        const QPoint cellPos = view.agendaList()->visualRect(first).center();
        QTest::mouseClick(view.agendaList()->viewport(), Qt::LeftButton, {}, cellPos);
        QTest::mouseDClick(view.agendaList()->viewport(), Qt::LeftButton, {}, cellPos);
        QCOMPARE(openSpy.count(), 2);
        QCOMPARE(openSpy.last().first().toString(),
                 QStringLiteral("exception:%1").arg(view.agendaModel()->exceptionAt(0)->id));
        // Choosing in the agenda clears the day list's choice.
        QCOMPARE(view.currentException().id, view.agendaModel()->exceptionAt(0)->id);
        QVERIFY(view.dayList()->selectionModel()->selectedRows().isEmpty());
        for (QPushButton* b : {approve, reject, renew, revoke, open})
            QVERIFY2(b->text().contains(QLatin1Char('&')), qPrintable(b->text()));

        // A refresh keeps the chosen exception.
        const qint64 chosen = view.currentException().id;
        shown.clear();
        view.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        QCOMPARE(view.currentException().id, chosen);

        saveScreenshot(view, QStringLiteral("exceptions_calendar.png"));

        // The next month: its counts load, the old ones go.
        shown.clear();
        calendar->showNextMonth();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        QVERIFY(calendar->countOn(QDate(2026, 11, 20)));
        QCOMPARE(calendar->countOn(QDate(2026, 11, 20))->total, expectedOn(QDate(2026, 11, 20)).first);
        QVERIFY(!calendar->countOn(QDate(2026, 10, 14)) || calendar->firstVisibleDate() <= QDate(2026, 10, 14));
        // Later than 30 days ahead from the middle of November on: the calm tint.
        QCOMPARE(calendar->countOn(QDate(2026, 11, 20))->mostUrgent(), ExpiryUrgency::Later);
        saveScreenshot(view, QStringLiteral("exceptions_calendar_next_month.png"));

        // The same page on a dark palette.
        view.setPalette(darkPalette());
        shown.clear();
        calendar->setCurrentPage(2026, 10);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        saveScreenshot(view, QStringLiteral("exceptions_calendar_dark.png"));
    }

    void hiddenPageDoesNotRead()
    {
        TempWorkspace ws;
        Ex e;
        e.expiresAt = Now.addDays(1);
        insert(ws, e);
        ExceptionsView view(QString::fromStdString(ws.dbPath()));
        view.setTimeZone(QTimeZone::utc());
        view.setNow(Now);
        QSignalSpy shown(&view, &ExceptionsView::dataShown);
        QTest::qWait(100);
        QCOMPARE(shown.count(), 0);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        QCOMPARE(view.agendaModel()->rowCount(), 1);
    }

    void unreadableWorkspaceIsReported()
    {
        QTemporaryDir dir;
        // A file that is not a database: the read fails and says so, the page stays usable.
        QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        ExceptionsView view(junk.fileName());
        QSignalSpy failed(&view, &ExceptionsView::loadFailed);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 10000);
        auto* error = view.findChild<QLabel*>(QStringLiteral("loadError"));
        QVERIFY(error && error->isVisible());
        QVERIFY(!view.isLoading());
    }

    void missingWorkspaceIsReported()
    {
        QTemporaryDir dir;
        // The reader cannot open it at all: the page says so instead of
        // waiting for ever.
        ExceptionsView view(dir.filePath(QStringLiteral("absent.sqlite")));
        QSignalSpy failed(&view, &ExceptionsView::loadFailed);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 10000);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("loadError"))->isVisible());
        QVERIFY(!view.isLoading());
    }

    void requestDialog()
    {
        ExceptionRequestDialog dialog;
        dialog.setNow(Now);
        auto* ok = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("scopeKind"));
        auto* value = dialog.findChild<QLineEdit*>(QStringLiteral("scopeValue"));
        auto* service = dialog.findChild<QComboBox*>(QStringLiteral("service"));
        auto* justification = dialog.findChild<QPlainTextEdit*>(QStringLiteral("justification"));
        auto* controls = dialog.findChild<QPlainTextEdit*>(QStringLiteral("compensatingControls"));
        auto* expiry = dialog.findChild<QDateTimeEdit*>(QStringLiteral("expiry"));
        QVERIFY(ok && kind && value && service && justification && controls && expiry);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // The default expiry: 30 days ahead.
        QCOMPARE(expiry->dateTime().toUTC(), Now.addDays(30));
        // No findings selected: the CVE scope is offered first; nothing typed yet.
        QCOMPARE(kind->currentData().toString(), QStringLiteral("cve"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(value, QStringLiteral("cve-2024-1234"));
        QVERIFY(!ok->isEnabled()); // still no justification
        QTest::keyClicks(justification, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(justification, QStringLiteral("Only reachable from the admin VPN"));
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(controls, QStringLiteral("WAF rule 9001"));
        service->setCurrentText(QStringLiteral("payments-api"));
        value->setText(QStringLiteral("CVE-24"));
        QVERIFY(!ok->isEnabled()); // not a CVE id
        value->setText(QStringLiteral("cve-2024-1234"));
        QVERIFY(ok->isEnabled());
        // The tier's maximum pulls the expiry back and bounds the field.
        dialog.setMaximumExpiry(Now.addDays(14));
        QCOMPARE(expiry->dateTime().toUTC(), Now.addDays(14));
        expiry->setDateTime(Now.addDays(20).toLocalTime());
        QCOMPARE(expiry->dateTime().toUTC(), Now.addDays(14));
        expiry->setDateTime(Now.addDays(10).toLocalTime());
        QVERIFY(ok->isEnabled());

        const ExceptionRequest r = dialog.request("alice");
        QCOMPARE(r.scope.kind, std::string("cve"));
        QCOMPARE(r.scope.value, std::string("CVE-2024-1234"));
        QCOMPARE(r.scope.service, std::string("payments-api"));
        QCOMPARE(r.justification, std::string("Only reachable from the admin VPN"));
        QCOMPARE(r.compensatingControls, std::string("WAF rule 9001"));
        QCOMPARE(r.requestedExpiry, Now.addDays(10));
        QCOMPARE(r.actor, std::string("alice"));

        // Selected findings: that scope at once, no value needed, all services.
        dialog.setSelectedFindings({11, 12});
        QCOMPARE(kind->currentData().toString(), QStringLiteral("findings"));
        QVERIFY(!value->isEnabled());
        service->setCurrentText(QString());
        QVERIFY(ok->isEnabled());
        const ExceptionRequest f = dialog.request("alice");
        QCOMPARE(f.scope.findingIds, (std::vector<std::int64_t>{11, 12}));
        QCOMPARE(f.scope.service, std::string());

        // The past cannot be picked, and now is not after now.
        expiry->setDateTime(Now.addDays(-1).toLocalTime());
        QVERIFY(expiry->dateTime().toUTC() >= Now);
        expiry->setDateTime(Now.toLocalTime());
        QCOMPARE(expiry->dateTime().toUTC(), Now);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("future")));
    }

    void renewalNeedsANewJustification()
    {
        ExceptionRecord old;
        old.id = 42;
        old.scopeKind = "cve";
        old.scopeValue = "CVE-2024-1234";
        old.service = "payments-api";
        old.justification = "<i>Old reason</i>";
        old.state = "active";
        ExceptionRequestDialog dialog;
        dialog.setNow(Now);
        dialog.setRenewalOf(old);
        QVERIFY(dialog.isRenewal());
        auto* ok = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        auto* justification = dialog.findChild<QPlainTextEdit*>(QStringLiteral("justification"));
        auto* previous = dialog.findChild<QLabel*>(QStringLiteral("previousJustification"));
        QCOMPARE(previous->textFormat(), Qt::PlainText);
        QVERIFY(previous->text().contains(QStringLiteral("<i>Old reason</i>")));
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("scopeKind"))->isEnabled());
        justification->setPlainText(QStringLiteral("<i>Old reason</i>"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("new justification")));
        justification->setPlainText(QStringLiteral("The fix ships in 2.0, scheduled for November"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.request("bob").scope.value, std::string("CVE-2024-1234"));
    }

    void decisionDialog()
    {
        ExceptionRecord e;
        e.id = 7;
        e.scopeKind = "cve";
        e.scopeValue = "CVE-2024-1234";
        e.service = "payments-api";
        e.justification = "<script>alert(1)</script>";
        e.tier = "high";
        e.tierRule = "kev";
        e.state = "requested";
        e.requestedBy = "bob";
        e.requestedAt = Now;
        e.expiresAt = Now.addDays(30);

        ExceptionDecisionDialog approve(ExceptionDecisionDialog::Decision::Approve, e);
        auto* ok = approve.findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled()); // a reason is optional for approval
        approve.setCurrentUser(QStringLiteral("bob"));
        QVERIFY(!ok->isEnabled()); // four eyes
        approve.setCurrentUser(QStringLiteral("mia"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(approve.findChild<QPlainTextEdit*>(QStringLiteral("justification"))->toPlainText(),
                 QStringLiteral("<script>alert(1)</script>"));
        for (QLabel* l : approve.findChildren<QLabel*>()) {
            if (l->text().contains(QLatin1Char('<')))
                QCOMPARE(l->textFormat(), Qt::PlainText);
        }

        ExceptionDecisionDialog reject(ExceptionDecisionDialog::Decision::Reject, e);
        reject.setCurrentUser(QStringLiteral("mia"));
        auto* rejectOk = reject.findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        QVERIFY(!rejectOk->isEnabled());
        QTest::keyClicks(reject.findChild<QPlainTextEdit*>(QStringLiteral("reason")), QStringLiteral("No compensating control"));
        QVERIFY(rejectOk->isEnabled());
        QCOMPARE(reject.reason(), QStringLiteral("No compensating control"));
        QCOMPARE(reject.exceptionId(), qint64(7));

        e.state = "expired";
        ExceptionDecisionDialog revoke(ExceptionDecisionDialog::Decision::Revoke, e);
        QTest::keyClicks(revoke.findChild<QPlainTextEdit*>(QStringLiteral("reason")), QStringLiteral("done"));
        QVERIFY(!revoke.findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->isEnabled());
    }
};

QTEST_MAIN(TestExceptionsView)
#include "test_exceptions_view.moc"
