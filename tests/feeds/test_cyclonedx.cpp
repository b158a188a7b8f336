// SPDX-License-Identifier: GPL-3.0-or-later
// CycloneDX JSON and XML importers on the project's own fixtures.
#include "feed_test_support.h"
#include "store/database.h"

#include <QTest>

#include <algorithm>

using namespace closeloop;
using namespace closeloop::test;

namespace {

const Finding* byRuleAndPackage(const Collected& c, const std::string& rule, const std::string& package)
{
    for (const auto& f : c.findings) {
        if (f.ruleId == rule && f.package == package)
            return &f;
    }
    return nullptr;
}

// A minimal BOM around one vulnerability, shaped like trivy's output.
std::string bomWith(const std::string& vulnerability)
{
    return R"({"bomFormat":"CycloneDX","specVersion":"1.5","serialNumber":"urn:uuid:1","version":1,
        "metadata":{"tools":{"components":[{"type":"application","name":"trivy","version":"0.52.0"}]},
                    "component":{"bom-ref":"root","type":"container","name":"shop/api:1"}},
        "components":[{"bom-ref":"pkg:npm/express@4.18.2","type":"library","name":"express","version":"4.18.2",
                       "purl":"pkg:npm/express@4.18.2"}],
        "vulnerabilities":[)" +
           vulnerability + "]}";
}

const std::string XmlHead = "<?xml version=\"1.0\"?>\n"
                            "<bom serialNumber=\"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79\" version=\"1\" "
                            "xmlns=\"http://cyclonedx.org/schema/bom/1.5\">\n";

} // namespace

// The slots are defined below the class and hidden from moc, whose
// preprocessor misreads some raw string literals (JSON and XML documents).
class TestCycloneDx : public QObject
{
    Q_OBJECT
private slots:
    void detection();
    void trivyFieldMapping();
    void vulnerabilitiesBeforeNestedComponents();
    void fingerprintIgnoresVersionsOrderAndRefs();
    void analysisInABomIsAlsoVex();
    void xmlFieldMapping();
    void xmlVulnerabilityExtensionInsideComponents();
    void cycloneDxVexDocument();
    void scopeOnlyForVulnerabilityScans();
    void edgeCases();
    void errorsNameThePlace();
    void xmlErrors();
    void xmlStreamsInChunks();
    void realImportStoresFindingsAndStatements();
};

#ifndef Q_MOC_RUN

void TestCycloneDx::detection()
{
    const ImporterRegistry registry;
    QCOMPARE(parseFile(fixture("cyclonedx/trivy_image.json")).format, std::string("cyclonedx-json"));
    QCOMPARE(parseFile(fixture("cyclonedx/vex_document.json")).format, std::string("cyclonedx-json"));
    QCOMPARE(parseFile(fixture("cyclonedx/spec15_vulnerabilities.xml")).format, std::string("cyclonedx-xml"));
    QCOMPARE(parseFile(fixture("cyclonedx/grype_ext12.xml")).format, std::string("cyclonedx-xml"));
    // Only the bomFormat marker and the bom namespace count.
    const std::string spdx = R"({"bomFormat":"SPDX","components":[]})";
    const FeedSniff notBom = sniffBytes(spdx, spdx.size());
    QCOMPARE(registry.byFormat("cyclonedx-json")->detect(notBom), 0);
    const std::string otherXml = R"(<?xml version="1.0"?><bom xmlns="http://example.com/bom"/>)";
    QCOMPARE(registry.byFormat("cyclonedx-xml")->detect(sniffBytes(otherXml, otherXml.size())), 0);
    const std::string openVex = R"({"@context":"https://openvex.dev/ns/v0.2.0","statements":[]})";
    QCOMPARE(registry.byFormat("cyclonedx-json")->detect(sniffBytes(openVex, openVex.size())), 0);
}

