// SPDX-License-Identifier: GPL-3.0-or-later
// OSV-Scanner JSON importer on the project's own fixtures, and the CVSS base
// score it computes from vectors.
#include "feed_test_support.h"
#include "feeds/osv_scanner_importer.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QTest>

#include <fstream>

using namespace closeloop;
using namespace closeloop::test;

namespace {

nlohmann::json vuln(const std::string& id)
{
    return {{"id", id}, {"summary", "s"}, {"affected", nlohmann::json::array()},
        {"database_specific", {{"severity", "MODERATE"}}}};
}

nlohmann::json package(const std::string& name, const std::string& version, const nlohmann::json& vulns)
{
    return {{"package", {{"name", name}, {"version", version}, {"ecosystem", "npm"}}}, {"vulnerabilities", vulns}};
}

std::string report(const nlohmann::json& results)
{
    return nlohmann::json{{"results", results}, {"experimental_config", {{"licenses", {{"summary", false}}}}}}.dump();
}

nlohmann::json result(const std::string& path, const nlohmann::json& packages)
{
    return {{"source", {{"path", path}, {"type", "lockfile"}}}, {"packages", packages}};
}

void collectPairs(const nlohmann::json& j, std::vector<std::pair<std::string, double>>& out)
{
    if (j.is_object()) {
        const auto v = j.find("vector");
        const auto m = j.find("metrics");
        if (v != j.end() && v->is_string() && m != j.end() && m->is_object() && m->contains("baseScore") &&
            (*m)["baseScore"].is_number())
            out.emplace_back(v->get<std::string>(), (*m)["baseScore"].get<double>());
        for (const auto& [k, child] : j.items())
            collectPairs(child, out);
    } else if (j.is_array()) {
        for (const auto& child : j)
            collectPairs(child, out);
    }
}

} // namespace

class TestOsv : public QObject
{
    Q_OBJECT
private slots:
    void detectsReports()
    {
        const auto c = parseFile(fixture("osv/lockfile_report.json"));
        QCOMPARE(c.format, std::string("osv-scanner-json"));
        QCOMPARE(c.tool, std::string("OSV-Scanner"));
        const auto empty = parseFile(fixture("osv/no_results.json"));
        QCOMPARE(empty.format, std::string("osv-scanner-json"));
        QVERIFY(empty.findings.empty());
        QVERIFY(empty.scopes.empty()); // no source was read, so nothing is covered
    }

