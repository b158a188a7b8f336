// SPDX-License-Identifier: GPL-3.0-or-later
// AWS Security Hub ASFF importer on the project's own fixtures.
#include "feed_test_support.h"
#include "model/fingerprint.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

using namespace closeloop;
using namespace closeloop::test;

namespace {

// A minimal finding with only the keys ASFF requires; `extra` is spliced in.
std::string finding(const std::string& extra = {})
{
    return R"({"SchemaVersion":"2018-10-08","Id":"arn:aws:securityhub:us-east-1:111122223333:finding/x1",
        "ProductArn":"arn:aws:securityhub:us-east-1::product/aws/securityhub","GeneratorId":"gen/rule-1",
        "AwsAccountId":"111122223333","Title":"A title")" +
           (extra.empty() ? std::string() : "," + extra) + "}";
}

} // namespace

class TestAsff : public QObject
{
    Q_OBJECT
private slots:
    void detectsEachShape()
    {
        for (const char* name : {"asff/securityhub_export.json", "asff/lowercase_findings.json", "asff/single_finding.json",
                                 "asff/trivy_template.json", "asff/trivy_legacy_template.json"}) {
            const auto c = parseFile(fixture(name));
            QCOMPARE(c.format, std::string("asff"));
        }
        // Neighbours keep their files.
        QCOMPARE(parseFile(fixture("trivy/schema2_image.json")).format, std::string("trivy-json"));
        const std::string other = R"({"findings":[{"id":"x","severity":"high"}]})";
        const auto sniff = sniffBytes(other, other.size());
        QCOMPARE(ImporterRegistry().byFormat("asff")->detect(sniff), 0);
    }