void TestCycloneDx::trivyFieldMapping()
{
    const auto c = parseFile(fixture("cyclonedx/trivy_image.json"));
    // one finding per (vulnerability, affected component)
    QCOMPARE(c.findings.size(), std::size_t(3));
    QVERIFY(c.vex.empty());
    QCOMPARE(c.tool, std::string("trivy"));
    QCOMPARE(c.toolVersion, std::string("0.52.0"));
    QCOMPARE(c.scopes.size(), std::size_t(1));
    QCOMPARE(c.scopes[0].tool, std::string("trivy"));
    QCOMPARE(c.scopes[0].target, std::string("registry.example/shop/api"));

    const Finding* f = byRuleAndPackage(c, "CVE-2024-0727", "libcrypto3");
    QVERIFY(f);
    QCOMPARE(f->tool, std::string("trivy"));
    QCOMPARE(f->toolVersion, std::string("0.52.0"));
    QCOMPARE(f->scopeTarget, std::string("registry.example/shop/api"));
    QCOMPARE(f->cves, std::vector<std::string>{"CVE-2024-0727"});
    QCOMPARE(f->cwes, std::vector<std::string>{"CWE-476"});
    QCOMPARE(f->title, std::string("CVE-2024-0727 in libcrypto3"));
    QVERIFY(f->description.rfind("Issue summary: Processing a maliciously formatted PKCS12", 0) == 0);
    QVERIFY(f->description.find("Published: 2024-01-26T09:15:07+00:00") != std::string::npos);
    // CVSSv31 from nvd wins over the redhat one and the vendor words
    QCOMPARE(f->severity, Severity::Medium);
    QCOMPARE(*f->cvssScore, 5.5);
    QCOMPARE(f->cvssVector, std::string("CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H"));
    QCOMPARE(f->assetKind, AssetKind::Image);
    QCOMPARE(f->asset, std::string("registry.example/shop/api"));
    QCOMPARE(f->packageVersion, std::string("3.1.4-r5"));
    QCOMPARE(f->purl, std::string("pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=3.19.1"));
    QCOMPARE(f->fixVersion, std::string("3.1.4-r6"));
    QCOMPARE(f->remediation, std::string("Upgrade libcrypto3 to version 3.1.4-r6"));
    QCOMPARE(f->references.front(), std::string("https://avd.aquasec.com/nvd/cve-2024-0727"));
    QCOMPARE(f->references.size(), std::size_t(3)); // two advisories and the source
    QCOMPARE(f->sourceState, SourceState::Open);
    QCOMPARE(f->fingerprintFamily, std::string("cyclonedx"));
    QCOMPARE(f->fingerprintInputs.size(), std::size_t(5));
    QCOMPARE(f->fingerprintInputs[0].second, std::string("trivy"));
    QCOMPARE(f->fingerprintInputs[3].second, std::string("pkg:apk/alpine/libcrypto3"));
    QVERIFY(f->raw.find("\"id\":\"CVE-2024-0727\"") != std::string::npos);

    // trivy's recommendation names libcrypto3 only: libssl3 gets no guessed fix
    const Finding* ssl = byRuleAndPackage(c, "CVE-2024-0727", "libssl3");
    QVERIFY(ssl);
    QCOMPARE(ssl->fixVersion, std::string());
    QVERIFY(fingerprintOf(*f) != fingerprintOf(*ssl));

    const Finding* express = byRuleAndPackage(c, "CVE-2024-29041", "express");
    QVERIFY(express);
    QCOMPARE(express->locationFile, std::string("app/package-lock.json"));
    QCOMPARE(express->fixVersion, std::string("4.19.2, 5.0.0-beta.3"));
    QCOMPARE(express->cwes, (std::vector<std::string>{"CWE-601", "CWE-1286"}));
}

