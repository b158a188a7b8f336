// SPDX-License-Identifier: GPL-3.0-or-later
// GitLab security report importer (schemas 2.x to 15.x; SAST, dependency and
// container scanning, secret detection) on the project's own fixtures.
#include "feed_test_support.h"
#include "feeds/feed_sniff.h"
#include "feeds/gitlab_importer.h"

#include <QTest>

using namespace closeloop;
using namespace closeloop::test;

class TestGitLab : public QObject
{
    Q_OBJECT
private slots:
    void detectsEachShape()
    {
        for (const char* name : {"gitlab/dependency_scanning_v15.json", "gitlab/sast_v15.json", "gitlab/sast_v14.json",
                                 "gitlab/sast_v2.json", "gitlab/container_scanning.json",
                                 "gitlab/secret_detection.json", "gitlab/failed_scan.json"}) {
            QCOMPARE(parseFile(fixture(name)).format, std::string("gitlab-report"));
            QCOMPARE(GitLabImporter().detect(sniffFeed(fixture(name))), 90);
        }
        // The oldest empty report: only the schema version and empty lists.
        const std::string empty = R"({"version":"2.3","vulnerabilities":[],"remediations":[]})";
        QCOMPARE(detectScore("gitlab-report", empty), 80);
        QCOMPARE(parseBytes(empty).format, std::string("gitlab-report"));
    }

    void leavesOtherFormatsAlone()
    {
        for (const char* name : {"snyk/project.json", "snyk/all_projects.json", "snyk/container.json",
                                 "snyk/api_issues.json", "trivy/schema2_image.json"}) {
            QVERIFY2(GitLabImporter().detect(sniffFeed(fixture(name))) == 0, name);
        }
        // CycloneDX: an integer version and bomFormat. CSAF: a document. Snyk: packageManager.
        QCOMPARE(detectScore("gitlab-report", R"({"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
            "vulnerabilities":[{"id":"CVE-1","source":{"name":"NVD"},"affects":[{"ref":"a"}]}]})"), 0);
        QCOMPARE(detectScore("gitlab-report", R"({"document":{"category":"csaf_vex","csaf_version":"2.0","tracking":{"version":"1.0"}},
            "vulnerabilities":[{"cve":"CVE-1"}]})"), 0);
        QCOMPARE(detectScore("gitlab-report", R"({"vulnerabilities":[{"id":"SNYK-1","from":["a@1"]}],"ok":false,
            "packageManager":"npm","version":"1.2"})"), 0);
    }

