// SPDX-License-Identifier: GPL-3.0-or-later
// SARIF 2.1.0 importer on the project's own fixtures.
#include "feed_test_support.h"
#include "feeds/sarif_importer.h"
#include "model/fingerprint.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace closeloop;
using namespace closeloop::test;

namespace {

// JSON written with single quotes, which the test text reads better with
// (and which Qt's moc, unlike raw strings, reads correctly).
std::string q(std::string json)
{
    std::replace(json.begin(), json.end(), '\'', '"');
    return json;
}

std::string replaced(std::string s, const std::string& from, const std::string& to)
{
    const auto at = s.find(from);
    if (at == std::string::npos)
        qFatal("fixture text not found");
    return s.replace(at, from.size(), to);
}

// One run with the given results, after a driver with one rule.
std::string oneRun(const std::string& results, const std::string& rules = q("[{'id':'R1'}]"))
{
    return q("{'version':'2.1.0','runs':[{'tool':{'driver':{'name':'Scanner','rules':") + rules +
           q("}},'results':") + results + "}]}";
}

} // namespace

class TestSarif : public QObject
{
    Q_OBJECT
private slots:
    void detectsEveryShape()
    {
        for (const char* name : {"codeql_late_target.sarif", "cppcheck_results_first.sarif", "trivy_image.sarif",
                                 "two_runs.sarif", "no_runs.sarif", "minimal.sarif"}) {
            QCOMPARE(parseFile(fixture(std::string("sarif/") + name)).format, std::string("sarif"));
            QCOMPARE(detectScore("sarif", readFixture(std::string("sarif/") + name)), 90);
        }
        // No $schema and the version after a large runs array: the driver path decides.
        QCOMPARE(detectScore("sarif", q("{'runs':[{'tool':{'driver':{'name':'x'}},'results':[]}]}")), 80);
    }

    void leavesOtherJsonAlone()
    {
        QCOMPARE(detectScore("sarif", readFixture("trivy/schema2_image.json")), 0);
        QCOMPARE(detectScore("sarif", q("{'version':'2.1.0','results':[]}")), 0);
        // a CI system's list of runs
        QCOMPARE(detectScore("sarif", q("{'version':'1.0','runs':[{'id':1,'status':'ok'}]}")), 0);
        // a GitHub code scanning alert list names a tool and a rule, not runs
        QCOMPARE(detectScore("sarif", q("[{'number':4,'rule':{'id':'js/xss'},'tool':{'name':'CodeQL'},"
                              "'most_recent_instance':{'location':{'path':'a.js'}}}]")),
                 0);
        QCOMPARE(parseFile(fixture("trivy/schema2_image.json")).format, std::string("trivy-json"));
    }

