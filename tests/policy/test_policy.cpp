// SPDX-License-Identifier: GPL-3.0-or-later
// The policy file: the shipped default and the documented example parse; bad
// files are refused with the line and reason of the value at fault; rules
// route a table of findings as documented (unknown facts never match); KEV
// always takes the high exception tier.
#include "feed_test_support.h"
#include "policy/policy.h"
#include "util/sha256.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace closeloop;
using namespace closeloop::test;

namespace {

std::string sourceFile(const std::string& relative)
{
    QFile f(QStringLiteral(CLOSELOOP_SOURCE_DIR "/") + QString::fromStdString(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", relative.c_str());
    return f.readAll().toStdString();
}

// The PolicyError parsing raises, or one saying there was none.
PolicyError policyErrorOf(const std::string& text)
{
    try {
        parsePolicy(text, "policy.json");
    } catch (const PolicyError& e) {
        return e;
    }
    return PolicyError("(no error)", "(no error)");
}

const std::string& minimal()
{
    static const std::string text = readFixture("policy/minimal.json");
    return text;
}

// minimal.json with `from` (which must occur exactly once) replaced.
QByteArray mutated(const std::string& from, const std::string& to)
{
    const std::string& m = minimal();
    const auto at = m.find(from);
    if (at == std::string::npos || m.find(from, at + 1) != std::string::npos)
        return QByteArray("(mutation does not apply: ") + QByteArray::fromStdString(from) + ')';
    std::string out = m;
    out.replace(at, from.size(), to);
    return QByteArray::fromStdString(out);
}

std::string firstLines(const std::string& text, int lines)
{
    std::size_t at = 0;
    for (int i = 0; i < lines; ++i) {
        at = text.find('\n', at);
        if (at == std::string::npos)
            return text;
        ++at;
    }
    return text.substr(0, at);
}

FindingFacts facts(int severity)
{
    FindingFacts f;
    f.severity = severity;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(closeloop::FindingFacts)

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void theShippedDefaultParses()
    {
        const std::string bytes = sourceFile("resources/policy/default-policy.json");
        QCOMPARE(defaultPolicyText(), bytes); // the embedded copy is the file, byte for byte
        const Policy p = defaultPolicy();
        QCOMPARE(p.version, Sha256::hex(Sha256::of(bytes)));
        QCOMPARE(p.version.size(), std::size_t(64));
        QCOMPARE(p.shortVersion(), p.version.substr(0, 12));
        QCOMPARE(p.name, std::string("Closeloop default policy"));
        QCOMPARE(p.text, bytes);

        QCOMPARE(p.classes.size(), std::size_t(6));
        const SlaClass& emergency = p.classes.at("emergency");
        QCOMPARE(emergency.atRiskShare, 0.5);
        QCOMPARE(emergency.clocks[int(SlaClockKind::Acknowledge)].seconds, std::int64_t(3600));
        QCOMPARE(emergency.clocks[int(SlaClockKind::Contain)].seconds, std::int64_t(4 * 3600));
        QCOMPARE(emergency.clocks[int(SlaClockKind::Remediate)].seconds, std::int64_t(2 * 86400));
        QCOMPARE(emergency.clocks[int(SlaClockKind::Verify)].seconds, std::int64_t(8 * 3600));
        QVERIFY(p.calendarOf(emergency.clocks[int(SlaClockKind::Acknowledge)]) == nullptr);
        // Its own acknowledge escalation; remediate keeps the top-level steps.
        QCOMPARE(emergency.clocks[0].escalation.size(), std::size_t(4));
        QCOMPARE(emergency.clocks[0].escalation[0].share, 0.25);
        QCOMPARE(emergency.clocks[int(SlaClockKind::Remediate)].escalation.size(), std::size_t(3));
        QCOMPARE(emergency.clocks[int(SlaClockKind::Remediate)].escalation[2].notify, std::string("operations-lead"));

        // DefectDojo's remediation days: 7/30/90/120.
        QCOMPARE(p.classes.at("critical").clocks[2].seconds, std::int64_t(7 * 86400));
        QCOMPARE(p.classes.at("high").clocks[2].seconds, std::int64_t(30 * 86400));
        QCOMPARE(p.classes.at("standard").clocks[2].seconds, std::int64_t(90 * 86400));
        QCOMPARE(p.classes.at("low").clocks[2].seconds, std::int64_t(120 * 86400));
        QCOMPARE(p.classes.at("maintenance").clocks[2].seconds, std::int64_t(180 * 86400));
        const ClockSpec& highAck = p.classes.at("high").clocks[0];
        QCOMPARE(highAck.seconds, std::int64_t(8 * 3600));
        QCOMPARE(highAck.calendar, std::string("eu-office"));
        QVERIFY(p.calendarOf(highAck) == &p.calendars.at("eu-office"));
        QCOMPARE(p.classes.at("high").clocks[int(SlaClockKind::Contain)].seconds, std::int64_t(0)); // no such clock
        QCOMPARE(p.classes.at("low").clocks[int(SlaClockKind::Verify)].seconds, std::int64_t(0));
        QCOMPARE(p.classes.at("standard").atRiskShare, 0.75);

        const BusinessCalendar& office = p.calendars.at("eu-office");
        QCOMPARE(office.name(), std::string("eu-office"));
        QCOMPARE(office.zone().id(), QByteArray("Europe/Berlin"));
        QVERIFY(!office.countsEveryHour());

        QCOMPARE(p.onReopen, ClockResumeMode::Restart);
        QCOMPARE(p.onExceptionExpiry, ClockResumeMode::Continue);
        QCOMPARE(p.rules.front().id, std::string("kev-internet"));
        QCOMPARE(p.rules.front().line, sourceLineOf(bytes, "\"id\": \"kev-internet\""));
        QCOMPARE(p.defaultRoute.id, std::string("default"));
        QCOMPARE(p.defaultRoute.path, std::string("ticket"));
        QCOMPARE(p.defaultRoute.slaClass, std::string("standard"));
        QCOMPARE(p.exceptions.tiers.size(), std::size_t(3));
        QCOMPARE(p.exceptions.tiers.at("low").maxDays, 30);
        QCOMPARE(p.exceptions.tiers.at("medium").approval, ExceptionTier::Approval::AutomaticNotify);
        QCOMPARE(p.exceptions.tiers.at("high").approval, ExceptionTier::Approval::Manager);
        QCOMPARE(p.exceptions.reminderDays, (std::vector<int>{14, 7, 1}));
        QCOMPARE(p.exceptions.securityTeam, std::string("group:default/appsec"));
        QCOMPARE(p.exceptions.vexExpiryDays, 180);
        QCOMPARE(p.exceptions.defaultTier, std::string("high"));
    }

    void theDocumentedExampleParses()
    {
        const std::string doc = sourceFile("docs/policy.md");
        const auto begin = doc.find("<!-- policy-example:begin -->");
        const auto end = doc.find("<!-- policy-example:end -->");
        QVERIFY(begin != std::string::npos && end != std::string::npos && begin < end);
        const auto open = doc.find("```json\n", begin);
        const auto close = doc.rfind("```", end);
        QVERIFY(open != std::string::npos && open < close);
        const std::string example = doc.substr(open + 8, close - open - 8);
        const Policy p = parsePolicy(example, "docs/policy.md");
        QCOMPARE(p.name, std::string("Example: one office, three classes"));
        QCOMPARE(p.classes.at("normal").clocks[int(SlaClockKind::Verify)].seconds, std::int64_t(7 * 86400));
        QCOMPARE(p.classes.at("normal").clocks[0].calendar, std::string("office"));
        QCOMPARE(p.calendars.at("office").zone().id(), QByteArray("America/New_York"));
        QCOMPARE(p.exceptions.defaultTier, std::string("medium"));
        QCOMPARE(p.exceptions.vexExpiryDays, 90);
        QCOMPARE(p.rules.size(), std::size_t(4));
    }

    void theMinimalFixtureParsesAsWritten()
    {
        const Policy p = parsePolicy(minimal(), "minimal.json");
        QCOMPARE(p.version, Sha256::hex(Sha256::of(minimal())));
        QCOMPARE(p.classes.at("urgent").line, 13);
        QCOMPARE(p.classes.at("normal").line, 26);
        QCOMPARE(p.rules.size(), std::size_t(2));
        QCOMPARE(p.rules[0].line, 39);
        QCOMPARE(p.rules[1].line, 40);
        QCOMPARE(p.exceptions.tierRules.at(0).line, 51);
        const SlaClass& urgent = p.classes.at("urgent");
        QCOMPARE(urgent.clocks[int(SlaClockKind::Verify)].calendar, std::string("office"));
        QCOMPARE(urgent.clocks[int(SlaClockKind::Verify)].seconds, std::int64_t(8 * 3600));
        // The class's escalation replaces acknowledge only.
        QCOMPARE(urgent.clocks[0].escalation.size(), std::size_t(2));
        QCOMPARE(urgent.clocks[0].escalation[1].notify, std::string("manager"));
        QCOMPARE(urgent.clocks[int(SlaClockKind::Remediate)].escalation.size(), std::size_t(2));
        QCOMPARE(urgent.clocks[int(SlaClockKind::Remediate)].escalation[1].notify, std::string("backup"));
        QVERIFY(urgent.clocks[int(SlaClockKind::Contain)].escalation.empty());
        const SlaClass& normal = p.classes.at("normal");
        QCOMPARE(normal.title, std::string("normal")); // no title: the id
        QCOMPARE(normal.clocks[int(SlaClockKind::Contain)].seconds, std::int64_t(0));
        QCOMPARE(normal.clocks[int(SlaClockKind::Acknowledge)].seconds, std::int64_t(16 * 3600));
        QCOMPARE(p.rules[1].when.all.at(0).field, std::string("severity"));
        QCOMPARE(p.rules[1].when.all.at(0).values, (std::vector<std::string>{"critical"}));
    }

    void validVariantsParse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("sum duration in calendar time") << mutated("\"30d\"", "\"1w2d12h\"");
        QTest::newRow("minutes on a calendar") << mutated("\"16h\", \"calendar\"", "\"90m\", \"calendar\"");
        QTest::newRow("24:00 ends a day") << mutated("\"13:00-17:00\"", "\"13:00-24:00\"");
        QTest::newRow("touching ranges") << mutated("\"13:00-17:00\"", "\"12:00-17:00\"");
        QTest::newRow("no working_days: Monday to Friday") << mutated("\"working_days\": [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"],", "");
        QTest::newRow("weekend shift") << mutated("[\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]", "[\"sat\", \"sun\"]");
        QTest::newRow("no reminders") << mutated("[14, 7, 1]", "[]");
        QTest::newRow("equal tiers") << mutated("\"max_days\": 90", "\"max_days\": 30");
        QTest::newRow("severity range") << mutated("{\"severity\": [\"critical\"]}", "{\"severity\": {\"min\": \"HIGH\", \"max\": \"critical\"}}");
        QTest::newRow("a byte order mark") << QByteArray("\xEF\xBB\xBF") + QByteArray::fromStdString(minimal());
    }
    void validVariantsParse()
    {
        QFETCH(QByteArray, text);
        const PolicyError e = policyErrorOf(text.toStdString());
        QVERIFY2(e.where() == "(no error)", e.what());
    }

    void variantsMean()
    {
        const Policy unnamed = parsePolicy(mutated("  \"name\": \"Test policy\",\n", "").toStdString(), "/some/where/team.json");
        QCOMPARE(unnamed.name, std::string("team.json"));
        const Policy sum = parsePolicy(mutated("\"30d\"", "\"1w2d12h\"").toStdString(), "p.json");
        QCOMPARE(sum.classes.at("normal").clocks[2].seconds, std::int64_t(9 * 86400 + 12 * 3600));
        const Policy days = parsePolicy(mutated("\"working_days\": [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"],", "").toStdString(), "p.json");
        const BusinessCalendar& c = days.calendars.at("office");
        // Monday 2026-06-01 10:00 Berlin is working time; Saturday is not.
        QVERIFY(c.isWorking(QDateTime(QDate(2026, 6, 1), QTime(10, 0), c.zone())));
        QVERIFY(!c.isWorking(QDateTime(QDate(2026, 6, 6), QTime(10, 0), c.zone())));
        QVERIFY(!c.isWorking(QDateTime(QDate(2026, 6, 1), QTime(12, 30), c.zone()))); // lunch
        QVERIFY(!c.isWorking(QDateTime(QDate(2026, 12, 25), QTime(10, 0), c.zone()))); // holiday
        const Policy range = parsePolicy(mutated("{\"severity\": [\"critical\"]}", "{\"severity\": {\"min\": \"HIGH\"}}").toStdString(), "p.json");
        QCOMPARE(range.rules[1].when.all.at(0).kind, PolicyCondition::Kind::Range);
        QCOMPARE(*range.rules[1].when.all.at(0).min, 3.0);
        QVERIFY(!range.rules[1].when.all.at(0).max);
    }

    void badFilesNameLineAndReason_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        auto row = [](const char* name, QByteArray text, int line, const char* reason) {
            QTest::newRow(name) << text << line << QString::fromUtf8(reason);
        };
        row("unknown top-level key", mutated("\"clocks\": {\"on_reopen\"", "\"clock\": {\"on_reopen\""), 33,
            "unknown key \"clock\" in the policy; did you mean \"clocks\"?");
        row("unknown nested key", mutated("\"within\": \"30d\"", "\"withn\": \"30d\""), 29,
            "unknown key \"withn\" in the remediate clock of \"normal\"; did you mean \"within\"?");
        row("unknown key, nothing close", mutated("\"title\": \"Urgent\"", "\"colour\": \"red\""), 14,
            "unknown key \"colour\" in SLA class \"urgent\"; expected one of: title, at_risk, clocks, escalation");
        row("unknown condition", mutated("{\"severity\": [\"critical\"]}", "{\"severty\": [\"critical\"]}"), 40,
            "unknown condition \"severty\"; did you mean \"severity\"?");
        row("bad duration", mutated("\"1h\"", "\"1 hour\""), 17, "bad duration \"1 hour\"");
        row("units out of order", mutated("\"30d\"", "\"12h1d\""), 29, "largest unit first");
        row("duration not a string", mutated("\"30d\"", "30"), 29, "\"within\" (a duration such as \"4h\") must be a string");
        row("zero duration", mutated("\"8h\", \"calendar\"", "\"0h\", \"calendar\""), 20, "is zero; leave the clock out");
        row("days on a calendar", mutated("\"16h\", \"calendar\"", "\"2d\", \"calendar\""), 28,
            "\"2d\" counts working time on calendar \"office\": write it in hours or minutes");
        row("duration too long", mutated("\"30d\"", "\"3651d\""), 29, "longer than 3650 days");
        row("bad time zone", mutated("\"Europe/Berlin\"", "\"Europe/Berlinn\""), 6, "\"Europe/Berlinn\" is not a time zone");
        row("overlapping hours", mutated("\"13:00-17:00\"", "\"11:00-17:00\""), 8,
            "\"11:00-17:00\" overlaps or comes before \"09:00-12:00\"");
        row("hours written loosely", mutated("\"09:00-12:00\"", "\"9-12\""), 8, "bad hours \"9-12\": write \"HH:MM-HH:MM\"");
        row("hours across midnight", mutated("\"13:00-17:00\"", "\"22:00-02:00\""), 8, "cannot cross midnight");
        row("24:00 as a start", mutated("\"13:00-17:00\"", "\"24:00-24:00\""), 8, "bad hours \"24:00-24:00\"");
        row("bad holiday", mutated("\"2026-12-25\"", "\"2026-13-25\""), 9, "bad holiday \"2026-13-25\"");
        row("bad working day", mutated("\"fri\"]", "\"fry\"]"), 7, "\"fry\" is not a day; did you mean \"fri\"?");
        row("no working day", mutated("[\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]", "[]"), 7, "has no working day");
        row("unknown class", mutated("\"sla_class\": \"normal\"", "\"sla_class\": \"norma\""), 42,
            "unknown SLA class \"norma\"; did you mean \"normal\"?");
        row("unknown calendar", mutated("\"8h\", \"calendar\": \"office\"", "\"8h\", \"calendar\": \"ofice\""), 20,
            "unknown calendar \"ofice\"; did you mean \"office\"?");
        row("bad path", mutated("\"path\": \"incident\"", "\"path\": \"incidents\""), 39,
            "\"incidents\" is not a path; did you mean \"incident\"?");
        row("duplicate rule id", mutated("{\"id\": \"crit\"", "{\"id\": \"kev\""), 40, "duplicate rule id \"kev\" (first at line 39)");
        row("reserved routing id", mutated("{\"id\": \"crit\"", "{\"id\": \"default\""), 40, "names the routing default");
        row("escalation not ascending", mutated("{\"at\": 1.0, \"notify\": \"manager\"}", "{\"at\": 0.5, \"notify\": \"manager\"}"), 23,
            "ascending order of \"at\"; 0.5 does not come after 0.5");
        row("escalation to nobody known", mutated("\"notify\": \"backup\"", "\"notify\": \"boss\""), 35, "\"boss\" is not someone to notify");
        row("escalation key not a clock", mutated("\"remediate\": [{\"at\": 0.75", "\"remidiate\": [{\"at\": 0.75"), 35,
            "did you mean \"remediate\"?");
        row("at_risk above 1", mutated("\"at_risk\": 0.5", "\"at_risk\": 1.5"), 15, "between 0 and 1");
        row("missing remediate clock", mutated("\"remediate\": {\"within\": \"30d\"}", "\"contain\": {\"within\": \"30d\"}"), 27,
            "SLA class \"normal\" has no \"remediate\" clock");
        row("tier order", mutated("\"max_days\": 90", "\"max_days\": 20"), 47, "medium allows 20 days, fewer than low's 30");
        row("missing tier", mutated("      \"medium\": {\"max_days\": 90, \"approval\": \"automatic_notify\"},\n", ""), 45,
            "the tier \"medium\" is missing");
        row("high tier without a manager", mutated("\"max_days\": 180, \"approval\": \"manager\"", "\"max_days\": 180, \"approval\": \"automatic_notify\""),
            48, "the high tier must need a manager");
        row("max_days as text", mutated("\"max_days\": 30", "\"max_days\": \"30\""), 46, "\"max_days\" must be a whole number");
        row("max_days out of range", mutated("\"max_days\": 180", "\"max_days\": 4000"), 48, "between 1 and 3650, not 4000");
        row("max_days past 64 bits", mutated("\"max_days\": 180", "\"max_days\": 18446744073709551615"), 48,
            "between 1 and 3650, not 18446744073709551615");
        row("rule id with a space", mutated("{\"id\": \"crit\"", "{\"id\": \"crit ical\""), 40, "is not a valid id");
        row("reserved tier rule id", mutated("{\"id\": \"dev\"", "{\"id\": \"kev\""), 51, "\"kev\" is reserved");
        row("empty condition list", mutated("[\"dev\"]", "[]"), 51, "\"environment\" is an empty list");
        row("reminders not descending", mutated("[14, 7, 1]", "[14, 1, 7]"), 54, "descending order (e.g. [14, 7, 1]); 7 comes after 1");
        row("bad severity", mutated("[\"critical\"]", "[\"critcal\"]"), 40, "\"critcal\" is not a severity; did you mean \"critical\"?");
        row("epss out of range", mutated("{\"kev\": true}", "{\"epss\": {\"min\": 1.5}}"), 39, "\"epss\" \"min\" must be between 0 and 1");
        row("cvss range upside down", mutated("{\"kev\": true}", "{\"cvss\": {\"min\": 9,\n \"max\": 7}}"), 40, "\"max\" is below \"min\"");
        row("criticality tier 5", mutated("{\"kev\": true}", "{\"criticality\": [5]}"), 39, "a criticality tier must be between 1 and 4");
        row("flag as text", mutated("{\"kev\": true}", "{\"kev\": \"yes\"}"), 39, "\"kev\" must be true or false");
        row("wrong schema", mutated("closeloop-policy/1", "closeloop-policy/2"), 2,
            "unsupported schema \"closeloop-policy/2\": this version of Closeloop reads \"closeloop-policy/1\"");
        row("no schema", mutated("  \"schema\": \"closeloop-policy/1\",\n", ""), 1, "the file has no \"schema\"");
        row("no routing default", mutated("    ],\n    \"default\": {\"path\": \"ticket\", \"sla_class\": \"normal\"}\n", "    ]\n"), 37,
            "\"routing\" needs \"default\"");
        row("key written twice", mutated("\"default_tier\": \"high\",", "\"default_tier\": \"high\",\n\"default_tier\": \"low\","), 54,
            "the key \"default_tier\" is written twice");
        row("not an object", QByteArray("[1, 2]\n"), 1, "a policy file is a JSON object");
        row("truncated", QByteArray::fromStdString(firstLines(minimal(), 40)), 40, "invalid JSON: ");
        row("syntax error", mutated("\"tier\": \"low\"}", "\"tier\": \"low\""), 52, "invalid JSON: syntax error");
        row("invalid UTF-8", mutated("\"Test policy\"", "\"Test \xff policy\""), 3, "invalid JSON: ");
        row("empty file", QByteArray(), 1, "invalid JSON: ");

        std::string deep = minimal();
        deep.replace(deep.find("\"Test policy\""), 13, std::string(40, '[') + std::string(40, ']'));
        row("depth bomb", QByteArray::fromStdString(deep), 3, "nesting deeper than 32 levels");

        std::string big = minimal();
        big.insert(big.size() - 2, std::size_t(5) << 20, ' ');
        row("5 MiB file", QByteArray::fromStdString(big), 1, "policy files over 4 MiB are refused");

        std::string wide = "{\"schema\": \"closeloop-policy/1\",\n\"name\": [";
        for (int i = 0; i < 250000; ++i)
            wide += i ? ",0" : "0";
        wide += "]}";
        row("too many values", QByteArray::fromStdString(wide), 2, "more than 200000 values");
    }
    void badFilesNameLineAndReason()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, reason);
        QVERIFY2(!text.startsWith("(mutation"), text.constData());
        const PolicyError e = policyErrorOf(text.toStdString());
        QCOMPARE(QString::fromStdString(e.where()), QStringLiteral("policy.json:%1").arg(line));
        QVERIFY2(e.reason().find(reason.toStdString()) != std::string::npos, e.what());
        QCOMPARE(std::string(e.what()), e.where() + ": " + e.reason());
    }

