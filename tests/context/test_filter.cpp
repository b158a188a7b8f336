// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's filter language: tokens, the tree, the SQL it compiles to,
// every error with its place, injection strings matched as plain text,
// completion, and filters run on a real workspace (imported fixture feeds
// with context set by SQL) and through the real closeloop-cli.
#include "feed_test_support.h"

#include "demo/synthetic_trivy_feed.h"
#include "query/filter_compiler.h"
#include "query/filter_completer.h"
#include "query/filter_database_value_source.h"
#include "query/filter_field.h"
#include "query/filter_lexer.h"
#include "query/filter_parser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <set>

using namespace closeloop;
using closeloop::test::CliRun;
using closeloop::test::runCli;
using closeloop::test::TempWorkspace;

namespace {

// The one "now" of these tests, for age.
const char* const Now = "2026-11-25T12:00:00.000Z";

FilterContext context()
{
    FilterContext c;
    c.currentUser = "alice";
    c.now = Now;
    return c;
}

// The tree as an S-expression: (and a (or b c)), (not x), field:op:value.
std::string tree(const FilterNode& n)
{
    switch (n.kind) {
    case FilterNode::Kind::All:
        return "all";
    case FilterNode::Kind::Term: {
        static const char* const ops[] = {":", "=", "<", "<=", ">", ">="};
        if (!n.term.isField)
            return n.term.quoted ? '"' + n.term.value + '"' : n.term.value;
        return n.term.field + ops[int(n.term.op)] + (n.term.quoted ? '"' + n.term.value + '"' : n.term.value);
    }
    case FilterNode::Kind::Not:
        return "(not " + tree(n.children.front()) + ")";
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or: {
        std::string s = n.kind == FilterNode::Kind::And ? "(and" : "(or";
        for (const auto& c : n.children)
            s += ' ' + tree(c);
        return s + ')';
    }
    }
    return "?";
}

std::string binds(const CompiledFilter& c)
{
    std::string s;
    for (const auto& v : c.binds) {
        if (!s.empty())
            s += '|';
        if (const auto* i = std::get_if<std::int64_t>(&v))
            s += std::to_string(*i);
        else if (const auto* d = std::get_if<double>(&v))
            s += std::to_string(*d);
        else
            s += std::get<std::string>(v);
    }
    return s;
}

// A fixed list standing in for the workspace.
class ListValueSource : public FilterValueSource
{
public:
    std::vector<std::string> values(std::string_view field, std::string_view prefix,
                                    std::size_t limit) const override
    {
        m_asked = std::string(field);
        std::vector<std::string> all;
        if (field == "owner")
            all = {"group:default/team-payments", "group:default/team-search", "team-legacy"};
        else if (field == "service")
            all = {"component:default/payments", "resource:default/payments-db"};
        else if (field == "tool")
            all = {"GitHub Dependabot", "Grype", "Trivy"};
        else if (field == "class")
            all = {"critical", "high", "low", "standard"};
        std::vector<std::string> out;
        for (const auto& v : all) {
            if (filterValueMatches(v, prefix) && out.size() < limit)
                out.push_back(v);
        }
        return out;
    }
    mutable std::string m_asked;
};

std::string texts(const FilterCompletion& c)
{
    std::string s;
    for (const auto& i : c.items) {
        if (!s.empty())
            s += ' ';
        s += i.text;
    }
    return s;
}

} // namespace

