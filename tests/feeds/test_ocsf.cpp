// SPDX-License-Identifier: GPL-3.0-or-later
// OCSF importer (2004 Detection, 2002 Vulnerability, 2001 Security Finding)
// on the project's own fixtures.
#include "feed_test_support.h"
#include "model/fingerprint.h"

#include <QTest>

#include <set>

using namespace closeloop;
using namespace closeloop::test;

namespace {

// A Detection Finding with the keys the class requires; `extra` is spliced in.
std::string ocsfEvent(const std::string& extra = {}, const std::string& uid = "f-1")
{
    return R"({"class_uid":2004,"category_uid":2,"activity_id":1,"type_uid":200401,"time":1739539623,
        "metadata":{"version":"1.4.0","event_code":"check_a","product":{"name":"Prowler","vendor_name":"Prowler","version":"5.4.0"}},
        "finding_info":{"uid":")" +
           uid + R"(","title":"Check A"},"status_code":"FAIL","status_id":1,
        "cloud":{"provider":"aws","region":"eu-west-1","account":{"uid":"111122223333"}})" +
           (extra.empty() ? std::string() : "," + extra) + "}";
}

} // namespace

class TestOcsf : public QObject
{
    Q_OBJECT
private slots:
    void detectsEachShape()
    {
        for (const char* name : {"ocsf/prowler_aws.ocsf.json", "ocsf/prowler_kubernetes.ocsf.json",
                                 "ocsf/vulnerability_finding.ocsf.json", "ocsf/security_finding.ocsf.json"}) {
            QCOMPARE(parseFile(fixture(name)).format, std::string("ocsf"));
        }
        QCOMPARE(parseBytes(ocsfEvent()).format, std::string("ocsf")); // a single event object
        // Not claimed: an empty list (any format's "nothing found"), other OCSF classes, other JSON.
        QCOMPARE(detectScore("ocsf", "[]"), 0);
        QCOMPARE(detectScore("ocsf", R"([{"class_uid":3002,"finding_info":{"uid":"x"}}])"), 0);
        QCOMPARE(detectScore("ocsf", R"({"Findings":[{"Id":"x"}]})"), 0);
        QCOMPARE(parseFile(fixture("asff/securityhub_export.json")).format, std::string("asff"));
    }

    void prowlerDetectionFindings()
    {
        const auto c = parseFile(fixture("ocsf/prowler_aws.ocsf.json"));
        // 5 events: PASS and MANUAL are not findings.
        QCOMPARE(c.findings.size(), std::size_t(3));
        QCOMPARE(c.tool, std::string("Prowler"));
        QCOMPARE(c.toolVersion, std::string("5.4.0"));
        // The regions the scan reported, PASS and MANUAL events included.
        QCOMPARE(c.scopes.size(), std::size_t(2));
        QCOMPARE(c.scopes[0], (ScanScope{"Prowler", "111122223333/eu-west-1"}));
        QCOMPARE(c.scopes[1], (ScanScope{"Prowler", "111122223333/us-east-1"}));

        const Finding& f = c.byRule("s3_bucket_public_access");
        QCOMPARE(f.title, std::string("Ensure there are no S3 buckets open to Everyone or Any AWS user."));
        QCOMPARE(f.severity, Severity::Critical);
        QCOMPARE(f.scopeTarget, std::string("111122223333/eu-west-1"));
        QCOMPARE(f.asset, std::string("arn:aws:s3:::shop-public-assets"));
        QCOMPARE(f.assetKind, AssetKind::CloudResource);
        QCOMPARE(f.toolVersion, std::string("5.4.0"));
        QVERIFY(f.description.find("S3 Bucket shop-public-assets has public access due to bucket ACL.") != std::string::npos);
        QVERIFY(f.description.find("Even if you enable all possible bucket ACL options") != std::string::npos);
        QVERIFY(f.description.find("- CIS-2.0: 2.1.5") != std::string::npos);
        QVERIFY(f.remediation.rfind("You can enable block public access settings", 0) == 0);
        QVERIFY(f.remediation.find("aws s3api put-public-access-block") != std::string::npos); // a command, not a reference
        QCOMPARE(f.references, (std::vector<std::string>{
                                   "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
                                   "https://docs.aws.amazon.com/s3/latest/userguide/"}));
        QCOMPARE(f.sourceState, SourceState::Open);
        QCOMPARE(f.fingerprintFamily, std::string("prowler"));
        QCOMPARE(f.fingerprintInputs,
                 (std::vector<std::pair<std::string, std::string>>{
                     {"scope", "111122223333/eu-west-1"},
                     {"check", "s3_bucket_public_access"},
                     {"uid", "prowler-aws-s3_bucket_public_access-111122223333-eu-west-1-shop-public-assets"}}));

        // Muted in Prowler: status Suppressed.
        const Finding& muted = c.findings[1];
        QCOMPARE(muted.ruleId, std::string("ec2_instance_imdsv2_enabled"));
        QCOMPARE(muted.sourceState, SourceState::Suppressed);
        QCOMPARE(c.findings[2].sourceState, SourceState::Open);
        QVERIFY(computeFingerprint(muted) != computeFingerprint(c.findings[2])); // same check, other region
    }