    // Every prefix of the default is refused with a PolicyError, never a
    // crash or another exception.
    void everyPrefixIsRefusedCleanly()
    {
        const std::string& text = defaultPolicyText();
        std::size_t refused = 0, tried = 0;
        for (std::size_t n = 0; n + 2 < text.size(); n += 3) {
            ++tried;
            try {
                parsePolicy(text.substr(0, n), "p.json");
            } catch (const PolicyError& e) {
                ++refused;
                QVERIFY(e.where().rfind("p.json:", 0) == 0);
            }
        }
        QCOMPARE(refused, tried);
    }

    void routesTheDefaultPolicy_data()
    {
        QTest::addColumn<FindingFacts>("f");
        QTest::addColumn<QString>("expected"); // rule path class

        FindingFacts kevExposed = facts(3);
        kevExposed.kev = true;
        kevExposed.internetFacing = true;
        QTest::newRow("KEV, internet-facing") << kevExposed << QStringLiteral("kev-internet incident emergency");
        FindingFacts kev = kevExposed;
        kev.internetFacing.reset(); // exposure unknown: the exposed rule does not match
        QTest::newRow("KEV, exposure unknown") << kev << QStringLiteral("kev approve emergency");
        kev.internetFacing = false;
        kev.severity = 1;
        QTest::newRow("KEV, internal, low") << kev << QStringLiteral("kev approve emergency");

        FindingFacts crit = facts(4);
        crit.environment = "eu Prod";
        crit.customerFacing = true;
        QTest::newRow("critical, prod, customer-facing") << crit << QStringLiteral("critical-prod-customer approve critical");
        crit.customerFacing.reset();
        QTest::newRow("critical, prod, customer-facing unknown") << crit << QStringLiteral("critical ticket critical");
        crit.customerFacing = true;
        crit.environment = "staging";
        QTest::newRow("critical, staging") << crit << QStringLiteral("critical ticket critical");

        FindingFacts deprecated = facts(3);
        deprecated.lifecycle = "Deprecated";
        QTest::newRow("deprecated, high") << deprecated << QStringLiteral("deprecated batch maintenance");

        FindingFacts bump = facts(1);
        bump.environment = "dev";
        bump.tool = "Trivy";
        QTest::newRow("dev dependency bump") << bump << QStringLiteral("dev-low-dependencies enforce low");
        bump.severity = 0;
        bump.tool = "GitHub Dependabot";
        QTest::newRow("dev dependency bump, info") << bump << QStringLiteral("dev-low-dependencies enforce low");
        bump.tool = "Semgrep";
        QTest::newRow("dev, low, not a dependency scanner") << bump << QStringLiteral("low ticket low");
        bump.tool = "Trivy";
        bump.severity = -1;
        QTest::newRow("dev, unrated: a range never matches unknown") << bump << QStringLiteral("default ticket standard");
        bump.severity = 2;
        QTest::newRow("dev, medium") << bump << QStringLiteral("default ticket standard");

        FindingFacts likely = facts(2);
        likely.epss = 0.6;
        likely.internetFacing = true;
        QTest::newRow("EPSS 0.6, exposed") << likely << QStringLiteral("epss-exposed ticket critical");
        likely.epss = 0.5;
        QTest::newRow("EPSS 0.5: ranges are inclusive") << likely << QStringLiteral("epss-exposed ticket critical");
        likely.epss = 0.49;
        QTest::newRow("EPSS 0.49") << likely << QStringLiteral("default ticket standard");
        likely.epss.reset();
        QTest::newRow("no EPSS score") << likely << QStringLiteral("default ticket standard");

        QTest::newRow("high") << facts(3) << QStringLiteral("high ticket high");
        QTest::newRow("medium") << facts(2) << QStringLiteral("default ticket standard");
        QTest::newRow("info") << facts(0) << QStringLiteral("low ticket low");
        QTest::newRow("unrated") << facts(-1) << QStringLiteral("default ticket standard");
    }
    void routesTheDefaultPolicy()
    {
        QFETCH(FindingFacts, f);
        QFETCH(QString, expected);
        static const Policy p = defaultPolicy();
        const RouteDecision d = route(p, f);
        QCOMPARE(QString::fromStdString(d.rule + ' ' + d.path + ' ' + d.slaClass), expected);
    }