void TestCycloneDx::vulnerabilitiesBeforeNestedComponents()
{
    // grype's shape with the vulnerabilities first and the component two levels deep
    const auto c = parseFile(fixture("cyclonedx/grype_nested_late_components.json"));
    QCOMPARE(c.findings.size(), std::size_t(2));
    QCOMPARE(c.tool, std::string("grype"));
    const Finding& f = c.findings[0];
    QCOMPARE(f.ruleId, std::string("CVE-2021-45046"));
    QCOMPARE(f.package, std::string("log4j-core"));
    QCOMPARE(f.packageVersion, std::string("2.13.2"));
    QCOMPARE(f.purl, std::string("pkg:maven/org.apache.logging.log4j/log4j-core@2.13.2"));
    QCOMPARE(f.scopeTarget, std::string("./configuration/.m2/repository/org/apache/logging/log4j/log4j-core/2.13.2"));
    QCOMPARE(f.assetKind, AssetKind::Repository);
    // the CVSSv31 rating carries no word: the severity-only rating gives it
    QCOMPARE(f.severity, Severity::Critical);
    QCOMPARE(*f.cvssScore, 9.0);
    QCOMPARE(f.sourceState, SourceState::Open);
    QCOMPARE(f.sourceStateReason, std::string("analysis: in_triage"));
    QVERIFY(c.vex.empty()); // in_triage in a BOM is no statement
    QCOMPARE(c.findings[1].severity, Severity::Medium);
    QVERIFY(!c.findings[1].cvssScore);
    QCOMPARE(c.findings[1].title, std::string("GHSA-8489-44mv-ggj8 in log4j-core"));
}

void TestCycloneDx::fingerprintIgnoresVersionsOrderAndRefs()
{
    // The same problem after an upgrade that did not fix it (other
    // version, bom-ref and purl, another rating) is the same finding.
    const std::string a = bomWith(R"({"id":"CVE-2024-29041","ratings":[{"severity":"medium"}],
        "affects":[{"ref":"pkg:npm/express@4.18.2"}]})");
    std::string b = a;
    for (auto pos = b.find("4.18.2"); pos != std::string::npos; pos = b.find("4.18.2"))
        b.replace(pos, 6, "4.18.3");
    b.replace(b.find("\"severity\":\"medium\""), 19, "\"severity\":\"high\"");
    const auto ca = parseBytes(a), cb = parseBytes(b);
    QCOMPARE(ca.findings.size(), std::size_t(1));
    QCOMPARE(cb.findings[0].packageVersion, std::string("4.18.3"));
    QCOMPARE(fingerprintOf(ca.findings[0]), fingerprintOf(cb.findings[0]));
    QVERIFY(contentHashOf(ca.findings[0]) != contentHashOf(cb.findings[0]));
    // another vulnerability on the same package is another finding
    const auto cc = parseBytes(bomWith(R"({"id":"CVE-2022-24999","affects":[{"ref":"pkg:npm/express@4.18.2"}]})"));
    QVERIFY(fingerprintOf(cc.findings[0]) != fingerprintOf(ca.findings[0]));
}

void TestCycloneDx::analysisInABomIsAlsoVex()
{
    const auto c = parseFile(fixture("cyclonedx/spec15_vulnerabilities.xml"));
    QCOMPARE(c.findings.size(), std::size_t(2));
    QCOMPARE(c.vex.size(), std::size_t(1));
    const Finding& f = c.findings[0];
    QCOMPARE(f.sourceState, SourceState::Suppressed);
    QCOMPARE(f.sourceStateReason,
             std::string("analysis: not_affected; code_not_reachable; response: will_not_fix, update; An optional "
                         "explanation of why the application is not affected by the vulnerable component."));
    const VexStatement& s = c.vex[0];
    QCOMPARE(s.vulnerability, std::string("SNYK-JAVA-COMFASTERXMLJACKSONCORE-32111"));
    QCOMPARE(s.status, VexStatus::NotAffected);
    QCOMPARE(s.justification, std::string("code_not_reachable"));
    QCOMPARE(s.products, std::vector<std::string>{"pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.4"});
    QCOMPARE(s.timestamp, std::string("2022-02-01T00:00:00.000Z"));
    QCOMPARE(s.documentId, std::string("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79"));
}

