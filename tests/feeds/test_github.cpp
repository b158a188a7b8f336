// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub alerts importer (Dependabot, code scanning, secret scanning; REST,
// webhook and GraphQL shapes) on the project's own fixtures.
#include "feed_test_support.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <QTest>


using namespace closeloop;
using namespace closeloop::test;

namespace {

std::string statusOf(const std::string& dbPath, const std::string& ruleId)
{
    Database db(dbPath, Database::Mode::ReadOnly);
    auto st = db.prepare("SELECT status FROM findings WHERE rule_id = ?");
    st.bind(1, ruleId);
    return st.step() ? st.text(0) : std::string("(none)");
}

} // namespace

class TestGitHub : public QObject
{
    Q_OBJECT
private slots:
    void detectsEveryShape()
    {
        for (const char* name :
            {"github/dependabot_alerts.json", "github/code_scanning_alerts.json", "github/secret_scanning_alerts.json",
                "github/dependabot_webhook_dismissed.json", "github/legacy_vulnerability_alert_dismiss.json",
                "github/graphql_repository.json", "github/graphql_organization_edges.json"}) {
            const auto c = parseFile(fixture(name));
            QVERIFY2(c.format == "github-alerts", name);
        }
    }

    void emptyListIsNotClaimed()
    {
        // "[]" could be any tool's empty list; the empty-list importer takes it.
        QCOMPARE(parseBytes("[]").format, std::string("empty-list"));
    }