    void mapsOnePackageVulnerability()
    {
        const auto c = parseFile(fixture("osv/lockfile_report.json"));
        QCOMPARE(c.findings.size(), std::size_t(5)); // 2 + 2 vulnerabilities, 1 license violation
        QCOMPARE(c.scopes.size(), std::size_t(2));
        QCOMPARE(c.scopes[0].tool, std::string("OSV-Scanner"));
        QCOMPARE(c.scopes[0].target, std::string("/src/shop/package-lock.json"));
        QCOMPARE(c.scopes[1].target, std::string("/src/shop/requirements.txt"));

        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("OSV-Scanner"));
        QCOMPARE(f.toolVersion, std::string());
        QCOMPARE(f.scopeTarget, std::string("/src/shop/package-lock.json"));
        QCOMPARE(f.ruleId, std::string("GHSA-35jh-r3h4-6jhm"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2021-23337"});
        const std::vector<std::string> cwes = {"CWE-77", "CWE-94"};
        QCOMPARE(f.cwes, cwes);
        QCOMPARE(f.title, std::string("Command Injection in lodash"));
        QVERIFY(f.description.find("template function") != std::string::npos);
        QCOMPARE(f.severity, Severity::High); // database_specific.severity
        QVERIFY(f.cvssScore.has_value());
        QCOMPARE(*f.cvssScore, 7.2); // computed from the vector
        QCOMPARE(f.cvssVector, std::string("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H"));
        QCOMPARE(f.assetKind, AssetKind::Repository);
        QCOMPARE(f.asset, std::string("/src/shop/package-lock.json"));
        QCOMPARE(f.locationFile, std::string("/src/shop/package-lock.json"));
        QCOMPARE(f.package, std::string("lodash"));
        QCOMPARE(f.packageVersion, std::string("4.17.15"));
        QCOMPARE(f.purl, std::string("pkg:npm/lodash@4.17.15"));
        QCOMPARE(f.fixVersion, std::string("4.17.21"));
        QCOMPARE(f.remediation, std::string("Upgrade lodash to 4.17.21"));
        const std::vector<std::string> refs = {
            "https://nvd.nist.gov/vuln/detail/CVE-2021-23337", "https://github.com/lodash/lodash"};
        QCOMPARE(f.references, refs);
        QCOMPARE(f.sourceState, SourceState::Open);
        QCOMPARE(nlohmann::json::parse(f.raw)["id"].get<std::string>(), std::string("GHSA-35jh-r3h4-6jhm"));
        QCOMPARE(f.fingerprintFamily, std::string("osv-scanner"));
        const std::vector<std::pair<std::string, std::string>> inputs = {{"ecosystem", "npm"}, {"package", "lodash"},
            {"id", "GHSA-35jh-r3h4-6jhm"}, {"source", "/src/shop/package-lock.json"}};
        QCOMPARE(f.fingerprintInputs, inputs);
    }

    void severityFallbacks()
    {
        const auto c = parseFile(fixture("osv/lockfile_report.json"));
        const Finding& mal = c.findings[1]; // no rating anywhere
        QCOMPARE(mal.ruleId, std::string("MAL-2023-1035"));
        QCOMPARE(mal.severity, Severity::Unknown);
        QVERIFY(!mal.cvssScore.has_value());
        QCOMPARE(mal.cwes, std::vector<std::string>{"CWE-506"});
        QCOMPARE(mal.fixVersion, std::string());

        const Finding& ghsa = c.findings[2]; // only a vector: the computed score rates it
        QCOMPARE(ghsa.ruleId, std::string("GHSA-v6rh-hp5x-86rv"));
        QCOMPARE(*ghsa.cvssScore, 7.3);
        QCOMPARE(ghsa.severity, Severity::High);
        QCOMPARE(ghsa.fixVersion, std::string("3.2.10")); // affected[] names "Django"
        QCOMPARE(ghsa.purl, std::string("pkg:pypi/django@3.2.9"));

        const Finding& pysec = c.findings[3]; // nothing of its own: the group's max_severity
        QCOMPARE(pysec.ruleId, std::string("PYSEC-2021-439"));
        QCOMPARE(pysec.severity, Severity::High);
        QCOMPARE(*pysec.cvssScore, 7.3);
        QCOMPARE(pysec.cvssVector, std::string());
        QCOMPARE(pysec.cves, std::vector<std::string>{"CVE-2021-44420"});
        QCOMPARE(pysec.fixVersion, std::string("3.2.10")); // the GIT range's commit is not a version
        QCOMPARE(pysec.title, std::string("PYSEC-2021-439 in django"));
    }

    void licenseViolation()
    {
        const auto c = parseFile(fixture("osv/lockfile_report.json"));
        const Finding& f = c.findings[4];
        QCOMPARE(f.ruleId, std::string("license:LGPL-2.1-only"));
        QCOMPARE(f.package, std::string("chardet"));
        QCOMPARE(f.scopeTarget, std::string("/src/shop/requirements.txt"));
        QCOMPARE(f.severity, Severity::Unknown);
    }

    void fingerprints()
    {
        // The same vulnerability of the same package in two lockfiles: two findings.
        const auto p = package("lodash", "4.17.15", nlohmann::json::array({vuln("GHSA-1")}));
        const auto two =
            parseBytes(report(nlohmann::json::array({result("/a/package-lock.json", nlohmann::json::array({p})),
                result("/b/package-lock.json", nlohmann::json::array({p}))})));
        QCOMPARE(two.findings.size(), std::size_t(2));
        QVERIFY(fingerprintOf(two.findings[0]) != fingerprintOf(two.findings[1]));
        // An upgrade that does not fix it keeps the finding.
        const auto upgraded = parseBytes(report(nlohmann::json::array({result("/a/package-lock.json",
            nlohmann::json::array({package("lodash", "4.17.19", nlohmann::json::array({vuln("GHSA-1")}))}))})));
        QCOMPARE(fingerprintOf(upgraded.findings[0]), fingerprintOf(two.findings[0]));
    }

    void sourceAfterPackages()
    {
        // Go writes source first; a reordered document still gets its target.
        const std::string doc = R"({"results":[{"packages":[{"package":{"name":"a","version":"1","ecosystem":"npm"},)"
                                R"("vulnerabilities":[{"id":"GHSA-x","database_specific":{"severity":"LOW"}}]}],)"
                                R"("source":{"path":"/late/yarn.lock","type":"lockfile"}}]})";
        const auto c = parseBytes(doc);
        QCOMPARE(c.findings.size(), std::size_t(1));
        QCOMPARE(c.findings[0].scopeTarget, std::string("/late/yarn.lock"));
        QCOMPARE(c.findings[0].severity, Severity::Low);
        QCOMPARE(c.scopes.size(), std::size_t(1));
    }

    void resultWithoutPackagesIsCovered()
    {
        const auto c = parseBytes(report(nlohmann::json::array({result("/clean/go.sum", nlohmann::json::array())})));
        QVERIFY(c.findings.empty());
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0].target, std::string("/clean/go.sum"));
    }

    void errorsNameTheirPlace()
    {
        auto bad = vuln("GHSA-1");
        bad["database_specific"]["severity"] = "SPICY";
        expectError(report(nlohmann::json::array(
                        {result("/l", nlohmann::json::array({package("a", "1", nlohmann::json::array({bad}))}))})),
            "/results/0/packages/0/vulnerabilities/0/database_specific/severity");
        auto noId = vuln("x");
        noId.erase("id");
        expectError(report(nlohmann::json::array({result(
                        "/l", nlohmann::json::array({package("a", "1", nlohmann::json::array({vuln("G"), noId}))}))})),
            "/results/0/packages/0/vulnerabilities/1/id");
        expectError(report(nlohmann::json::array(
                        {result("/l", nlohmann::json::array({package("", "1", nlohmann::json::array())}))})),
            "/results/0/packages/0/package/name");
        expectError(
            report(nlohmann::json::array({result("/l", nlohmann::json::array({42}))})), "/results/0/packages/0");
        expectError(R"({"results":[{"packages":[{"package":{"name":"a","ecosystem":"npm"}}]}]})", "/results/0/source");
        expectError(R"({"results":[{"source":{"type":"lockfile"},"packages":[]}]})", "/results/0/source/path");
        expectError(R"({"results":[{"source":{"path":"/l","type":"lockfile"},"packages":[{"package":{"name":"a",)"
                    R"("ecosystem":"npm"},"vulnerabilities":{"id":"x"}}]}]})",
            "/results/0/packages/0/vulnerabilities");
    }

    void cvssBaseScores()
    {
        const std::vector<std::pair<std::string, double>> known = {
            {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8},
            {"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8},
            {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0},
            {"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1},
            {"CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:C/C:H/I:N/A:N", 6.0},
            {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0},
            {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L/E:P/RL:O", 5.3}, // temporal metrics ignored
            {"AV:N/AC:L/Au:N/C:P/I:P/A:P", 7.5},
            {"AV:L/AC:L/Au:N/C:C/I:C/A:C", 7.2},
            {"(AV:N/AC:M/Au:N/C:N/I:P/A:N)", 4.3},
        };
        for (const auto& [vector, score] : known) {
            const auto s = OsvScannerImporter::cvssBaseScore(vector);
            QVERIFY2(s.has_value(), vector.c_str());
            QCOMPARE(*s, score);
        }
        for (const char* bad : {"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
                 "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H",          // A missing
                 "CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", // AV twice
                 "CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",      // no such value
                 "CVSS:2.5/AV:N", "", "high"})
            QVERIFY2(!OsvScannerImporter::cvssBaseScore(bad).has_value(), bad);
    }

    void cvssMatchesScoresInTheCorpus()
    {
        // Grype reports carry NVD's vector and base score side by side.
        if (corpusDir().empty())
            QSKIP("shared corpus not found");
        const QDir dir(QString::fromStdString(corpusDir() + "/grype_json"));
        std::vector<std::pair<std::string, double>> pairs;
        for (const QString& name : dir.entryList(QDir::Files)) {
            std::ifstream in(dir.filePath(name).toStdString());
            collectPairs(nlohmann::json::parse(in), pairs);
        }
        QVERIFY(pairs.size() > 100);
        for (const auto& [vector, score] : pairs) {
            const auto s = OsvScannerImporter::cvssBaseScore(vector);
            QVERIFY2(s.has_value(), vector.c_str());
            QVERIFY2(*s == score, (vector + " gave " + std::to_string(*s)).c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestOsv)
#include "test_osv.moc"