void TestCycloneDx::xmlFieldMapping()
{
    const auto c = parseFile(fixture("cyclonedx/spec15_vulnerabilities.xml"));
    QCOMPARE(c.tool, std::string("Snyk CLI (Linux)"));
    QCOMPARE(c.toolVersion, std::string("1.729.0"));
    QCOMPARE(c.scopes.size(), std::size_t(1));
    QCOMPARE(c.scopes[0].target, std::string("com.acme/storefront"));
    const Finding& f = c.findings[0];
    QCOMPARE(f.ruleId, std::string("SNYK-JAVA-COMFASTERXMLJACKSONCORE-32111"));
    QCOMPARE(f.cves, std::vector<std::string>{"CVE-2018-7489"});
    QCOMPARE(f.cwes, (std::vector<std::string>{"CWE-184", "CWE-502"}));
    QCOMPARE(f.severity, Severity::Critical);
    QCOMPARE(*f.cvssScore, 9.8);
    QCOMPARE(f.package, std::string("com.fasterxml.jackson.core/jackson-databind"));
    QCOMPARE(f.packageVersion, std::string("2.9.4"));
    QCOMPARE(f.locationFile, std::string("/app/pom.xml")); // nested component's SrcFile property
    QCOMPARE(f.fixVersion, std::string("2.9.5")); // from the unaffected version
    QCOMPARE(f.remediation, std::string("Upgrade com.fasterxml.jackson.core:jackson-databind to version 2.6.7.5, "
                                        "2.8.11.1, 2.9.5 or higher.\nWorkaround: Disable default typing in the "
                                        "ObjectMapper."));
    QVERIFY(f.description.find("Foo: Bar") != std::string::npos);
    QVERIFY(f.description.find("Affected versions: vers:semver/<2.6.7.5") != std::string::npos);
    QCOMPARE(f.assetKind, AssetKind::Repository);
    QCOMPARE(f.references.front(), std::string("https://github.com/FasterXML/jackson-databind/issues/1931"));
    // raw is the element as XML, with its namespace
    QVERIFY(f.raw.rfind("<vulnerability xmlns=\"http://cyclonedx.org/schema/bom/1.5\"", 0) == 0);
    QVERIFY(f.raw.find("vers:semver/&lt;2.6.7.5") != std::string::npos);
    // a score without a word: derived from the score; the ref names the outer component
    const Finding& g = c.findings[1];
    QCOMPARE(g.severity, Severity::Critical);
    QCOMPARE(g.package, std::string("org.springframework.boot/spring-boot-starter-web"));
    QCOMPARE(g.fingerprintInputs[3].second, std::string("framework:org.springframework.boot/spring-boot-starter-web"));
}

void TestCycloneDx::xmlVulnerabilityExtensionInsideComponents()
{
    // grype 0.33 wrote the 1.2 extension inside each component, with refs to nothing
    const auto c = parseFile(fixture("cyclonedx/grype_ext12.xml"));
    QCOMPARE(c.findings.size(), std::size_t(2));
    QCOMPARE(c.tool, std::string("grype"));
    QCOMPARE(c.scopes.size(), std::size_t(1));
    QCOMPARE(c.scopes[0].target, std::string("registry.example/shop/proxy")); // image repository, no digest
    const Finding& f = c.findings[0];
    QCOMPARE(f.ruleId, std::string("CVE-2022-21698"));
    QCOMPARE(f.package, std::string("github.com/prometheus/client_golang"));
    QCOMPARE(f.packageVersion, std::string("v1.7.1"));
    QCOMPARE(f.severity, Severity::High);
    QCOMPARE(*f.cvssScore, 7.5); // <v:score><v:base>
    QCOMPARE(f.cvssVector, std::string("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"));
    QCOMPARE(f.references.size(), std::size_t(3));
    QCOMPARE(f.assetKind, AssetKind::Image);
    QVERIFY(f.raw.find("<v:id>CVE-2022-21698</v:id>") != std::string::npos);
    QCOMPARE(c.findings[1].package, std::string("google.golang.org/protobuf"));
    // the 1.2 extension at bom level, its ref naming the component (the CycloneDX spec example)
    const auto d = parseFile(fixture("cyclonedx/spec_ext12_bom_level.xml"));
    QCOMPARE(d.findings.size(), std::size_t(1));
    QCOMPARE(d.findings[0].package, std::string("b"));
    QCOMPARE(d.findings[0].remediation, std::string("Upgrade"));
    QCOMPARE(d.findings[0].severity, Severity::Unknown);
}