    void mapsCodeQlResult()
    {
        const auto c = parseFile(fixture("sarif/codeql_late_target.sarif"));
        // 5 results: one baselineState "absent" and one "pass" are not findings
        QCOMPARE(c.findings.size(), std::size_t(3));
        QCOMPARE(c.tool, std::string("CodeQL"));
        QCOMPARE(c.toolVersion, std::string("2.15.3"));
        // versionControlProvenance and automationDetails come after the results
        const std::string target = "https://github.com/example/shop@refs/heads/main#/language:javascript";
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0].tool, std::string("CodeQL"));
        QCOMPARE(c.scopes[0].target, target);

        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("CodeQL"));
        QCOMPARE(f.scopeTarget, target);
        QCOMPARE(f.ruleId, std::string("js/reflected-xss"));
        QCOMPARE(f.title, std::string("Reflected cross-site scripting"));
        QVERIFY(f.description.rfind("Cross-site scripting vulnerability due to a [user-provided value](1).", 0) == 0);
        QVERIFY(f.description.find("Writing user input directly") != std::string::npos);
        QCOMPARE(f.cwes, (std::vector<std::string>{"CWE-79", "CWE-116"}));
        QVERIFY(f.cves.empty());
        QCOMPARE(f.severity, Severity::Medium); // security-severity 6.1 wins over level "error"
        QCOMPARE(f.confidence, std::string("high"));
        QCOMPARE(f.assetKind, AssetKind::Repository);
        QCOMPARE(f.asset, target);
        QCOMPARE(f.locationFile, std::string("src/server.js"));
        QCOMPARE(f.locationLine, 42);
        QCOMPARE(f.remediation, std::string("Sanitize user input before writing it to the response."));
        QCOMPARE(f.references,
                 std::vector<std::string>{"https://codeql.github.com/codeql-query-help/javascript/js-reflected-xss/"});
        QCOMPARE(f.firstSeenInFeed, std::string("2024-01-08T10:00:00Z"));
        QCOMPARE(f.sourceState, SourceState::Open);
        QCOMPARE(f.fingerprintFamily, std::string("sarif"));
        using Inputs = std::vector<std::pair<std::string, std::string>>;
        QCOMPARE(f.fingerprintInputs, (Inputs{{"tool", "CodeQL"},
                                              {"target", target},
                                              {"rule", "js/reflected-xss"},
                                              {"file", "src/server.js"},
                                              {"partialFingerprints:primaryLocationLineHash", "5a98dafd76d3d9c1:1"},
                                              {"partialFingerprints:primaryLocationStartColumnFingerprint", "4"}}));
        QVERIFY(f.raw.find("\"primaryLocationLineHash\":\"5a98dafd76d3d9c1:1\"") != std::string::npos);

        // An extension's rule by rule.toolComponent.index, the file from artifacts[1],
        // an accepted suppression.
        const Finding& g = c.findings[1];
        QCOMPARE(g.ruleId, std::string("js/insecure-randomness"));
        QCOMPARE(g.title, std::string("Insecure randomness"));
        QCOMPARE(g.cwes, std::vector<std::string>{"CWE-338"});
        QCOMPARE(g.severity, Severity::Low); // result level "note"
        QCOMPARE(g.confidence, std::string("medium"));
        QCOMPARE(g.locationFile, std::string("src/util.js"));
        QCOMPARE(g.locationLine, 7);
        QCOMPARE(g.sourceState, SourceState::Suppressed);
        QCOMPARE(g.sourceStateReason, std::string("Only used for UI jitter"));

        // message.id through the rule's messageStrings; a suppression under review stays open
        const Finding& h = c.findings[2];
        QVERIFY(h.description.rfind("Cross-site scripting vulnerability due to a query parameter.", 0) == 0);
        QCOMPARE(h.sourceState, SourceState::Open);
        QCOMPARE(h.locationLine, 77);
    }

    void joinsRulesThatComeAfterResults()
    {
        const auto c = parseFile(fixture("sarif/cppcheck_results_first.sarif"));
        QCOMPARE(c.findings.size(), std::size_t(3));
        QCOMPARE(c.tool, std::string("Cppcheck"));
        QCOMPARE(c.toolVersion, std::string("2.17.1"));
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0].target, std::string("(unspecified target)"));
        const Finding& f = c.findings[0];
        QCOMPARE(f.severity, Severity::Critical); // the rule's security-severity 9.9
        QCOMPARE(f.confidence, std::string("high"));
        QCOMPARE(f.title, std::string("Array 'values[4]' accessed at index 4, which is out of bounds."));
        QVERIFY(f.description.empty()); // message and descriptions all repeat the title
        QVERIFY(f.asset.empty());
        QCOMPARE(f.assetKind, AssetKind::Unknown);
        // No short description: the message is the title, one line.
        const Finding& g = c.findings[2];
        QCOMPARE(g.title, std::string("Variable 'total' is not assigned a value."));
        QCOMPARE(g.severity, Severity::Low);
        QCOMPARE(g.cwes, (std::vector<std::string>{"CWE-665", "CWE-457"})); // relationships, then taxa
    }

    void sameSnippetOnTwoLinesAreTwoFindings()
    {
        const auto c = parseFile(fixture("sarif/cppcheck_results_first.sarif"));
        const Finding& a = c.findings[0];
        const Finding& b = c.findings[1];
        QCOMPARE(a.fingerprintInputs.back(), (std::pair<std::string, std::string>{"snippet", "values[4] = 1;"}));
        QCOMPARE(b.fingerprintInputs.back(), (std::pair<std::string, std::string>{"occurrence", "2"}));
        QVERIFY(computeFingerprint(a) != computeFingerprint(b));
    }

    void movedLineKeepsFingerprint()
    {
        const std::string a = readFixture("sarif/cppcheck_results_first.sarif");
        const std::string b = replaced(replaced(a, "\"startLine\": 12", "\"startLine\": 19"), "\"endLine\": 12",
                                       "\"endLine\": 19");
        const auto ca = parseBytes(a), cb = parseBytes(b);
        QCOMPARE(cb.findings[0].locationLine, 19);
        QCOMPARE(computeFingerprint(ca.findings[0]), computeFingerprint(cb.findings[0]));

        const std::string x = readFixture("sarif/codeql_late_target.sarif");
        const auto cx = parseBytes(x), cy = parseBytes(replaced(x, "\"startLine\": 42", "\"startLine\": 45"));
        QCOMPARE(computeFingerprint(cx.findings[0]), computeFingerprint(cy.findings[0]));
        // different findings of one file never share a fingerprint
        std::set<std::string> all;
        for (const auto& f : cx.findings)
            all.insert(computeFingerprint(f));
        QCOMPARE(all.size(), cx.findings.size());
    }

    void trivyImagePackages()
    {
        const auto c = parseFile(fixture("sarif/trivy_image.sarif"));
        QCOMPARE(c.findings.size(), std::size_t(2));
        QCOMPARE(c.scopes[0].target, std::string("registry.example/shop/api")); // before ROOTPATH
        const Finding& f = c.findings[0];
        QCOMPARE(f.assetKind, AssetKind::Image);
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2023-5363"});
        QCOMPARE(f.package, std::string("libcrypto3"));
        QCOMPARE(f.packageVersion, std::string("3.1.3-r0"));
        QCOMPARE(f.fixVersion, std::string("3.1.4-r0"));
        QCOMPARE(f.remediation, std::string("Upgrade libcrypto3 to 3.1.4-r0"));
        QCOMPARE(f.severity, Severity::High);
        QVERIFY(f.cvssScore.has_value());
        QCOMPARE(*f.cvssScore, 7.5);
        QCOMPARE(f.cvssVector, std::string("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"));
        QCOMPARE(f.locationFile, std::string("registry.example/shop/api"));
        QCOMPARE(f.fingerprintInputs.back(), (std::pair<std::string, std::string>{"package", "libcrypto3"}));
        QCOMPARE(c.findings[1].package, std::string("libssl3"));
        QVERIFY(computeFingerprint(f) != computeFingerprint(c.findings[1]));
        // an upgrade that does not fix it keeps the finding
        const std::string bumped = replaced(readFixture("sarif/trivy_image.sarif"), "Installed Version: 3.1.3-r0",
                                            "Installed Version: 3.1.3-r1");
        QCOMPARE(computeFingerprint(parseBytes(bumped).findings[0]), computeFingerprint(f));
    }

    void severalRunsAndTheirScopes()
    {
        const auto c = parseFile(fixture("sarif/two_runs.sarif"));
        QCOMPARE(c.findings.size(), std::size_t(1));
        QCOMPARE(c.tool, std::string("Semgrep OSS")); // the first run's driver
        QCOMPARE(c.toolVersion, std::string("1.69.0"));
        // KICS failed and ESLint reported no results array: neither covers its scope.
        QCOMPARE(c.scopes, (std::vector<ScanScope>{{"Semgrep OSS", "file:///builds/shop/"},
                                                   {"Bandit", "(unspecified target)"}}));
        const Finding& f = c.findings[0];
        QCOMPARE(f.severity, Severity::High); // Semgrep's security-severity word
        QCOMPARE(f.cwes, std::vector<std::string>{"CWE-79"});
        QCOMPARE(f.confidence, std::string("high"));
        QCOMPARE(f.locationFile, std::string("routes/search.ts"));
        QCOMPARE(f.fingerprintInputs.back(),
                 (std::pair<std::string, std::string>{"fingerprints:matchBasedId/v1", "e5aea7d033ad2f52b0c68a45048d8297_0"}));
    }

    void emptyAndMinimalLogs()
    {
        const auto none = parseFile(fixture("sarif/no_runs.sarif"));
        QVERIFY(none.findings.empty());
        QVERIFY(none.scopes.empty());

        const auto m = parseFile(fixture("sarif/minimal.sarif"));
        QCOMPARE(m.findings.size(), std::size_t(1));
        const Finding& f = m.findings[0];
        QCOMPARE(f.ruleId, std::string("CS0001"));
        QCOMPARE(f.title, std::string("Hard-coded password")); // one line of a two-line message
        QCOMPARE(f.description, std::string("Hard-coded password\nin the connection string."));
        QCOMPARE(f.severity, Severity::Medium); // SARIF's default level "warning"
        QCOMPARE(f.locationFile, std::string("Shop.Db.Connect")); // the logical location
        QCOMPARE(f.locationLine, 0);
        QCOMPARE(f.fingerprintInputs.back().first, std::string("message"));
        QCOMPARE(m.scopes, (std::vector<ScanScope>{{"CodeScanner", "(unspecified target)"}}));

        // zero results still cover the scope
        const auto zero = parseBytes(oneRun("[]"));
        QVERIFY(zero.findings.empty());
        QCOMPARE(zero.scopes.size(), std::size_t(1));
    }

    void resultKinds()
    {
        const auto c = parseBytes(oneRun(q("[{'ruleId':'R1','kind':'review','message':{'text':'look'}},"
                                           "{'ruleId':'R1','kind':'notApplicable','message':{'text':'n/a'}},"
                                           "{'ruleId':'R1','kind':'open','level':'warning','message':{'text':'unsure'}},"
                                           "{'ruleId':'R1','baselineState':'new','level':'error',"
                                           "'message':{'text':'new one'}}]")));
        QCOMPARE(c.findings.size(), std::size_t(3));
        QCOMPARE(c.findings[0].severity, Severity::Info);
        QCOMPARE(c.findings[1].severity, Severity::Medium);
        QCOMPARE(c.findings[2].severity, Severity::High);
    }

    void fileUris()
    {
        auto at = [](const std::string& artifact, const char* text) {
            return "{'ruleId':'R1','message':{'text':'" + std::string(text) +
                   "'},'locations':[{'physicalLocation':{'artifactLocation':{" + artifact + "}}}]}";
        };
        const auto c = parseBytes(oneRun(q("[" + at("'uri':'file:///home/ci/src/App.tsx'", "a") + "," +
                                           at("'uri':'file:////src/lib/my%20file.js'", "b") + "," +
                                           at("'uri':'bin/app.dll','uriBaseId':'BINROOT'", "c") + "]")));
        QCOMPARE(c.findings[0].locationFile, std::string("/home/ci/src/App.tsx"));
        QCOMPARE(c.findings[1].locationFile, std::string("/src/lib/my file.js"));
        QCOMPARE(c.findings[2].locationFile, std::string("%BINROOT%/bin/app.dll"));
    }

    void malformedInputNamesThePlace()
    {
        QCOMPARE(errorPlace(q("{'version':'2.1.0','runs':{'tool':{'driver':{'name':'x'}}}}")), std::string("/runs"));
        QCOMPARE(errorPlace(q("{'version':'2.1.0','runs':3}")), std::string("/runs"));
        QCOMPARE(errorPlace(q("{'$schema':'https://json.schemastore.org/sarif-2.1.0.json','version':'2.1.0'}")),
                 std::string("/runs"));
        QCOMPARE(errorPlace(q("{'version':'2.1.0','runs':[1]}")), std::string("/runs"));
        QCOMPARE(errorPlace(q("{'version':'2.0.0','runs':[{'tool':{'driver':{'name':'x'}}}]}")),
                 std::string("/version"));
        QCOMPARE(errorPlace(q("{'runs':[{'tool':{'driver':{'name':'x'}},'results':[]}]}")), std::string("/version"));
        QCOMPARE(errorPlace(oneRun(q("[{'ruleId':'R1'}, 'oops']"))), std::string("/runs/0/results/1"));
        QCOMPARE(errorPlace(oneRun(q("[{'ruleId':42}]"))), std::string("/runs/0/results/0/ruleId"));
        QCOMPARE(errorPlace(oneRun(q("{'a':{'ruleId':'R1'}}"))), std::string("/runs/0/results"));
        QCOMPARE(errorPlace(oneRun(q("[{'ruleId':'R1','level':'fatal'}]"))), std::string("/runs/0/results/0/level"));
        QCOMPARE(errorPlace(oneRun(q("[{'ruleId':'R1','kind':'broken'}]"))), std::string("/runs/0/results/0/kind"));
        QCOMPARE(errorPlace(oneRun(q("[{'message':{'text':'no rule'}}]"))), std::string("/runs/0/results/0"));
        QCOMPARE(errorPlace(oneRun(q("[{'ruleIndex':3}]"))), std::string("/runs/0/results/0/ruleIndex"));
        QCOMPARE(errorPlace(oneRun(q("[{'ruleId':'R1','suppressions':[{'status':'maybe'}]}]"))),
                 std::string("/runs/0/results/0/suppressions/0/status"));
        QCOMPARE(errorPlace(oneRun(q("[{'ruleId':'R1','partialFingerprints':{'hash/v1':7}}]"))),
                 std::string("/runs/0/results/0/partialFingerprints/hash~1v1"));
        QCOMPARE(errorPlace(oneRun("[]", q("[{'id':'R1','properties':{'security-severity':'extreme'}}]"))),
                 std::string("/runs/0/tool/driver/rules/0/properties/security-severity"));
        QCOMPARE(errorPlace(oneRun("[]", q("[{'name':'no id'}]"))), std::string("/runs/0/tool/driver/rules/0/id"));
        QCOMPARE(errorPlace(q("{'version':'2.1.0','runs':[{'results':[]}]}")),
                 std::string("/runs/0/tool/driver/name"));
    }

    void largeRunSpillsAndStillJoins()
    {
        // Results before the driver, more than the in-memory buffer holds.
        const std::string filler(2000, 'x');
        std::string doc = q("{'version':'2.1.0','runs':[{'results':[");
        const int n = 10000;
        for (int i = 0; i < n; ++i) {
            doc += q(std::string(i ? "," : "") + "{'ruleId':'R1','message':{'text':'finding " + std::to_string(i) +
                     ' ' + filler + "'},'locations':[{'physicalLocation':{'artifactLocation':{'uri':'f.c'},"
                     "'region':{'startLine':" + std::to_string(i + 1) + "}}}]}");
        }
        doc += q("],'tool':{'driver':{'name':'Big','rules':[{'id':'R1','shortDescription':{'text':'Rule one'},"
                 "'defaultConfiguration':{'level':'error'}}]}}}]}");
        QVERIFY(doc.size() > 16u << 20);
        const auto c = parseBytes(doc);
        QCOMPARE(c.findings.size(), std::size_t(n));
        QCOMPARE(c.findings.back().title, std::string("Rule one"));
        QCOMPARE(c.findings.back().severity, Severity::High);
        QCOMPARE(c.findings.back().locationLine, n);
        QVERIFY(c.findings.back().description.rfind("finding 9999 ", 0) == 0);
    }

    void importsForReal()
    {
        TempWorkspace ws;
        const auto r = ws.import(fixture("sarif/codeql_late_target.sarif"));
        QCOMPARE(r.status, ImportReport::Status::Imported);
        QCOMPARE(r.format, std::string("sarif"));
        QCOMPARE(r.counts.findings, std::int64_t(3));
        QCOMPARE(r.counts.created, std::int64_t(3));
    }
};

QTEST_GUILESS_MAIN(TestSarif)
#include "test_sarif.moc"
