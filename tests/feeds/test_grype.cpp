// SPDX-License-Identifier: GPL-3.0-or-later
// Grype JSON importer on the project's own fixtures.
#include "feed_test_support.h"

#include <nlohmann/json.hpp>

#include <QTest>

using namespace closeloop;
using namespace closeloop::test;

namespace {

// One match shaped like grype 0.9x output.
nlohmann::json match(
    const std::string& id, const std::string& name, const std::string& version, const std::string& path)
{
    return {
        {"vulnerability",
            {{"id", id}, {"dataSource", "https://nvd.nist.gov/vuln/detail/" + id}, {"namespace", "nvd:cpe"},
                {"severity", "High"}, {"urls", nlohmann::json::array()}, {"cvss", nlohmann::json::array()},
                {"fix", {{"versions", nlohmann::json::array()}, {"state", ""}}},
                {"advisories", nlohmann::json::array()}}},
        {"relatedVulnerabilities", nlohmann::json::array()},
        {"matchDetails", nlohmann::json::array()},
        {"artifact",
            {{"id", "a1b2c3d4e5f60718"}, {"name", name}, {"version", version}, {"type", "java-archive"},
                {"locations", nlohmann::json::array({nlohmann::json{{"path", path}}})},
                {"purl", "pkg:maven/org.example/" + name + "@" + version}}},
    };
}

std::string report(const nlohmann::json& matches,
    const nlohmann::json& source = {{"type", "image"}, {"target", {{"userInput", "app:1"}}}})
{
    return nlohmann::json{{"matches", matches}, {"source", source}, {"distro", {{"name", "debian"}, {"version", "12"}}},
        {"descriptor", {{"name", "grype"}, {"version", "0.90.0"}}}}
        .dump();
}

} // namespace

class TestGrype : public QObject
{
    Q_OBJECT
private slots:
    void detectsEachLayout()
    {
        for (const char* name :
            {"grype/image_report.json", "grype/legacy_0_7.json", "grype/directory_no_matches.json"}) {
            const auto c = parseFile(fixture(name));
            QCOMPARE(c.format, std::string("grype-json"));
            QCOMPARE(c.tool, std::string("Grype"));
        }
    }