    void dependencyScanningMapping()
    {
        const auto c = parseFile(fixture("gitlab/dependency_scanning_v15.json"));
        QCOMPARE(c.tool, std::string("GitLab dependency scanning (Gemnasium)"));
        QCOMPARE(c.toolVersion, std::string("3.12.1"));
        QCOMPARE(c.findings.size(), std::size_t(3));
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0], (ScanScope{"GitLab dependency scanning (Gemnasium)", "(project)"}));

        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("GitLab dependency scanning (Gemnasium)"));
        QCOMPARE(f.toolVersion, std::string("3.12.1"));
        QCOMPARE(f.scopeTarget, std::string("(project)"));
        QCOMPARE(f.ruleId, std::string("CVE-2020-29652"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2020-29652"});
        QCOMPARE(f.cwes, std::vector<std::string>{"CWE-476"});
        QCOMPARE(f.title, std::string("Nil Pointer Dereference"));
        QVERIFY(contains(f.description, "golang.org/x/crypto/ssh"));
        QCOMPARE(f.severity, Severity::High);
        QVERIFY(!f.cvssScore);
        QCOMPARE(f.cvssVector, std::string("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"));
        QCOMPARE(f.assetKind, AssetKind::Repository);
        QCOMPARE(f.locationFile, std::string("service/go.sum"));
        QCOMPARE(f.locationLine, 0);
        QCOMPARE(f.package, std::string("golang.org/x/crypto"));
        QCOMPARE(f.packageVersion, std::string("v0.0.0-20190219172222-a4c6cb3142f2"));
        QCOMPARE(f.remediation, std::string("Upgrade to version v0.0.0-20201216223049-8b5274cf687f or above."));
        QCOMPARE(f.fixVersion, std::string("v0.0.0-20201216223049-8b5274cf687f"));
        QCOMPARE(f.references.size(), std::size_t(5)); // three identifier pages and two links
        QCOMPARE(f.references[3], std::string("https://go-review.googlesource.com/c/crypto/+/278852"));
        QCOMPARE(f.confidence, std::string());
        QCOMPARE(f.sourceState, SourceState::Open);
        QVERIFY(contains(f.raw, "\"ffb814a0-404c-11eb-b378-0242ac130002\""));
        QCOMPARE(f.fingerprintFamily, std::string("gitlab"));
        QCOMPARE(fingerprintInput(f, "scanner"), std::string("gemnasium"));
        QCOMPARE(fingerprintInput(f, "identifier"), std::string("gemnasium:ffb814a0-404c-11eb-b378-0242ac130002"));
        QCOMPARE(fingerprintInput(f, "type"), std::string("dependency_scanning"));

        // Two installed versions of one package under one advisory stay two findings.
        QVERIFY(fingerprintOf(c.findings[0]) != fingerprintOf(c.findings[1]));
        QCOMPARE(fingerprintInput(c.findings[1], "occurrence"), std::string("1"));
        // No CVE identifier: the primary identifier names the rule.
        QCOMPARE(c.findings[2].ruleId, std::string("7368f513-0aa9-4e34-a08d-40ea81f48e0e"));
        QCOMPARE(c.findings[2].severity, Severity::Unknown);
        QCOMPARE(c.findings[2].fixVersion, std::string("2.2.4"));
    }

    void scanObjectOrderDoesNotMatter()
    {
        // Analyzers write scan last, Trivy's template first: same findings either way.
        const std::string vulns = R"("vulnerabilities":[{"id":"1","name":"n","severity":"Low",
            "location":{"file":"go.sum","dependency":{"package":{"name":"p"},"version":"1"}},
            "identifiers":[{"type":"gemnasium","name":"G","value":"g-1"}]}])";
        const std::string scan = R"("scan":{"scanner":{"id":"gemnasium","name":"Gemnasium","version":"3.1"},
            "type":"dependency_scanning","status":"success"})";
        const auto last = parseBytes(R"({"version":"15.0.4",)" + vulns + ',' + scan + '}');
        const auto first = parseBytes(R"({"version":"15.0.4",)" + scan + ',' + vulns + '}');
        QCOMPARE(last.findings.size(), std::size_t(1));
        QCOMPARE(first.findings[0].tool, last.findings[0].tool);
        QCOMPARE(first.findings[0].toolVersion, std::string("3.1"));
        QCOMPARE(last.findings[0].toolVersion, std::string("3.1"));
        QCOMPARE(fingerprintOf(first.findings[0]), fingerprintOf(last.findings[0]));
        QCOMPARE(first.scopes, last.scopes);
    }

    void sastTrackingSignature()
    {
        const auto c = parseFile(fixture("gitlab/sast_v15.json"));
        QCOMPARE(c.tool, std::string("GitLab SAST (Semgrep)"));
        QCOMPARE(c.findings.size(), std::size_t(2));
        const Finding& f = c.findings[0];
        QCOMPARE(f.ruleId, std::string("bandit.B608"));
        QCOMPARE(f.cwes, std::vector<std::string>{"CWE-89"});
        QCOMPARE(f.locationFile, std::string("shop/views.py"));
        QCOMPARE(f.locationLine, 31);
        QCOMPARE(f.toolVersion, std::string("1.14.0"));
        QVERIFY(contains(f.description, "Flag flagged-as-likely-false-positive (vet): the query is built from a constant"));
        // The scope_offset signature, never the line-based "location" one.
        QCOMPARE(fingerprintInput(f, "signature"), std::string("scope_offset:shop/views.py|search[0]:4"));
        QVERIFY(fingerprintOf(c.findings[0]) != fingerprintOf(c.findings[1]));

        // The same finding nine lines further down.
        std::string moved = readFixture("gitlab/sast_v15.json");
        replaceAll(moved, "\"start_line\": 31", "\"start_line\": 40");
        replaceAll(moved, "\"line_start\": 31", "\"line_start\": 40");
        replaceAll(moved, "shop/views.py:31", "shop/views.py:40");
        const auto m = parseBytes(moved);
        QCOMPARE(m.findings[0].locationLine, 40);
        QCOMPARE(fingerprintOf(m.findings[0]), fingerprintOf(f));
    }

    void sastSchema14()
    {
        const auto c = parseFile(fixture("gitlab/sast_v14.json"));
        QCOMPARE(c.findings.size(), std::size_t(1));
        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("GitLab SAST (njsscan)"));
        QCOMPARE(f.title, std::string("node_username"));
        QCOMPARE(f.confidence, std::string("medium"));
        // njsscan writes the rule as the cwe identifier's value and the CWE as its name.
        QCOMPARE(f.cwes, std::vector<std::string>{"CWE-798"});
        QCOMPARE(f.locationLine, 246);
        QCOMPARE(fingerprintInput(f, "cve"), std::string("data/datacreator.js:246:node_username:CWE-798"));
        QCOMPARE(c.scopes[0], (ScanScope{"GitLab SAST (njsscan)", "(project)"}));
        // Delivered before the scan object, whose version still reaches the import record.
        QCOMPARE(c.toolVersion, std::string("0.1.9"));
    }

    void oldSchemaWithoutScanOrIds()
    {
        const auto c = parseFile(fixture("gitlab/sast_v2.json"));
        QCOMPARE(c.tool, std::string("GitLab security report"));
        QCOMPARE(c.findings.size(), std::size_t(3));
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0], (ScanScope{"GitLab security report", "(project)"}));
        // The message stands in for the name; the identifier's name when neither is there.
        QCOMPARE(c.findings[0].title, std::string("Found fs.openSync with non literal argument at index 0"));
        QCOMPARE(c.findings[2].title, std::string("Bandit Test ID B501"));
        QCOMPARE(c.findings[2].ruleId, std::string("B501"));
        QCOMPARE(c.findings[0].severity, Severity::Unknown);
        QCOMPARE(c.findings[0].package, std::string());
        // Same compare key (an empty-snippet hash), two findings.
        QCOMPARE(fingerprintInput(c.findings[0], "cve"), fingerprintInput(c.findings[1], "cve"));
        QVERIFY(fingerprintOf(c.findings[0]) != fingerprintOf(c.findings[1]));

        // Moved lines keep both identities.
        std::string moved = readFixture("gitlab/sast_v2.json");
        replaceAll(moved, "\"start_line\": 29", "\"start_line\": 35");
        replaceAll(moved, "\"start_line\": 349", "\"start_line\": 360");
        const auto m = parseBytes(moved);
        QCOMPARE(m.findings[1].locationLine, 360);
        for (std::size_t i = 0; i < 3; ++i)
            QCOMPARE(fingerprintOf(m.findings[i]), fingerprintOf(c.findings[i]));
    }

    void containerScanning()
    {
        const auto c = parseFile(fixture("gitlab/container_scanning.json"));
        QCOMPARE(c.tool, std::string("GitLab container scanning (Trivy)"));
        QCOMPARE(c.findings.size(), std::size_t(2));
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0], (ScanScope{"GitLab container scanning (Trivy)", "registry.example/shop/api:1.4.2"}));
        const Finding& f = c.findings[0];
        QCOMPARE(f.assetKind, AssetKind::Image);
        QCOMPARE(f.asset, std::string("registry.example/shop/api:1.4.2"));
        QCOMPARE(f.ruleId, std::string("CVE-2019-1549"));
        QCOMPARE(f.package, std::string("libcrypto1.1"));
        QCOMPARE(f.packageVersion, std::string("1.1.1c-r0"));
        QCOMPARE(f.fixVersion, std::string("1.1.1d-r0"));
        QCOMPARE(f.severity, Severity::Medium);
        QCOMPARE(f.toolVersion, std::string("0.45.0"));
        QVERIFY(contains(f.description, "Operating system: alpine 3.10.2"));
        // One CVE in two packages of the image.
        QVERIFY(fingerprintOf(c.findings[0]) != fingerprintOf(c.findings[1]));

        // A clean container report names no image, so it covers nothing.
        const auto clean = parseBytes(R"({"version":"15.0.7","vulnerabilities":[],"remediations":[],
            "scan":{"scanner":{"id":"trivy","name":"Trivy","version":"0.45.0"},"type":"container_scanning","status":"success"}})");
        QCOMPARE(clean.findings.size(), std::size_t(0));
        QVERIFY(clean.scopes.empty());
        QCOMPARE(clean.tool, std::string("GitLab container scanning (Trivy)"));
    }

    void secretDetection()
    {
        const auto c = parseFile(fixture("gitlab/secret_detection.json"));
        QCOMPARE(c.findings.size(), std::size_t(1));
        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("GitLab secret detection (Gitleaks)"));
        QCOMPARE(f.ruleId, std::string("AWS"));
        QCOMPARE(f.severity, Severity::Critical);
        QCOMPARE(f.confidence, std::string()); // "Unknown"
        QCOMPARE(f.locationFile, std::string("deploy/settings.env"));
        QCOMPARE(f.locationLine, 3);
    }

    void emptyAndFailedReports()
    {
        const auto empty = parseBytes(R"({"version":"3.0.0","vulnerabilities":[],"remediations":[],
            "scan":{"scanner":{"id":"gemnasium","name":"Gemnasium","version":"2.24.1"},"type":"dependency_scanning",
            "status":"success"}})");
        QCOMPARE(empty.findings.size(), std::size_t(0));
        QCOMPARE(empty.scopes.size(), std::size_t(1));
        QCOMPARE(empty.scopes[0], (ScanScope{"GitLab dependency scanning (Gemnasium)", "(project)"}));

        // A failed job looked at nothing for sure: it must not close anything.
        const auto failed = parseFile(fixture("gitlab/failed_scan.json"));
        QCOMPARE(failed.findings.size(), std::size_t(0));
        QVERIFY(failed.scopes.empty());
        QCOMPARE(failed.tool, std::string("GitLab dependency scanning (Gemnasium)"));

        // Missing optional keys: no name, description, location, links or severity.
        const auto bare = parseBytes(R"({"version":"15.0.0","vulnerabilities":[
            {"id":"x","identifiers":[{"type":"semgrep_id","name":"rule one","value":"r1"}]}]})");
        QCOMPARE(bare.findings.size(), std::size_t(1));
        QCOMPARE(bare.findings[0].title, std::string("rule one"));
        QCOMPARE(bare.findings[0].severity, Severity::Unknown);
        QCOMPARE(bare.findings[0].locationFile, std::string());
        QCOMPARE(bare.findings[0].tool, std::string("GitLab security report"));
    }

    void pipelineReimportAndClosing()
    {
        TempWorkspace ws;
        const ImportReport r = ws.import(fixture("gitlab/dependency_scanning_v15.json"));
        QVERIFY2(r.status == ImportReport::Status::Imported, r.summary().c_str());
        QCOMPARE(r.counts.created, std::int64_t(3));
        QCOMPARE(ws.import(fixture("gitlab/dependency_scanning_v15.json")).status, ImportReport::Status::Unchanged);

        // The next pipeline's report: crypto upgraded, yaml still there.
        std::string next = readFixture("gitlab/dependency_scanning_v15.json");
        const auto from = next.find("    {\n      \"id\": \"8a562c9e");
        const auto to = next.find("    {\n      \"id\": \"2d8b607c");
        QVERIFY(from != std::string::npos && to != std::string::npos);
        next.erase(from, to - from);
        ws.writeFile("next.json", next);
        const ImportReport r2 = ws.import(ws.path("next.json"));
        QVERIFY2(r2.status == ImportReport::Status::Imported, r2.summary().c_str());
        QCOMPARE(r2.counts.findings, std::int64_t(1));
        QCOMPARE(r2.counts.unchanged, std::int64_t(1));
        QCOMPARE(r2.counts.closed, std::int64_t(2));
    }

    void largeSchema15Report()
    {
        // 15.x records name neither scanner nor type, and the scan object comes
        // after ~64 MB of them: most wait on disk, then take its name and version.
        TempWorkspace ws;
        std::size_t n = 0;
        {
            LargeFeedWriter out(ws.path("big.json"));
            out.write(R"({"version":"15.0.7","vulnerabilities":[)");
            n = out.records(
                [](std::size_t i) {
                    const std::string id = std::to_string(i);
                    return R"({"id":")" + id + R"(","name":"Nil Pointer Dereference","severity":"High",)"
                           R"("description":")" + std::string(600, 'd') + R"(","solution":"Upgrade to version 2.0.0.",)"
                           R"("location":{"file":"go.sum","dependency":{"package":{"name":"example.com/m)" + id +
                           R"("},"version":"1.0.0"}},"identifiers":[{"type":"gemnasium","name":"G-)" + id +
                           R"(","value":"g-)" + id + R"("},{"type":"cve","name":"CVE-2024-)" + id + R"(","value":"CVE-2024-)" +
                           id + R"("}]})";
                },
                64u << 20);
            out.write(R"(],"dependency_files":[],"scan":{"scanner":{"id":"gemnasium","name":"Gemnasium",)"
                      R"("version":"3.12.1"},"type":"dependency_scanning","status":"success"}})");
        }
        const ImportReport r = ws.import(ws.path("big.json"));
        QVERIFY2(r.status == ImportReport::Status::Imported, r.summary().c_str());
        QCOMPARE(r.counts.findings, std::int64_t(n));
        QCOMPARE(r.counts.created, std::int64_t(n));
        QCOMPARE(r.scopes.size(), std::size_t(1));
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE tool = 'GitLab dependency scanning (Gemnasium)' "
                            "AND tool_version = '3.12.1'"),
                 std::int64_t(n));
    }

    void errorsNameThePlace()
    {
        const std::string head = R"({"version":"15.0.4","vulnerabilities":[)";
        const std::string ok = R"({"id":"a","severity":"Low","identifiers":[{"type":"cve","name":"CVE-1","value":"CVE-1"}]})";
        QCOMPARE(errorPlace(head + R"({"id":"a","severity":"Apocalyptic","identifiers":[{"type":"x","value":"y"}]}]})"),
                 std::string("/vulnerabilities/0/severity"));
        QCOMPARE(errorPlace(head + R"({"id":"a","severity":3,"identifiers":[{"type":"x","value":"y"}]}]})"),
                 std::string("/vulnerabilities/0/severity"));
        QCOMPARE(errorPlace(head + ok + R"(,{"id":"b","severity":"Low","location":{"file":"a.py"}}]})"),
                 std::string("/vulnerabilities/1"));
        QCOMPARE(errorPlace(head + R"({"id":"a","identifiers":{"type":"cve","value":"CVE-1"}}]})"),
                 std::string("/vulnerabilities/0/identifiers"));
        QCOMPARE(errorPlace(head + R"({"id":"a","identifiers":["CVE-1"]}]})"),
                 std::string("/vulnerabilities/0/identifiers/0"));
        QCOMPARE(errorPlace(head + ok + R"(,{"id":"b","location":"a.py:3","identifiers":[{"type":"x","value":"y"}]}]})"),
                 std::string("/vulnerabilities/1/location"));
        QCOMPARE(errorPlace(R"({"version":"15.0.4","remediations":[],"vulnerabilities":["CVE-1"]})"),
                 std::string("/vulnerabilities/0"));
        QCOMPARE(errorPlace(R"({"version":"15.0.4","vulnerabilities":{"a":{"id":"a"}},"remediations":[]})"),
                 std::string("/vulnerabilities"));
        // A cut-off report names the line and column.
        std::string cut = readFixture("gitlab/dependency_scanning_v15.json");
        cut.resize(cut.size() / 2);
        QVERIFY(errorPlace(cut).rfind("line ", 0) == 0);
    }
};

QTEST_GUILESS_MAIN(TestGitLab)
#include "test_gitlab.moc"