void TestCycloneDx::cycloneDxVexDocument()
{
    const auto c = parseFile(fixture("cyclonedx/vex_document.json"));
    QVERIFY(c.findings.empty());
    QCOMPARE(c.vex.size(), std::size_t(5));
    QVERIFY(c.scopes.empty()); // a VEX closes nothing
    QCOMPARE(c.tool, std::string("CycloneDX"));
    const VexStatement& s = c.vex[0];
    QCOMPARE(s.documentId, std::string("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b80"));
    QCOMPARE(s.author, std::string("Acme Product Security"));
    QCOMPARE(s.vulnerability, std::string("CVE-2021-44228"));
    QCOMPARE(s.status, VexStatus::NotAffected);
    QCOMPARE(s.justification, std::string("code_not_reachable"));
    QCOMPARE(s.impactStatement, std::string("The JNDI lookup class is removed from the shipped jar."));
    QCOMPARE(s.actionStatement, std::string("response: will_not_fix, update"));
    QCOMPARE(s.timestamp, std::string("2024-01-15T08:00:00Z"));
    QCOMPARE(s.products, std::vector<std::string>{
                             "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#pkg:maven/org.apache.logging.log4j/log4j-core@2.13.2"});
    QCOMPARE(c.vex[1].status, VexStatus::Affected);
    QCOMPARE(c.vex[1].products, std::vector<std::string>{"pkg:generic/acme/acme-application@1.0"}); // metadata component
    QCOMPARE(c.vex[1].actionStatement, std::string("response: update; Upgrade spring-beans to 5.3.18"));
    QCOMPARE(c.vex[2].status, VexStatus::Fixed);
    QCOMPARE(c.vex[2].timestamp, std::string("2024-01-20T00:00:00Z"));
    QCOMPARE(c.vex[3].status, VexStatus::UnderInvestigation);
    QCOMPARE(c.vex[4].status, VexStatus::NotAffected); // false_positive
    QVERIFY(c.vex[4].raw.find("\"false_positive\"") != std::string::npos);
}