    void mapsAModernMatch()
    {
        const auto c = parseFile(fixture("grype/image_report.json"));
        QCOMPARE(c.toolVersion, std::string("0.94.0"));
        QCOMPARE(c.findings.size(), std::size_t(5)); // 4 matches, 1 ignored match
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0].tool, std::string("Grype"));
        QCOMPARE(c.scopes[0].target, std::string("quay.example/shop/api"));

        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("Grype"));
        QCOMPARE(f.toolVersion, std::string("0.94.0"));
        QCOMPARE(f.scopeTarget, std::string("quay.example/shop/api"));
        QCOMPARE(f.ruleId, std::string("CVE-2023-38473"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2023-38473"});
        QCOMPARE(f.title, std::string("CVE-2023-38473 in avahi-libs"));
        QVERIFY(f.description.find("A reachable assertion exists") == 0);
        QVERIFY(f.description.find("Matched by rpm-matcher (exact-indirect-match)") != std::string::npos);
        QCOMPARE(f.severity, Severity::Medium); // the distribution's rating, as grype reports it
        // Same CVSS version from the distribution (6.2) and NVD (5.5): NVD wins;
        // NVD's v2 rating is older and loses.
        QVERIFY(f.cvssScore.has_value());
        QCOMPARE(*f.cvssScore, 5.5);
        QCOMPARE(f.cvssVector, std::string("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H"));
        QVERIFY(f.epss.has_value());
        QCOMPARE(*f.epss, 0.00043);
        QCOMPARE(f.assetKind, AssetKind::Image);
        QCOMPARE(f.asset, std::string("quay.example/shop/api:1.4.2"));
        QCOMPARE(f.package, std::string("avahi-libs"));
        QCOMPARE(f.packageVersion, std::string("0.7-20.el8"));
        QCOMPARE(f.purl, std::string("pkg:rpm/rhel/avahi-libs@0.7-20.el8?arch=x86_64&distro=rhel-8.7"));
        QCOMPARE(f.locationFile, std::string("/var/lib/rpm/Packages"));
        QCOMPARE(f.locationLine, 0);
        QCOMPARE(f.fixVersion, std::string("0:0.7-21.el8_9.1"));
        QCOMPARE(f.remediation, std::string("Upgrade avahi-libs to 0:0.7-21.el8_9.1"));
        QCOMPARE(f.confidence, std::string("high"));
        const std::vector<std::string> refs = {"https://access.redhat.com/security/cve/CVE-2023-38473",
            "https://access.redhat.com/errata/RHSA-2023:7836", "https://nvd.nist.gov/vuln/detail/CVE-2023-38473",
            "https://bugzilla.redhat.com/show_bug.cgi?id=2191694"};
        QCOMPARE(f.references, refs);
        QCOMPARE(f.sourceState, SourceState::Open);
        QCOMPARE(nlohmann::json::parse(f.raw)["artifact"]["name"].get<std::string>(), std::string("avahi-libs"));
        QCOMPARE(f.fingerprintFamily, std::string("grype"));
        const std::vector<std::pair<std::string, std::string>> inputs = {{"scope", "quay.example/shop/api"},
            {"id", "CVE-2023-38473"}, {"package", "avahi-libs"}, {"type", "rpm"}, {"path", "/var/lib/rpm/Packages"}};
        QCOMPARE(f.fingerprintInputs, inputs);
    }

    void ghsaMatchTakesItsCveFromRelated()
    {
        const auto c = parseFile(fixture("grype/image_report.json"));
        const Finding& f = c.findings[1];
        QCOMPARE(f.ruleId, std::string("GHSA-rhrv-645h-fjfh"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2023-39410"});
        QVERIFY(f.description.find("CVE-2023-39410: When deserializing untrusted") != std::string::npos);
        QVERIFY(f.cvssScore.has_value());
        QCOMPARE(*f.cvssScore, 7.5); // only NVD rated it
        QCOMPARE(f.severity, Severity::High);
    }

    void cpeMatchWithoutFix()
    {
        const auto c = parseFile(fixture("grype/image_report.json"));
        const Finding& f = c.findings[3];
        QCOMPARE(f.ruleId, std::string("CVE-2022-28391"));
        QCOMPARE(f.confidence, std::string("medium"));
        QCOMPARE(f.fixVersion, std::string());
        QCOMPARE(f.remediation, std::string());
        QCOMPARE(f.locationFile, std::string("/bin/["));
        QVERIFY(f.epss.has_value());
        QCOMPARE(*f.epss, 0.0719);
    }

    void ignoredMatchIsSuppressed()
    {
        const auto c = parseFile(fixture("grype/image_report.json"));
        const Finding& f = c.findings[4];
        QCOMPARE(f.ruleId, std::string("CVE-2019-12900"));
        QCOMPARE(f.sourceState, SourceState::Suppressed);
        QVERIFY(f.sourceStateReason.find("fix-state=wont-fix") != std::string::npos);
        QVERIFY(f.sourceStateReason.find("vulnerability=CVE-2019-12900") != std::string::npos);
        QCOMPARE(f.remediation, std::string("The distribution will not fix this (fix state: wont-fix)"));
        QCOMPARE(f.severity, Severity::Critical);
    }

    void legacyLayout()
    {
        const auto c = parseFile(fixture("grype/legacy_0_7.json"));
        QCOMPARE(c.toolVersion, std::string("0.7.0"));
        QCOMPARE(c.findings.size(), std::size_t(2));
        QCOMPARE(c.scopes[0].target, std::string("defectdojo/defectdojo-django"));
        const Finding& a = c.findings[0];
        QCOMPARE(*a.cvssScore, 8.8); // cvssV3 over cvssV2
        QCOMPARE(a.cvssVector, std::string("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"));
        QCOMPARE(a.references, std::vector<std::string>{"https://github.com/google/protobuf/issues/760"});
        QCOMPARE(a.confidence, std::string()); // 0.7 does not say how it matched
        const Finding& b = c.findings[1];
        QCOMPARE(b.severity, Severity::Low); // "Unknown" rating, CVSS v2 2.1
        QCOMPARE(b.fixVersion, std::string("1.3.8+dfsg-3+deb10u1"));
        QCOMPARE(b.remediation, std::string("Upgrade libzstd1 to 1.3.8+dfsg-3+deb10u1"));
    }

    void emptyDirectoryScanCoversItsTarget()
    {
        const auto c = parseFile(fixture("grype/directory_no_matches.json"));
        QCOMPARE(c.findings.size(), std::size_t(0));
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0].target, std::string("/builds/shop/api"));
        QCOMPARE(c.toolVersion, std::string("0.87.0"));
    }

    void nullSourceCoversNothing()
    {
        const auto c =
            parseBytes(report(nlohmann::json::array({match("CVE-2024-1", "lib", "1.0", "/app/lib-1.0.jar")}), nullptr));
        QCOMPARE(c.findings.size(), std::size_t(1));
        QVERIFY(c.scopes.empty());
        QCOMPARE(c.findings[0].scopeTarget, std::string("(unknown target)"));
    }

    void fingerprintIgnoresVersionButSeparatesCopies()
    {
        // The same library upgraded without fixing the problem: same finding.
        const auto before =
            parseBytes(report(nlohmann::json::array({match("CVE-2024-1", "lib", "1.0", "/app/lib.jar")})));
        auto upgraded = match("CVE-2024-1", "lib", "1.1", "/app/lib.jar");
        upgraded["artifact"]["id"] = "ffffffffffffffff";
        const auto after = parseBytes(report(nlohmann::json::array({upgraded})));
        QCOMPARE(fingerprintOf(before.findings[0]), fingerprintOf(after.findings[0]));
        QVERIFY(contentHashOf(before.findings[0]) != contentHashOf(after.findings[0]));
        // Two copies of one library in the image are two findings.
        const auto c = parseFile(fixture("grype/image_report.json"));
        QCOMPARE(c.findings[1].ruleId, c.findings[2].ruleId);
        QCOMPARE(c.findings[1].package, c.findings[2].package);
        QVERIFY(fingerprintOf(c.findings[1]) != fingerprintOf(c.findings[2]));
    }

    void errorsNameTheirPlace()
    {
        const nlohmann::json descriptor = {{"name", "grype"}, {"version", "0.90.0"}};
        expectError(
            nlohmann::json{{"matches", nlohmann::json::array({1})}, {"descriptor", descriptor}}.dump(), "/matches/0");
        auto noId = match("CVE-2024-1", "lib", "1.0", "/x");
        noId["vulnerability"].erase("id");
        expectError(report(nlohmann::json::array({match("CVE-2024-2", "lib", "1.0", "/x"), noId})),
            "/matches/1/vulnerability/id");
        auto badSeverity = match("CVE-2024-1", "lib", "1.0", "/x");
        badSeverity["vulnerability"]["severity"] = "Catastrophic";
        expectError(report(nlohmann::json::array({badSeverity})), "/matches/0/vulnerability/severity");
        auto noName = match("CVE-2024-1", "lib", "1.0", "/x");
        noName["artifact"].erase("name");
        expectError(report(nlohmann::json::array({noName})), "/matches/0/artifact/name");
        auto noArtifact = match("CVE-2024-1", "lib", "1.0", "/x");
        noArtifact.erase("artifact");
        expectError(report(nlohmann::json::array({noArtifact})), "/matches/0/artifact");
    }

    void largeReportWithLateSourceKeepsOrderAndTarget()
    {
        // More than the in-memory spool holds, so matches read before the
        // source continue in a temporary file and come back in order.
        nlohmann::json matches = nlohmann::json::array();
        const std::string filler(4096, 'x');
        for (int i = 0; i < 2600; ++i) {
            auto m = match("CVE-2020-" + std::to_string(10000 + i), "lib" + std::to_string(i), "1.0", "/x");
            m["vulnerability"]["description"] = filler;
            matches.push_back(std::move(m));
        }
        const std::string doc = report(matches);
        QVERIFY(doc.size() > (10u << 20));
        const auto c = parseBytes(doc);
        QCOMPARE(c.findings.size(), std::size_t(2600));
        for (std::size_t i = 0; i < c.findings.size(); ++i) {
            QCOMPARE(c.findings[i].ruleId, "CVE-2020-" + std::to_string(10000 + i));
            QCOMPARE(c.findings[i].scopeTarget, std::string("app"));
            QCOMPARE(c.findings[i].toolVersion, std::string("0.90.0"));
        }
        QCOMPARE(c.scopes.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestGrype)
#include "test_grype.moc"
