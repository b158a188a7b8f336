// SPDX-License-Identifier: GPL-3.0-or-later
// Snyk importer (CLI project, --all-projects, container, REST API issues) on
// the project's own fixtures.
#include "feed_test_support.h"
#include "feeds/feed_sniff.h"
#include "feeds/snyk_importer.h"

#include <QTest>

#include <map>

using namespace closeloop;
using namespace closeloop::test;

namespace {

// One CLI vulnerability record of about 900 bytes, distinct by n.
std::string cliVulnerability(const std::string& prefix, std::size_t n)
{
    const std::string i = std::to_string(n);
    return R"({"id":")" + prefix + i + R"(","title":"Prototype Pollution","severity":"high","cvssScore":7.5,)"
           R"("packageName":"pkg)" + std::to_string(n % 1000) + R"(","name":"pkg)" + std::to_string(n % 1000) +
           R"(","version":"1.0.0","from":["app@1.0.0","dep)" + i + R"(@1.0.0"],"upgradePath":[false,"dep)" + i +
           R"(@2.0.0"],"isUpgradable":true,"semver":{"vulnerable":["<2.0.0"]},"packageManager":"npm",)"
           R"("identifiers":{"CVE":["CVE-2024-)" + std::to_string(10000 + n) + R"("],"CWE":["CWE-1321"]},)"
           R"("description":")" + std::string(480, 'd') + R"("})";
}

} // namespace

class TestSnyk : public QObject
{
    Q_OBJECT
private slots:
    void detectsEachShape()
    {
        for (const char* name : {"snyk/project.json", "snyk/all_projects.json", "snyk/container.json",
                                 "snyk/api_issues.json", "snyk/api_page.json"}) {
            QCOMPARE(parseFile(fixture(name)).format, std::string("snyk-json"));
        }
        const SnykImporter snyk;
        QCOMPARE(snyk.detect(sniffFeed(fixture("snyk/project.json"))), 90);
        QCOMPARE(snyk.detect(sniffFeed(fixture("snyk/cli_error.json"))), 60);
        // An empty REST listing is known only by its JSON:API envelope.
        const std::string emptyListing = R"({"jsonapi":{"version":"1.0"},"data":[]})";
        QCOMPARE(snyk.detect(sniffBytes(emptyListing, emptyListing.size())), 70);
    }