void TestCycloneDx::scopeOnlyForVulnerabilityScans()
{
    const auto sbom = parseFile(fixture("cyclonedx/sbom_only.json"));
    QVERIFY(sbom.findings.empty());
    QVERIFY(sbom.scopes.empty()); // an SBOM is no vulnerability scan
    QCOMPARE(sbom.tool, std::string("trivy"));
    const auto clean = parseFile(fixture("cyclonedx/scan_clean.json"));
    QVERIFY(clean.findings.empty());
    QCOMPARE(clean.scopes.size(), std::size_t(1)); // a clean scan closes what it no longer finds
    QCOMPARE(clean.scopes[0].target, std::string("backend/poetry.lock"));
    // no metadata component: the serial number; neither: nothing to cover
    const auto serial = parseBytes(R"({"bomFormat":"CycloneDX","specVersion":"1.4","serialNumber":"urn:uuid:9",
        "vulnerabilities":[]})");
    QCOMPARE(serial.scopes.size(), std::size_t(1));
    QCOMPARE(serial.scopes[0].target, std::string("urn:uuid:9"));
    QCOMPARE(serial.scopes[0].tool, std::string("CycloneDX"));
    const auto anonymous = parseBytes(R"({"bomFormat":"CycloneDX","specVersion":"1.4","vulnerabilities":[]})");
    QVERIFY(anonymous.scopes.empty());
    // XML: grype's 1.2 output declares the extension and writes nothing when clean
    const auto cleanGrype = parseBytes(R"(<?xml version="1.0" encoding="UTF-8"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.2" xmlns:v="http://cyclonedx.org/schema/ext/vulnerability/1.0" version="1"
 serialNumber="urn:uuid:591d00cd-df6f-48d1-8be2-83449b80cd3f"><metadata><tools><tool><vendor>anchore</vendor>
 <name>grype</name><version>0.33.1</version></tool></tools><component type="container"><name>shop/api</name>
 <version>sha256:914d</version></component></metadata><components><component type="library"><name>base-files</name>
 <version>10.3</version></component></components></bom>)");
    QVERIFY(cleanGrype.findings.empty());
    QCOMPARE(cleanGrype.scopes.size(), std::size_t(1));
    QCOMPARE(cleanGrype.scopes[0].target, std::string("shop/api"));
    QCOMPARE(cleanGrype.scopes[0].tool, std::string("grype"));
    const auto xmlSbom = parseBytes(XmlHead + "<components><component type=\"library\"><name>x</name></component>"
                                              "</components></bom>");
    QVERIFY(xmlSbom.scopes.empty());
}

void TestCycloneDx::edgeCases()
{
    // unresolved purl ref (a component the BOM does not list), no ratings
    const auto c = parseBytes(bomWith(R"({"id":"TEMP-0290435-0B57B5",
        "affects":[{"ref":"pkg:deb/debian/tar@1.30%2Bdfsg-6?arch=amd64&distro=debian-10.12"}]})"));
    QCOMPARE(c.findings.size(), std::size_t(1));
    QCOMPARE(c.findings[0].package, std::string("tar"));
    QCOMPARE(c.findings[0].packageVersion, std::string("1.30+dfsg-6"));
    QCOMPARE(c.findings[0].severity, Severity::Unknown);
    QVERIFY(!c.findings[0].cvssScore);
    QCOMPARE(c.findings[0].fingerprintInputs[3].second, std::string("pkg:deb/debian/tar"));
    // a ref that is no purl and names nothing; a score without a word
    const auto d = parseBytes(R"({"bomFormat":"CycloneDX","specVersion":"1.4","version":1,
        "vulnerabilities":[{"id":"CVE-2021-44228","ratings":[{"score":10.0,"method":"CVSSv3",
        "vector":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}],"affects":[{"ref":"gerbwetbqt"}]}]})");
    QCOMPARE(d.findings.size(), std::size_t(1));
    QCOMPARE(d.findings[0].severity, Severity::Critical);
    QCOMPARE(d.findings[0].package, std::string());
    QCOMPARE(d.findings[0].fingerprintInputs[3].second, std::string("gerbwetbqt"));
    // no affects: one finding on the target; EPSS from FIRST; no CVSS rating: no score
    const auto e = parseBytes(bomWith(R"({"id":"CVE-1999-0001","ratings":[{"severity":"low","method":"OWASP",
        "score":3},{"source":{"name":"FIRST","url":"https://www.first.org/epss/"},"score":0.03,"method":"other"}]})"));
    QCOMPARE(e.findings.size(), std::size_t(1));
    QCOMPARE(e.findings[0].title, std::string("CVE-1999-0001"));
    QCOMPARE(e.findings[0].severity, Severity::Low);
    QVERIFY(!e.findings[0].cvssScore);
    QCOMPARE(*e.findings[0].epss, 0.03);
    // tools in the 1.4 array form; missing optional keys everywhere
    const auto t = parseBytes(R"({"bomFormat":"CycloneDX","specVersion":"1.4","serialNumber":"urn:uuid:2",
        "metadata":{"tools":[{"vendor":"CycloneDX","name":"cyclonedx-python-lib","version":"1.3.0"}]},
        "components":[{"type":"library","bom-ref":"x","name":"django","version":"2.0"}],
        "vulnerabilities":[{"id":"c7129ff8-08bc-4afe-82ec-7d97b9491741","references":[{"id":"CVE-2021-33203"}],
        "affects":[{"ref":"x"}]}]})");
    QCOMPARE(t.tool, std::string("cyclonedx-python-lib"));
    QCOMPARE(t.findings[0].title, std::string("CVE-2021-33203 in django"));
    QCOMPARE(t.findings[0].cves, std::vector<std::string>{"CVE-2021-33203"});
}

