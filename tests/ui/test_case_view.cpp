// SPDX-License-Identifier: GPL-3.0-or-later
// The case view for real (offscreen): a full case, a case with nothing in it,
// an unowned case, HTML from a feed shown as literal text, folding remembered
// across instances, the openFinding/applyToSimilar signals, keyboard reach,
// no sideways scrolling at 700 px, the policy and SLA panel (from a case
// written here and from the demo workspace read by the core), and
// screenshots for people to look at.
#include "case/badge_label.h"
#include "case/case_table.h"
#include "case/case_view.h"
#include "case/case_vocabulary.h"
#include "case/collapsible_section.h"
#include "demo/demo_workspace.h"
#include "query/case_context.h"
#include "queue/severity_delegate.h"
#include "store/database.h"
#include "widget_test_support.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

using namespace closeloop;
using nlohmann::json;
using test::darkPalette;
using test::saveScreenshot;

namespace {

const char* const Html = "<b>bold</b><img src=x onerror=alert(1)><a href=\"http://evil\">x</a>";

json fullCase()
{
    json finding = {
        {"id", 4211},
        {"fingerprint", "9f2c4e7a1b3d5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d5e6f7"},
        {"title", "log4j-core: Remote code execution in Log4j 2.x when logs contain an attacker-controlled string"},
        {"description", "Apache Log4j2 2.0-beta9 through 2.15.0 (excluding security releases 2.12.2, 2.12.3, and "
                        "2.3.1) JNDI features used in configuration, log messages, and parameters do not protect "
                        "against attacker controlled LDAP and other JNDI related endpoints."},
        {"severity", "critical"}, // as the core writes it
        {"status", "triaged"},
        {"status_reason", "Confirmed reachable from the public checkout API"},
        {"tool", "trivy"},
        {"tool_version", "0.50.1"},
        {"rule_id", "CVE-2021-44228"},
        {"cves", "CVE-2021-44228 CVE-2021-45046"},
        {"cwes", "CWE-502 CWE-400 CWE-20"},
        {"cvss_score", 10.0},
        {"cvss_vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"},
        {"epss", 0.94358},
        {"epss_percentile", 0.99962},
        {"kev", 1},
        {"asset", "registry.example.com/payments/payments-api:2026.09.3"},
        {"asset_kind", "container_image"},
        {"location_file", "app/lib/log4j-core-2.14.1.jar"},
        {"location_line", nullptr},
        {"package", "org.apache.logging.log4j:log4j-core"},
        {"package_version", "2.14.1"},
        {"purl", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"},
        {"fix_version", "2.17.1"},
        {"remediation", "Upgrade log4j-core to 2.17.1 or later; until then set log4j2.formatMsgNoLookups=true and "
                        "remove the JndiLookup class from the classpath."},
        {"refs", json::array({"https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
                              "https://logging.apache.org/log4j/2.x/security.html",
                              "javascript:alert(document.cookie)"})},
        {"first_seen", "2026-09-14T08:12:00Z"},
        {"last_seen", "2026-10-21T06:02:00Z"},
        {"service", "payments-api"},
        {"owner", "group:default/team-payments"},
        {"assignee", "dana.okafor"},
        {"fingerprint_inputs", {{"family", "package"},
                                {"inputs", json::array({json::array({"tool", "trivy"}),
                                                        json::array({"artifact", "registry.example.com/payments/payments-api"}),
                                                        json::array({"package", "org.apache.logging.log4j:log4j-core"}),
                                                        json::array({"vulnerability", "CVE-2021-44228"})})}}},
        {"raw", R"({"VulnerabilityID":"CVE-2021-44228","PkgName":"org.apache.logging.log4j:log4j-core","InstalledVersion":"2.14.1","FixedVersion":"2.17.1","Severity":"CRITICAL","CVSS":{"nvd":{"V3Score":10}}})"},
    };
    json c = {
        {"finding", finding},
        {"intel", {{"kev", {{"date_added", "2021-12-10"},
                            {"due_date", "2021-12-24"},
                            {"ransomware", true},
                            {"required_action", "For all affected software assets for which updates exist, the only "
                                                "acceptable remediation actions are: 1) Apply updates; OR 2) remove "
                                                "affected assets from agency networks."},
                            {"name", "Apache Log4j2 Remote Code Execution Vulnerability"},
                            {"notes", "https://logging.apache.org/log4j/2.x/security.html"}}},
                   {"epss", {{"score", 0.94358}, {"percentile", 0.99962}, {"scored_on", "2026-10-20"},
                             {"model_version", "v2025.03.14"}, {"cve", "CVE-2021-44228"}}}}},
        {"service", {{"ref", "component:default/payments-api"}, {"name", "payments-api"}, {"title", "Payments API"},
                     {"description", "Card and wallet payments for the web shop and the mobile apps"},
                     {"type", "service"}, {"lifecycle", "production"}, {"tier", 1}, {"customer_facing", true},
                     {"internet_facing", true}, {"data_classes", json::array({"PII", "PCI cardholder data"})},
                     {"environment", "production"}, {"system", "checkout"},
                     {"tags", json::array({"java", "spring-boot", "pci"})},
                     {"source_file", "catalog/payments/catalog-info.yaml"}}},
        {"owner", {{"ref", "group:default/team-payments"}, {"name", "team-payments"}, {"title", "Team Payments"},
                   {"email", "payments-team@example.com"}}},
        {"escalation", json::array({{{"role", "owner"}, {"name", "Team Payments"}, {"contact", "#payments-oncall"}},
                                    {{"role", "backup"}, {"name", "Dana Okafor"}, {"contact", "dana.okafor@example.com"}},
                                    {{"role", "manager"}, {"name", "Lars Lindqvist"}, {"contact", "lars.lindqvist@example.com"}},
                                    {{"role", "operations_lead"}, {"name", "Mira Patel"}, {"contact", "+49 30 1234 5678"}}})},
        {"ownership", {{"matched", "image"}, {"key", "registry.example.com/payments/payments-api"},
                       {"entity", "component:default/payments-api"}, {"source", "catalog/payments/catalog-info.yaml"},
                       {"reason", "The image annotation closeloop.dev/images of payments-api lists this repository."},
                       {"tried", json::array({{{"kind", "image"}, {"key", "registry.example.com/payments/payments-api"}}})},
                       {"codeowners", nullptr}}},
        {"exposure", {{"asset", "registry.example.com/payments/payments-api:2026.09.3"}, {"asset_kind", "container_image"},
                      {"locations", json::array({"app/lib/log4j-core-2.14.1.jar", "app/lib/log4j-api-2.14.1.jar"})},
                      {"first_seen", "2026-09-14T08:12:00Z"}, {"last_seen", "2026-10-21T06:02:00Z"}, {"open_days", 37}}},
        {"changes", json::array({{{"at", "2026-09-03T10:41:00Z"}, {"kind", "commit"}, {"reference", "a41c9e2"},
                                  {"author", "jonas.weber"}, {"summary", "Add structured request logging to the checkout flow"}},
                                 {{"at", "2026-09-12T16:05:00Z"}, {"kind", "commit"}, {"reference", "7be0d13"},
                                  {"author", "dana.okafor"}, {"summary", "Pin log4j-core 2.14.1 for the logging appender"}},
                                 {{"at", "2026-09-13T21:30:00Z"}, {"kind", "deploy"}, {"reference", "payments-api 2026.09.3"},
                                  {"author", "ci-bot"}, {"summary", "Production rollout to eu-central-1 and us-east-1"}}})},
        {"similar", json::array()},
        {"similar_summary", {{"total", 12}, {"fixed_verified", 7}, {"exception", 2}, {"false_positive", 1}, {"open", 2},
                             {"median_days_to_fix", 9}}},
        {"timeline", json::array({{{"at", "2026-09-20T09:15:00Z"}, {"kind", "audit"}, {"actor", "dana.okafor"},
                                   {"summary", "Status new → triaged: confirmed reachable from the public checkout API"}},
                                  {{"at", "2026-09-14T08:12:00Z"}, {"kind", "import"}, {"actor", "trivy"},
                                   {"summary", "First seen in payments-api:2026.09.3"}},
                                  {{"at", "2026-09-20T09:16:00Z"}, {"kind", "note"}, {"actor", "dana.okafor"},
                                   {"summary", "Upgrade planned with the 2026.10 release train"}},
                                  {{"at", "2026-10-21T06:02:00Z"}, {"kind", "import"}, {"actor", "trivy"},
                                   {"summary", "Seen again in payments-api:2026.09.3"}}})},
        {"notes", json::array({{{"at", "2026-09-20T09:16:00Z"}, {"actor", "dana.okafor"},
                                {"text", "Upgrade planned with the 2026.10 release train"}}})},
    };
    // As the core's casePolicy() writes it, with the instant it measured at.
    c["policy"] = {
        {"path", "ticket"}, {"sla_class", "high"}, {"sla_class_title", "High"}, {"rule", "critical-prod-customer"},
        {"rule_description", "Critical in a customer-facing production service"},
        {"version", "3f9a2c7e1b4d5a6978c0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6"},
        {"version_short", "3f9a2c7e1b4d"}, {"policy_name", "Closeloop default"}, {"in_force", false},
        {"now", "2026-10-21T10:00:00.000Z"},
        {"clocks", json::array({
             {{"clock", "acknowledge"}, {"state", "met"}, {"budget_s", 28800}, {"consumed_s", 7200},
              {"started_at", "2026-09-14T08:12:00.000Z"}, {"due_at", "2026-09-14T16:12:00.000Z"},
              {"risk_at", "2026-09-14T14:12:00.000Z"}, {"stopped_at", "2026-09-14T10:12:00.000Z"},
              {"escalation_level", 0}, {"next_escalation_at", nullptr}},
             {{"clock", "contain"}, {"state", "at_risk"}, {"budget_s", 86400}, {"consumed_s", 0},
              {"started_at", "2026-10-20T14:00:00.000Z"}, {"due_at", "2026-10-21T14:00:00.000Z"},
              {"risk_at", "2026-10-21T08:00:00.000Z"}, {"stopped_at", nullptr}, {"escalation_level", 1},
              {"next_escalation_at", "2026-10-21T12:00:00.000Z"}, {"seconds_left", 14400}},
             {{"clock", "remediate"}, {"state", "breached"}, {"budget_s", 604800}, {"consumed_s", 0},
              {"started_at", "2026-10-13T09:00:00.000Z"}, {"due_at", "2026-10-20T09:00:00.000Z"},
              {"risk_at", "2026-10-18T09:00:00.000Z"}, {"stopped_at", nullptr}, {"escalation_level", 2},
              {"next_escalation_at", nullptr}, {"seconds_left", -90000}},
         })},
        {"holder", {{"name", "Payments on-call"}, {"contact", "#payments-oncall"}, {"role", "owner"}, {"level", 2},
                    {"clock", "remediate"}}},
        {"waiting_for", "approval"}, {"since", "2026-10-21T08:00:00.000Z"},
        {"exceptions", json::array({
             {{"id", 21}, {"state", "requested"}, {"tier", "high"}, {"expires_at", "2026-11-15T00:00:00.000Z"},
              {"requested_by", "dana.okafor"}, {"requested_at", "2026-10-21T08:00:00.000Z"}, {"decided_by", ""},
              {"decided_at", nullptr},
              {"justification", "The edge WAF blocks JNDI lookup strings and outbound LDAP is closed; the upgrade "
                                "ships with the 2026.10 release train once the payment provider has certified it."},
              {"source", "manual"}},
             {{"id", 17}, {"state", "expired"}, {"tier", "medium"}, {"expires_at", "2026-10-01T00:00:00.000Z"},
              {"requested_by", "jonas.weber"}, {"requested_at", "2026-09-16T09:00:00.000Z"},
              {"decided_by", "lars.lindqvist"}, {"decided_at", "2026-09-16T11:00:00.000Z"},
              {"justification", "Not reachable: the appender was off"}, {"source", "vex"}},
         })},
    };
    const char* services[] = {"payments-api", "checkout-web", "ledger", "refunds-worker", "fraud-scoring", "card-vault"};
    const char* outcomes[] = {"resolved_verified", "resolved_verified", "accepted_risk", "resolved_verified", "false_positive",
                              "new", "resolved_verified", "resolved_verified", "accepted_risk", "resolved_verified",
                              "triaged", "resolved_verified"};
    const int days[] = {6, 9, 0, 12, 0, 0, 4, 9, 0, 21, 0, 8};
    for (int i = 0; i < 12; ++i) {
        const std::string outcome = outcomes[i];
        json s = {{"id", 3100 + i}, {"title", "log4j-core: Remote code execution in Log4j 2.x (CVE-2021-44228)"},
                  {"service", services[i % 6]}, {"status", outcome}, {"outcome", outcome},
                  {"same", i % 4 == 3 ? "package" : "cve"}, {"severity", i % 5 == 4 ? 3 : 4}};
        s["fix_version"] = outcome == "resolved_verified" ? json("2.17.1") : json(nullptr);
        s["days_to_resolve"] = days[i] > 0 ? json(days[i]) : json(nullptr);
        c["similar"].push_back(s);
    }
    return c;
}

json unownedCase()
{
    json c = fullCase();
    c["service"] = nullptr;
    c["owner"] = nullptr;
    c["escalation"] = json::array();
    c["finding"]["service"] = nullptr;
    c["finding"]["owner"] = nullptr;
    c["finding"]["assignee"] = nullptr;
    c["finding"]["asset"] = "10.20.4.17";
    c["finding"]["asset_kind"] = "host";
    c["exposure"]["asset"] = "10.20.4.17";
    c["exposure"]["asset_kind"] = "host";
    c["changes"] = json::array();
    c["ownership"] = {{"matched", nullptr}, {"key", nullptr}, {"entity", nullptr}, {"source", nullptr},
                      {"reason", "No catalog entity lists the host 10.20.4.17, and the finding has no repository or file path."},
                      {"tried", json::array({{{"kind", "host"}, {"key", "10.20.4.17"}},
                                             {{"kind", "cloud_resource"}, {"key", "arn:aws:ec2:eu-central-1:1234:instance/i-0abc"}}})}};
    return c;
}

json htmlCase()
{
    json c = fullCase();
    c["finding"]["title"] = Html;
    c["finding"]["description"] = Html;
    c["finding"]["asset"] = Html;
    c["exposure"]["asset"] = Html;
    c["finding"]["raw"] = std::string("not json: ") + Html;
    c["changes"][0]["summary"] = Html;
    c["similar"][0]["title"] = Html;
    c["service"]["description"] = Html;
    c["escalation"][0]["name"] = Html;
    c["finding"]["refs"] = json::array({Html});
    c["policy"]["holder"]["name"] = Html;
    c["policy"]["rule_description"] = Html;
    c["policy"]["exceptions"][0]["justification"] = Html;
    return c;
}

template<typename T>
T* child(const QWidget& w, const char* name)
{
    T* c = w.findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

// Shown and laid out, as on screen: the panels only know their heights then.
void showAt(QWidget& w, int width, int height)
{
    w.resize(width, height);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        qFatal("window not exposed");
    QApplication::processEvents();
    QTest::qWait(20);
}

} // namespace

class TestCaseView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("closeloop-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_case_view"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void init() { QSettings().remove(QStringLiteral("case")); }

    void emptyStateFirst()
    {
        CaseView view;
        showAt(view, 700, 500);
        auto* empty = child<QLabel>(view, "caseEmptyState");
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Select a finding to see its case"));
        QVERIFY(!view.hasCase());
        view.setCase(fullCase());
        QVERIFY(!empty->isVisible());
        view.clear();
        QVERIFY(empty->isVisible());
        QVERIFY(!view.hasCase());
        // Nothing of the last case stays behind the empty page.
        QCOMPARE(child<QLabel>(view, "caseTitle")->text(), QStringLiteral("Untitled finding"));
        QCOMPARE(child<CaseTable>(view, "similarTable")->tableModel()->rowCount(), 0);
    }

    void fullCaseShowsEverything()
    {
        CaseView view;
        showAt(view, 900, 1100);
        QElapsedTimer timer;
        timer.start();
        view.setCase(fullCase());
        const qint64 fillNs = timer.nsecsElapsed();
        // Laid out when setCase returns: no wrapped row is squeezed to one line
        // in the first frame.
        for (QLabel* label : view.findChildren<QLabel*>()) {
            if (label->isVisible() && label->wordWrap() && label->width() > 20)
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
        }
        QApplication::processEvents();
        const qint64 shownNs = timer.nsecsElapsed();
        qInfo("first case: filled in %.2f ms, laid out and shown in %.2f ms", fillNs / 1e6, shownNs / 1e6);

        QVERIFY(child<QLabel>(view, "caseTitle")->text().startsWith(QStringLiteral("log4j-core: Remote code execution")));
        auto* severity = child<BadgeLabel>(view, "severityBadge");
        QCOMPARE(severity->text(), QStringLiteral("Critical"));
        QCOMPARE(severity->color(), SeverityDelegate::colorFor(4));
        QVERIFY(child<BadgeLabel>(view, "kevBadge")->isVisible());
        QCOMPARE(child<BadgeLabel>(view, "kevBadge")->text(), QStringLiteral("Known exploited"));
        const QString kev = child<QLabel>(view, "kev")->text();
        QVERIFY2(kev.contains(QStringLiteral("2021-12-10")) && kev.contains(QStringLiteral("2021-12-24"))
                     && kev.contains(QStringLiteral("ransomware")), qPrintable(kev));
        QVERIFY(child<QLabel>(view, "kevAction")->text().contains(QStringLiteral("Apply updates")));
        const QString cvss = child<QLabel>(view, "cvss")->text();
        QVERIFY2(cvss.contains(QStringLiteral("10.0")) && cvss.contains(QStringLiteral("CVSS:3.1/AV:N")), qPrintable(cvss));
        const QString epss = child<QLabel>(view, "epss")->text();
        QVERIFY2(epss.contains(QStringLiteral("94.4%")) && epss.contains(QStringLiteral("99.96%"))
                     && epss.contains(QStringLiteral("2026-10-20")), qPrintable(epss));
        QCOMPARE(child<QLabel>(view, "cves")->text(), QStringLiteral("CVE-2021-44228, CVE-2021-45046"));
        QVERIFY(child<QLabel>(view, "cves")->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QCOMPARE(child<QLabel>(view, "fixVersion")->text(), QStringLiteral("2.17.1"));
        QVERIFY(child<QLabel>(view, "status")->text().startsWith(QStringLiteral("Triaged — Confirmed")));

        // References: text for all, a way to open only the http(s) ones.
        const auto refs = view.findChildren<QLabel*>(QStringLiteral("reference"));
        const auto opens = view.findChildren<QToolButton*>(QStringLiteral("openReference"));
        QCOMPARE(refs.size(), 3);
        QCOMPARE(opens.size(), 3);
        QVERIFY(opens[0]->isVisible() && opens[1]->isVisible());
        QVERIFY(!opens[2]->isVisible());
        QCOMPARE(refs[2]->text(), QStringLiteral("javascript:alert(document.cookie)"));
        QTest::mouseClick(view.findChildren<QToolButton*>(QStringLiteral("copyReference"))[0], Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://nvd.nist.gov/vuln/detail/CVE-2021-44228"));

        // Ownership and escalation.
        QVERIFY(!child<QWidget>(view, "unownedBox")->isVisible());
        QCOMPARE(child<QLabel>(view, "service")->text(), QStringLiteral("Payments API (component:default/payments-api)"));
        QCOMPARE(child<QLabel>(view, "ownerEmail")->text(), QStringLiteral("payments-team@example.com"));
        QVERIFY(child<QLabel>(view, "mappedBy")->text().startsWith(QStringLiteral("Image registry.example.com/payments")));
        auto* escalation = child<CaseTable>(view, "escalationTable");
        QCOMPARE(escalation->tableModel()->rowCount(), 4);
        QCOMPARE(escalation->tableModel()->index(3, 0).data().toString(), QStringLiteral("Operations lead"));
        QCOMPARE(escalation->tableModel()->index(1, 2).data().toString(), QStringLiteral("dana.okafor@example.com"));

        // Business context.
        QVERIFY(child<BadgeLabel>(view, "piiBadge")->isVisible());
        QVERIFY(!child<BadgeLabel>(view, "deprecatedBadge")->isVisible());
        QCOMPARE(child<QLabel>(view, "tier")->text(), QStringLiteral("Tier 1"));
        QCOMPARE(child<QLabel>(view, "customerFacing")->text(), QStringLiteral("Yes"));
        QCOMPARE(child<QLabel>(view, "lifecycle")->text(), QStringLiteral("production"));

        // Exposure.
        QCOMPARE(child<QLabel>(view, "asset")->text(), QStringLiteral("registry.example.com/payments/payments-api:2026.09.3"));
        QVERIFY(child<QLabel>(view, "asset")->textInteractionFlags() & Qt::TextSelectableByMouse);
        QCOMPARE(child<QLabel>(view, "locations")->text().count(QLatin1Char('\n')), 1);
        QCOMPARE(child<QLabel>(view, "firstSeen")->text(), QStringLiteral("2026-09-14 08:12 UTC"));
        QCOMPARE(child<QLabel>(view, "openDays")->text(), QStringLiteral("Open for 37 day(s)"));

        // Changes, similar, fingerprint, timeline.
        QCOMPARE(child<CaseTable>(view, "changesTable")->tableModel()->rowCount(), 3);
        QVERIFY(!child<QLabel>(view, "changesEmpty")->isVisible());
        const QString similar = child<QLabel>(view, "similarSummary")->text();
        QVERIFY2(similar.startsWith(QStringLiteral("12 similar: 7 fixed and verified (median 9 days), 2 exception")),
                 qPrintable(similar));
        QVERIFY2(similar.contains(QStringLiteral("1 false positive")) && similar.endsWith(QStringLiteral("2 open")),
                 qPrintable(similar));
        auto* similarTable = child<CaseTable>(view, "similarTable");
        QCOMPARE(similarTable->tableModel()->rowCount(), 12);
        QCOMPARE(similarTable->tableModel()->index(0, 4).data().toString(), QStringLiteral("Fixed and verified"));
        QCOMPARE(similarTable->tableModel()->index(0, 6).data().toString(), QStringLiteral("6"));
        QCOMPARE(similarTable->tableModel()->index(0, 3).data().toString(), QStringLiteral("CVE"));
        QCOMPARE(similarTable->tableModel()->index(2, 4).data().toString(), QStringLiteral("Exception"));
        QCOMPARE(child<QLabel>(view, "fingerprint")->text().size(), 64);
        QVERIFY(child<QLabel>(view, "fingerprint")->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QStringList inputs;
        for (QLabel* l : child<QWidget>(view, "fingerprintInputs")->findChildren<QLabel*>()) {
            if (l->isVisible())
                inputs << l->text();
        }
        QVERIFY2(inputs.contains(QStringLiteral("family")) && inputs.contains(QStringLiteral("package"))
                     && inputs.contains(QStringLiteral("vulnerability")) && inputs.contains(QStringLiteral("CVE-2021-44228")),
                 qPrintable(inputs.join(QLatin1Char('|'))));
        auto* timeline = child<CaseTable>(view, "timelineTable")->tableModel();
        QCOMPARE(timeline->rowCount(), 4);
        QCOMPARE(timeline->index(0, 3).data().toString(), QStringLiteral("First seen in payments-api:2026.09.3"));
        QCOMPARE(timeline->index(3, 3).data().toString(), QStringLiteral("Seen again in payments-api:2026.09.3"));
        QCOMPARE(child<CaseTable>(view, "notesTable")->tableModel()->rowCount(), 1);

        // The raw record: folded by default, pretty-printed when opened.
        CollapsibleSection* raw = view.section(QStringLiteral("raw"));
        QVERIFY(!raw->isExpanded());
        raw->setExpanded(true);
        auto* rawText = child<QPlainTextEdit>(view, "rawSource");
        QVERIFY(rawText->isReadOnly());
        QVERIFY2(rawText->toPlainText().contains(QStringLiteral("\n  \"FixedVersion\": \"2.17.1\"")),
                 qPrintable(rawText->toPlainText()));
        const QFontMetrics mono(rawText->font());
        QCOMPARE(mono.horizontalAdvance(QStringLiteral("iiiiii")), mono.horizontalAdvance(QStringLiteral("MMMMMM")));
    }

    void openingACaseIsFast()
    {
        CaseView view;
        showAt(view, 900, 1100);
        const json a = fullCase();
        const json b = unownedCase();
        view.setCase(a);
        QApplication::processEvents();
        constexpr int Rounds = 40;
        qint64 total = 0;
        qint64 worst = 0;
        for (int i = 0; i < Rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            view.setCase(i % 2 ? a : b);
            const qint64 ns = timer.nsecsElapsed();
            total += ns;
            worst = std::max(worst, ns);
            QApplication::processEvents(); // layout and paint, as between two key presses
        }
        QElapsedTimer paint;
        paint.start();
        view.setCase(a);
        view.repaint();
        const qint64 withPaint = paint.nsecsElapsed();
        qInfo("setCase: mean %.2f ms, worst %.2f ms over %d cases; fill + layout + paint %.2f ms",
              total / 1e6 / Rounds, worst / 1e6, Rounds, withPaint / 1e6);
        QVERIFY(view.hasCase());
    }

    void minimalCaseIsCalm()
    {
        CaseView view;
        showAt(view, 700, 900);
        for (const json& c : {json::object(), json(nullptr), json::array(),
                              json{{"finding", nullptr}, {"intel", nullptr}, {"service", nullptr}, {"owner", nullptr},
                                   {"escalation", nullptr}, {"ownership", nullptr}, {"exposure", nullptr},
                                   {"changes", nullptr}, {"similar", nullptr}, {"similar_summary", nullptr},
                                   {"timeline", nullptr}, {"notes", nullptr}},
                              json{{"finding", {{"id", 7}}}}}) {
            view.setCase(c);
            QApplication::processEvents();
            QCOMPARE(child<QLabel>(view, "caseTitle")->text(), QStringLiteral("Untitled finding"));
            QCOMPARE(child<BadgeLabel>(view, "severityBadge")->text(), QStringLiteral("Unrated"));
            QVERIFY(!child<BadgeLabel>(view, "kevBadge")->isVisible());
            QVERIFY(child<QWidget>(view, "unownedBox")->isVisible());
            QVERIFY(child<QLabel>(view, "businessEmpty")->isVisible());
            QVERIFY(child<QLabel>(view, "changesEmpty")->isVisible());
            QCOMPARE(child<QLabel>(view, "changesEmpty")->text(),
                     QStringLiteral("No changes recorded in the 14 days before first seen"));
            QVERIFY(!child<CaseTable>(view, "changesTable")->isVisible());
            QVERIFY(!child<CaseTable>(view, "escalationTable")->isVisible());
            QVERIFY(child<QLabel>(view, "similarSummary")->text().startsWith(QStringLiteral("No similar findings")));
            QVERIFY(!child<QPushButton>(view, "applyToSimilar")->isEnabled());
            QVERIFY(child<QLabel>(view, "fingerprintEmpty")->isVisible());
            QVERIFY(!child<QWidget>(view, "cvss")->isVisible());
            QVERIFY(child<QLabel>(view, "policyEmpty")->isVisible());
            QCOMPARE(child<QLabel>(view, "policyEmpty")->text(), QStringLiteral("No SLA clocks (not routed yet)"));
            QVERIFY(!child<QWidget>(view, "policyClocks")->isVisible());
            QVERIFY(!child<QWidget>(view, "policyExceptions")->isVisible());
            QCOMPARE(view.section(QStringLiteral("policy"))->header()->text(), QStringLiteral("Policy and SLA"));
        }
    }

    void wrongTypesDoNotBreakIt()
    {
        CaseView view;
        showAt(view, 700, 900);
        json c = fullCase();
        c["finding"]["severity"] = "apocalyptic"; // a name, but not a severity
        c["finding"]["cves"] = 12;
        c["finding"]["cvss_score"] = "9.1";
        c["finding"]["kev"] = "yes";
        c["finding"]["refs"] = R"(["https://example.com/a", 5, null, {"x":1}])";
        c["finding"]["fingerprint_inputs"] = R"([["tool","semgrep"],["rule","java.lang.security"],{"name":"file","value":"A.java"}])";
        c["finding"]["raw"] = json{{"a", json::array({1, 2})}};
        c["intel"] = {{"kev", "listed"}, {"epss", 0.5}};
        c["service"] = "payments-api";
        c["escalation"] = json::array({"owner", 3, nullptr, {{"role", json::array()}}});
        c["changes"] = "not a list";
        c["similar"] = {{"id", 1}};
        c["similar_summary"] = json::array();
        c["timeline"] = json::array({nullptr, 1, {{"at", 5}, {"summary", {{"deep", true}}}}});
        c["exposure"] = {{"locations", json::array({{{"file", "src/A.java"}, {"line", 12}}, "B.java"})}, {"open_days", -4}};
        c["finding"]["title"] = std::string("bad utf-8 \xff\xfe title");
        view.setCase(c);
        QApplication::processEvents();
        QCOMPARE(child<BadgeLabel>(view, "severityBadge")->text(), QStringLiteral("Unrated"));
        QVERIFY(child<BadgeLabel>(view, "kevBadge")->isVisible());
        QVERIFY(child<QLabel>(view, "cvss")->text().startsWith(QStringLiteral("9.1  ·  CVSS:3.1/")));
        QCOMPARE(child<QLabel>(view, "cves")->text(), QStringLiteral("12"));
        QCOMPARE(view.findChildren<QLabel*>(QStringLiteral("reference"))[0]->text(), QStringLiteral("https://example.com/a"));
        QCOMPARE(child<QLabel>(view, "locations")->text(), QStringLiteral("src/A.java:12\nB.java"));
        QVERIFY(!child<QWidget>(view, "openDays")->isVisible());
        QCOMPARE(child<CaseTable>(view, "escalationTable")->tableModel()->rowCount(), 4);
        QCOMPARE(child<CaseTable>(view, "timelineTable")->tableModel()->rowCount(), 3);
        view.section(QStringLiteral("raw"))->setExpanded(true);
        QVERIFY(child<QPlainTextEdit>(view, "rawSource")->toPlainText().contains(QStringLiteral("\"a\": [")));

        // Deep nesting in a raw string is shown as it is, not parsed.
        c["finding"]["raw"] = std::string(100000, '[');
        view.setCase(c);
        QCOMPARE(child<QPlainTextEdit>(view, "rawSource")->toPlainText().size(), 100000);
        // Values nested far deeper than any record are neither copied nor
        // dumped recursively (either would overflow the stack).
        auto deep = [] {
            json root = json::array();
            json* cur = &root;
            for (int i = 0; i < 200000; ++i) {
                cur->push_back(json::array());
                cur = &cur->back();
            }
            return root;
        };
        c["finding"]["raw"] = deep();
        c["finding"]["cwes"] = deep();
        c["finding"]["fingerprint_inputs"] = deep();
        // Built by moves: an initializer list would copy, recursively.
        json service = json::object();
        service["tier"] = deep();
        service["tags"] = deep();
        c["service"] = std::move(service);
        view.setCase(c);
        QVERIFY(child<QPlainTextEdit>(view, "rawSource")->toPlainText().contains(QStringLiteral("\"\u2026\"")));
    }

    void longListsAreCapped()
    {
        json c = fullCase();
        c["service"]["lifecycle"] = "deprecated";
        c["timeline"] = json::array();
        for (int i = 0; i < 250; ++i)
            c["timeline"].push_back({{"at", QStringLiteral("2026-09-%1T08:00:00Z").arg(1 + i % 28, 2, 10, QLatin1Char('0')).toStdString()},
                                     {"kind", "import"}, {"actor", "trivy"}, {"summary", "Seen in scan " + std::to_string(i)}});
        const json one = c["similar"][0];
        const json change = c["changes"][0];
        for (int i = 0; i < 150; ++i) {
            c["similar"].push_back(one);
            c["changes"].push_back(change);
        }
        CaseView view;
        showAt(view, 900, 1100);
        QElapsedTimer timer;
        timer.start();
        view.setCase(c);
        qInfo("a case with 250 events, 162 similar, 153 changes: %.2f ms", timer.nsecsElapsed() / 1e6);
        QCOMPARE(child<CaseTable>(view, "timelineTable")->tableModel()->rowCount(), 200);
        QCOMPARE(child<CaseTable>(view, "similarTable")->tableModel()->rowCount(), 100);
        QCOMPARE(child<CaseTable>(view, "changesTable")->tableModel()->rowCount(), 100);
        QCOMPARE(view.section(QStringLiteral("timeline"))->header()->text(), QStringLiteral("Timeline · 250"));
        QVERIFY(child<BadgeLabel>(view, "deprecatedBadge")->isVisible());
        QCOMPARE(child<BadgeLabel>(view, "deprecatedBadge")->text(), QStringLiteral("Deprecated"));
        // Oldest first, and the newest are the ones kept.
        auto* timeline = child<CaseTable>(view, "timelineTable")->tableModel();
        QVERIFY(timeline->index(0, 0).data().toString() <= timeline->index(199, 0).data().toString());
        QCOMPARE(timeline->index(199, 0).data().toString(), QStringLiteral("2026-09-28 08:00 UTC"));

        // Retranslation re-renders the case in place.
        QEvent languageChange(QEvent::LanguageChange);
        QApplication::sendEvent(&view, &languageChange);
        QCOMPARE(child<CaseTable>(view, "timelineTable")->tableModel()->rowCount(), 200);
        QVERIFY(child<QLabel>(view, "caseTitle")->text().startsWith(QStringLiteral("log4j-core")));
    }

    void policyPanelShowsClocksAndDecision()
    {
        CaseView view;
        showAt(view, 900, 1100);
        view.setCase(fullCase());
        QApplication::processEvents();

        // Right after the summary, open by default, named by its most urgent clock.
        CollapsibleSection* section = view.section(QStringLiteral("policy"));
        QVERIFY(section->isExpanded());
        auto* page = child<QScrollArea>(view, "caseScroll")->widget()->layout();
        QCOMPARE(page->indexOf(section), page->indexOf(view.section(QStringLiteral("summary"))) + 1);
        QCOMPARE(section->header()->text(), QStringLiteral("Policy and SLA · Breached"));

        QCOMPARE(child<QLabel>(view, "policySummary")->text(),
                 QStringLiteral("Ticket · High · waiting for approval since 2 h · held by Payments on-call (owner)"));
        QCOMPARE(child<QLabel>(view, "policyHolder")->text(),
                 QStringLiteral("Reach Payments on-call at #payments-oncall · escalation level 2 on Remediate"));
        QVERIFY(!child<QLabel>(view, "policyEmpty")->isVisible());

        // One row per clock, in the order they run.
        auto state = [&](const char* clock) {
            return child<BadgeLabel>(view, qPrintable(QStringLiteral("clockState_") + QLatin1String(clock)));
        };
        auto due = [&](const char* clock) {
            return child<QLabel>(view, qPrintable(QStringLiteral("clockDue_") + QLatin1String(clock)))->text();
        };
        auto bar = [&](const char* clock) {
            return child<QProgressBar>(view, qPrintable(QStringLiteral("clockProgress_") + QLatin1String(clock)));
        };
        QCOMPARE(child<QLabel>(view, "clockName_contain")->text(), QStringLiteral("Contain"));
        QCOMPARE(state("acknowledge")->text(), QStringLiteral("Met"));
        QCOMPARE(state("contain")->text(), QStringLiteral("At risk"));
        QCOMPARE(state("remediate")->text(), QStringLiteral("Breached"));
        QCOMPARE(state("verify")->text(), QStringLiteral("Not started"));
        QCOMPARE(state("remediate")->color(), CaseVocabulary::slaStateColor(QStringLiteral("breached")));
        QVERIFY(state("contain")->color() != state("remediate")->color());
        QCOMPARE(due("acknowledge"),
                 QStringLiteral("Met %1").arg(CaseVocabulary::localTime(QStringLiteral("2026-09-14T10:12:00.000Z"))));
        QCOMPARE(due("contain"),
                 QStringLiteral("Due %1 · in 4 h").arg(CaseVocabulary::localTime(QStringLiteral("2026-10-21T14:00:00.000Z"))));
        QCOMPARE(due("remediate"),
                 QStringLiteral("Due %1 · 25 h overdue").arg(CaseVocabulary::localTime(QStringLiteral("2026-10-20T09:00:00.000Z"))));
        QCOMPARE(due("verify"), QString()); // the badge says it
        QVERIFY(!child<QLabel>(view, "clockDue_verify")->isVisible());
        // Share of the time used: a quarter (2 of 8 h), 20 of 24 h, all of it.
        QCOMPARE(bar("acknowledge")->value(), 250);
        QCOMPARE(bar("contain")->value(), 833);
        QCOMPARE(bar("remediate")->value(), 1000);
        QVERIFY(bar("acknowledge")->isVisible());
        QVERIFY(!bar("verify")->isVisible());
        QCOMPARE(child<QLabel>(view, "clockLevel_remediate")->text(), QStringLiteral("Level 2"));
        QCOMPARE(child<QLabel>(view, "clockLevel_verify")->text(), QString());
        QVERIFY(child<QLabel>(view, "clockLevel_contain")->toolTip().startsWith(QStringLiteral("Next escalation ")));

        QCOMPARE(child<QLabel>(view, "policyDecision")->text(),
                 QStringLiteral("Decided by rule critical-prod-customer of policy 'Closeloop default' (version 3f9a2c7e1b4d…)"));
        QVERIFY(child<QLabel>(view, "policyNotInForce")->isVisible());
        QCOMPARE(child<QLabel>(view, "policyNotInForce")->text(), QStringLiteral("(not the policy in force)"));
        QCOMPARE(child<QLabel>(view, "policyRule")->text(), QStringLiteral("Critical in a customer-facing production service"));

        auto* exceptions = child<CaseTable>(view, "policyExceptions")->tableModel();
        QCOMPARE(exceptions->rowCount(), 2);
        QCOMPARE(exceptions->index(0, 0).data().toString(), QStringLiteral("21"));
        QCOMPARE(exceptions->index(0, 1).data().toString(), QStringLiteral("Awaiting decision"));
        QCOMPARE(exceptions->index(0, 2).data().toString(), QStringLiteral("High"));
        QCOMPARE(exceptions->index(1, 1).data().toString(), QStringLiteral("Expired (VEX)"));
        QCOMPARE(exceptions->index(1, 5).data().toString(), QStringLiteral("lars.lindqvist"));
        const QString cut = exceptions->index(0, 6).data().toString();
        QVERIFY2(cut.size() <= 91 && cut.endsWith(QChar(0x2026)), qPrintable(cut));
        QVERIFY(exceptions->index(0, 6).data(Qt::ToolTipRole).toString().contains(QStringLiteral("certified it.")));
        QCOMPARE(exceptions->index(1, 6).data().toString(), QStringLiteral("Not reachable: the appender was off"));

        // The policy in force, a paused clock, no exceptions.
        json c = fullCase();
        c["policy"]["in_force"] = true;
        c["policy"]["exceptions"] = json::array();
        c["policy"]["clocks"][2] = {{"clock", "remediate"}, {"state", "paused"}, {"budget_s", 604800},
                                    {"consumed_s", 151200}, {"started_at", "2026-10-13T09:00:00.000Z"},
                                    {"due_at", nullptr}, {"stopped_at", nullptr}, {"escalation_level", 0}};
        view.setCase(c);
        QVERIFY(!child<QLabel>(view, "policyNotInForce")->isVisible());
        QVERIFY(!child<QWidget>(view, "policyExceptions")->isVisible());
        QVERIFY(!child<QWidget>(view, "policyExceptionsTitle")->isVisible());
        QCOMPARE(state("remediate")->text(), QStringLiteral("Paused"));
        QCOMPARE(due("remediate"), QStringLiteral("Paused with 5 d left"));
        QCOMPARE(bar("remediate")->value(), 250);
        QCOMPARE(section->header()->text(), QStringLiteral("Policy and SLA · At risk"));
        // Resumed after the pause: half the time banked, then 4 of the 84 h left since it ran again.
        c["policy"]["clocks"][2] = {{"clock", "remediate"}, {"state", "on_track"}, {"budget_s", 604800},
                                    {"consumed_s", 302400}, {"started_at", "2026-10-13T09:00:00.000Z"},
                                    {"running_since", "2026-10-21T06:00:00.000Z"},
                                    {"due_at", "2026-10-24T18:00:00.000Z"}, {"seconds_left", 288000}};
        view.setCase(c);
        QCOMPARE(bar("remediate")->value(), 524);
        QCOMPARE(due("remediate"),
                 QStringLiteral("Due %1 · in 3 d").arg(CaseVocabulary::localTime(QStringLiteral("2026-10-24T18:00:00.000Z"))));

        // Not routed: the summary still says what it waits for, and no clocks.
        c = fullCase();
        c["policy"] = {{"path", ""}, {"sla_class", ""}, {"rule", ""}, {"version", ""}, {"in_force", true},
                       {"clocks", json::array()}, {"holder", nullptr}, {"waiting_for", "acknowledgement"},
                       {"since", "2026-09-14T08:12:00.000Z"}, {"exceptions", json::array()},
                       {"now", "2026-09-14T11:12:00.000Z"}};
        view.setCase(c);
        QCOMPARE(child<QLabel>(view, "policySummary")->text(), QStringLiteral("waiting for acknowledgement since 3 h"));
        QVERIFY(child<QLabel>(view, "policyEmpty")->isVisible());
        QVERIFY(!child<QWidget>(view, "policyClocks")->isVisible());
        QVERIFY(!child<QLabel>(view, "policyHolder")->isVisible());
        QVERIFY(!child<QLabel>(view, "policyDecision")->isVisible());
        QCOMPARE(section->header()->text(), QStringLiteral("Policy and SLA"));

        // Wrong types anywhere: calm, never a crash.
        c["policy"] = {{"path", 5}, {"clocks", "soon"}, {"holder", json::array({1})}, {"exceptions", {{"id", 1}}},
                       {"since", 12}, {"waiting_for", nullptr}, {"in_force", "perhaps"}};
        view.setCase(c);
        c["policy"] = {{"clocks", json::array({nullptr, 4, {{"clock", 7}}, {{"clock", "contain"}, {"state", 3},
                                                                            {"budget_s", "x"}, {"due_at", 9},
                                                                            {"seconds_left", "many"}}})},
                       {"exceptions", json::array({nullptr, {{"justification", json::array({1, 2})}}})}};
        view.setCase(c);
        QCOMPARE(state("contain")->text(), QStringLiteral("3"));
        QCOMPARE(child<CaseTable>(view, "policyExceptions")->tableModel()->rowCount(), 2);
        c["policy"] = "not an object";
        view.setCase(c);
        QVERIFY(!child<QLabel>(view, "policySummary")->isVisible());
        QVERIFY(child<QLabel>(view, "policyEmpty")->isVisible());
    }

    void policyPanelOnTheDemoWorkspace()
    {
        // The demo workspace through the real core: the panel shows what
        // casePolicy() says about a routed finding.
        QTemporaryDir dir;
        const std::string db = dir.filePath(QStringLiteral("w.db")).toStdString();
        const DemoResult demo = createDemoWorkspace(db, dir.filePath(QStringLiteral("demo")).toStdString());
        QVERIFY2(demo.ok, demo.error.c_str());
        Database reader(db, Database::Mode::ReadOnly);
        // A finding with a breached or running clock and someone holding it,
        // and one held by an exception if the demo has one.
        auto st = reader.prepare("SELECT id FROM findings WHERE sla_due IS NOT NULL ORDER BY sla_due, id LIMIT 1");
        QVERIFY(st.step());
        const std::int64_t id = st.int64(0);
        const auto context = caseContext(reader, id);
        QVERIFY(context.has_value());
        const json& policy = (*context)["policy"];
        QVERIFY2(policy.is_object() && !policy["clocks"].empty(), context->dump().c_str());

        CaseView view;
        showAt(view, 900, 1100);
        view.setCase(*context);
        QApplication::processEvents();
        const QString summary = child<QLabel>(view, "policySummary")->text();
        QVERIFY2(summary.startsWith(CaseVocabulary::path(QString::fromStdString(policy["path"].get<std::string>()))),
                 qPrintable(summary));
        for (const json& clock : policy["clocks"]) {
            const QString name = QString::fromStdString(clock["clock"].get<std::string>());
            const QString expected = CaseVocabulary::slaState(QString::fromStdString(clock["state"].get<std::string>()));
            QCOMPARE(child<BadgeLabel>(view, qPrintable(QStringLiteral("clockState_") + name))->text(), expected);
        }
        QVERIFY(child<QWidget>(view, "policyClocks")->isVisible());
        QVERIFY(!child<QLabel>(view, "policyEmpty")->isVisible());
        // Someone holds it: the summary names them, the holder line says how to reach them.
        QVERIFY2(policy["holder"].is_object(), policy.dump().c_str());
        const QString holder = QString::fromStdString(policy["holder"]["name"].get<std::string>());
        const QString contact = QString::fromStdString(policy["holder"]["contact"].get<std::string>());
        QVERIFY(!holder.isEmpty());
        QVERIFY(summary.contains(QStringLiteral("held by ") + holder));
        const QString holderLine = child<QLabel>(view, "policyHolder")->text();
        QVERIFY2(holderLine.startsWith(contact.isEmpty() ? QStringLiteral("Held by ") + holder
                                                         : QStringLiteral("Reach %1 at %2").arg(holder, contact)),
                 qPrintable(holderLine));
        QVERIFY2(holderLine.endsWith(QStringLiteral("escalation level %1 on %2")
                                         .arg(policy["holder"]["level"].get<int>())
                                         .arg(CaseVocabulary::slaClock(
                                             QString::fromStdString(policy["holder"]["clock"].get<std::string>())))),
                 qPrintable(holderLine));
        QVERIFY(child<QLabel>(view, "policyDecision")->text().startsWith(QStringLiteral("Decided by rule ")));
        QVERIFY(!child<QLabel>(view, "policyNotInForce")->isVisible());
        QTest::qWait(50);
        saveScreenshot(*view.section(QStringLiteral("policy")), QStringLiteral("case_policy.png"));
        saveScreenshot(view, QStringLiteral("case_policy_view.png"));
        qInfo("demo finding %lld: %s", static_cast<long long>(id), qPrintable(summary));

        // A finding an exception covers, when the demo has one.
        auto held = reader.prepare("SELECT finding_id FROM exception_findings ORDER BY exception_id DESC LIMIT 1");
        if (held.step()) {
            const auto withException = caseContext(reader, held.int64(0));
            QVERIFY(withException.has_value());
            view.setCase(*withException);
            QApplication::processEvents();
            QVERIFY(child<CaseTable>(view, "policyExceptions")->tableModel()->rowCount() > 0);
            QTest::qWait(50);
            saveScreenshot(*view.section(QStringLiteral("policy")), QStringLiteral("case_policy_exception.png"));
        }
        // As narrow as the main window's case pane starts.
        CaseView narrow;
        showAt(narrow, 490, 900);
        narrow.setCase(fullCase());
        QApplication::processEvents();
        QTest::qWait(50);
        saveScreenshot(*narrow.section(QStringLiteral("policy")), QStringLiteral("case_policy_490.png"));
        // There each deadline has a line of its own, under the state; wide, it is beside it.
        const QRect narrowBadge = child<BadgeLabel>(narrow, "clockState_remediate")->geometry();
        const QRect narrowDue = child<QLabel>(narrow, "clockDue_remediate")->geometry();
        QVERIFY(narrowDue.top() >= narrowBadge.bottom());
        QCOMPARE(narrowDue.left(), narrowBadge.left());
        // And the exceptions read as lines rather than seven squeezed columns.
        QVERIFY(!child<QWidget>(narrow, "policyExceptions")->isVisible());
        const QString lines = child<QLabel>(narrow, "policyExceptionLines")->text();
        QVERIFY2(lines.startsWith(QStringLiteral("• #21 Awaiting decision · High tier · expires %1 · requested by dana.okafor: The edge WAF")
                                      .arg(CaseVocabulary::localTime(QStringLiteral("2026-11-15T00:00:00.000Z")))),
                 qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("\n• #17 Expired (VEX) · Medium tier")), qPrintable(lines));
        CaseView wide;
        showAt(wide, 900, 900);
        wide.setCase(fullCase());
        QApplication::processEvents();
        const QRect wideBadge = child<BadgeLabel>(wide, "clockState_remediate")->geometry();
        const QRect wideDue = child<QLabel>(wide, "clockDue_remediate")->geometry();
        QVERIFY(wideDue.left() > wideBadge.right());
        QVERIFY(wideDue.top() < wideBadge.bottom());
        QVERIFY(child<QWidget>(wide, "policyExceptions")->isVisible());
        QVERIFY(!child<QWidget>(wide, "policyExceptionLines")->isVisible());
    }

    void unownedCaseSaysWhy()
    {
        CaseView view;
        showAt(view, 900, 1100);
        view.setCase(unownedCase());
        QApplication::processEvents();
        QVERIFY(child<QWidget>(view, "unownedBox")->isVisible());
        QCOMPARE(child<BadgeLabel>(view, "unownedBadge")->text(), QStringLiteral("Unowned"));
        QVERIFY(child<QLabel>(view, "unownedReason")->text().startsWith(QStringLiteral("No catalog entity lists the host")));
        const QString tried = child<QLabel>(view, "ownershipTried")->text();
        QVERIFY2(tried.contains(QStringLiteral("Host: 10.20.4.17"))
                     && tried.contains(QStringLiteral("Cloud resource: arn:aws:ec2:eu-central-1:1234:instance/i-0abc")),
                 qPrintable(tried));
        QVERIFY(!child<QWidget>(view, "service")->isVisible());
        QVERIFY(!child<CaseTable>(view, "escalationTable")->isVisible());
        QVERIFY(child<QLabel>(view, "businessEmpty")->isVisible());
        QVERIFY(child<QLabel>(view, "changesEmpty")->isVisible());
        // From an owned case to an unowned one and back: nothing left over.
        view.setCase(fullCase());
        QVERIFY(!child<QWidget>(view, "unownedBox")->isVisible());
        QVERIFY(child<CaseTable>(view, "escalationTable")->isVisible());
    }

    void htmlFromAFeedIsLiteralText()
    {
        const QString html = QString::fromLatin1(Html);
        QVERIFY(Qt::mightBeRichText(html)); // the input would render as markup if allowed to
        CaseView view;
        showAt(view, 900, 1100);
        view.setCase(htmlCase());
        view.section(QStringLiteral("raw"))->setExpanded(true);
        QApplication::processEvents();

        QCOMPARE(child<QLabel>(view, "caseTitle")->text(), html);
        QCOMPARE(child<QLabel>(view, "caseDescription")->text(), html);
        QCOMPARE(child<QLabel>(view, "asset")->text(), html);
        QCOMPARE(child<QLabel>(view, "businessService")->text(), html);
        QCOMPARE(view.findChildren<QLabel*>(QStringLiteral("reference"))[0]->text(), html);
        QVERIFY(!view.findChildren<QToolButton*>(QStringLiteral("openReference"))[0]->isVisible());
        QVERIFY(child<QPlainTextEdit>(view, "rawSource")->toPlainText().contains(html));
        QCOMPARE(child<CaseTable>(view, "changesTable")->tableModel()->index(0, 4).data().toString(), html);
        QCOMPARE(child<CaseTable>(view, "similarTable")->tableModel()->index(0, 1).data().toString(), html);
        QCOMPARE(child<CaseTable>(view, "escalationTable")->tableModel()->index(0, 1).data().toString(), html);
        QVERIFY(child<QLabel>(view, "policySummary")->text().endsWith(QStringLiteral("held by %1 (owner)").arg(html)));
        QCOMPARE(child<QLabel>(view, "policyRule")->text(), html);
        const QModelIndex justification = child<CaseTable>(view, "policyExceptions")->tableModel()->index(0, 6);
        QVERIFY(justification.data().toString().startsWith(html.left(40)));
        // The tool tip is markup of the view's own, with the feed's text escaped in it.
        QVERIFY(justification.data(Qt::ToolTipRole).toString().contains(html.toHtmlEscaped()));

        // No label in the view may interpret its text, whatever it shows.
        int withTags = 0;
        for (QLabel* label : view.findChildren<QLabel*>()) {
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
            if (label->text().contains(QStringLiteral("<img src=x onerror=alert(1)>")))
                ++withTags;
        }
        QVERIFY(withTags >= 5);
        // And no tooltip carries feed text (tool tips auto-detect rich text).
        for (QWidget* w : view.findChildren<QWidget*>())
            QVERIFY2(!w->toolTip().contains(QLatin1Char('<')), qPrintable(w->objectName()));
        saveScreenshot(view, QStringLiteral("case_html_literal.png"));
    }

    void foldingIsRemembered()
    {
        {
            CaseView view;
            showAt(view, 700, 900);
            view.setCase(fullCase());
            QVERIFY(view.section(QStringLiteral("changes"))->isExpanded());
            QTest::mouseClick(view.section(QStringLiteral("changes"))->header(), Qt::LeftButton);
            QVERIFY(!view.section(QStringLiteral("changes"))->isExpanded());
            QVERIFY(!view.section(QStringLiteral("changes"))->body()->isVisible());
            // Space and Enter on a focused header fold too.
            QToolButton* similar = view.section(QStringLiteral("similar"))->header();
            similar->setFocus();
            QTest::keyClick(similar, Qt::Key_Space);
            QVERIFY(!view.section(QStringLiteral("similar"))->isExpanded());
            QToolButton* business = view.section(QStringLiteral("business"))->header();
            business->setFocus();
            QTest::keyClick(business, Qt::Key_Return);
            QVERIFY(!view.section(QStringLiteral("business"))->isExpanded());
            QToolButton* raw = view.section(QStringLiteral("raw"))->header();
            raw->setFocus();
            QTest::keyClick(raw, Qt::Key_Enter);
            QVERIFY(view.section(QStringLiteral("raw"))->isExpanded());
        }
        QCOMPARE(QSettings().value(QStringLiteral("case/panels/changes")).toBool(), false);
        CaseView again;
        QVERIFY(!again.section(QStringLiteral("changes"))->isExpanded());
        QVERIFY(!again.section(QStringLiteral("similar"))->isExpanded());
        QVERIFY(!again.section(QStringLiteral("business"))->isExpanded());
        QVERIFY(again.section(QStringLiteral("raw"))->isExpanded());
        QVERIFY(again.section(QStringLiteral("summary"))->isExpanded());
        // The raw record of a case opened with its panel already expanded is there at once.
        again.setCase(fullCase());
        QVERIFY(child<QPlainTextEdit>(again, "rawSource")->toPlainText().contains(QStringLiteral("VulnerabilityID")));
    }

    void similarSignals()
    {
        CaseView view;
        showAt(view, 900, 1100);
        view.setCase(fullCase());
        QApplication::processEvents();
        QSignalSpy open(&view, &CaseView::openFinding);
        QSignalSpy apply(&view, &CaseView::applyToSimilar);
        auto* table = child<CaseTable>(view, "similarTable");
        QVERIFY(table->isVisible());
        const QRect cell = table->visualRect(table->model()->index(2, 1));
        QVERIFY(cell.isValid());
        // QTest's widget double-click is the second click only: press first, as a mouse does.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.count(), 0);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toLongLong(), qint64(3102));
        // From the keyboard: Enter on the current row.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(5, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.last().first().toLongLong(), qint64(3105));

        // Ctrl+C copies the selected rows as tab-separated text, for tickets.
        table->selectRow(3);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("Critical\tlog4j-core: Remote code execution in Log4j 2.x (CVE-2021-44228)\trefunds-worker"
                                "\tPackage\tFixed and verified\t2.17.1\t12"));

        auto* button = child<QPushButton>(view, "applyToSimilar");
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Apply a decision to similar…"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(apply.count(), 1);
        QCOMPARE(apply.first().first().toLongLong(), qint64(4211));
    }

    void reachableByTab()
    {
        QWidget window;
        auto* before = new QPushButton(QStringLiteral("queue"), &window);
        auto* view = new CaseView(&window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(view, 1);
        showAt(window, 900, 1100);
        view->setCase(fullCase());
        QApplication::processEvents();
        QApplication::setActiveWindow(&window);
        before->setFocus();
        QTest::keyClick(before, Qt::Key_Tab);
        // First the page itself (arrows and Page Down scroll it), then the first panel.
        QWidget* focused = QApplication::focusWidget();
        QCOMPARE(focused, static_cast<QWidget*>(child<QScrollArea>(*view, "caseScroll")));
        QTest::keyClick(focused, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(view->section(QStringLiteral("summary"))->header()));
        // Every panel header is in the Tab chain.
        QSet<QWidget*> reached;
        for (int i = 0; i < 200 && QApplication::focusWidget() != before; ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (const char* id : {"summary", "ownership", "business", "exposure", "changes", "similar", "fingerprint",
                               "timeline", "raw"})
            QVERIFY2(reached.contains(view->section(QString::fromLatin1(id))->header()), id);
        QVERIFY(reached.contains(child<CaseTable>(*view, "similarTable")));
        // A host that focuses the view lands on the scrollable page.
        view->setFocus(Qt::ShortcutFocusReason);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(child<QScrollArea>(*view, "caseScroll")));
        auto* bar = child<QScrollArea>(*view, "caseScroll")->verticalScrollBar();
        bar->setValue(0); // Tab through the panels scrolled each focused one into view
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QVERIFY(bar->value() > 0);
    }

    void noSidewaysScrollingAt700()
    {
        for (const json& c : {fullCase(), unownedCase(), htmlCase()}) {
            CaseView view;
            view.section(QStringLiteral("raw"))->setExpanded(true);
            showAt(view, 700, 900);
            view.setCase(c);
            QApplication::processEvents();
            QTest::qWait(20);
            auto* scroll = child<QScrollArea>(view, "caseScroll");
            const int viewport = scroll->viewport()->width();
            QVERIFY2(scroll->widget()->minimumSizeHint().width() <= viewport,
                     qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->minimumSizeHint().width()).arg(viewport)));
            QCOMPARE(scroll->widget()->width(), viewport);
            for (auto* table : view.findChildren<CaseTable*>()) {
                if (!table->isVisible())
                    continue;
                int sum = 0;
                for (int col = 0; col < table->model()->columnCount(); ++col)
                    sum += table->columnWidth(col);
                QVERIFY2(sum <= table->viewport()->width() + 1, qPrintable(table->objectName()));
                QVERIFY(table->mapTo(scroll->widget(), QPoint(table->width(), 0)).x() <= viewport);
            }
        }
    }

    void screenshots()
    {
        QSettings().setValue(QStringLiteral("case/panels/raw"), true);
        CaseView full;
        showAt(full, 900, 1100);
        full.setCase(fullCase());
        QApplication::processEvents();
        QTest::qWait(50);
        saveScreenshot(full, QStringLiteral("case_full.png"));
        // The whole page, every panel, as it would scroll.
        QWidget* page = child<QScrollArea>(full, "caseScroll")->widget();
        QVERIFY(page->height() > 1100);
        saveScreenshot(*page, QStringLiteral("case_full_page.png"));

        CaseView unowned;
        showAt(unowned, 900, 1100);
        unowned.setCase(unownedCase());
        QApplication::processEvents();
        QTest::qWait(50);
        saveScreenshot(unowned, QStringLiteral("case_unowned.png"));

        CaseView narrow;
        showAt(narrow, 700, 1100);
        narrow.setCase(fullCase());
        QApplication::processEvents();
        QTest::qWait(50);
        saveScreenshot(narrow, QStringLiteral("case_full_700.png"));

        // A dark palette: muted text and separators come from the palette.
        CaseView night;
        night.setPalette(darkPalette());
        showAt(night, 900, 1100);
        night.setCase(fullCase());
        QApplication::processEvents();
        QTest::qWait(50);
        saveScreenshot(night, QStringLiteral("case_full_dark.png"));

        CaseView empty;
        showAt(empty, 700, 400);
        saveScreenshot(empty, QStringLiteral("case_empty.png"));
    }
};

QTEST_MAIN(TestCaseView)
#include "test_case_view.moc"