    void mapsADependabotAlert()
    {
        const auto c = parseFile(fixture("github/dependabot_alerts.json"));
        QCOMPARE(c.findings.size(), std::size_t(2));
        QCOMPARE(c.tool, std::string("GitHub Dependabot"));
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0].tool, std::string("GitHub Dependabot"));
        QCOMPARE(c.scopes[0].target, std::string("acme/shop"));

        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("GitHub Dependabot"));
        QCOMPARE(f.scopeTarget, std::string("acme/shop"));
        QCOMPARE(f.ruleId, std::string("GHSA-35jh-r3h4-6jhm"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2021-23337"});
        const std::vector<std::string> cwes = {"CWE-77", "CWE-94"};
        QCOMPARE(f.cwes, cwes);
        QCOMPARE(f.title, std::string("Command Injection in lodash"));
        QVERIFY(f.description.find("template function") != std::string::npos);
        QCOMPARE(f.severity, Severity::High);
        QVERIFY(f.cvssScore.has_value());
        QCOMPARE(*f.cvssScore, 7.2); // v3: the v4 entry has no rating (score 0, no vector)
        QCOMPARE(f.cvssVector, std::string("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H"));
        QVERIFY(f.epss.has_value());
        QCOMPARE(*f.epss, 0.0135);
        QCOMPARE(f.assetKind, AssetKind::Repository);
        QCOMPARE(f.asset, std::string("acme/shop"));
        QCOMPARE(f.package, std::string("lodash"));
        QCOMPARE(f.locationFile, std::string("web/package-lock.json"));
        QCOMPARE(f.purl, std::string("pkg:npm/lodash")); // the ecosystem; REST names no installed version
        QCOMPARE(f.fixVersion, std::string("4.17.21"));
        QCOMPARE(f.remediation, std::string("Upgrade lodash to 4.17.21 or later (vulnerable: < 4.17.21)"));
        QCOMPARE(f.firstSeenInFeed, std::string("2024-03-04T09:15:00Z"));
        const std::vector<std::string> refs = {"https://nvd.nist.gov/vuln/detail/CVE-2021-23337",
            "https://github.com/advisories/GHSA-35jh-r3h4-6jhm", "https://github.com/acme/shop/security/dependabot/2"};
        QCOMPARE(f.references, refs);
        QCOMPARE(f.sourceState, SourceState::Open);
        QCOMPARE(nlohmann::json::parse(f.raw)["number"].get<int>(), 2);
        QCOMPARE(f.fingerprintFamily, std::string("github"));
        const std::vector<std::pair<std::string, std::string>> inputs = {
            {"repository", "acme/shop"}, {"kind", "dependabot"}, {"alert", "2"}, {"rule", "GHSA-35jh-r3h4-6jhm"}};
        QCOMPARE(f.fingerprintInputs, inputs);
    }

    void webhookCarriesDismissalAndCoversNothing()
    {
        const auto c = parseFile(fixture("github/dependabot_webhook_dismissed.json"));
        QCOMPARE(c.findings.size(), std::size_t(1));
        QVERIFY(c.scopes.empty()); // news about one alert is not a scan
        const Finding& f = c.findings[0];
        QCOMPARE(f.scopeTarget, std::string("acme/shop"));
        QCOMPARE(f.sourceState, SourceState::Dismissed);
        QCOMPARE(f.sourceStateReason,
            std::string("tolerable_risk: template() is never called with user input (by octo-lead)"));
        // The webhook's alert is the same finding as in the REST list.
        const auto list = parseFile(fixture("github/dependabot_alerts.json"));
        QCOMPARE(fingerprintOf(f), fingerprintOf(list.findings[0]));
    }

    void webhookDoesNotCloseOtherAlerts()
    {
        TempWorkspace ws;
        const ImportReport first = ws.import(fixture("github/dependabot_alerts.json"));
        QCOMPARE(first.counts.created, std::int64_t(2));
        const ImportReport hook = ws.import(fixture("github/dependabot_webhook_dismissed.json"));
        QCOMPARE(hook.status, ImportReport::Status::Imported);
        QCOMPARE(hook.counts.closed, std::int64_t(0));
        QCOMPARE(statusOf(ws.dbPath(), "GHSA-35jh-r3h4-6jhm"), std::string("suppressed"));
        QCOMPARE(statusOf(ws.dbPath(), "GHSA-c2qf-rxjj-qqgw"), std::string("new")); // untouched

        // A full list without alert #1 does close it: the list covers the repository.
        auto list = nlohmann::json::parse(readFixture("github/dependabot_alerts.json"));
        list.erase(1);
        ws.writeFile("only_2.json", list.dump());
        const ImportReport second = ws.import(ws.path("only_2.json"));
        QCOMPARE(second.counts.closed, std::int64_t(1));
        QCOMPARE(statusOf(ws.dbPath(), "GHSA-c2qf-rxjj-qqgw"), std::string("pending_verification"));
    }

    void legacyWebhook()
    {
        const auto c = parseFile(fixture("github/legacy_vulnerability_alert_dismiss.json"));
        QCOMPARE(c.findings.size(), std::size_t(1));
        QVERIFY(c.scopes.empty());
        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("GitHub Dependabot"));
        QCOMPARE(f.ruleId, std::string("GHSA-qqgx-2p2h-9c37"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2018-16470"});
        QCOMPARE(f.severity, Severity::Medium); // "moderate"
        QCOMPARE(f.package, std::string("rack"));
        QCOMPARE(f.fixVersion, std::string("2.0.6"));
        QCOMPARE(f.sourceState, SourceState::Dismissed);
        QCOMPARE(f.sourceStateReason, std::string("No bandwidth to fix this"));
        QCOMPARE(f.references, std::vector<std::string>{"https://nvd.nist.gov/vuln/detail/CVE-2018-16470"});
        QCOMPARE(f.fingerprintInputs[2].second, std::string("3"));
    }

    void mapsCodeScanningAlerts()
    {
        const auto c = parseFile(fixture("github/code_scanning_alerts.json"));
        QCOMPARE(c.findings.size(), std::size_t(3));
        // One scope per analyzer: a CodeQL-only list would not close Trivy's alerts.
        QCOMPARE(c.scopes.size(), std::size_t(2));
        QCOMPARE(c.scopes[0].tool, std::string("GitHub code scanning (CodeQL)"));
        QCOMPARE(c.scopes[1].tool, std::string("GitHub code scanning (Trivy)"));
        QCOMPARE(c.tool, std::string("GitHub")); // two analyzers in one file

        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("GitHub code scanning (CodeQL)"));
        QCOMPARE(f.toolVersion, std::string("2.16.2"));
        QCOMPARE(f.ruleId, std::string("py/path-injection"));
        const std::vector<std::string> cwes = {"CWE-22", "CWE-23"};
        QCOMPARE(f.cwes, cwes);
        QCOMPARE(f.title, std::string("Uncontrolled data used in path expression"));
        QCOMPARE(f.description, std::string("This path depends on a user-provided value."));
        QCOMPARE(f.severity, Severity::High); // security_severity_level over rule.severity
        QCOMPARE(f.locationFile, std::string("shop/views/download.py"));
        QCOMPARE(f.locationLine, 78);
        QCOMPARE(f.firstSeenInFeed, std::string("2024-01-19T14:11:18Z"));
        QCOMPARE(f.references, std::vector<std::string>{"https://github.com/acme/shop/security/code-scanning/7"});
        QCOMPARE(f.sourceState, SourceState::Open);

        QCOMPARE(c.findings[1].severity, Severity::Critical);
        QCOMPARE(c.findings[1].sourceState, SourceState::Fixed);
        QCOMPARE(c.findings[1].cwes, std::vector<std::string>{"CWE-89"});

        const Finding& trivy = c.findings[2];
        QCOMPARE(trivy.severity, Severity::Medium); // no security_severity_level: rule.severity "warning"
        QCOMPARE(trivy.cves, std::vector<std::string>{"CVE-2023-44487"});
        QCOMPARE(trivy.sourceState, SourceState::Dismissed);
        QCOMPARE(trivy.sourceStateReason, std::string("used in tests: fixture data (by octo-dev)"));
    }

    void codeScanningFingerprintSurvivesAMovedLine()
    {
        auto list = nlohmann::json::parse(readFixture("github/code_scanning_alerts.json"));
        const auto before = parseBytes(list.dump());
        list[0]["most_recent_instance"]["location"]["start_line"] = 91;
        list[0]["most_recent_instance"]["location"]["end_line"] = 91;
        const auto after = parseBytes(list.dump());
        QCOMPARE(after.findings[0].locationLine, 91);
        QCOMPARE(fingerprintOf(before.findings[0]), fingerprintOf(after.findings[0]));
        QVERIFY(contentHashOf(before.findings[0]) != contentHashOf(after.findings[0]));
        // Two alerts of one rule in one file are two findings.
        list[1]["rule"] = list[0]["rule"];
        list[1]["most_recent_instance"]["location"]["path"] = "shop/views/download.py";
        const auto two = parseBytes(list.dump());
        QVERIFY(fingerprintOf(two.findings[0]) != fingerprintOf(two.findings[1]));
    }

    void noneStringsReadAsAbsent()
    {
        // DefectDojo's anonymised export writes "None" for null.
        auto alert = nlohmann::json::parse(readFixture("github/code_scanning_alerts.json"))[0];
        for (const char* key : {"fixed_at", "dismissed_by", "dismissed_at", "dismissed_reason", "dismissed_comment"})
            alert[key] = "None";
        alert["rule"]["security_severity_level"] = "None";
        alert["tool"]["guid"] = "None";
        const std::string doc = nlohmann::json::array({alert}).dump();
        const auto c = parseBytes(doc);
        QCOMPARE(c.findings.size(), std::size_t(1));
        QCOMPARE(c.findings[0].severity, Severity::High); // "None" level: rule.severity "error"
        QCOMPARE(c.findings[0].sourceStateReason, std::string());
        QCOMPARE(c.findings[0].sourceState, SourceState::Open);
    }

    void mapsSecretScanningAlerts()
    {
        const auto c = parseFile(fixture("github/secret_scanning_alerts.json"));
        QCOMPARE(c.findings.size(), std::size_t(2));
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0].tool, std::string("GitHub secret scanning"));
        QCOMPARE(c.scopes[0].target, std::string("acme/shop"));
        const Finding& f = c.findings[0];
        QCOMPARE(f.ruleId, std::string("aws_access_key_id"));
        QCOMPARE(f.title, std::string("Secret: AWS Access Key ID"));
        QCOMPARE(f.severity, Severity::High);
        QVERIFY(f.description.find("Publicly leaked") != std::string::npos);
        QCOMPARE(f.locationFile, std::string("config/aws-credentials.env"));
        QCOMPARE(f.locationLine, 5);
        QCOMPARE(f.sourceState, SourceState::Open);
        // The credential itself is not stored.
        QVERIFY(f.raw.find("AKIAIOSFODNN7EXAMPLE") == std::string::npos);
        QCOMPARE(nlohmann::json::parse(f.raw)["secret"].get<std::string>(), std::string("AKIA****************"));
        const Finding& g = c.findings[1];
        QCOMPARE(g.sourceState, SourceState::Dismissed);
        QCOMPARE(
            g.sourceStateReason, std::string("used_in_tests: Stripe test-mode key in a test fixture (by octo-dev)"));
        QVERIFY(g.description.find("Push protection was bypassed by octo-dev") != std::string::npos);
        QVERIFY(g.raw.find("sk_test_4eC39HqLyjWDarjtT1zdp7dc") == std::string::npos);
        // Revoked is fixed.
        auto list = nlohmann::json::parse(readFixture("github/secret_scanning_alerts.json"));
        list[1]["resolution"] = "revoked";
        QCOMPARE(parseBytes(list.dump()).findings[1].sourceState, SourceState::Fixed);
    }

    void mapsGraphQlRepository()
    {
        const auto c = parseFile(fixture("github/graphql_repository.json"));
        QCOMPARE(c.findings.size(), std::size_t(1));
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0].target, std::string("acme/billing"));
        QCOMPARE(c.tool, std::string("GitHub Dependabot"));
        const Finding& f = c.findings[0];
        QCOMPARE(f.ruleId, std::string("GHSA-f6jp-j6w3-w9hm"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2021-41303"});
        QCOMPARE(f.cwes, std::vector<std::string>{"CWE-287"});
        QCOMPARE(f.severity, Severity::Critical);
        QCOMPARE(*f.cvssScore, 9.8);
        QCOMPARE(*f.epss, 0.00425);
        QCOMPARE(f.package, std::string("org.apache.shiro:shiro-core"));
        QCOMPARE(f.packageVersion, std::string("1.7.1"));
        QCOMPARE(f.purl, std::string("pkg:maven/org.apache.shiro/shiro-core@1.7.1"));
        QCOMPARE(f.locationFile, std::string("apache/cxf/cxf-shiro/pom.xml"));
        QCOMPARE(f.fixVersion, std::string("1.8.0"));
        QCOMPARE(f.firstSeenInFeed, std::string("2021-09-20T20:33:13Z"));
        QCOMPARE(f.sourceState, SourceState::Dismissed);
        QCOMPARE(f.sourceStateReason, std::string("TOLERABLE_RISK: internal tool, no untrusted input"));
        QCOMPARE(f.fingerprintInputs[2].second, std::string("12")); // the number, not the node id
    }

    void graphQlCoversOnlyCompleteConnections()
    {
        const auto c = parseFile(fixture("github/graphql_organization_edges.json"));
        QCOMPARE(c.findings.size(), std::size_t(1));
        QCOMPARE(c.findings[0].scopeTarget, std::string("acme/legacy-portal"));
        QCOMPARE(c.findings[0].severity, Severity::Medium);
        // legacy-portal has more pages, so this page cannot close anything there;
        // docs was listed in full and has no alert.
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0].target, std::string("acme/docs"));
    }

    void graphQlWithoutRepositoryNameCoversNothing()
    {
        const std::string doc = R"({"data":{"repository":{"vulnerabilityAlerts":{"nodes":[{"id":"RVA_1",
            "state":"FIXED","securityVulnerability":{"severity":"LOW","package":{"name":"p"},
            "advisory":{"summary":"s","identifiers":[{"type":"CVE","value":"CVE-2020-1234"}]}}}]}}}})";
        const auto c = parseBytes(doc);
        QCOMPARE(c.findings.size(), std::size_t(1));
        QVERIFY(c.scopes.empty());
        QCOMPARE(c.findings[0].scopeTarget, std::string("(unknown repository)"));
        QCOMPARE(c.findings[0].ruleId, std::string("CVE-2020-1234"));
        QCOMPARE(c.findings[0].sourceState, SourceState::Fixed);
    }

    void errorsNameTheirPlace()
    {
        auto code = nlohmann::json::parse(readFixture("github/code_scanning_alerts.json"));
        auto bad = code;
        bad[0]["rule"]["security_severity_level"] = "extreme";
        expectError(bad.dump(), "/0/rule/security_severity_level");
        bad = code;
        bad[1]["rule"].erase("id");
        expectError(bad.dump(), "/1/rule/id");
        bad = code;
        bad[0].erase("number");
        expectError(bad.dump(), "/0/number");
        bad = code;
        for (const char* key : {"url", "html_url"})
            bad[0].erase(key);
        expectError(bad.dump(), "/0");
        bad = code;
        bad[1] = "alert";
        expectError(bad.dump(), "/1");
        bad = code;
        bad[2] = nlohmann::json{{"number", 9}, {"html_url", "https://github.com/acme/shop/security/x/9"}};
        expectError(bad.dump(), "/2"); // not an alert of any kind

        auto dep = nlohmann::json::parse(readFixture("github/dependabot_alerts.json"));
        dep[1]["security_advisory"].erase("ghsa_id");
        dep[1]["security_advisory"].erase("cve_id");
        expectError(dep.dump(), "/1/security_advisory/ghsa_id");

        auto hook = nlohmann::json::parse(readFixture("github/dependabot_webhook_dismissed.json"));
        hook["alert"]["security_advisory"]["severity"] = "apocalyptic";
        expectError(hook.dump(), "/alert/security_advisory/severity");

        auto gql = nlohmann::json::parse(readFixture("github/graphql_repository.json"));
        auto& node = gql["data"]["repository"]["vulnerabilityAlerts"]["nodes"][0];
        node["securityVulnerability"]["severity"] = "MEGA";
        expectError(gql.dump(), "/data/repository/vulnerabilityAlerts/nodes/0/securityVulnerability/severity");
        node["securityVulnerability"]["severity"] = "LOW";
        node["securityVulnerability"]["advisory"].erase("ghsaId");
        node["securityVulnerability"]["advisory"]["identifiers"] = nlohmann::json::array();
        expectError(
            gql.dump(), "/data/repository/vulnerabilityAlerts/nodes/0/securityVulnerability/advisory/identifiers");
    }
};

QTEST_GUILESS_MAIN(TestGitHub)
#include "test_github.moc"