void TestCycloneDx::errorsNameThePlace()
{
    QCOMPARE(errorPlace(bomWith(R"({"id":"CVE-1","ratings":[{"severity":"high"},{"severity":"SUPER"}]})")),
             std::string("/vulnerabilities/0/ratings/1/severity"));
    QCOMPARE(errorPlace(bomWith(R"({"ratings":[]})")), std::string("/vulnerabilities/0/id"));
    QCOMPARE(errorPlace(bomWith(R"({"id":"CVE-1","affects":[{"versions":[]}]})")),
             std::string("/vulnerabilities/0/affects/0/ref"));
    QCOMPARE(errorPlace(bomWith(R"({"id":"CVE-1","cwes":["seventy-nine"]})")), std::string("/vulnerabilities/0/cwes/0"));
    QCOMPARE(errorPlace(bomWith(R"({"id":"CVE-1","analysis":{"state":"maybe"}})")),
             std::string("/vulnerabilities/0/analysis/state"));
    QCOMPARE(errorPlace(bomWith(R"({"id":"CVE-1","ratings":[{"score":"high","method":"CVSSv31"}]})")),
             std::string("/vulnerabilities/0/ratings/0/score"));
    QCOMPARE(errorPlace(bomWith(R"("CVE-1")")), std::string("/vulnerabilities/0"));
    QCOMPARE(errorPlace(R"({"bomFormat":"CycloneDX","components":[{"bom-ref":"a","components":{}}]})"),
             std::string("/components/0/components"));
    QCOMPARE(errorPlace(R"({"bomFormat":"CycloneDX","components":[42]})"), std::string("/components/0"));
    // JSON syntax: line and column
    QVERIFY(errorPlace("{\"bomFormat\":\"CycloneDX\",\n\"vulnerabilities\":[{\"id\":}]}").rfind("line 2", 0) == 0);
}