    void inspectorFindingMapping()
    {
        const auto c = parseFile(fixture("asff/securityhub_export.json"));
        // 5 records: the PASSED control is not a finding.
        QCOMPARE(c.findings.size(), std::size_t(4));
        const Finding& f = c.byRule("CVE-2023-38545");
        QCOMPARE(f.tool, std::string("Inspector"));
        QCOMPARE(f.scopeTarget, std::string("111122223333/eu-central-1"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2023-38545"});
        QCOMPARE(f.title, std::string("CVE-2023-38545 - curl"));
        QVERIFY(f.description.rfind("This flaw makes curl overflow", 0) == 0);
        QVERIFY(f.description.find("Software and Configuration Checks/Vulnerabilities/CVE") != std::string::npos);
        QCOMPARE(f.severity, Severity::Critical);
        QCOMPARE(*f.cvssScore, 9.8); // the 3.1 rating wins over the 2.0 one
        QCOMPARE(f.cvssVector, std::string("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
        QCOMPARE(*f.epss, 0.0123);
        QCOMPARE(f.assetKind, AssetKind::Image);
        QVERIFY(f.asset.rfind("arn:aws:ecr:eu-central-1:111122223333:repository/shop-api/sha256:", 0) == 0);
        QCOMPARE(f.package, std::string("curl"));
        QCOMPARE(f.packageVersion, std::string("7.88.1-10+deb12u1"));
        QCOMPARE(f.fixVersion, std::string("0:7.88.1-10+deb12u4"));
        QVERIFY(f.remediation.find("Remediation is available") != std::string::npos);
        QVERIFY(f.remediation.find("apt-get update && apt-get upgrade") != std::string::npos);
        QCOMPARE(f.references, (std::vector<std::string>{"https://nvd.nist.gov/vuln/detail/CVE-2023-38545",
                                                         "https://curl.se/docs/CVE-2023-38545.html"}));
        QCOMPARE(f.firstSeenInFeed, std::string("2023-10-12T08:01:02Z"));
        QCOMPARE(f.sourceState, SourceState::Open);
        QCOMPARE(f.fingerprintFamily, std::string("asff"));
        QCOMPARE(f.fingerprintInputs.size(), std::size_t(2));
        QCOMPARE(f.fingerprintInputs[0].second, std::string("arn:aws:securityhub:eu-central-1::product/aws/inspector"));
        QVERIFY(nlohmann::json::parse(f.raw).contains("Vulnerabilities"));
    }

    void statesAndScopes()
    {
        const auto c = parseFile(fixture("asff/securityhub_export.json"));
        const Finding& control = c.byRule("S3.8");
        QCOMPARE(control.tool, std::string("Security Hub"));
        QCOMPARE(control.scopeTarget, std::string("111122223333/us-east-1")); // region from ProductArn
        QCOMPARE(control.sourceState, SourceState::Suppressed);
        QCOMPARE(control.sourceStateReason,
                 std::string("workflow status SUPPRESSED: Public website bucket, accepted by the web team"));
        QCOMPARE(control.references.back(), std::string("https://docs.aws.amazon.com/console/securityhub/S3.8/remediation"));
        QCOMPARE(control.assetKind, AssetKind::CloudResource);

        const Finding& guardduty = c.byRule("Recon:EC2-Portscan");
        QCOMPARE(guardduty.tool, std::string("GuardDuty"));
        QCOMPARE(guardduty.sourceState, SourceState::Fixed);
        QCOMPARE(guardduty.sourceStateReason, std::string("record state ARCHIVED"));
        QCOMPARE(guardduty.severity, Severity::Medium);
        QVERIFY(guardduty.references.front().find("guardduty/home") != std::string::npos);

        // Inspector finding with two vulnerabilities: one finding, both CVEs.
        const Finding& two = c.byRule("CVE-2023-0286");
        QCOMPARE(two.cves, (std::vector<std::string>{"CVE-2023-0286", "CVE-2023-0215"}));
        QCOMPARE(two.sourceState, SourceState::Fixed);
        QCOMPARE(two.packageVersion, std::string("1:1.0.2k-24.amzn2.0.4"));
        QVERIFY(two.description.find("CVE-2023-0215: openssl-libs 1:1.0.2k-24.amzn2.0.4, fixed in 1:1.0.2k-24.amzn2.0.6") !=
                std::string::npos);

        // Every product and account/region seen is covered, the PASSED control's too.
        QCOMPARE(c.scopes.size(), std::size_t(4));
        QVERIFY(c.covers("Inspector", "111122223333/eu-central-1"));
        QVERIFY(c.covers("Inspector", "111122223333/us-east-1"));
        QVERIFY(c.covers("Security Hub", "111122223333/us-east-1"));
        QVERIFY(c.covers("GuardDuty", "444455556666/us-east-1"));
        QCOMPARE(c.tool, std::string("GuardDuty, Inspector, Security Hub"));
    }

    void lowerCaseKeyAndSingleObject()
    {
        const auto lower = parseFile(fixture("asff/lowercase_findings.json"));
        QCOMPARE(lower.findings.size(), std::size_t(1));
        QCOMPARE(lower.findings[0].ruleId,
                 std::string("arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0/rule/2.9"));
        QCOMPARE(lower.findings[0].scopeTarget, std::string("210987654321/eu-west-1"));
        QCOMPARE(lower.findings[0].sourceState, SourceState::Open); // NOTIFIED is still open

        const auto single = parseFile(fixture("asff/single_finding.json"));
        QCOMPARE(single.findings.size(), std::size_t(1));
        const Finding& f = single.findings[0];
        QCOMPARE(f.tool, std::string("GuardDuty")); // from ProductFields
        QCOMPARE(f.ruleId, std::string("Persistence:IAMUser-NetworkPermissions"));
        QCOMPARE(f.scopeTarget, std::string("123456789012/eu-west-1"));
        QCOMPARE(f.asset, std::string("AWS::IAM::AccessKey:GeneratedFindingAccessKeyId"));
    }

    void trivyTemplate()
    {
        const auto c = parseFile(fixture("asff/trivy_template.json"));
        QCOMPARE(c.findings.size(), std::size_t(5));
        QCOMPARE(c.tool, std::string("Trivy"));
        // What Trivy scanned is its target, not the account it uploads to.
        QCOMPARE(c.scopes.size(), std::size_t(3));
        QVERIFY(c.covers("Trivy", "registry.example/shop/api:1.2.3 (alpine 3.18.4)"));
        QVERIFY(c.covers("Trivy", "Dockerfile"));
        QVERIFY(c.covers("Trivy", "config/deploy.sh"));

        const Finding& v = c.findings[0];
        QCOMPARE(v.ruleId, std::string("CVE-2023-5363"));
        QCOMPARE(v.cves, std::vector<std::string>{"CVE-2023-5363"});
        QCOMPARE(v.package, std::string("libcrypto3"));
        QCOMPARE(v.packageVersion, std::string("3.1.3-r0"));
        QCOMPARE(v.fixVersion, std::string("3.1.4-r0"));
        QCOMPARE(*v.cvssScore, 7.5);
        QCOMPARE(v.severity, Severity::High);
        QCOMPARE(v.assetKind, AssetKind::Image);
        QVERIFY(v.remediation.rfind("Upgrade libcrypto3 to 3.1.4-r0", 0) == 0);
        QVERIFY(v.firstSeenInFeed.empty()); // the template's CreatedAt is when it was rendered

        const Finding& m = c.findings[2];
        QCOMPARE(m.ruleId, std::string("DS002"));
        QCOMPARE(m.locationFile, std::string("Dockerfile"));
        QCOMPARE(m.locationLine, 7);
        QCOMPARE(c.findings[3].ruleId, std::string("AWS Access Key ID"));
        QCOMPARE(c.findings[4].ruleId, std::string("GitHub Personal Access Token"));

        // The template repeats Ids; the fingerprints still tell every finding apart.
        std::set<std::string> prints;
        for (const auto& f : c.findings)
            prints.insert(computeFingerprint(f));
        QCOMPARE(prints.size(), std::size_t(5));
    }

    void legacyTemplateRatesFromNormalized()
    {
        const auto c = parseFile(fixture("asff/trivy_legacy_template.json"));
        QCOMPARE(c.findings.size(), std::size_t(1));
        const Finding& f = c.findings[0];
        QCOMPARE(f.severity, Severity::Medium); // Normalized 40, no Label
        QCOMPARE(f.ruleId, std::string("CVE-2019-1549"));
        QCOMPARE(*f.cvssScore, 5.3);
        QCOMPARE(f.scopeTarget, std::string("golang:1.12-alpine (alpine 3.10.2)"));
    }

    void fingerprintStableAndDistinct()
    {
        // The misconfiguration moves to another line: the same finding.
        const std::string path = fixture("asff/trivy_template.json");
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::string doc = file.readAll().toStdString();
        const auto before = parseBytes(doc);
        const auto at = doc.find(R"("StartLine": "7")");
        QVERIFY(at != std::string::npos);
        doc.replace(at, 16, R"("StartLine": "12")");
        const auto after = parseBytes(doc);
        QCOMPARE(after.findings[2].locationLine, 12);
        QCOMPARE(computeFingerprint(before.findings[2]), computeFingerprint(after.findings[2]));

        // A native finding updated later (timestamps, severity) keeps its fingerprint.
        const auto a = parseBytes(finding(R"("UpdatedAt":"2023-01-01T00:00:00Z","Severity":{"Label":"LOW"})"));
        const auto b = parseBytes(finding(R"("UpdatedAt":"2023-02-01T00:00:00Z","Severity":{"Label":"HIGH"})"));
        QCOMPARE(computeFingerprint(a.findings[0]), computeFingerprint(b.findings[0]));

        const auto all = parseFile(fixture("asff/securityhub_export.json"));
        std::set<std::string> prints;
        for (const auto& f : all.findings)
            prints.insert(computeFingerprint(f));
        QCOMPARE(prints.size(), all.findings.size());
    }

    void fixAndExploitAvailability()
    {
        const auto c = parseBytes("[" + finding(R"("Vulnerabilities":[{"Id":"CVE-2024-1","FixAvailable":"NO","ExploitAvailable":"YES"},
            {"Id":"CVE-2024-2","FixAvailable":"PARTIAL","Cvss":[{"Version":"3.1","BaseScore":6.1}]}])") + "]");
        const Finding& f = c.findings[0];
        QCOMPARE(f.cves, (std::vector<std::string>{"CVE-2024-1", "CVE-2024-2"}));
        QCOMPARE(f.remediation, std::string("CVE-2024-1: no fix is available yet\n"
                                            "CVE-2024-2: a fix is available for some of the affected packages"));
        QVERIFY(f.description.find("A public exploit is known for CVE-2024-1.") != std::string::npos);
        QCOMPARE(f.severity, Severity::Medium); // no rating: the CVSS score rates it
    }

    void missingOptionalKeys()
    {
        const auto c = parseBytes("{\"Findings\":[" + finding() + "]}");
        QCOMPARE(c.findings.size(), std::size_t(1));
        const Finding& f = c.findings[0];
        QCOMPARE(f.severity, Severity::Unknown);
        QCOMPARE(f.ruleId, std::string("gen/rule-1"));
        QCOMPARE(f.scopeTarget, std::string("111122223333/us-east-1"));
        QVERIFY(f.asset.empty());
        QCOMPARE(f.assetKind, AssetKind::Unknown);

        const auto empty = parseBytes(R"({"Findings": []})");
        QCOMPARE(empty.format, std::string("asff"));
        QVERIFY(empty.findings.empty());
        QVERIFY(empty.scopes.empty());
    }

    void errorsNameThePlace()
    {
        QCOMPARE(errorPlace("{\"Findings\":[" + finding(R"("Severity":{"Label":"SUPER"})") + "]}"),
                 std::string("/Findings/0/Severity/Label"));
        QCOMPARE(errorPlace("{\"Findings\":[" + finding() + "," + finding(R"("Severity":{"Normalized":140})") + "]}"),
                 std::string("/Findings/1/Severity/Normalized"));
        QCOMPARE(errorPlace("{\"findings\":[" + finding(R"("Resources":{"Id":"x"})") + "]}"), std::string("/findings/0/Resources"));
        QCOMPARE(errorPlace("{\"Findings\":[" + finding(R"("Vulnerabilities":["CVE-1"])") + "]}"),
                 std::string("/Findings/0/Vulnerabilities/0"));
        QCOMPARE(errorPlace("{\"Findings\":[" + finding(R"("Vulnerabilities":[{"Cvss":[]}])") + "]}"),
                 std::string("/Findings/0/Vulnerabilities/0"));
        QCOMPARE(errorPlace("{\"Findings\":[" + finding(R"("Title":["not","text"])") + "]}"), std::string("/Findings/0/Title"));
        QCOMPARE(errorPlace("{\"Findings\":[" + finding() + ",17]}"), std::string("/Findings/1"));

        std::string noId = finding();
        noId.replace(noId.find(R"("Id")"), 4, R"("Ix")");
        try {
            parseBytes("{\"Findings\":[" + noId + "]}");
            QFAIL("expected a FeedError");
        } catch (const FeedError& e) {
            QCOMPARE(e.place(), std::string("/Findings/0"));
            QCOMPARE(e.reason(), std::string("finding without Id"));
        }
        std::string noAccount = finding();
        noAccount.replace(noAccount.find(R"("AwsAccountId":"111122223333",)"), 30, "");
        noAccount = "[" + finding() + "," + noAccount + "]";
        QCOMPARE(errorPlace(noAccount), std::string("/1"));
    }
};

QTEST_GUILESS_MAIN(TestAsff)
#include "test_asff.moc"