    void leavesOtherFormatsAlone()
    {
        const SnykImporter snyk;
        for (const char* name : {"gitlab/dependency_scanning_v15.json", "gitlab/sast_v2.json", "trivy/legacy.json",
                                 "trivy/schema2_image.json"}) {
            QVERIFY2(snyk.detect(sniffFeed(fixture(name))) == 0, name);
        }
        const std::string cyclonedx = R"({"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
            "vulnerabilities":[{"id":"CVE-1","ratings":[{"severity":"high"}],"affects":[{"ref":"a"}]}]})";
        QCOMPARE(snyk.detect(sniffBytes(cyclonedx, cyclonedx.size())), 0);
        const std::string csaf = R"({"document":{"category":"csaf_vex","csaf_version":"2.0"},
            "vulnerabilities":[{"cve":"CVE-1","product_status":{"known_not_affected":["p"]}}]})";
        QCOMPARE(snyk.detect(sniffBytes(csaf, csaf.size())), 0);
        const std::string graphql = R"({"data":{"repository":{"vulnerabilityAlerts":{"nodes":[]}}}})";
        QCOMPARE(snyk.detect(sniffBytes(graphql, graphql.size())), 0);
    }

    void cliProjectMapping()
    {
        const auto c = parseFile(fixture("snyk/project.json"));
        QCOMPARE(c.tool, std::string("Snyk Open Source"));
        QCOMPARE(c.findings.size(), std::size_t(6)); // 5 paths + 1 ignored
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0].tool, std::string("Snyk Open Source"));
        QCOMPARE(c.scopes[0].target, std::string("com.test:myframework (pom.xml)"));

        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("Snyk Open Source"));
        QCOMPARE(f.scopeTarget, std::string("com.test:myframework (pom.xml)"));
        QCOMPARE(f.ruleId, std::string("SNYK-JAVA-COMFASTERXMLJACKSONCORE-1048302"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2020-25649"});
        QCOMPARE(f.cwes, std::vector<std::string>{"CWE-611"});
        QCOMPARE(f.title, std::string("XML External Entity (XXE) Injection"));
        QVERIFY(contains(f.description, "## Overview"));
        QVERIFY(contains(f.description, "Introduced through: com.test:myframework@1.0.0-SNAPSHOT > "
                                        "org.springframework.boot:spring-boot-starter-web@2.1.4.RELEASE > "));
        QVERIFY(contains(f.description, "Exploit maturity: Proof of Concept"));
        QVERIFY(contains(f.description, "EPSS: probability 0.00824, percentile 0.79904"));
        QCOMPARE(f.severity, Severity::High);
        QCOMPARE(*f.cvssScore, 8.2);
        QCOMPARE(f.cvssVector, std::string("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:L"));
        QCOMPARE(*f.epss, 0.00824);
        QCOMPARE(f.assetKind, AssetKind::Repository);
        QCOMPARE(f.asset, std::string("com.test:myframework"));
        QCOMPARE(f.locationFile, std::string("pom.xml"));
        QCOMPARE(f.locationLine, 0);
        QCOMPARE(f.package, std::string("com.fasterxml.jackson.core:jackson-databind"));
        QCOMPARE(f.packageVersion, std::string("2.9.8"));
        QCOMPARE(f.purl, std::string("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.8"));
        QCOMPARE(f.fixVersion, std::string("2.6.7.4, 2.9.10.7, 2.10.5.1"));
        QCOMPARE(f.remediation, std::string("Upgrade org.springframework.boot:spring-boot-starter-web@2.1.4.RELEASE to "
                                            "org.springframework.boot:spring-boot-starter-web@2.2.12.RELEASE"));
        QCOMPARE(f.references.size(), std::size_t(2));
        QCOMPARE(f.references[0], std::string("https://github.com/FasterXML/jackson-databind/issues/2589"));
        QCOMPARE(f.sourceState, SourceState::Open);
        QVERIFY(contains(f.raw, "\"SNYK-JAVA-COMFASTERXMLJACKSONCORE-1048302\""));
        QCOMPARE(f.fingerprintFamily, std::string("snyk"));
        QCOMPARE(f.fingerprintInputs.front().first, std::string("target"));
        QCOMPARE(fingerprintInput(f, "via"), std::string("org.springframework.boot:spring-boot-starter-web"));

        // No upgrade of a direct dependency: the fixed versions are still named.
        QCOMPARE(c.findings[2].remediation,
                 std::string("Fixed in com.fasterxml.jackson.core:jackson-databind 2.6.7.4, 2.9.10.7, 2.10.5.1; "
                             "no upgrade of a direct dependency brings it yet"));
        QCOMPARE(c.findings[3].cwes, (std::vector<std::string>{"CWE-494", "CWE-829"}));
        QVERIFY(c.findings[3].cves.empty());

        // The vulnerability the CLI filtered out by an ignore rule.
        const Finding& ignored = c.findings[5];
        QCOMPARE(ignored.ruleId, std::string("SNYK-JAVA-ORGAPACHETOMCATEMBED-1080637"));
        QCOMPARE(ignored.sourceState, SourceState::Suppressed);
        QCOMPARE(ignored.sourceStateReason,
                 std::string("ignored in Snyk: Only reachable on Windows hosts (until 2031-01-01T00:00:00.000Z)"));
        QCOMPARE(ignored.remediation, std::string("No fixed version is available"));
    }

    void dependencyPathsAndFingerprint()
    {
        const auto c = parseFile(fixture("snyk/project.json"));
        const auto& f = c.findings;
        // Two paths through the same top-level dependency: one finding.
        QCOMPARE(fingerprintOf(f[0]), fingerprintOf(f[1]));
        QCOMPARE(fingerprintOf(f[3]), fingerprintOf(f[4]));
        // A direct dependency on the package is another introduction, another finding.
        QVERIFY(fingerprintOf(f[0]) != fingerprintOf(f[2]));
        QVERIFY(fingerprintOf(f[0]) != fingerprintOf(f[3]));

        // A version bump that does not fix the problem keeps the identity.
        std::string bumped = readFixture("snyk/project.json");
        replaceAll(bumped, "2.9.8", "2.9.9");
        replaceAll(bumped, "2.1.4.RELEASE", "2.1.5.RELEASE");
        const auto b = parseBytes(bumped);
        QCOMPARE(b.findings[0].packageVersion, std::string("2.9.9"));
        QCOMPARE(fingerprintOf(b.findings[0]), fingerprintOf(f[0]));
        QCOMPARE(fingerprintOf(b.findings[2]), fingerprintOf(f[2]));
    }

    void pipelineCountsPathsAsDuplicatesAndCloses()
    {
        TempWorkspace ws;
        const ImportReport r = ws.import(fixture("snyk/project.json"));
        QVERIFY2(r.status == ImportReport::Status::Imported, r.summary().c_str());
        QCOMPARE(r.counts.findings, std::int64_t(6));
        QCOMPARE(r.counts.created, std::int64_t(4));
        QCOMPARE(r.counts.duplicate, std::int64_t(2));
        QCOMPARE(ws.import(fixture("snyk/project.json")).status, ImportReport::Status::Unchanged);

        // The next scan of the same project no longer lists jcommander.
        std::string next = readFixture("snyk/project.json");
        const auto cut = next.find("    {\n      \"CVSSv3\": \"CVSS:3.1/AV:N/AC:H");
        const auto end = next.find("  ],\n  \"ok\": false");
        QVERIFY(cut != std::string::npos && end != std::string::npos);
        next.erase(cut, end - cut);
        next.replace(next.rfind("},\n", cut), 3, "}\n");
        ws.writeFile("next.json", next);
        const ImportReport r2 = ws.import(ws.path("next.json"));
        QVERIFY2(r2.status == ImportReport::Status::Imported, r2.summary().c_str());
        QCOMPARE(r2.counts.findings, std::int64_t(4));
        QCOMPARE(r2.counts.closed, std::int64_t(1));
    }

    void allProjectsArray()
    {
        const auto c = parseFile(fixture("snyk/all_projects.json"));
        QCOMPARE(c.findings.size(), std::size_t(1));
        // The project without vulnerabilities is covered too: that is what closes its findings.
        QCOMPARE(c.scopes.size(), std::size_t(2));
        QCOMPARE(c.scopes[0].target, std::string("@shop/frontend (frontend/package-lock.json)"));
        QCOMPARE(c.scopes[1].target, std::string("shop (tools/requirements.txt)"));
        const Finding& f = c.findings[0];
        QCOMPARE(f.severity, Severity::Critical);
        QCOMPARE(f.purl, std::string("pkg:npm/%40babel/traverse@7.22.5"));
        QCOMPARE(fingerprintInput(f, "via"), std::string("@babel/core"));
        QCOMPARE(f.remediation, std::string("Upgrade @babel/core@7.22.5 to @babel/core@7.23.2"));
        QCOMPARE(f.locationFile, std::string("frontend/package-lock.json"));
    }

    void containerWithApplications()
    {
        const auto c = parseFile(fixture("snyk/container.json"));
        QCOMPARE(c.tool, std::string("Snyk Container"));
        QCOMPARE(c.findings.size(), std::size_t(3));
        QCOMPARE(c.scopes.size(), std::size_t(2));
        QCOMPARE(c.scopes[0], (ScanScope{"Snyk Container", "shop/api"}));
        QCOMPARE(c.scopes[1], (ScanScope{"Snyk Container", "shop/api (/srv/api/package.json)"}));

        const Finding& os = c.findings[0];
        QCOMPARE(os.assetKind, AssetKind::Image);
        QCOMPARE(os.asset, std::string("shop/api:1.4.2"));
        QCOMPARE(os.scopeTarget, std::string("shop/api"));
        QCOMPARE(os.package, std::string("gcc-10"));
        QCOMPARE(os.severity, Severity::Low);
        QCOMPARE(*os.epss, 0.00046);
        QCOMPARE(os.purl, std::string()); // OS packages: Snyk does not name the distro qualifier
        QCOMPARE(os.remediation, std::string("No fixed version is available"));
        // Two binary packages of one source package are two findings.
        QVERIFY(fingerprintOf(c.findings[0]) != fingerprintOf(c.findings[1]));

        const Finding& app = c.findings[2];
        QCOMPARE(app.scopeTarget, std::string("shop/api (/srv/api/package.json)"));
        QCOMPARE(app.asset, std::string("shop/api:1.4.2"));
        QCOMPARE(app.locationFile, std::string("/srv/api/package.json"));
        QCOMPARE(app.remediation, std::string("Upgrade jsonwebtoken@8.5.1 to jsonwebtoken@9.0.0"));
        QCOMPARE(app.purl, std::string("pkg:npm/jsonwebtoken@8.5.1"));
    }

    void restApiIssues()
    {
        const auto c = parseFile(fixture("snyk/api_issues.json"));
        QCOMPARE(c.tool, std::string("Snyk"));
        QCOMPARE(c.findings.size(), std::size_t(3));
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0], (ScanScope{"Snyk", "project:92867a20-30b8-44fd-a59f-da71d59b58f1"}));

        const Finding& sca = c.findings[0];
        QCOMPARE(sca.ruleId, std::string("SNYK-PYTHON-PILLOW-5918878"));
        QCOMPARE(sca.cves, std::vector<std::string>{"CVE-2023-4863"});
        QCOMPARE(sca.cwes, std::vector<std::string>{"CWE-122"});
        QCOMPARE(sca.title, std::string("Heap-based Buffer Overflow"));
        QCOMPARE(sca.severity, Severity::Critical);
        QCOMPARE(*sca.cvssScore, 9.6); // Snyk's rating, not the first listed
        QCOMPARE(sca.cvssVector, std::string("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H/E:H"));
        QCOMPARE(sca.package, std::string("pillow"));
        QCOMPARE(sca.packageVersion, std::string("9.5.0"));
        QCOMPARE(sca.remediation, std::string("Fixable in Snyk (pinnable, fixable_snyk)"));
        QCOMPARE(sca.references, std::vector<std::string>{"https://nvd.nist.gov/vuln/detail/CVE-2023-4863"});
        QVERIFY(contains(sca.description, "Exploit maturity: CVSSv3 High, CVSSv4 Attacked"));
        QVERIFY(contains(sca.description, "Snyk risk score: 649"));
        QVERIFY(contains(sca.description, "Reachability: not-applicable"));
        QCOMPARE(sca.sourceState, SourceState::Suppressed);
        QCOMPARE(sca.firstSeenInFeed, std::string("2025-09-11T18:25:22.457Z"));
        QCOMPARE(sca.fingerprintFamily, std::string("snyk-api"));
        QCOMPARE(fingerprintInput(sca, "key"), std::string("SNYK-PYTHON-PILLOW-5918878"));

        const Finding& code = c.findings[1];
        QCOMPARE(code.locationFile, std::string("src/routes/orders.js"));
        QCOMPARE(code.locationLine, 65);
        QCOMPARE(code.assetKind, AssetKind::Repository);
        QCOMPARE(code.sourceState, SourceState::Open);
        QCOMPARE(code.severity, Severity::High);
        QCOMPARE(c.findings[2].sourceState, SourceState::Fixed);
        QVERIFY(fingerprintOf(c.findings[1]) != fingerprintOf(c.findings[2]));
    }

    void restApiMovedLineKeepsFingerprint()
    {
        const std::string a = readFixture("snyk/api_issues.json");
        std::string b = a;
        replaceAll(b, R"("start": {"column": 9, "line": 65})", R"("start": {"column": 9, "line": 80})");
        QVERIFY(b != a);
        const auto ca = parseBytes(a), cb = parseBytes(b);
        QCOMPARE(cb.findings[1].locationLine, 80);
        QCOMPARE(fingerprintOf(ca.findings[1]), fingerprintOf(cb.findings[1]));
        QVERIFY(contentHashOf(ca.findings[1]) != contentHashOf(cb.findings[1]));
    }

    void restApiPartialListingCoversNothing()
    {
        // One page of several: closing from it would close the other pages' issues.
        const auto page = parseFile(fixture("snyk/api_page.json"));
        QCOMPARE(page.findings.size(), std::size_t(1));
        QVERIFY(page.scopes.empty());

        // A filtered query lists only part of the project.
        std::string filtered = readFixture("snyk/api_issues.json");
        replaceAll(filtered, "issues?limit=100&scan_item.id", "issues?effective_severity_level=critical&limit=100&scan_item.id");
        QVERIFY(parseBytes(filtered).scopes.empty());

        // An empty, unfiltered listing of one scan item still covers it.
        const auto empty = parseBytes(R"({"jsonapi":{"version":"1.0"},
            "links":{"self":"/rest/orgs/o1/issues?scan_item.id=p1&scan_item.type=project&version=2024-10-15"},"data":[]})");
        QCOMPARE(empty.findings.size(), std::size_t(0));
        QCOMPARE(empty.scopes.size(), std::size_t(1));
        QCOMPARE(empty.scopes[0].target, std::string("project:p1"));

        // One issue fetched on its own: mapped, but it covers nothing.
        const auto one = parseBytes(R"({"jsonapi":{"version":"1.0"},"links":{"self":"/rest/orgs/o1/issues/i1?version=2024-10-15"},
            "data":{"id":"i1","type":"issue","attributes":{"key":"SNYK-JS-X-1","title":"t","type":"package_vulnerability",
            "effective_severity_level":"low","status":"open","ignored":false},
            "relationships":{"scan_item":{"data":{"id":"p1","type":"project"}}}}})");
        QCOMPARE(one.format, std::string("snyk-json"));
        QCOMPARE(one.findings.size(), std::size_t(1));
        QCOMPARE(one.findings[0].ruleId, std::string("SNYK-JS-X-1"));
        QCOMPARE(one.findings[0].scopeTarget, std::string("project:p1"));
        QVERIFY(one.scopes.empty());

        // Without links nothing says which scan item an empty listing is about.
        const auto bare = parseBytes(R"({"jsonapi":{"version":"1.0"},"data":[]})");
        QCOMPARE(bare.format, std::string("snyk-json"));
        QVERIFY(bare.scopes.empty());
    }

    void edgeCases()
    {
        // Empty project: no findings, but the scope is covered.
        const auto none = parseBytes(R"({"vulnerabilities":[],"ok":true,"dependencyCount":0,"packageManager":"npm",
            "summary":"No known vulnerabilities","projectName":"web","displayTargetFile":"package.json","path":"/src"})");
        QCOMPARE(none.findings.size(), std::size_t(0));
        QCOMPARE(none.scopes.size(), std::size_t(1));
        QCOMPARE(none.scopes[0].target, std::string("web (package.json)"));

        // Missing optional keys: no title, severity, references, project name or file.
        const auto bare = parseBytes(R"({"vulnerabilities":[{"id":"SNYK-JS-X-1","packageName":"x","version":"1.0.0",
            "from":["app@1.0.0","x@1.0.0"],"upgradePath":[]},{"id":"SNYK-JS-Y-2","packageName":"y","cvssScore":7.5}],
            "ok":false,"path":"/src"})");
        QCOMPARE(bare.findings.size(), std::size_t(2));
        QCOMPARE(bare.scopes[0].target, std::string("/src"));
        const Finding& f = bare.findings[0];
        QCOMPARE(f.title, std::string("SNYK-JS-X-1 in x"));
        QCOMPARE(f.severity, Severity::Unknown);
        QVERIFY(f.references.empty());
        QCOMPARE(f.remediation, std::string("No fixed version is available"));
        QCOMPARE(fingerprintInput(f, "via"), std::string("x"));
        // No rating word, but a CVSS score.
        QCOMPARE(bare.findings[1].severity, Severity::High);
        QCOMPARE(fingerprintInput(bare.findings[1], "via"), std::string());
    }

    void largeContainerProject()
    {
        // An image and its applications name themselves after ~64 MB of
        // findings: more than the spools hold in memory, so most wait on disk.
        TempWorkspace ws;
        std::map<std::string, std::size_t> expected;
        const std::string image = "registry.example/big/app";
        {
            LargeFeedWriter out(ws.path("big.json"));
            out.write(R"({"vulnerabilities":[)");
            expected[image] = out.records([](std::size_t n) { return cliVulnerability("SNYK-DEBIAN12-", n); }, 40u << 20);
            out.write(R"(],"ok":false,"packageManager":"deb","docker":{"baseImage":"debian:12"},"applications":[)");
            out.write(R"({"vulnerabilities":[)");
            expected[image + " (/app/package-lock.json)"] =
                out.records([](std::size_t n) { return cliVulnerability("SNYK-JS-WEB-", n); }, 12u << 20);
            out.write(R"(],"packageManager":"npm","projectName":"web","displayTargetFile":"/app/package-lock.json"},)");
            out.write(R"({"vulnerabilities":[],"packageManager":"npm","projectName":"empty",)"
                      R"("displayTargetFile":"/empty/package-lock.json"},{"vulnerabilities":[)");
            expected[image + " (/worker/package-lock.json)"] =
                out.records([](std::size_t n) { return cliVulnerability("SNYK-JS-WORKER-", n); }, 12u << 20);
            out.write(R"(],"packageManager":"npm","projectName":"worker","displayTargetFile":"/worker/package-lock.json"}],)"
                      R"("projectName":"docker-image|)" + image + R"(","path":")" + image + R"(:1.0"})");
            QVERIFY(out.size() > 64u << 20);
        }
        const ImportReport r = ws.import(ws.path("big.json"));
        QVERIFY2(r.status == ImportReport::Status::Imported, r.summary().c_str());
        std::int64_t total = 0;
        for (const auto& [target, n] : expected)
            total += std::int64_t(n);
        QCOMPARE(r.counts.findings, total);
        QCOMPARE(r.counts.created, total);
        QCOMPARE(r.scopes.size(), std::size_t(4)); // the empty application too

        // Every finding went out under its own project's name.
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        for (const auto& [target, n] : expected) {
            auto st = db.prepare("SELECT count(*) FROM findings WHERE scope_target = ?");
            st.bind(1, target);
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), std::int64_t(n));
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE rule_id LIKE 'SNYK-JS-WORKER-%' AND location_file = "
                            "'/worker/package-lock.json' AND asset = 'registry.example/big/app:1.0'"),
                 std::int64_t(expected[image + " (/worker/package-lock.json)"]));
    }

    void errorsNameThePlace()
    {
        const std::string head = R"({"ok":false,"packageManager":"npm","vulnerabilities":[)";
        QCOMPARE(errorPlace(head + R"({"id":"SNYK-1","packageName":"p","severity":"SUPER"}]})"),
                 std::string("/vulnerabilities/0/severity"));
        QCOMPARE(errorPlace(head + R"({"id":"SNYK-1","severity":"low"},{"packageName":"p"}]})"),
                 std::string("/vulnerabilities/1"));
        QCOMPARE(errorPlace(head + R"({"id":42,"packageName":"p"}]})"), std::string("/vulnerabilities/0/id"));
        QCOMPARE(errorPlace(head + R"({"id":"SNYK-1","from":"app@1 > p@2"}]})"), std::string("/vulnerabilities/0/from"));
        QCOMPARE(errorPlace(head + R"({"id":"SNYK-1","identifiers":["CVE-1"]}]})"),
                 std::string("/vulnerabilities/0/identifiers"));
        QCOMPARE(errorPlace(head + R"("not a record"]})"), std::string("/vulnerabilities/0"));
        QCOMPARE(errorPlace(R"({"ok":false,"packageManager":"npm","vulnerabilities":{"a":{"id":"SNYK-1"}}})"),
                 std::string("/vulnerabilities"));
        QCOMPARE(errorPlace(R"([{"ok":true,"packageManager":"npm","vulnerabilities":[]},
            {"ok":false,"packageManager":"npm","vulnerabilities":[{"id":"SNYK-1","severity":"severe-ish"}]}])"),
                 std::string("/1/vulnerabilities/0/severity"));

        const FeedError iac = parseError(R"({"vulnerabilities":[],"ok":false,"packageManager":"terraformconfig",
            "targetFile":"main.tf","infrastructureAsCodeIssues":[{"id":"SNYK-CC-TF-124","title":"S3 bucket versioning disabled",
            "severity":"low"}]})");
        QCOMPARE(iac.place(), std::string("/infrastructureAsCodeIssues/0"));
        QVERIFY(contains(iac.reason(), "IaC"));
        const FeedError cliError = parseError(readFixture("snyk/cli_error.json"));
        QCOMPARE(cliError.place(), std::string("/error"));
        QVERIFY(contains(cliError.reason(), "Could not detect supported target files"));

        const std::string api = R"({"jsonapi":{"version":"1.0"},"data":[)";
        QCOMPARE(errorPlace(api + R"({"id":"i1","type":"issue","attributes":{"key":"k","effective_severity_level":"dire"}}]})"),
                 std::string("/data/0/attributes/effective_severity_level"));
        QCOMPARE(errorPlace(api + R"({"id":"i1","type":"issue","attributes":{"key":"k"}},{"id":"i2","type":"issue"}]})"),
                 std::string("/data/1/attributes"));
        QCOMPARE(errorPlace(api + R"({"id":"i1","type":"issue","attributes":{"title":"t"}},{"type":"issue","attributes":{}}]})"),
                 std::string("/data/1"));
        QCOMPARE(errorPlace(R"({"data":[{"id":"i1","type":"issue","attributes":{"key":"k"}},{"id":"p","type":"project"}]})"),
                 std::string("/data/1/type"));

        // A cut-off file names the line and column.
        std::string cut = readFixture("snyk/all_projects.json");
        cut.resize(cut.size() / 2);
        QVERIFY(errorPlace(cut).rfind("line ", 0) == 0);
    }
};

QTEST_GUILESS_MAIN(TestSnyk)
#include "test_snyk.moc"