void TestCycloneDx::xmlErrors()
{
    // a DOCTYPE is refused before any entity could be expanded
    const FeedError dtd = parseError(R"(<?xml version="1.0"?>
<!DOCTYPE bom [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<bom xmlns="http://cyclonedx.org/schema/bom/1.5"><components/><vulnerabilities/></bom>)");
    QVERIFY2(dtd.place().rfind("line 2, column", 0) == 0, dtd.place().c_str());
    QVERIFY(dtd.reason().find("DOCTYPE") != std::string::npos);
    // malformed XML: the line and column of the error
    const FeedError bad = parseError(XmlHead + "<components>\n<component type=\"library\"><name>x</nam></component>");
    QVERIFY2(bad.place().rfind("line 4, column", 0) == 0, bad.place().c_str());
    QVERIFY(bad.reason().rfind("invalid XML", 0) == 0);
    // cut short
    const FeedError cut = parseError(XmlHead + "<components><component type=\"library\"><name>x</name>");
    QVERIFY(cut.place().rfind("line ", 0) == 0);
    QVERIFY(cut.reason().find("invalid XML") != std::string::npos);
    // a mapping error names the vulnerability's line and the field
    const FeedError sev = parseError(XmlHead + R"(<vulnerabilities>
  <vulnerability><id>CVE-1</id><ratings><rating><severity>SUPER</severity></rating></ratings></vulnerability>
</vulnerabilities></bom>)");
    QVERIFY2(sev.place().rfind("line 4, column", 0) == 0, sev.place().c_str());
    QVERIFY(sev.reason().find("SUPER") != std::string::npos);
    QVERIFY(sev.reason().find("ratings/0/severity") != std::string::npos);
}

void TestCycloneDx::xmlStreamsInChunks()
{
    // Large enough to be fed to the XML reader in many pieces, with a
    // two-byte character placed across a piece boundary.
    std::string doc = XmlHead + "<components>\n";
    for (int i = 0; i < 3000; ++i) {
        doc += "<component type=\"library\" bom-ref=\"pkg:npm/p" + std::to_string(i) + "@1.0.0\"><name>p" +
               std::to_string(i) + "</name><version>1.0.0</version><purl>pkg:npm/p" + std::to_string(i) +
               "@1.0.0</purl></component>\n";
    }
    doc += "</components>\n<vulnerabilities>\n";
    const std::size_t boundary = ((doc.size() + 200) / 65536 + 1) * 65536;
    doc += "<vulnerability><id>CVE-2024-1</id><description>";
    doc += std::string(boundary - doc.size() - 1, 'x') + "\xC3\xA9" + "</description>";
    doc += "<affects><target><ref>pkg:npm/p2999@1.0.0</ref></target></affects></vulnerability>\n";
    for (int i = 0; i < 500; ++i) {
        doc += "<vulnerability><id>CVE-2024-" + std::to_string(1000 + i) + "</id><affects><target><ref>pkg:npm/p" +
               std::to_string(i) + "@1.0.0</ref></target></affects></vulnerability>\n";
    }
    doc += "</vulnerabilities></bom>\n";
    QVERIFY(doc.size() > 4 * 65536);
    const auto c = parseBytes(doc);
    QCOMPARE(c.findings.size(), std::size_t(501));
    QCOMPARE(c.findings[0].package, std::string("p2999"));
    QVERIFY(c.findings[0].description.size() > 2);
    QCOMPARE(c.findings[0].description.substr(c.findings[0].description.size() - 3), std::string("x\xC3\xA9"));
    QCOMPARE(c.findings[500].package, std::string("p499"));
}

void TestCycloneDx::realImportStoresFindingsAndStatements()
{
    TempWorkspace ws;
    const ImportReport r = ws.import(fixture("cyclonedx/spec15_vulnerabilities.xml"));
    QCOMPARE(r.status, ImportReport::Status::Imported);
    QCOMPARE(r.format, std::string("cyclonedx-xml"));
    QCOMPARE(r.counts.findings, std::int64_t(2));
    QCOMPARE(r.counts.vex, std::int64_t(1));
    Database db(ws.dbPath(), Database::Mode::ReadOnly);
    auto st = db.prepare("SELECT vulnerability, status, justification FROM vex_statements");
    QVERIFY(st.step());
    QCOMPARE(st.text(0), std::string("SNYK-JAVA-COMFASTERXMLJACKSONCORE-32111"));
    QCOMPARE(st.text(1), std::string("not_affected"));
    QCOMPARE(st.text(2), std::string("code_not_reachable"));
    auto sc = db.prepare("SELECT tool, target FROM import_scopes");
    QVERIFY(sc.step());
    QCOMPARE(sc.text(1), std::string("com.acme/storefront"));

    const ImportReport v = ws.import(fixture("cyclonedx/vex_document.json"));
    QCOMPARE(v.counts.findings, std::int64_t(0));
    QCOMPARE(v.counts.vex, std::int64_t(5));
    QCOMPARE(v.counts.closed, std::int64_t(0));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestCycloneDx)
#include "test_cyclonedx.moc"