    void eachConditionMatchesAsDocumented_data()
    {
        QTest::addColumn<FindingFacts>("f");
        QTest::addColumn<QString>("rule");

        FindingFacts pci = facts(2);
        pci.dataClasses = {"pii", "PCI"};
        QTest::newRow("data_classes: any of") << pci << QStringLiteral("pci");
        pci.dataClasses = {"pii"};
        QTest::newRow("data_classes: none of") << pci << QStringLiteral("default");
        FindingFacts tagged = facts(2);
        tagged.tags = {"java", "legacy"};
        QTest::newRow("tags: any of, case-insensitive") << tagged << QStringLiteral("tagged");

        FindingFacts tier = facts(3);
        tier.criticality = 2;
        QTest::newRow("criticality max 2 and severity min high") << tier << QStringLiteral("tier-1-2");
        tier.severity = 4;
        tier.criticality = 1;
        QTest::newRow("tier 1, critical") << tier << QStringLiteral("tier-1-2");
        tier.severity = 2;
        QTest::newRow("tier 1, medium: severity below min") << tier << QStringLiteral("default");
        tier.severity = 3;
        tier.criticality = 3;
        QTest::newRow("criticality list") << tier << QStringLiteral("tier-3");
        tier.criticality.reset();
        QTest::newRow("criticality unknown matches neither") << tier << QStringLiteral("default");

        FindingFacts cvss = facts(2);
        cvss.cvss = 7.0;
        QTest::newRow("cvss at min") << cvss << QStringLiteral("cvss-band");
        cvss.cvss = 8.9;
        QTest::newRow("cvss at max") << cvss << QStringLiteral("cvss-band");
        cvss.cvss = 9.0;
        QTest::newRow("cvss above max") << cvss << QStringLiteral("default");

        FindingFacts epss = facts(2);
        epss.epssPercentile = 0.97;
        QTest::newRow("epss_percentile") << epss << QStringLiteral("epss-top");
        epss.epssPercentile = 0.5;
        epss.epss = 0.3;
        QTest::newRow("epss within range") << epss << QStringLiteral("epss-mid");
        epss.epss = 0.05;
        QTest::newRow("epss below range") << epss << QStringLiteral("default");

        FindingFacts owner = facts(2);
        owner.owner = "group:default/Team-A";
        QTest::newRow("owner by name matches the ref") << owner << QStringLiteral("team-a");
        owner.owner = "team-a";
        QTest::newRow("owner by bare name") << owner << QStringLiteral("team-a");
        owner.owner = "group:default/team-ab";
        QTest::newRow("owner, another team") << owner << QStringLiteral("default");
        FindingFacts svc = facts(2);
        svc.service = "component:default/billing";
        QTest::newRow("service ref") << svc << QStringLiteral("svc");
        svc.service = "component:other/billing";
        QTest::newRow("service ref in another namespace") << svc << QStringLiteral("default");

        FindingFacts internal = facts(2);
        internal.internetFacing = false;
        internal.customerFacing = false;
        QTest::newRow("two flags") << internal << QStringLiteral("internal");
        internal.customerFacing.reset();
        QTest::newRow("a flag unknown") << internal << QStringLiteral("default");
        QTest::newRow("severity unknown listed") << facts(-1) << QStringLiteral("unrated");
    }
    void eachConditionMatchesAsDocumented()
    {
        QFETCH(FindingFacts, f);
        QFETCH(QString, rule);
        static const Policy p = parsePolicy(readFixture("policy/matching.json"), "matching.json");
        QCOMPARE(QString::fromStdString(route(p, f).rule), rule);
    }