class TestFilter : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempWorkspace> m_ws;
    std::string m_schemaBefore;

    // The ids a filter selects in the workspace, ascending, as "1,2,3".
    std::string ids(const std::string& filter, FilterContext ctx = context())
    {
        Database db(m_ws->dbPath(), Database::Mode::ReadOnly);
        ctx.reader = &db;
        const CompiledFilter c = FilterCompiler(ctx).compile(filter);
        auto st = db.prepare("SELECT id FROM findings f WHERE " + c.where + " ORDER BY id");
        bindFilter(st, c);
        std::string out;
        std::int64_t n = 0;
        while (st.step()) {
            out += (out.empty() ? "" : ",") + std::to_string(st.int64(0));
            ++n;
        }
        // The count's form of the condition selects the same rows.
        auto count = db.prepare("SELECT count(*) FROM findings f WHERE " + c.countWhere);
        bindFilter(count, c);
        count.step();
        if (count.int64(0) != n)
            return "count " + std::to_string(count.int64(0)) + " for " + out;
        return out;
    }

    // Rows written by hand, as the loads and the policy engine would leave
    // them, in one writer transaction.
    void writeInOneTransaction(std::initializer_list<const char*> statements)
    {
        m_ws->writer()
            .run([sql = std::vector<const char*>(statements)](Database& db) {
                Transaction tx(db);
                for (const char* s : sql)
                    db.exec(s);
                tx.commit();
            })
            .get();
    }

    std::string schema()
    {
        Database db(m_ws->dbPath(), Database::Mode::ReadOnly);
        return test::scalarText(db, "SELECT group_concat(type || ':' || name, ' ') FROM "
                                    "(SELECT type, name FROM sqlite_master ORDER BY name)");
    }

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<TempWorkspace>();
        // ids 1-3 Trivy, 4-8 Grype, 9 SARIF, 10-11 Dependabot
        for (const char* f : {"trivy/schema2_image.json", "grype/image_report.json", "sarif/minimal.sarif",
                              "github/dependabot_alerts.json"}) {
            const ImportReport r = m_ws->import(test::fixture(f));
            QVERIFY2(r.status == ImportReport::Status::Imported, r.summary().c_str());
        }
        // Context as the catalog, ownership and intelligence loads would
        // leave it, and three titles carrying injection strings (the update
        // goes through the FTS trigger like any edit).
        writeInOneTransaction({
            "UPDATE findings SET epss = NULL, epss_percentile = NULL, environment = '', assignee = '',"
            " last_seen = '2026-11-25T09:00:00.000Z'",
            "UPDATE findings SET service = 'component:default/payments', owner = 'group:default/team-payments',"
            " kev = 1, epss = 0.94, epss_percentile = 0.99, environment = 'prod', assignee = 'alice',"
            " first_seen = '2026-09-15T10:00:00.000Z' WHERE id = 1",
            "UPDATE findings SET service = 'component:default/payments', owner = 'group:default/team-payments',"
            " first_seen = '2026-10-01T00:00:00.000Z' WHERE id = 2",
            "UPDATE findings SET service = 'component:default/legacy', owner = 'team-legacy',"
            " status = 'triaged', first_seen = '2026-10-01T23:59:59.999Z' WHERE id = 3",
            "UPDATE findings SET service = 'component:default/search', owner = 'group:default/team-search',"
            " status = 'triaged', epss = 0.00043, epss_percentile = 0.1, assignee = 'bob',"
            " first_seen = '2026-11-01T00:00:00.000Z' WHERE id = 4",
            "UPDATE findings SET status = 'in_progress', first_seen = '2026-11-10T00:00:00.000Z' WHERE id = 5",
            "UPDATE findings SET title = 'avro says \" OR 1=1 -- and more',"
            " first_seen = '2026-11-24T13:00:00.000Z' WHERE id = 6",
            "UPDATE findings SET service = 'component:default/search', owner = 'group:default/team-search',"
            " kev = 1, epss = 0.0719, epss_percentile = 0.93, assignee = 'alice',"
            " first_seen = '2026-08-01T00:00:00.000Z' WHERE id = 7",
            "UPDATE findings SET service = 'component:default/legacy', owner = 'team-legacy',"
            " first_seen = '2025-12-01T00:00:00.000Z', last_seen = '2026-01-15T00:00:00.000Z' WHERE id = 8",
            "UPDATE findings SET title = 'Hard-coded password''; DROP TABLE findings; --',"
            " first_seen = '2026-11-25T00:00:00.000Z' WHERE id = 9",
            "UPDATE findings SET service = 'component:default/storefront', owner = 'group:default/team-web',"
            " epss = 0.0135, environment = 'staging', first_seen = '2026-11-20T00:00:00.000Z' WHERE id = 10",
            "UPDATE findings SET service = 'component:default/storefront', owner = 'group:default/team-web',"
            " title = 'NEAR(alpha beta) title:* col: ) OR (1=1',"
            " first_seen = '2026-11-20T00:00:00.000Z' WHERE id = 11",
            "INSERT INTO catalog_entities(ref, kind, name, owner_ref, lifecycle, tier, customer_facing,"
            " internet_facing, data_classes, environment, source_file, source_line, raw) VALUES"
            " ('component:default/payments', 'component', 'payments', 'group:default/team-payments',"
            "  'production', 1, 1, 1, 'pii', 'prod', 'catalog.yaml', 1, '{}'),"
            " ('component:default/search', 'component', 'search', 'group:default/team-search',"
            "  'production', 2, 0, 1, 'pci', 'staging', 'catalog.yaml', 20, '{}'),"
            " ('component:default/legacy', 'component', 'legacy', 'team-legacy',"
            "  'Deprecated', 4, 0, 0, '', 'prod', 'catalog.yaml', 40, '{}'),"
            " ('component:default/storefront', 'component', 'storefront', 'group:default/team-web',"
            "  'production', 1, 1, 1, 'PII pci', 'prod', 'catalog.yaml', 60, '{}')",
            "INSERT INTO catalog_entities(ref, kind, name, source_file, source_line, raw) VALUES"
            " ('group:default/team-payments', 'group', 'team-payments', 'catalog.yaml', 80, '{}'),"
            " ('group:default/team-search', 'group', 'team-search', 'catalog.yaml', 90, '{}'),"
            " ('group:default/team-web', 'group', 'team-web', 'catalog.yaml', 99, '{}')",
        });
        // What the policy engine would have left, written by hand so that
        // each SLA state has its findings at the tests' Now
        // (2026-11-25T12:00:00.000Z). The import routed the findings under
        // the default policy: that is all replaced.
        writeInOneTransaction({
            "DELETE FROM sla_clocks",
            "UPDATE findings SET path = '', sla_class = '', sla_due = NULL, exception_id = NULL",
            "UPDATE findings SET path = 'incident', sla_class = 'critical' WHERE id IN (1, 7)",
            "UPDATE findings SET path = 'ticket', sla_class = 'high' WHERE id IN (2, 3, 4)",
            "UPDATE findings SET path = 'approve', sla_class = 'high' WHERE id IN (5, 6)",
            "UPDATE findings SET path = 'batch', sla_class = 'low' WHERE id = 8",
            "UPDATE findings SET path = 'enforce', sla_class = 'standard' WHERE id IN (9, 10)",
            // 1: acknowledge breached two hours ago, remediate on track.
            "INSERT INTO sla_clocks (finding_id, clock, budget_s, started_at, consumed_s, running_since, due_at,"
            " risk_at, stopped_at) VALUES"
            " (1, 'acknowledge', 3600, '2026-11-25T09:00:00.000Z', 0, '2026-11-25T09:00:00.000Z',"
            "  '2026-11-25T10:00:00.000Z', '2026-11-25T09:30:00.000Z', NULL),"
            " (1, 'remediate', 1296000, '2026-11-25T09:00:00.000Z', 0, '2026-11-25T09:00:00.000Z',"
            "  '2026-12-10T09:00:00.000Z', '2026-12-05T09:00:00.000Z', NULL),"
            // 2: past its risk share, deadline ahead.
            " (2, 'remediate', 86400, '2026-11-25T00:00:00.000Z', 0, '2026-11-25T00:00:00.000Z',"
            "  '2026-11-26T00:00:00.000Z', '2026-11-25T06:00:00.000Z', NULL),"
            // 3: acknowledged (stopped), remediate on track.
            " (3, 'acknowledge', 3600, '2026-11-20T00:00:00.000Z', 1800, NULL, '2026-11-20T01:00:00.000Z',"
            "  '2026-11-20T00:30:00.000Z', '2026-11-20T00:30:00.000Z'),"
            " (3, 'remediate', 2592000, '2026-11-20T00:00:00.000Z', 0, '2026-11-20T00:00:00.000Z',"
            "  '2026-12-20T00:00:00.000Z', '2026-12-15T00:00:00.000Z', NULL),"
            // 4: at risk from exactly now.
            " (4, 'remediate', 604800, '2026-11-24T12:00:00.000Z', 0, '2026-11-24T12:00:00.000Z',"
            "  '2026-12-01T12:00:00.000Z', '2026-11-25T12:00:00.000Z', NULL),"
            // 5: due exactly now: breached.
            " (5, 'remediate', 86400, '2026-11-24T12:00:00.000Z', 0, '2026-11-24T12:00:00.000Z',"
            "  '2026-11-25T12:00:00.000Z', '2026-11-25T00:00:00.000Z', NULL),"
            // 6: paused by an active exception (no deadline while paused).
            " (6, 'remediate', 86400, '2026-11-20T00:00:00.000Z', 3600, NULL, NULL, NULL, NULL),"
            // 7: a stopped clock long past its risk share must not count; remediate on track.
            " (7, 'acknowledge', 86400, '2026-11-18T00:00:00.000Z', 200000, NULL, '2026-11-19T00:00:00.000Z',"
            "  '2026-11-18T12:00:00.000Z', '2026-11-20T08:00:00.000Z'),"
            " (7, 'remediate', 4320000, '2026-11-21T00:00:00.000Z', 0, '2026-11-21T00:00:00.000Z',"
            "  '2027-01-10T00:00:00.000Z', '2027-01-01T00:00:00.000Z', NULL),"
            // 8: closed, every clock stopped.
            " (8, 'remediate', 86400, '2026-01-01T00:00:00.000Z', 3600, NULL, '2026-01-02T00:00:00.000Z',"
            "  '2026-01-01T12:00:00.000Z', '2026-01-01T01:00:00.000Z'),"
            // 9: paused too.
            " (9, 'acknowledge', 3600, '2026-11-24T00:00:00.000Z', 600, NULL, NULL, NULL, NULL),"
            // 10: on track.
            " (10, 'remediate', 864000, '2026-11-25T00:00:00.000Z', 0, '2026-11-25T00:00:00.000Z',"
            "  '2026-12-05T00:00:00.000Z', '2026-12-01T00:00:00.000Z', NULL)",
            "UPDATE findings SET sla_due = (SELECT min(due_at) FROM sla_clocks c WHERE c.finding_id = findings.id"
            " AND c.running_since IS NOT NULL AND c.stopped_at IS NULL)",
            "INSERT INTO exceptions (id, scope_kind, justification, tier, tier_rule, state, requested_by,"
            " requested_at, requested_expiry, expires_at, policy_version) VALUES"
            " (1, 'findings', 'compensating WAF rule', 'medium', 'r', 'active', 'bob', '2026-11-20T00:00:00.000Z',"
            "  '2026-12-20T00:00:00.000Z', '2026-12-20T00:00:00.000Z', 'v'),"
            " (2, 'findings', 'vendor patch pending', 'high', 'r', 'requested', 'carol',"
            "  '2026-11-24T00:00:00.000Z', '2027-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', 'v'),"
            " (3, 'findings', 'old one', 'low', 'r', 'expired', 'bob', '2026-10-01T00:00:00.000Z',"
            "  '2026-10-15T00:00:00.000Z', '2026-10-15T00:00:00.000Z', 'v')",
            "INSERT INTO exception_findings (exception_id, finding_id) VALUES (1, 6), (1, 9), (2, 3), (2, 10),"
            " (3, 6)",
            "UPDATE findings SET exception_id = 1 WHERE id IN (6, 9)",
        });
        m_schemaBefore = schema();
        QVERIFY(m_schemaBefore.find("table:findings ") != std::string::npos);
    }

    // -- lexer ---------------------------------------------------------------

    void lexerSplitsTermsOperatorsAndPhrases()
    {
        // No raw string literals in this file: moc loses its way in them.
        const std::string text =
            "-sev:>=high \"a \\\"b\\\" \\\\ c\" (x OR y) AND epss>0.5 title:\"q v\" CVE-2021-44228";
        const auto t = FilterLexer(text).tokens();
        using T = FilterToken::Type;
        const std::vector<T> types = {T::Not,  T::Term, T::Term, T::Open, T::Term, T::Or, T::Term, T::Close,
                                      T::And,  T::Term, T::Term, T::Term, T::End};
        QCOMPARE(t.size(), types.size());
        for (std::size_t i = 0; i < types.size(); ++i)
            QVERIFY2(t[i].type == types[i], std::to_string(i).c_str());
        QCOMPARE(t[1].term.field, std::string("sev"));
        QVERIFY(t[1].term.op == FilterOp::GreaterEqual);
        QCOMPARE(t[1].term.value, std::string("high"));
        QCOMPARE(t[1].offset, std::size_t(1));
        QCOMPARE(t[1].term.fieldLength, std::size_t(3));
        QCOMPARE(t[1].term.valueOffset, std::size_t(7));
        QCOMPARE(t[2].term.value, std::string("a \"b\" \\ c"));
        QVERIFY(t[2].term.quoted && !t[2].term.isField);
        QCOMPARE(t[2].offset, std::size_t(12));
        QCOMPARE(t[2].length, std::size_t(14));
        QVERIFY(t[9].term.op == FilterOp::Greater);
        QCOMPARE(t[9].term.value, std::string("0.5"));
        QCOMPARE(t[10].term.value, std::string("q v"));
        QVERIFY(t[10].term.quoted && t[10].term.isField);
        // A word that is not `identifier:` is free text, dashes and all.
        QVERIFY(!t[11].term.isField);
        QCOMPARE(t[11].term.value, std::string("CVE-2021-44228"));
        QCOMPARE(t[12].offset, text.size());
    }

    void lexerOperators()
    {
        const std::vector<std::pair<std::string, FilterOp>> cases = {
            {"a:1", FilterOp::Match},  {"a=1", FilterOp::Equal},        {"a:=1", FilterOp::Equal},
            {"a<1", FilterOp::Less},   {"a<=1", FilterOp::LessEqual},   {"a:<1", FilterOp::Less},
            {"a>1", FilterOp::Greater}, {"a>=1", FilterOp::GreaterEqual}, {"a:>=1", FilterOp::GreaterEqual}};
        for (const auto& [text, op] : cases) {
            const auto t = FilterLexer(text).tokens();
            QVERIFY2(t[0].term.isField && t[0].term.op == op && t[0].term.value == "1", text.c_str());
        }
        // Lower-case or/and are words; only OR and AND are keywords.
        const auto t = FilterLexer("or and OR AND").tokens();
        QVERIFY(t[0].type == FilterToken::Type::Term && t[1].type == FilterToken::Type::Term);
        QVERIFY(t[2].type == FilterToken::Type::Or && t[3].type == FilterToken::Type::And);
        // Field names are case-insensitive.
        QCOMPARE(FilterLexer("Severity:HIGH").tokens()[0].term.field, std::string("severity"));
    }

    // -- parser --------------------------------------------------------------

    void parserBuildsTheTree_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* f, const char* e) {
            QTest::newRow(f) << QString::fromUtf8(f) << QString::fromUtf8(e);
        };
        row("", "all");
        row("   ", "all");
        row("a", "a");
        row("a b c", "(and a b c)");
        row("a AND b", "(and a b)");
        row("a OR b", "(or a b)");
        row("a b OR c", "(or (and a b) c)");
        row("a (b OR c)", "(and a (or b c))");
        row("-a", "(not a)");
        row("--a", "(not (not a))");
        row("-(a OR b) c", "(and (not (or a b)) c)");
        row("((a))", "a");
        row("kev:yes -status:new,triaged \"x y\"", "(and kev:yes (not status:new,triaged) \"x y\")");
        row("a OR b OR c d", "(or a b (and c d))");
        row("(a)(b)", "(and a b)");
    }

    void parserBuildsTheTree()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(tree(FilterParser::parse(filter.toStdString()))), expected);
    }

    void nestingAndTermCountAreCapped()
    {
        // 64 levels compile and run; the 65th '(' is refused where it stands.
        const std::string ok = std::string(64, '(') + "severity:high" + std::string(64, ')');
        QCOMPARE(ids(ok), std::string("2,5,6,7,10"));
        const std::string deep = std::string(65, '(') + "a" + std::string(65, ')');
        try {
            FilterParser::parse(deep);
            QFAIL("65 levels parsed");
        } catch (const FilterError& e) {
            QCOMPARE(e.offset(), std::size_t(64));
            QVERIFY(e.message().find("nested deeper than 64") != std::string::npos);
        }
        std::string negations(200, '-');
        try {
            FilterParser::parse(negations + "a");
            QFAIL("200 negations parsed");
        } catch (const FilterError& e) {
            QCOMPARE(e.offset(), std::size_t(64));
        }
        // 128 terms are allowed and SQLite takes the result; the 129th is not.
        std::string many;
        for (int i = 1; i <= 128; ++i)
            many += (i > 1 ? " OR id:" : "id:") + std::to_string(i);
        QCOMPARE(ids(many), std::string("1,2,3,4,5,6,7,8,9,10,11"));
        std::string ands;
        for (int i = 1; i <= 128; ++i)
            ands += "-id:" + std::to_string(100 + i) + ' ';
        QCOMPARE(ids(ands), std::string("1,2,3,4,5,6,7,8,9,10,11"));
        try {
            FilterParser::parse(many + " OR id:129");
            QFAIL("129 terms parsed");
        } catch (const FilterError& e) {
            QCOMPARE(e.offset(), many.size() + 4);
            QVERIFY(e.message().find("too many terms") != std::string::npos);
        }
    }

    // -- compiler ------------------------------------------------------------

    void compilesToBoundSql_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("binds");
        auto row = [](const char* f, const char* w, const char* b) {
            QTest::newRow(f) << QString::fromUtf8(f) << QString::fromUtf8(w) << QString::fromUtf8(b);
        };
        row("", "1", "");
        row("severity:critical", "f.severity = ?", "4");
        row("sev:high,CRITICAL", "f.severity IN (?, ?)", "3|4");
        row("severity>=high", "f.severity >= 0 AND f.severity >= ?", "3");
        row("status:in-progress", "f.status IN (?)", "in_progress");
        row("kev:yes", "f.kev = 1", "");
        row("kev:no", "f.kev = 0", "");
        row("owner:team-a", "f.owner IN (?, ?)", "team-a|group:default/team-a");
        row("owner:group:default/team-a", "f.owner IN (?)", "group:default/team-a");
        row("service:component:default/api", "f.service IN (?)", "component:default/api");
        row("service:Api",
            "f.service IN (?, ?) OR f.service IN (SELECT ref FROM catalog_entities WHERE name COLLATE NOCASE IN (?))",
            "api|component:default/api|api");
        row("assignee:me", "f.assignee <> '' AND f.assignee IN (?)", "alice");
        row("tool:trivy", "f.tool COLLATE NOCASE IN (?)", "trivy");
        row("cve:CVE-2021-44228", "f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)",
            "cves : \"CVE-2021-44228\"");
        row("package=log4j-core", "f.package = ?", "log4j-core");
        row("tier<=2", "+f.service IN (SELECT ref FROM catalog_entities WHERE tier <= ?)", "2");
        row("epss>0.5", "f.epss IS NOT NULL AND f.epss > ?", "0.500000");
        row("first_seen<2026-10-01", "f.first_seen < ?", "2026-10-01");
        row("first_seen<=2026-12-31", "f.first_seen < ?", "2027-01-01");
        row("last_seen:2026-02-28", "f.last_seen >= ? AND f.last_seen < ?", "2026-02-28|2026-03-01");
        row("age>30", "f.first_seen <= ?", "2026-10-25T12:00:00.000Z");
        row("id:1,2", "f.id IN (?, ?)", "1|2");
        row("has:fix", "f.fix_version <> ''", "");
        row("is:unowned", "f.service = ''", "");
        row("log4j \"remote code\"", "f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)",
            "\"log4j\" AND \"remote code\"");
        row("a OR title:b", "f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)",
            "\"a\" OR title : \"b\"");
        row("-a kev:yes", "f.id NOT IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?) AND f.kev = 1",
            "\"a\"");
        row("kev:yes (a OR severity:low)",
            "f.kev = 1 AND (f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?) OR f.severity = ?)",
            "\"a\"|1");
        row("-(kev:yes OR tier:1)",
            "NOT (f.kev = 1 OR +f.service IN (SELECT ref FROM catalog_entities WHERE tier IN (?)))", "1");
        // FTS syntax in user text stays inside a quoted phrase.
        row("a\"b NEAR/2 c*", "f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)",
            "\"a\"\"b\" AND \"NEAR/2\" AND \"c*\"");
        row("NEAR(a b)", "f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)",
            "\"NEAR\" AND (\"a\" AND \"b\")");
        // The policy's fields.
        row("status:contained", "f.status IN (?)", "contained");
        row("is:open", "f.status IN ('new', 'reopened', 'triaged', 'in_progress', 'contained', 'pending_verification')", "");
        row("path:ticket", "f.path IN (?)", "ticket");
        row("path:Incident,batch", "f.path IN (?, ?)", "incident|batch");
        row("class:high", "f.sla_class COLLATE NOCASE IN (?)", "high");
        row("sla_class:high,low", "f.sla_class COLLATE NOCASE IN (?, ?)", "high|low");
        row("sla:breached", "f.sla_due IS NOT NULL AND f.sla_due <= ?", Now);
        row("sla:at_risk",
            "f.sla_due IS NOT NULL AND f.sla_due > ? AND EXISTS (SELECT 1 FROM sla_clocks c WHERE c.finding_id = f.id"
            " AND c.stopped_at IS NULL AND c.running_since IS NOT NULL AND c.risk_at <= ?)",
            "2026-11-25T12:00:00.000Z|2026-11-25T12:00:00.000Z");
        row("sla:on-track",
            "f.sla_due IS NOT NULL AND f.sla_due > ? AND NOT EXISTS (SELECT 1 FROM sla_clocks c WHERE c.finding_id = f.id"
            " AND c.stopped_at IS NULL AND c.running_since IS NOT NULL AND c.risk_at <= ?)",
            "2026-11-25T12:00:00.000Z|2026-11-25T12:00:00.000Z");
        row("sla:paused", "likelihood(f.exception_id IS NOT NULL, 0.001)", "");
        row("sla:breached,paused", "(f.sla_due IS NOT NULL AND f.sla_due <= ?) OR likelihood(f.exception_id IS NOT NULL, 0.001)",
            Now);
        row("-sla:breached", "NOT (f.sla_due IS NOT NULL AND f.sla_due <= ?)", Now);
        row("due<2026-12-01", "f.sla_due IS NOT NULL AND f.sla_due < ?", "2026-12-01");
        row("due>=2026-12-01", "f.sla_due IS NOT NULL AND f.sla_due >= ?", "2026-12-01");
        row("sla_due:2026-12-01", "f.sla_due >= ? AND f.sla_due < ?", "2026-12-01|2026-12-02");
        row("-due<2026-12-01", "NOT (f.sla_due IS NOT NULL AND f.sla_due < ?)", "2026-12-01");
        row("exception:7", "f.id IN (SELECT finding_id FROM exception_findings WHERE exception_id IN (?))", "7");
        row("exc:7,8", "f.id IN (SELECT finding_id FROM exception_findings WHERE exception_id IN (?, ?))", "7|8");
    }

    void compilesToBoundSql()
    {
        QFETCH(QString, filter);
        QFETCH(QString, where);
        QFETCH(QString, binds);
        const CompiledFilter c = FilterCompiler(context()).compile(filter.toStdString());
        QCOMPARE(QString::fromStdString(c.where), where);
        QCOMPARE(QString::fromStdString(::binds(c)), binds);
        QCOMPARE(c.usesFts, c.where.find("findings_fts") != std::string::npos);
        QCOMPARE(c.countWhere, c.where); // without a reader there are no sort hints
    }

    void slaStatesAtTheFiltersNow()
    {
        // The bound instant is written as stored times are, whatever form
        // "now" was given in, so that text comparison is time comparison.
        FilterContext c = context();
        c.now = "2026-11-25T13:00:00+01:00";
        QCOMPARE(binds(FilterCompiler(c).compile("sla:breached")), std::string(Now));
        QCOMPARE(ids("sla:breached", c), std::string("1,5"));
        // An hour earlier, 5's deadline is still ahead, and it is at risk.
        c.now = "2026-11-25T11:00:00Z";
        QCOMPARE(ids("sla:breached", c), std::string("1"));
        QCOMPARE(ids("sla:at_risk", c), std::string("2,5"));
        // Long before anything: every running clock on track.
        c.now = "2026-11-01T00:00:00.000Z";
        QCOMPARE(ids("sla:on_track", c), std::string("1,2,3,4,5,7,10"));
        QCOMPARE(ids("sla:breached,at_risk", c), std::string());
        c.now = "yesterday";
        const auto e = FilterCompiler(c).check("kev:yes sla:breached");
        QVERIFY(e.has_value());
        QCOMPARE(e->message(), std::string("the current time 'yesterday' is not ISO 8601"));
        QCOMPARE(int(e->offset()), 8);
        QVERIFY(!FilterCompiler(c).check("path:ticket due<2026-12-01").has_value()); // needs no now
    }

    void idListsUpToAThousand()
    {
        std::string list;
        for (int i = 1; i <= 1000; ++i)
            list += (i > 1 ? "," : "") + std::to_string(i % 11 + 1);
        const CompiledFilter c = FilterCompiler(context()).compile("id:" + list);
        QCOMPARE(c.binds.size(), std::size_t(1000));
        QCOMPARE(ids("id:" + list), std::string("1,2,3,4,5,6,7,8,9,10,11"));
        const auto e = FilterCompiler(context()).check("id:" + list + ",5");
        QVERIFY(e.has_value());
        QCOMPARE(e->message(), std::string("too many values (at most 1000)"));
        QCOMPARE(int(e->offset()), 3);
        // Other fields keep their smaller cap.
        std::string many = "tool:";
        for (int i = 0; i < 65; ++i)
            many += (i ? ",t" : "t") + std::to_string(i);
        QCOMPARE(FilterCompiler(context()).check(many)->message(), std::string("too many values (at most 64)"));
    }

    void prefixOnlyForTheWordBeingTyped()
    {
        FilterContext typing = context();
        typing.prefixLastWord = true;
        QCOMPARE(binds(FilterCompiler(typing).compile("log4")), std::string("\"log4\"*"));
        QCOMPARE(binds(FilterCompiler(typing).compile("cve:CVE-2023-3854")), std::string("cves : \"CVE-2023-3854\"*"));
        // Not when the word is finished, quoted, or not the last one.
        QCOMPARE(binds(FilterCompiler(typing).compile("log4 ")), std::string("\"log4\""));
        QCOMPARE(binds(FilterCompiler(typing).compile("\"log4\"")), std::string("\"log4\""));
        QCOMPARE(binds(FilterCompiler(typing).compile("log4 kev:yes")), std::string("\"log4\""));
        QCOMPARE(binds(FilterCompiler(context()).compile("log4")), std::string("\"log4\""));
        QCOMPARE(ids("lod", typing), std::string("10"));
        QCOMPARE(ids("lod"), std::string());
        QCOMPARE(ids("cve:CVE-2023-3854", typing), std::string("1"));
    }

    void bindsFollowEarlierParameters()
    {
        Database db(m_ws->dbPath(), Database::Mode::ReadOnly);
        const CompiledFilter c = FilterCompiler(context()).compile("severity>=high tool:grype");
        auto st = db.prepare("SELECT count(*) FROM findings f WHERE f.id > ? AND " + c.where);
        st.bind(1, std::int64_t(5));
        QCOMPARE(bindFilter(st, c, 2), 2 + int(c.binds.size()));
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), std::int64_t(3)); // 6, 7, 8
    }

    // -- errors --------------------------------------------------------------

    void errorsSayWhatAndWhere_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("message");
        auto row = [](const char* f, int o, int l, const char* m) {
            QTest::newRow(f) << QString::fromUtf8(f) << o << l << QString::fromUtf8(m);
        };
        row("kev:yes sevrity:high", 8, 7, "unknown field 'sevrity' — did you mean 'severity'?");
        row("ownr:x", 0, 4, "unknown field 'ownr' — did you mean 'owner'?");
        row("zzz:x", 0, 3, "unknown field 'zzz' (to search for the text, put it in quotes)");
        row("epss>1.5", 5, 3, "epss needs a number between 0 and 1");
        row("epss>abc", 5, 3, "epss needs a number between 0 and 1");
        row("percentile<-0.1", 11, 4, "percentile needs a number between 0 and 1");
        row("cvss>=11", 6, 2, "cvss needs a number between 0 and 10");
        row("epss>nan", 5, 3, "epss needs a number between 0 and 1");
        row("first_seen<2026-13-01", 11, 10, "date must be YYYY-MM-DD");
        row("first_seen<2026-02-30", 11, 10, "date must be YYYY-MM-DD");
        row("last_seen>yesterday", 10, 9, "date must be YYYY-MM-DD");
        row("first_seen<26-1-1", 11, 6, "date must be YYYY-MM-DD");
        row("(a OR b", 0, 1, "unbalanced parenthesis: '(' is never closed");
        row("a OR b)", 6, 1, "unbalanced parenthesis: ')' without a '(' before it");
        row("(a (b)", 0, 1, "unbalanced parenthesis: '(' is never closed");
        row("()", 0, 2, "empty parentheses");
        row("severity:hgh", 9, 3, "unknown severity 'hgh' — did you mean 'high'?");
        row("severity:high,,low", 9, 9, "empty value in the list 'high,,low'");
        row("severity>unknown", 9, 7, "unknown severity has no rank to compare: use severity:unknown");
        row("status:nwe", 7, 3, "unknown status 'nwe' — did you mean 'new'?");
        row("kev:maybe", 4, 5, "kev is yes or no, not 'maybe'");
        row("tier:5", 5, 1, "tier is a number from 1 to 4");
        row("age>-3", 4, 2, "age is a whole number of days");
        row("id:x", 3, 1, "id is a finding number");
        row("has:fixx", 4, 4, "unknown has:'fixx' — did you mean 'fix'?");
        row("is:onowned", 3, 7, "unknown is:'onowned' — did you mean 'unowned'?");
        row("status>new", 0, 10, "status cannot be compared with '>': use status:VALUE");
        row("severity:", 0, 9, "severity needs a value after ':'");
        row("title:\"\"", 0, 8, "title needs a value after ':'");
        row("description=x", 0, 13, "description is searched with ':' only");
        row("\"open quote", 0, 11, "unterminated quote: add a closing '\"'");
        row("a - b", 2, 1, "'-' must be followed by the term to exclude");
        row("a -", 2, 1, "'-' must be followed by the term to exclude");
        row("OR a", 0, 2, "OR needs a term on each side");
        row("a OR", 2, 2, "OR needs a term on each side");
        row("a OR OR b", 2, 2, "OR needs a term on each side");
        row("AND a", 0, 3, "AND needs a term on each side");
        row("a AND", 2, 3, "AND needs a term on each side");
        row("title:*", 6, 1, "'*' has no letters or digits to search for");
        row("\"--\"", 0, 4, "'--' has no letters or digits to search for");
        row("col:", 0, 3, "unknown field 'col' (to search for the text, put it in quotes)");
        row("path:tiket", 5, 5, "unknown path 'tiket' — did you mean 'ticket'?");
        row("path:ticket,escalate", 5, 15, "unknown path 'escalate'");
        row("path>ticket", 0, 11, "path cannot be compared with '>': use path:VALUE");
        row("path:", 0, 5, "path needs a value after ':'");
        row("clas:high", 0, 4, "unknown field 'clas' — did you mean 'class'?");
        row("class<high", 0, 10, "class cannot be compared with '<': use class:VALUE");
        row("sla:breach", 4, 6, "unknown SLA state 'breach' — did you mean 'breached'?");
        row("sla:late", 4, 4, "unknown SLA state 'late'");
        row("sla>=at_risk", 0, 12, "sla cannot be compared with '>=': use sla:VALUE");
        row("sal:breached", 0, 3, "unknown field 'sal' — did you mean 'sla'?");
        row("due<tomorrow", 4, 8, "date must be YYYY-MM-DD");
        row("due>2026-02-30", 4, 10, "date must be YYYY-MM-DD");
        row("due:", 0, 4, "due needs a value after ':'");
        row("exception:abc", 10, 3, "exception is an exception number");
        row("exception:0", 10, 1, "exception is an exception number");
        row("exception:1,,2", 10, 4, "empty value in the list '1,,2'");
        row("exception>3", 0, 11, "exception cannot be compared with '>': use exception:VALUE");
    }

    void errorsSayWhatAndWhere()
    {
        QFETCH(QString, filter);
        QFETCH(int, offset);
        QFETCH(int, length);
        QFETCH(QString, message);
        const std::optional<FilterError> e = FilterCompiler(context()).check(filter.toStdString());
        QVERIFY2(e.has_value(), "no error");
        QCOMPARE(QString::fromStdString(e->message()), message);
        QCOMPARE(int(e->offset()), offset);
        QCOMPARE(int(e->length()), length);
    }

    void assigneeMeNeedsAUser()
    {
        const auto e = FilterCompiler().check("assignee:me");
        QVERIFY(e.has_value());
        QVERIFY(e->message().find("current user") != std::string::npos);
        QVERIFY(!FilterCompiler(context()).check("assignee:me").has_value());
    }

    void badBytesAndLengthAreRefused()
    {
        const std::string nul = std::string("title:ab") + '\0' + "cd";
        auto e = FilterCompiler(context()).check(nul);
        QVERIFY(e.has_value());
        QCOMPARE(e->offset(), std::size_t(8));
        QCOMPARE(e->message(), std::string("control character U+0000 is not allowed in a filter"));
        e = FilterCompiler(context()).check("a \x1b[31m");
        QVERIFY(e.has_value());
        QCOMPARE(e->offset(), std::size_t(2));
        e = FilterCompiler(context()).check("caf\xC3 x");
        QVERIFY(e.has_value());
        QCOMPARE(e->offset(), std::size_t(3));
        QCOMPARE(e->message(), std::string("the filter is not valid UTF-8"));
        e = FilterCompiler(context()).check("\xC0\xAF"); // overlong '/'
        QVERIFY(e.has_value());
        e = FilterCompiler(context()).check("\xED\xA0\x80"); // a surrogate
        QVERIFY(e.has_value());

        const std::string tenK(10000, 'a');
        e = FilterCompiler(context()).check(tenK);
        QVERIFY(e.has_value());
        QCOMPARE(e->offset(), FilterLexer::MaxLength);
        QCOMPARE(e->length(), tenK.size() - FilterLexer::MaxLength);
        QCOMPARE(e->message(), std::string("the filter is too long (10000 bytes, at most 4096)"));
        e = FilterCompiler(context()).check(std::string(10000, '('));
        QVERIFY(e.has_value() && e->offset() == FilterLexer::MaxLength);
        // Just under the limit is fine: one long phrase matches nothing.
        QCOMPARE(ids('"' + std::string(4000, 'x') + '"'), std::string());
    }

    void columnsCountCharacters()
    {
        const std::string text = "é sevrity:x"; // é is two bytes
        const auto e = FilterCompiler(context()).check(text);
        QVERIFY(e.has_value());
        QCOMPARE(e->offset(), std::size_t(3));
        QCOMPARE(e->column(text), std::size_t(3));
        QCOMPARE(filterCharacters(text, text.size()), std::size_t(11));
    }

    // -- filters run on the workspace -----------------------------------------

    void selectsExactlyTheseFindings_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* f, const char* e) {
            QTest::newRow(f) << QString::fromUtf8(f) << QString::fromUtf8(e);
        };
        row("", "1,2,3,4,5,6,7,8,9,10,11");
        row("severity:critical", "1,3,8");
        row("severity>=high", "1,2,3,5,6,7,8,10");
        row("severity>high", "1,3,8");
        row("severity<high", "4,9,11");
        row("severity<=medium", "4,9,11");
        row("severity:high,critical", "1,2,3,5,6,7,8,10");
        row("sev:MEDIUM", "4,9,11");
        row("status:new", "1,2,6,7,9,10,11");
        row("-status:new", "3,4,5,8");
        row("status:in-progress,suppressed", "5,8");
        row("state:triaged", "3,4");
        row("kev:yes", "1,7");
        row("kev:no", "2,3,4,5,6,8,9,10,11");
        row("owner:team-payments", "1,2");
        row("owner:team-legacy", "3,8");
        row("owner:group:default/team-search", "4,7");
        row("owner:group:team-web", "10,11");
        row("team:TEAM-WEB,team-legacy", "3,8,10,11");
        row("service:payments", "1,2");
        row("service:component:default/search", "4,7");
        row("service:legacy,storefront", "3,8,10,11");
        row("svc:default/payments", "1,2");
        row("env:prod", "1,2,3,8,11");
        row("environment:STAGING", "4,7,10");
        row("env:dev", "");
        row("assignee:me", "1,7");
        row("assignee:bob", "4");
        row("assignee:me,bob", "1,4,7");
        row("assignee:\"me\"", "");
        row("tool:trivy", "1,2,3");
        row("tool:GRYPE", "4,5,6,7,8");
        row("tool:\"GitHub Dependabot\"", "10,11");
        row("cve:CVE-2023-38545", "1");
        row("cve:CVE-2023", "1,4,5");
        row("rule=DS002", "2");
        row("rule:GHSA-rhrv-645h-fjfh", "5,6");
        row("package:avro", "5,6");
        row("package=curl", "1");
        row("pkg=CURL", "");
        row("asset:quay.example", "4,5,6,7,8");
        row("asset=acme/shop", "10,11");
        row("title:password", "9");
        row("tier:1", "1,2,10,11");
        row("tier<=2", "1,2,4,7,10,11");
        row("tier>2", "3,8");
        row("lifecycle:deprecated", "3,8");
        row("internet:yes", "1,2,4,7,10,11");
        row("internet:no", "3,8");
        row("customer:yes", "1,2,10,11");
        row("pii:yes", "1,2,10,11");
        row("pii:no", "3,4,7,8");
        row("data:pci", "4,7,10,11");
        row("data:PII,phi", "1,2,10,11");
        row("epss>0.5", "1");
        row("epss>=0.0719", "1,7");
        row("epss<0.01", "4");
        row("-epss>0.5", "2,3,4,5,6,7,8,9,10,11");
        row("percentile>0.9", "1,7");
        row("cvss>=7", "1,5,7,10");
        row("cvss<7", "4,11");
        row("cvss:9.8", "1");
        row("first_seen<2026-10-01", "1,7,8");
        row("first_seen<=2026-10-01", "1,2,3,7,8");
        row("first_seen:2026-10-01", "2,3");
        row("first_seen>2026-10-01", "4,5,6,9,10,11");
        row("first_seen>=2026-10-01", "2,3,4,5,6,9,10,11");
        row("first:2026-11-20", "10,11");
        row("last_seen<2026-11-01", "8");
        row("age>30", "1,2,3,7,8");
        row("age<1", "6,9");
        row("age:5", "10,11");
        row("age>=55", "1,2,7,8");
        row("age<=15", "5,6,9,10,11");
        row("age>54", "1,2,7,8");
        row("id:3", "3");
        row("id:1,2,3", "1,2,3");
        row("id>9", "10,11");
        row("has:fix", "1,4,5,6,10,11");
        row("has:assignee", "1,4,7");
        row("has:epss", "1,4,7,10");
        row("has:cve", "1,4,5,7,8,10,11");
        row("is:unowned", "5,6,9");
        row("-is:unowned", "1,2,3,4,7,8,10,11");
        row("is:unassigned", "2,3,5,6,8,9,10,11");
        row("is:open", "1,2,3,4,5,6,7,9,10,11");
        row("is:closed", "8");
        row("kev:yes is:open", "1,7");
        row("heap", "1");
        row("\"heap based buffer\"", "1");
        row("\"buffer heap\"", "");
        row("busybox", "7");
        row("AVRO lodash", "");
        row("avro OR lodash", "5,6,10");
        row("-avro tool:grype", "4,7,8");
        row("kev:yes OR lifecycle:deprecated", "1,3,7,8");
        row("(service:payments OR service:search) -kev:yes", "2,4");
        row("-(tool:grype OR tool:trivy)", "9,10,11");
        row("severity:critical (env:prod OR tier:1) -status:suppressed", "1,3");
        row("owner:team-payments AND severity:high", "2");
        row("(avro OR busybox) kev:yes", "7");
        row("(avro OR kev:yes) (busybox OR status:in_progress)", "5,7");
        // The policy's fields (routing and clocks written in initTestCase).
        row("path:incident", "1,7");
        row("path:TICKET", "2,3,4");
        row("path:ticket,approve", "2,3,4,5,6");
        row("-path:ticket", "1,5,6,7,8,9,10,11");
        row("class:high", "2,3,4,5,6");
        row("class:Critical,low", "1,7,8");
        row("sla_class:standard", "9,10");
        row("sla:breached", "1,5");
        row("sla:at_risk", "2,4");
        row("sla:on_track", "3,7,10");
        row("sla:paused", "6,9");
        row("sla:breached,at_risk", "1,2,4,5");
        row("-sla:breached", "2,3,4,6,7,8,9,10,11");
        row("-sla:on_track -sla:paused", "1,2,4,5,8,11");
        row("sla:at_risk OR sla:paused", "2,4,6,9");
        row("due<2026-11-26", "1,5");
        row("due<=2026-11-26", "1,2,5");
        row("due:2026-11-26", "2");
        row("due>2026-12-01", "3,7,10");
        row("due>=2026-12-01", "3,4,7,10");
        row("-due<2026-11-26", "2,3,4,6,7,8,9,10,11");
        row("exception:1", "6,9");
        row("exception:2", "3,10");
        row("exc:1,3", "6,9");
        row("exception:99", "");
        row("exception:2 sla:on_track", "3,10");
        row("path:incident sla:breached kev:yes", "1");
    }

    void selectsExactlyTheseFindings()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(ids(filter.toStdString())), expected);
    }

    void largeMatchesWalkTheSortIndex()
    {
        // "handling" is in every synthetic title, "pkg-7" in three findings.
        TempWorkspace big;
        const std::string feed = big.path("big.json");
        SyntheticTrivyOptions o;
        o.findings = 50500;
        writeSyntheticTrivyFeed(feed, o);
        QVERIFY(big.import(feed).status == ImportReport::Status::Imported);
        Database db(big.dbPath(), Database::Mode::ReadOnly);
        FilterContext sized = context();
        sized.reader = &db;
        const CompiledFilter many = FilterCompiler(sized).compile("handling");
        QCOMPARE(many.where, std::string("+f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)"));
        const CompiledFilter few = FilterCompiler(sized).compile("pkg-7");
        QCOMPARE(few.where, std::string("f.id IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)"));
        // The plan changes, never the rows.
        auto page = [&](const CompiledFilter& c, const char* order) {
            auto st = db.prepare("SELECT id FROM findings f WHERE " + c.where + " ORDER BY " + order + " LIMIT 200");
            bindFilter(st, c);
            std::vector<std::int64_t> out;
            while (st.step())
                out.push_back(st.int64(0));
            return out;
        };
        const CompiledFilter unsized = FilterCompiler(context()).compile("handling");
        QCOMPARE(page(many, "severity DESC, id DESC"), page(unsized, "severity DESC, id DESC"));
        QCOMPARE(page(many, "first_seen, id").size(), std::size_t(200));
        auto count = [&](const CompiledFilter& c) {
            auto st = db.prepare("SELECT count(*) FROM findings f WHERE " + c.countWhere);
            bindFilter(st, c);
            st.step();
            return st.int64(0);
        };
        // Indexed columns: a large match walks the sort index, a small one
        // uses the column's index; tools take their stored spelling.
        auto sizedSql = [&](const char* filter) {
            const CompiledFilter c = FilterCompiler(sized).compile(filter);
            return c.where + " [" + binds(c) + "]";
        };
        QCOMPARE(sizedSql("tool:trivy"), std::string("+f.tool IN (?) [Trivy]"));
        QCOMPARE(FilterCompiler(sized).compile("tool:trivy").countWhere, std::string("f.tool IN (?)"));
        // Free text keeps its form in counts: a membership test counts a
        // common word faster than fetching every hit.
        QCOMPARE(many.countWhere, many.where);
        QCOMPARE(sizedSql("tool:GRYPE"), std::string("f.tool IN (?) [GRYPE]"));
        QCOMPARE(sizedSql("is:unowned"), std::string("+f.service = '' []"));
        // With a term that leaves few matches, the walk of the sort index
        // would pass over everything: the whole filter drops the hint.
        QCOMPARE(sizedSql("is:unowned id:1"), std::string("f.service = '' AND f.id IN (?) [1]"));
        QCOMPARE(sizedSql("kev:yes"), std::string("f.kev = 1 []"));
        QCOMPARE(sizedSql("owner:team-a"), std::string("f.owner IN (?, ?) [team-a|group:default/team-a]"));
        QCOMPARE(count(FilterCompiler(sized).compile("tool:trivy")), std::int64_t(50500));
        QCOMPARE(count(FilterCompiler(sized).compile("-tool:trivy")), std::int64_t(0));
        QCOMPARE(page(FilterCompiler(sized).compile("tool:TRIVY is:unowned"), "severity DESC, id DESC"),
                 page(FilterCompiler(context()).compile("tool:TRIVY is:unowned"), "severity DESC, id DESC"));
        QCOMPARE(count(many), std::int64_t(50500));
        QCOMPARE(count(unsized), std::int64_t(50500));
        QCOMPARE(count(few), std::int64_t(3));

        // The policy's fields: the import routed every synthetic finding to
        // ticket under the default policy, with running clocks.
        QCOMPARE(sizedSql("path:ticket"), std::string("+f.path IN (?) [ticket]"));
        QCOMPARE(sizedSql("path:incident"), std::string("f.path IN (?) [incident]"));
        QCOMPARE(count(FilterCompiler(sized).compile("path:ticket")), std::int64_t(50500));
        // The states of running clocks split the findings with a deadline,
        // hinted or not, and a page is the same rows either way.
        const std::int64_t dated = test::scalar(db, "SELECT count(*) FROM findings WHERE sla_due IS NOT NULL");
        QVERIFY(dated > 0);
        std::int64_t split = 0;
        for (const char* state : {"sla:breached", "sla:at_risk", "sla:on_track"}) {
            const CompiledFilter hinted = FilterCompiler(sized).compile(state);
            const CompiledFilter plain = FilterCompiler(context()).compile(state);
            QCOMPARE(count(hinted), count(plain));
            QCOMPARE(page(hinted, "severity DESC, id DESC"), page(plain, "severity DESC, id DESC"));
            split += count(hinted);
        }
        QCOMPARE(split, dated);
        QCOMPARE(count(FilterCompiler(sized).compile("sla:paused")), std::int64_t(0));
        // At risk and on track are sized by the deadlines ahead (an index-only
        // count), and keep their hint when the whole filter matches few: a
        // walk is never much dearer than reading every clock to count them.
        auto ahead = db.prepare("SELECT count(*) FROM (SELECT 1 FROM findings WHERE sla_due > ? LIMIT 20000)");
        ahead.bind(1, std::string(Now));
        QVERIFY(ahead.step());
        const bool manyAhead = ahead.int64(0) >= 20000;
        for (const char* filter : {"sla:at_risk", "sla:on_track id:1"}) {
            const CompiledFilter c = FilterCompiler(sized).compile(filter);
            QCOMPARE(c.where.find("+f.sla_due IS NOT NULL AND +f.sla_due > ?") != std::string::npos, manyAhead);
            QVERIFY(c.countWhere.find("+f.sla_due") == std::string::npos);
        }
        qInfo("%lld of %lld findings have a deadline, %s ahead of the tests' now", static_cast<long long>(dated),
              static_cast<long long>(count(unsized)), manyAhead ? "many" : "few");
    }

    // -- injection -------------------------------------------------------------

    void injectionStringsMatchThemselves_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* f, const char* e) {
            QTest::newRow(f) << QString::fromUtf8(f) << QString::fromUtf8(e);
        };
        row("\"'; DROP TABLE findings; --\"", "9");
        row("title:\"'; DROP TABLE findings; --\"", "9");
        row("title=\"Hard-coded password'; DROP TABLE findings; --\"", "9");
        row("title=\"Hard-coded password'; DROP TABLE findings; \"", "");
        row("\"\\\" OR 1=1 --\"", "6,11");
        row("title=\"avro says \\\" OR 1=1 -- and more\"", "6");
        row("\") OR (1=1\"", "6,11");
        row("\"NEAR(alpha beta)\"", "11");
        row("NEAR(alpha beta)", "11");
        row("\"alpha NEAR beta\"", "");
        row("\"title:* col:\"", "11");
        row("title:\"col: ) OR (1=1\"", "11");
        row("package:\"x' OR '1'='1\"", "");
        row("owner:\"x') OR 1=1 --\"", "");
        row("service:\"'; DROP TABLE catalog_entities; --\"", "");
        row("tool:\"Trivy' --\"", "");
        row("env:\"prod' OR '1'='1\"", "");
        row("\"* OR \\\"zq\\\"\"", "");
        row("assignee:\"alice' OR 1=1 --\"", "");
        row("\"1=1\" kev:yes", "");
        row("\"union select\" OR \"drop table catalog\"", "");
    }

    void injectionStringsMatchThemselves()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        const std::string text = filter.toStdString();
        const CompiledFilter c = FilterCompiler(context()).compile(text);
        // The user's words never reach the SQL text.
        for (const char* word : {"DROP", "1=1", "NEAR", "alpha", "--", "'1'", "select\"", "catalog_entities;"})
            QVERIFY2(c.where.find(word) == std::string::npos && c.countWhere.find(word) == std::string::npos, word);
        QCOMPARE(QString::fromStdString(ids(text)), expected);
        QCOMPARE(schema(), m_schemaBefore);
    }

    void unquotedInjectionIsAnErrorNotSql()
    {
        auto e = FilterCompiler(context()).check("'; DROP TABLE findings; --");
        QVERIFY(e.has_value());
        QCOMPARE(e->offset(), std::size_t(25)); // the second '-' has nothing to exclude
        e = FilterCompiler(context()).check(") OR (1=1");
        QVERIFY(e.has_value());
        QCOMPARE(e->offset(), std::size_t(0));
        e = FilterCompiler(context()).check("\" OR 1=1 --");
        QVERIFY(e.has_value());
        QCOMPARE(e->message(), std::string("unterminated quote: add a closing '\"'"));
        // Words the unicode61 tokenizer keeps are searched as words.
        QCOMPARE(ids("DROP TABLE findings"), std::string("9"));
        QCOMPARE(ids("findings; DROP"), std::string("9"));
        Database db(m_ws->dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(test::scalar(db, "SELECT count(*) FROM findings"), std::int64_t(11));
        QCOMPARE(test::scalar(db, "SELECT count(*) FROM catalog_entities"), std::int64_t(7));
        QCOMPARE(schema(), m_schemaBefore);
    }

    // -- completion ------------------------------------------------------------

    void completesFieldNames()
    {
        const ListValueSource values;
        FilterCompletion c = FilterCompleter::complete("", 0, values);
        QCOMPARE(c.items.size(), filterFields().size());
        QCOMPARE(c.replaceFrom, std::size_t(0));
        QCOMPARE(c.replaceLength, std::size_t(0));
        for (const auto& i : c.items)
            QVERIFY2(!i.description.empty() && i.kind == FilterCompletionItem::Kind::Field, i.label.c_str());

        c = FilterCompleter::complete("se", 2, values);
        QCOMPARE(texts(c), std::string("severity: service:"));
        QCOMPARE(c.items[0].description, std::string(findFilterField("severity")->description));

        c = FilterCompleter::complete("kev:yes -sv", 11, values);
        QCOMPARE(texts(c), std::string("service:"));
        QCOMPARE(c.items[0].label, std::string("service (svc)"));
        QCOMPARE(c.replaceFrom, std::size_t(9));
        QCOMPARE(c.replaceLength, std::size_t(2));

        // In the middle of a name, the whole name and its ':' are replaced.
        c = FilterCompleter::complete("sev:high", 3, values);
        QCOMPARE(texts(c), std::string("severity:"));
        QCOMPARE(c.replaceFrom, std::size_t(0));
        QCOMPARE(c.replaceLength, std::size_t(4));

        c = FilterCompleter::complete("(kev:yes O", 10, values);
        QCOMPARE(texts(c), std::string("owner: OR"));
        QCOMPARE(c.replaceFrom, std::size_t(9));

        // Free text and phrases get nothing.
        QVERIFY(FilterCompleter::complete("\"free te", 8, values).items.empty());
        QVERIFY(FilterCompleter::complete("CVE-2021", 8, values).items.empty());
        QVERIFY(FilterCompleter::complete("bogus:x", 7, values).items.empty());
        QVERIFY(FilterCompleter::complete("zz", 2, values).items.empty());
    }

    void completesValues()
    {
        const ListValueSource values;
        FilterCompletion c = FilterCompleter::complete("severity:", 9, values);
        QCOMPARE(texts(c), std::string("critical high medium low info unknown"));
        QCOMPARE(c.field, std::string("severity"));
        QCOMPARE(c.replaceFrom, std::size_t(9));

        c = FilterCompleter::complete("kev:yes sev:h", 13, values);
        QCOMPARE(texts(c), std::string("high"));
        QCOMPARE(c.replaceFrom, std::size_t(12));
        QCOMPARE(c.replaceLength, std::size_t(1));

        // The last item of a list.
        c = FilterCompleter::complete("severity:high,cr x", 16, values);
        QCOMPARE(texts(c), std::string("critical"));
        QCOMPARE(c.replaceFrom, std::size_t(14));
        QCOMPARE(c.replaceLength, std::size_t(2));

        c = FilterCompleter::complete("status:in", 9, values);
        QCOMPARE(texts(c), std::string("in_progress"));
        QCOMPARE(FilterCompleter::complete("kev:", 4, values).items.size(), std::size_t(2));
        QCOMPARE(texts(FilterCompleter::complete("is:", 3, values)), std::string("open closed unowned unassigned"));
        QCOMPARE(texts(FilterCompleter::complete("has:f", 5, values)), std::string("fix"));
        QCOMPARE(texts(FilterCompleter::complete("tier:", 5, values)), std::string("1 2 3 4"));
        QCOMPARE(texts(FilterCompleter::complete("epss:", 5, values)), std::string("> >= < <="));
        QVERIFY(FilterCompleter::complete("epss>", 5, values).items.empty());

        // From the value source: bare names where the language takes them,
        // quotes where a value needs them.
        c = FilterCompleter::complete("owner:te", 8, values);
        QCOMPARE(values.m_asked, std::string("owner"));
        QCOMPARE(texts(c), std::string("team-payments team-search team-legacy"));
        QCOMPARE(c.items[0].label, std::string("group:default/team-payments"));
        c = FilterCompleter::complete("-service:pay", 12, values);
        QCOMPARE(texts(c), std::string("payments resource:default/payments-db"));
        QCOMPARE(c.replaceFrom, std::size_t(9));
        c = FilterCompleter::complete("tool:git", 8, values);
        QCOMPARE(texts(c), std::string("\"GitHub Dependabot\""));
        c = FilterCompleter::complete("tool:\"G\" kev:yes", 7, values);
        QCOMPARE(texts(c), std::string("\"GitHub Dependabot\" \"Grype\""));
        QCOMPARE(c.replaceFrom, std::size_t(5));
        QCOMPARE(c.replaceLength, std::size_t(3));
        c = FilterCompleter::complete("assignee:", 9, values);
        QCOMPARE(texts(c), std::string("me"));

        // The policy's fields: fixed words, a list, classes from the workspace.
        QCOMPARE(texts(FilterCompleter::complete("path:", 5, values)), std::string("enforce approve ticket incident batch"));
        QCOMPARE(texts(FilterCompleter::complete("sla:", 4, values)), std::string("breached at_risk on_track paused"));
        c = FilterCompleter::complete("sla:breached,p", 14, values);
        QCOMPARE(texts(c), std::string("paused"));
        QCOMPARE(c.replaceFrom, std::size_t(13));
        c = FilterCompleter::complete("kev:yes class:h", 15, values);
        QCOMPARE(values.m_asked, std::string("class"));
        QCOMPARE(texts(c), std::string("high"));
        QCOMPARE(c.field, std::string("class"));
        QCOMPARE(texts(FilterCompleter::complete("due:", 4, values)), std::string("> >= < <="));
        c = FilterCompleter::complete("exc", 3, values);
        QCOMPARE(texts(c), std::string("exception:"));
        QCOMPARE(c.items[0].label, std::string("exception"));
        QCOMPARE(texts(FilterCompleter::complete("sla_", 4, values)), std::string("class: due:"));

        // Every completed text compiles.
        for (const char* base : {"severity:", "status:", "owner:", "tool:", "is:", "has:", "tier:", "path:", "sla:",
                                 "class:"}) {
            const std::string b = base;
            c = FilterCompleter::complete(b, b.size(), values);
            QVERIFY2(!c.items.empty(), base);
            for (const auto& i : c.items) {
                const std::string text = b.substr(0, c.replaceFrom) + i.text;
                QVERIFY2(!FilterCompiler(context()).check(text).has_value(), text.c_str());
            }
        }
    }

    void workspaceValues()
    {
        Database db(m_ws->dbPath(), Database::Mode::ReadOnly);
        const FilterDatabaseValueSource source(db);
        auto joined = [&](const char* field, const char* prefix, std::size_t limit = 50) {
            std::string s;
            for (const auto& v : source.values(field, prefix, limit))
                s += (s.empty() ? "" : " ") + v;
            return s;
        };
        QCOMPARE(joined("owner", ""), std::string("group:default/team-payments group:default/team-search "
                                                  "group:default/team-web team-legacy"));
        QCOMPARE(joined("owner", "team-p"), std::string("group:default/team-payments"));
        QCOMPARE(joined("owner", "GROUP:default/team-w"), std::string("group:default/team-web"));
        QCOMPARE(joined("service", "s"), std::string("component:default/search component:default/storefront"));
        QCOMPARE(joined("tool", ""), std::string("CodeScanner GitHub Dependabot Grype Trivy"));
        QCOMPARE(joined("tool", "gr"), std::string("Grype"));
        QCOMPARE(joined("tool", "", 2), std::string("CodeScanner GitHub Dependabot"));
        QCOMPARE(joined("assignee", ""), std::string("alice bob"));
        QCOMPARE(joined("env", ""), std::string("prod staging"));
        QCOMPARE(joined("lifecycle", ""), std::string("deprecated production"));
        QCOMPARE(joined("data", ""), std::string("pci pii"));
        QCOMPARE(joined("severity", ""), std::string());
        // The classes of the policy in force (the shipped default) and those on findings.
        QCOMPARE(joined("class", ""), std::string("critical emergency high low maintenance standard"));
        QCOMPARE(joined("class", "MA"), std::string("maintenance"));
        // Exceptions still in play: requested or active.
        QCOMPARE(joined("exception", ""), std::string("1 2"));

        const FilterCompletion c = FilterCompleter::complete("kev:yes owner:team-", 19, source);
        QCOMPARE(texts(c), std::string("team-payments team-search team-web team-legacy"));
    }

    // -- the command line ------------------------------------------------------

    void cliFindingsFilter()
    {
        const QString db = QString::fromStdString(m_ws->dbPath());
        const QString findings = QStringLiteral("findings");
        const QString filter = QStringLiteral("--filter");
        const QString json = QStringLiteral("--json");
        CliRun r = runCli({QStringLiteral("--db"), db, findings, filter, QStringLiteral("kev:yes"), json});
        QCOMPARE(r.code, 0);
        QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(QStringLiteral("id")).toInt(), 1); // critical before high
        QCOMPARE(first.value(QStringLiteral("service")).toString(), QStringLiteral("component:default/payments"));
        QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("group:default/team-payments"));
        QCOMPARE(first.value(QStringLiteral("kev")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("epss")).toDouble(), 0.94);
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("id")).toInt(), 7);

        r = runCli({QStringLiteral("--db"), db, findings, QStringLiteral("--filter=-kev:yes is:unowned"),
                    QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(r.code, 0);
        lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject unowned = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(unowned.value(QStringLiteral("service")).toString(), QString());
        QVERIFY(unowned.value(QStringLiteral("epss")).isNull());
        QCOMPARE(unowned.value(QStringLiteral("kev")).toBool(), false);

        // The injection string as a phrase finds its finding, and nothing is dropped.
        r = runCli({QStringLiteral("--db"), db, findings, filter, QStringLiteral("\"'; DROP TABLE findings; --\"")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY(r.out.startsWith("9 "));
        r = runCli({QStringLiteral("--db"), db, findings});
        QCOMPARE(r.out.count('\n'), 11);

        // Time-dependent fields follow --now.
        auto slaIds = [&](const char* now, const char* expr) {
            const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("--now"), QString::fromLatin1(now),
                                       findings, filter, QString::fromLatin1(expr), json});
            QStringList out;
            for (const QByteArray& line : run.out.trimmed().split('\n')) {
                if (!line.isEmpty())
                    out << QString::number(QJsonDocument::fromJson(line).object().value(QStringLiteral("id")).toInt());
            }
            return QString::number(run.code) + QLatin1Char(':') + out.join(QLatin1Char(','));
        };
        QCOMPARE(slaIds("2026-11-25T12:00:00Z", "sla:breached"), QStringLiteral("0:1,5"));
        QCOMPARE(slaIds("2026-11-25T11:00:00Z", "sla:breached"), QStringLiteral("0:1"));
        QCOMPARE(slaIds("2026-11-25T11:00:00Z", "sla:at_risk path:approve"), QStringLiteral("0:5"));
        QCOMPARE(slaIds("2026-11-25T12:00:00Z", "exception:1"), QStringLiteral("0:6,9"));
        QCOMPARE(slaIds("2026-11-25T12:00:00Z", "sla:brached").left(2), QStringLiteral("2:"));

        // A mistake exits 2 with its column, and shows where it is.
        r = runCli({QStringLiteral("--db"), db, findings, filter, QStringLiteral("kev:yes -x sevrity:high")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QStringLiteral("closeloop-cli: findings: --filter: column 12: "
                                               "unknown field 'sevrity' — did you mean 'severity'?\n")),
                 r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("\n  kev:yes -x sevrity:high\n             ^^^^^^^\n")),
                 r.err.constData());

        r = runCli({QStringLiteral("--db"), db, findings, filter, QStringLiteral("(é OR epss>2)")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("column 12: epss needs a number between 0 and 1"), r.err.constData());
        r = runCli({QStringLiteral("--db"), db, findings, filter});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--filter needs an EXPR"));
        // A bad filter never creates a workspace.
        const QString fresh = QString::fromStdString(m_ws->path("fresh.sqlite"));
        r = runCli({QStringLiteral("--db"), fresh, findings, filter, QStringLiteral("(")});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(schema(), m_schemaBefore);
    }
};

QTEST_GUILESS_MAIN(TestFilter)
#include "test_filter.moc"