    void placeholderVersionIsBlanked()
    {
        std::string doc = ocsfEvent();
        doc.replace(doc.find(R"("version":"5.4.0")"), 17, R"("version":"<prowler_version>")");
        const auto c = parseBytes(doc);
        QCOMPARE(c.findings[0].toolVersion, std::string());
        QCOMPARE(c.toolVersion, std::string());
    }

    void kubernetesScope()
    {
        const auto c = parseFile(fixture("ocsf/prowler_kubernetes.ocsf.json"));
        QCOMPARE(c.findings.size(), std::size_t(1));
        const Finding& f = c.findings[0];
        QCOMPARE(f.scopeTarget, std::string("kubernetes:kube-system"));
        QCOMPARE(c.scopes, (std::vector<ScanScope>{{"Prowler", "kubernetes:kube-system"}}));
        QCOMPARE(f.assetKind, AssetKind::Cluster);
        QCOMPARE(f.asset, std::string("7b1c9e2a-3d4f-4a5b-8c6d-9e0f1a2b3c4d"));
        QVERIFY(f.remediation.find("--enable-admission-plugins=...,AlwaysPullImages,...") != std::string::npos);
    }

    void vulnerabilityFindings()
    {
        const auto c = parseFile(fixture("ocsf/vulnerability_finding.ocsf.json"));
        QCOMPARE(c.findings.size(), std::size_t(2));
        QCOMPARE(c.tool, std::string("Amazon Inspector, HostScan"));
        const Finding& f = c.findings[0];
        QCOMPARE(f.ruleId, std::string("CVE-2023-38545"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2023-38545"});
        QCOMPARE(f.cwes, std::vector<std::string>{"CWE-787"});
        QCOMPARE(f.title, std::string("CVE-2023-38545 - curl"));
        QCOMPARE(f.severity, Severity::Critical);
        QCOMPARE(*f.cvssScore, 9.8);
        QCOMPARE(f.cvssVector, std::string("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
        QCOMPARE(*f.epss, 0.0123);
        QCOMPARE(f.package, std::string("curl"));
        QCOMPARE(f.packageVersion, std::string("7.88.1-10+deb12u1"));
        QCOMPARE(f.purl, std::string("pkg:deb/debian/curl@7.88.1-10%2Bdeb12u1?arch=amd64&distro=debian-12"));
        QCOMPARE(f.fixVersion, std::string("7.88.1-10+deb12u4"));
        QVERIFY(f.remediation.find("apt-get update && apt-get install curl") != std::string::npos);
        QCOMPARE(f.confidence, std::string("high"));
        QCOMPARE(f.firstSeenInFeed, std::string("2023-10-12T08:01:02Z"));
        QCOMPARE(f.scopeTarget, std::string("111122223333/eu-central-1"));
        QVERIFY(f.asset.rfind("arn:aws:ecr:eu-central-1:111122223333:repository/shop-api", 0) == 0);
        QVERIFY(f.description.find("slow handshake can overflow") != std::string::npos);
        QCOMPARE(f.references.size(), std::size_t(3)); // src_url, cve reference, vulnerability reference
        QCOMPARE(f.fingerprintFamily, std::string("ocsf"));
        QCOMPARE(f.fingerprintInputs, (std::vector<std::pair<std::string, std::string>>{
                                          {"product", "Amazon Inspector"},
                                          {"uid", "arn:aws:inspector2:eu-central-1:111122223333:finding/0a1b2c3d4e5f60718293a4b5c6d7e8f9"}}));

        // Host finding: rated by its CVSS score, resolved, scoped to the device.
        const Finding& h = c.findings[1];
        QCOMPARE(h.severity, Severity::Medium);
        QCOMPARE(h.sourceState, SourceState::Fixed);
        QCOMPARE(h.scopeTarget, std::string("web-01.shop.example"));
        QCOMPARE(h.asset, std::string("web-01.shop.example"));
        QCOMPARE(h.assetKind, AssetKind::Host);
        QCOMPARE(h.cwes, std::vector<std::string>{"CWE-798"});
        QVERIFY(c.scopes.size() == 2);
    }

    void legacySecurityFinding()
    {
        const auto c = parseFile(fixture("ocsf/security_finding.ocsf.json"));
        QCOMPARE(c.findings.size(), std::size_t(1));
        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("CloudGuard Posture"));
        QCOMPARE(f.toolVersion, std::string("2.7"));
        QCOMPARE(f.title, std::string("Security group allows SSH from the internet"));
        QCOMPARE(f.ruleId, std::string("Security group allows SSH from the internet"));
        QCOMPARE(f.severity, Severity::High);
        QCOMPARE(f.sourceState, SourceState::Suppressed); // state_id 3
        QCOMPARE(f.scopeTarget, std::string("123456789012/us-west-2"));
        QVERIFY(f.remediation.rfind("Restrict inbound SSH to known administrative networks.", 0) == 0);
        QCOMPARE(f.references, std::vector<std::string>{"https://console.cloudguard.example/findings/cg-4f7a2c1e"});
        QVERIFY(f.description.find("Types: Network Exposure") != std::string::npos);
        QCOMPARE(f.fingerprintInputs.back().second, std::string("cg-4f7a2c1e-security-group-open-ssh"));
    }

    void fingerprints()
    {
        // Later runs change the time, message and severity: the same finding.
        const auto a = parseBytes(ocsfEvent(R"("severity_id":3,"message":"first run","time":1)"));
        const auto b = parseBytes(ocsfEvent(R"("severity_id":4,"message":"second run","time":2)"));
        QCOMPARE(computeFingerprint(a.findings[0]), computeFingerprint(b.findings[0]));
        // Prowler sample files write the placeholder uid everywhere: the check keeps findings apart.
        std::string two = ocsfEvent({}, "<finding_uid>");
        std::string other = two;
        other.replace(other.find("check_a"), 7, "check_b");
        const auto c = parseBytes("[" + two + "," + other + "]");
        QCOMPARE(c.findings.size(), std::size_t(2));
        QVERIFY(computeFingerprint(c.findings[0]) != computeFingerprint(c.findings[1]));

        std::set<std::string> prints;
        for (const char* name : {"ocsf/prowler_aws.ocsf.json", "ocsf/vulnerability_finding.ocsf.json"}) {
            for (const auto& f : parseFile(fixture(name)).findings)
                prints.insert(computeFingerprint(f));
        }
        QCOMPARE(prints.size(), std::size_t(5));
    }

    void missingOptionalKeys()
    {
        const auto c = parseBytes(R"([{"class_uid":2004,"finding_info":{"uid":"u-1","title":"Something odd"}}])");
        QCOMPARE(c.findings.size(), std::size_t(1));
        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("OCSF"));
        QCOMPARE(f.ruleId, std::string("Something odd"));
        QCOMPARE(f.severity, Severity::Unknown);
        QVERIFY(c.scopes.empty()); // nothing says what was scanned: nothing is covered
    }

    void errorsNameThePlace()
    {
        QCOMPARE(errorPlace("[" + ocsfEvent(R"("severity_id":7)") + "]"), std::string("/0/severity_id"));
        QCOMPARE(errorPlace("[" + ocsfEvent() + "," + ocsfEvent(R"("severity":"Dire")") + "]"), std::string("/1/severity"));
        QCOMPARE(errorPlace("[" + ocsfEvent() + "," + ocsfEvent(R"("class_uid":3002)") + "]"), std::string("/1/class_uid"));
        QCOMPARE(errorPlace("[" + ocsfEvent() + R"(,{"class_uid":2004,"metadata":{}}])"), std::string("/1"));
        QCOMPARE(errorPlace("[" + ocsfEvent() + R"(,{"class_uid":2004,"finding_info":{"title":"t"}}])"), std::string("/1/finding_info"));
        QCOMPARE(errorPlace("[" + ocsfEvent(R"("vulnerabilities":{"cve":{}})") + "]"), std::string("/0/vulnerabilities"));
        QCOMPARE(errorPlace("[" + ocsfEvent(R"("vulnerabilities":[{"cve":{"cvss":[]}}])") + "]"),
                 std::string("/0/vulnerabilities/0/cve"));
        QCOMPARE(errorPlace("[" + ocsfEvent(R"("resources":["arn:x"])") + "]"), std::string("/0/resources/0"));
        QCOMPARE(errorPlace("[" + ocsfEvent(R"("cloud":"aws")") + "]"), std::string("/0/cloud"));
        QCOMPARE(errorPlace("[" + ocsfEvent() + ",\"text\"]"), std::string("/1"));
    }
};

QTEST_GUILESS_MAIN(TestOcsf)
#include "test_ocsf.moc"