    void kevAlwaysTakesTheHighTier()
    {
        const Policy p = parsePolicy(readFixture("policy/matching.json"), "matching.json");
        FindingFacts f = facts(1);
        std::string rule;
        QCOMPARE(exceptionTier(p, f, &rule), std::string("low")); // the catch-all rule
        QCOMPARE(rule, std::string("everything-low"));
        f.kev = true; // a rule says low for KEV; KEV is high regardless
        QCOMPARE(exceptionTier(p, f, &rule), std::string("high"));
        QCOMPARE(rule, std::string("kev"));
        QCOMPARE(exceptionTier(p, f), std::string("high"));

        const Policy d = defaultPolicy();
        FindingFacts dev = facts(2);
        dev.environment = "dev";
        dev.customerFacing = false;
        QCOMPARE(exceptionTier(d, dev, &rule), std::string("low"));
        QCOMPARE(rule, std::string("development"));
        dev.customerFacing.reset(); // unknown exposure is not "not customer-facing"
        QCOMPARE(exceptionTier(d, dev, &rule), std::string("high"));
        QCOMPARE(rule, std::string("default"));
        dev.customerFacing = false;
        dev.dataClasses = {"pii"};
        QCOMPARE(exceptionTier(d, dev, &rule), std::string("medium"));
        QCOMPARE(rule, std::string("sensitive-data"));
        dev.dataClasses.clear();
        dev.kev = true;
        QCOMPARE(exceptionTier(d, dev, &rule), std::string("high"));
        QCOMPARE(rule, std::string("kev"));
        FindingFacts staging = facts(3);
        staging.environment = "staging";
        QCOMPARE(exceptionTier(d, staging, &rule), std::string("medium"));
        FindingFacts prod = staging;
        prod.environment = "production";
        prod.customerFacing = false;
        QCOMPARE(exceptionTier(d, prod, &rule), std::string("high"));
        QCOMPARE(rule, std::string("production"));

        QCOMPARE(higherTier("low", "medium"), std::string("medium"));
        QCOMPARE(higherTier("medium", "low"), std::string("medium"));
        QCOMPARE(higherTier("low", "low"), std::string("low"));
        QCOMPARE(higherTier("medium", "high"), std::string("high"));
        QCOMPARE(higherTier("low", "nonsense"), std::string("high")); // unknown is never the lenient side
    }

