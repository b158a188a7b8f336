// SPDX-License-Identifier: GPL-3.0-or-later
// Trivy JSON importer on the project's own fixtures.
#include "feed_test_support.h"

#include "demo/synthetic_trivy_feed.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace closeloop;
using namespace closeloop::test;

class TestTrivy : public QObject
{
    Q_OBJECT
private slots:
    void schema2Vulnerabilities()
    {
        const auto c = parseFile(fixture("trivy/schema2_image.json"));
        QCOMPARE(c.format, std::string("trivy-json"));
        QCOMPARE(c.findings.size(), std::size_t(3));
        QCOMPARE(c.scopes.size(), std::size_t(1));
        QCOMPARE(c.scopes[0].target, std::string("registry.example/shop/api")); // repository, not tag
        QCOMPARE(c.findings[0].asset, std::string("registry.example/shop/api:1.2.3"));
        const Finding& f = c.findings[0];
        QCOMPARE(f.ruleId, std::string("CVE-2023-38545"));
        QCOMPARE(f.severity, Severity::Critical);
        QCOMPARE(f.package, std::string("curl"));
        QCOMPARE(f.fixVersion, std::string("8.4.0-r0"));
        QVERIFY(f.cvssScore.has_value());
        QCOMPARE(*f.cvssScore, 9.8);
        QCOMPARE(f.cwes, std::vector<std::string>{"CWE-787"});
        QCOMPARE(f.assetKind, AssetKind::Image);
        // secret and failed misconfiguration; the PASS check is not a finding
        QCOMPARE(c.findings[1].ruleId, std::string("DS002"));
        QCOMPARE(c.findings[1].locationLine, 0);
        QCOMPARE(c.findings[2].ruleId, std::string("aws-access-key-id"));
        QCOMPARE(c.findings[2].locationLine, 4);
    }

    void legacyArray()
    {
        const auto c = parseFile(fixture("trivy/legacy.json"));
        QCOMPARE(c.findings.size(), std::size_t(2));
        QCOMPARE(c.scopes[0].target, std::string("python"));
    }

    void movedLineKeepsFingerprint()
    {
        // The same secret on another line is the same finding.
        std::string a = R"({"SchemaVersion":2,"ArtifactName":"repo","Results":[{"Target":"x.env","Class":"secret",
            "Secrets":[{"RuleID":"github-pat","Severity":"CRITICAL","Title":"t","StartLine":3,"Match":"T=***"}]}]})";
        std::string b = a;
        b.replace(b.find("\"StartLine\":3"), 13, "\"StartLine\":9");
        const auto ca = parseBytes(a), cb = parseBytes(b);
        QCOMPARE(ca.findings.size(), std::size_t(1));
        QCOMPARE(fingerprintOf(ca.findings[0]), fingerprintOf(cb.findings[0]));
        QVERIFY(contentHashOf(ca.findings[0]) != contentHashOf(cb.findings[0])); // but it is an update
    }

    void rawRecordIsVerbatimAcrossChunks()
    {
        // ~3.4 MB: records cross the 1 MiB chunk boundaries of ByteSource.
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/big.json";
        SyntheticTrivyOptions o;
        o.findings = 3000;
        o.findingsPerTarget = 700;
        writeSyntheticTrivyFeed(path, o);
        const auto c = parseFile(path);
        QCOMPARE(c.findings.size(), std::size_t(3000));
        for (const Finding& f : c.findings) {
            const auto j = nlohmann::json::parse(f.raw); // throws if a byte was lost or doubled
            QCOMPARE(j.at("VulnerabilityID").get<std::string>(), f.ruleId);
            QCOMPARE(j.at("Description").get<std::string>(), f.description);
            QVERIFY(f.raw.find("\n") == std::string::npos); // white space outside strings removed
        }
        // White space inside strings stays.
        const auto m = parseBytes(R"({"SchemaVersion":2,"ArtifactName":"a","Results":[{"Target":"t","Class":"secret",
            "Secrets":[ { "RuleID" : "r",  "Title": "two  spaces\n", "Severity":"LOW"}  ]}]})");
        QCOMPARE(m.findings[0].raw, std::string(R"({"RuleID":"r","Title":"two  spaces\n","Severity":"LOW"})"));
    }

    void unknownSeverityIsAnError()
    {
        const std::string doc = R"({"SchemaVersion":2,"ArtifactName":"a","Results":[{"Target":"t","Class":"os-pkgs",
            "Type":"alpine","Vulnerabilities":[{"VulnerabilityID":"CVE-1","PkgName":"p","Severity":"SUPER"}]}]})";
        try {
            parseBytes(doc);
            QFAIL("expected a FeedError");
        } catch (const FeedError& e) {
            QCOMPARE(e.place(), std::string("/Results/0/Vulnerabilities/0/Severity"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTrivy)
#include "test_trivy.moc"