    void anEmptyMatchHoldsAndAHandBuiltUnknownFieldNever()
    {
        QVERIFY(matches(PolicyMatch{}, facts(-1)));
        PolicyMatch typo;
        PolicyCondition c;
        c.field = "sevrity";
        c.values = {"high"};
        typo.all.push_back(c);
        QVERIFY(!matches(typo, facts(3)));
    }

    // Figures for the report: routing cost per finding and parse time.
    void measure()
    {
        const Policy p = defaultPolicy();
        std::vector<FindingFacts> sample;
        for (int i = 0; i < 1000; ++i) {
            FindingFacts f = facts(i % 6 - 1);
            f.environment = i % 3 ? "prod" : "dev";
            f.tool = i % 2 ? "Trivy" : "Semgrep";
            if (i % 4)
                f.internetFacing = i % 8 < 4;
            if (i % 5)
                f.epss = (i % 100) / 100.0;
            f.dataClasses = {"pii"};
            f.lifecycle = "production";
            sample.push_back(f);
        }
        QElapsedTimer t;
        t.start();
        std::size_t tickets = 0;
        for (int round = 0; round < 1000; ++round) {
            for (const auto& f : sample)
                tickets += route(p, f).path == "ticket";
        }
        const qint64 routeMs = t.elapsed();
        QVERIFY(tickets > 0);
        t.restart();
        for (int i = 0; i < 100; ++i)
            QCOMPARE(parsePolicy(defaultPolicyText(), "d.json").version, p.version);
        const double parseMs = t.elapsed() / 100.0;
        qInfo("route: 1,000,000 findings in %lld ms; parse of the default (%zu bytes): %.2f ms", routeMs,
              defaultPolicyText().size(), parseMs);
    }

private:
    static int sourceLineOf(const std::string& text, const std::string& needle)
    {
        const auto at = text.find(needle);
        return at == std::string::npos ? -1 : 1 + int(std::count(text.begin(), text.begin() + std::ptrdiff_t(at), '\n'));
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "test_policy.moc"
