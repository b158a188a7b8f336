// SPDX-License-Identifier: GPL-3.0-or-later
// OpenVEX and CSAF VEX importers on the project's own fixtures.
#include "feed_test_support.h"
#include "store/database.h"

#include <QTest>

using namespace closeloop;
using namespace closeloop::test;

namespace {

std::string csafWith(const std::string& vulnerabilities)
{
    return R"({"document":{"category":"csaf_vex","csaf_version":"2.0","publisher":{"category":"vendor","name":"P"},
        "tracking":{"id":"T-1","current_release_date":"2024-01-01T00:00:00Z"}},
        "product_tree":{"branches":[{"category":"vendor","name":"V","branches":[{"category":"product_version",
            "name":"1","product":{"product_id":"PID-1","name":"Thing 1"}}]}]},
        "vulnerabilities":)" +
           vulnerabilities + "}";
}

} // namespace

// The slots are defined below the class and hidden from moc, whose
// preprocessor misreads some raw string literals (JSON and XML documents).
class TestVex : public QObject
{
    Q_OBJECT
private slots:
    void detection();
    void notADocumentIsUnrecognized();
    void openVexMapping();
    void openVexLegacyShape();
    void openVexStatementsBeforeHeader();
    void openVexErrors();
    void csafMapping();
    void csafSecurityAdvisoryAndLateProductTree();
    void csafErrors();
    void emptyDocuments();
    void realImportStoresStatementsAndClosesNothing();
};

#ifndef Q_MOC_RUN

void TestVex::detection()
{
    QCOMPARE(parseFile(fixture("vex/openvex_v020.json")).format, std::string("openvex"));
    QCOMPARE(parseFile(fixture("vex/openvex_v001_legacy.json")).format, std::string("openvex"));
    QCOMPARE(parseFile(fixture("vex/csaf_vex.json")).format, std::string("csaf-vex"));
    QCOMPARE(detectScore("openvex", R"({"@context":"https://openvex.dev/ns/v0.2.0","statements":[]})"), 90);
    QCOMPARE(detectScore("openvex", R"({"@context":"https://www.w3.org/ns/activitystreams","statements":[]})"), 0);
    QCOMPARE(detectScore("openvex", R"({"bomFormat":"CycloneDX","vulnerabilities":[]})"), 0);
    QCOMPARE(detectScore("csaf-vex", R"({"document":{"category":"csaf_vex","csaf_version":"2.0"}})"), 90);
    QCOMPARE(detectScore("csaf-vex", R"({"document":{"category":"csaf_security_advisory","csaf_version":"2.0"},
        "product_tree":{},"vulnerabilities":[]})"),
             80);
    // an informational advisory states nothing about products
    QCOMPARE(detectScore("csaf-vex", R"({"document":{"category":"csaf_base","csaf_version":"2.0","notes":[]}})"), 0);
    QCOMPARE(detectScore("csaf-vex", R"({"document":{"category":"csaf_vex"},"vulnerabilities":[]})"), 0);
}

void TestVex::notADocumentIsUnrecognized()
{
    try {
        parseBytes(R"(["not", "a", "document"])");
        QFAIL("expected a FeedError");
    } catch (const FeedError& e) {
        QVERIFY(e.reason().find("unrecognized") != std::string::npos);
    }
}

void TestVex::openVexMapping()
{
    const auto c = parseFile(fixture("vex/openvex_v020.json"));
    QVERIFY(c.findings.empty());
    QVERIFY(c.scopes.empty());
    QCOMPARE(c.tool, std::string("Wolfi J Inkinson"));
    QCOMPARE(c.vex.size(), std::size_t(3)); // one per statement, not per product
    const VexStatement& s = c.vex[0];
    QCOMPARE(s.documentId,
             std::string("https://openvex.dev/docs/public/vex-0f3be8817faafa24e4bfb3d17eaf619efb1fe54923b9c42c57b156a936b91431"));
    QCOMPARE(s.author, std::string("Wolfi J Inkinson"));
    QCOMPARE(s.vulnerability, std::string("CVE-2023-1255"));
    // identifiers.purl wins over @id; subcomponents stay in raw
    QCOMPARE(s.products,
             (std::vector<std::string>{"pkg:oci/git@sha256:23a264e6e429852221a963e9f17338ba3f5796dc7086e46439a6f4482cf6e0cb"
                                       "?repository_url=cgr.dev/chainguard",
                                       "https://example.com/products/git-arm64"}));
    QVERIFY(s.raw.find("pkg:apk/wolfi/openssl@3.1.0-r1") != std::string::npos);
    QCOMPARE(s.status, VexStatus::NotAffected);
    QCOMPARE(s.justification, std::string("vulnerable_code_not_in_execute_path"));
    QCOMPARE(s.impactStatement, std::string("The AES-XTS code path is only built for ARM; these images are x86_64."));
    QCOMPARE(s.timestamp, std::string("2023-01-08T18:02:03.647787998-06:00")); // the document's
    const VexStatement& a = c.vex[1];
    QCOMPARE(a.vulnerability, std::string("https://www.cve.org/CVERecord?id=CVE-2023-2650")); // no name: the @id
    QCOMPARE(a.status, VexStatus::Affected);
    QCOMPARE(a.actionStatement, std::string("Upgrade to git 2.39.1-r0 or later."));
    QCOMPARE(a.timestamp, std::string("2023-01-09T10:00:00Z"));
    QCOMPARE(c.vex[2].status, VexStatus::UnderInvestigation);
    QCOMPARE(c.vex[2].impactStatement, std::string("Waiting for upstream analysis.")); // status_notes
}

void TestVex::openVexLegacyShape()
{
    const auto c = parseFile(fixture("vex/openvex_v001_legacy.json"));
    QCOMPARE(c.vex.size(), std::size_t(1));
    QCOMPARE(c.vex[0].vulnerability, std::string("CVE-2014-123456"));
    QCOMPARE(c.vex[0].status, VexStatus::Fixed);
    QCOMPARE(c.vex[0].products, (std::vector<std::string>{"pkg:apk/distro/git@2.39.0-r1?arch=armv7",
                                                          "pkg:apk/distro/git@2.39.0-r1?arch=x86_64"}));
}

void TestVex::openVexStatementsBeforeHeader()
{
    const auto c = parseBytes(R"({"@context":"https://openvex.dev/ns/v0.2.0",
        "statements":[{"vulnerability":{"name":"CVE-1"},"products":[{"@id":"pkg:npm/a@1"}],"status":"fixed"}],
        "@id":"https://example.com/vex/1","author":"Late Author","timestamp":"2024-05-05T00:00:00Z"})");
    QCOMPARE(c.vex.size(), std::size_t(1));
    QCOMPARE(c.vex[0].author, std::string("Late Author"));
    QCOMPARE(c.vex[0].documentId, std::string("https://example.com/vex/1"));
    QCOMPARE(c.vex[0].timestamp, std::string("2024-05-05T00:00:00Z"));
}

void TestVex::openVexErrors()
{
    const std::string head = R"({"@context":"https://openvex.dev/ns/v0.2.0","@id":"x","author":"a","timestamp":"t",
        "statements":[)";
    QCOMPARE(parseError(head + R"({"vulnerability":{"name":"CVE-1"},"status":"fixed"},
        {"vulnerability":{"name":"CVE-2"},"status":"kinda_affected"}]})")
                 .place(),
             std::string("/statements/1/status"));
    QCOMPARE(parseError(head + R"({"products":[],"status":"fixed"}]})").place(), std::string("/statements/0/vulnerability"));
    QCOMPARE(parseError(head + R"({"vulnerability":{"name":"CVE-1"},"status":"fixed","products":[{"identifiers":{}}]}]})")
                 .place(),
             std::string("/statements/0/products/0"));
    QCOMPARE(parseError(head + R"({"vulnerability":{"name":"CVE-1"},"status":"fixed","products":"pkg:npm/a@1"}]})").place(),
             std::string("/statements/0/products"));
    QCOMPARE(parseError(head + R"(42]})").place(), std::string("/statements/0"));
    const FeedError missing = parseError(head + R"({"vulnerability":{"name":"CVE-1"}}]})");
    QCOMPARE(missing.place(), std::string("/statements/0/status"));
    QCOMPARE(missing.reason(), std::string("statement without status"));
}

void TestVex::csafMapping()
{
    const auto c = parseFile(fixture("vex/csaf_vex.json"));
    QVERIFY(c.findings.empty());
    QVERIFY(c.scopes.empty());
    QCOMPARE(c.tool, std::string("Example Company ProductCERT"));
    // CVE-2021-44228: affected, not affected split by two flag labels, fixed;
    // EXAMPLE-2022-0042: under investigation ("recommended" is no status)
    QCOMPARE(c.vex.size(), std::size_t(5));
    const VexStatement& a = c.vex[0];
    QCOMPARE(a.documentId, std::string("2022-EVD-UC-01-F-001"));
    QCOMPARE(a.author, std::string("Example Company ProductCERT"));
    QCOMPARE(a.vulnerability, std::string("CVE-2021-44228"));
    QCOMPARE(a.status, VexStatus::Affected);
    QCOMPARE(a.products, std::vector<std::string>{"pkg:generic/example/def@2.4.1"}); // the purl helper
    QCOMPARE(a.actionStatement, std::string("vendor_fix: Update to DEF 2.4.2."));
    QCOMPARE(a.impactStatement, std::string());
    QCOMPARE(a.timestamp, std::string("2022-03-03T11:00:00.000Z"));
    const VexStatement& n1 = c.vex[1];
    QCOMPARE(n1.status, VexStatus::NotAffected);
    QCOMPARE(n1.products, std::vector<std::string>{"Example Company GHI 1.0"});
    QCOMPARE(n1.justification, std::string("vulnerable_code_not_in_execute_path"));
    QCOMPARE(n1.impactStatement, std::string("GHI never passes user input to the logger."));
    QCOMPARE(n1.actionStatement, std::string("none_available: No action needed for GHI.")); // through its group
    const VexStatement& n2 = c.vex[2];
    QCOMPARE(n2.products, std::vector<std::string>{"Example Company GHI 1.1"});
    QCOMPARE(n2.justification, std::string("component_not_present"));
    QCOMPARE(n2.impactStatement, std::string());
    QCOMPARE(c.vex[3].status, VexStatus::Fixed);
    QCOMPARE(c.vex[3].products, std::vector<std::string>{"Example Company DEF 2.4.2"}); // no purl: the name
    const VexStatement& u = c.vex[4];
    QCOMPARE(u.vulnerability, std::string("EXAMPLE-2022-0042")); // no cve: the first id
    QCOMPARE(u.status, VexStatus::UnderInvestigation);
    QCOMPARE(u.products, (std::vector<std::string>{"pkg:generic/example/def@2.4.1", "Example Company DEF 2.4.2"}));
    QVERIFY(u.raw.find("\"recommended\"") != std::string::npos);
}

void TestVex::csafSecurityAdvisoryAndLateProductTree()
{
    // Vulnerabilities before the product tree; a relationship names a product; an unknown id stays an id.
    const auto c = parseBytes(R"({"document":{"category":"csaf_security_advisory","csaf_version":"2.0",
        "publisher":{"category":"vendor","name":"Example Corp"},"tracking":{"id":"EX-1",
        "initial_release_date":"2026-07-29T00:00:00Z"}},
        "vulnerabilities":[{"cve":"CVE-2026-1","product_status":{"known_affected":["PID-5","PID-9"],
            "first_fixed":["PID-1"],"fixed":["PID-1"]}}],
        "product_tree":{"full_product_names":[{"product_id":"PID-1","name":"App 1.0.1"}],
            "relationships":[{"category":"default_component_of","product_reference":"PID-1",
            "relates_to_product_reference":"PID-1","full_product_name":{"product_id":"PID-5",
            "name":"Lib 3 as a component of App 1.0.1"}}]}})");
    QCOMPARE(c.format, std::string("csaf-vex"));
    QCOMPARE(c.vex.size(), std::size_t(2));
    QCOMPARE(c.vex[0].products, (std::vector<std::string>{"Lib 3 as a component of App 1.0.1", "PID-9"}));
    QCOMPARE(c.vex[1].status, VexStatus::Fixed);
    QCOMPARE(c.vex[1].products, std::vector<std::string>{"App 1.0.1"}); // first_fixed and fixed together
    QCOMPARE(c.vex[1].timestamp, std::string("2026-07-29T00:00:00Z"));
}

void TestVex::csafErrors()
{
    QCOMPARE(parseError(csafWith(R"([{"title":"no id","product_status":{"fixed":["PID-1"]}}])")).place(),
             std::string("/vulnerabilities/0"));
    QCOMPARE(parseError(csafWith(R"([{"cve":"CVE-1","product_status":{"fixed":"PID-1"}}])")).place(),
             std::string("/vulnerabilities/0/product_status/fixed"));
    QCOMPARE(parseError(csafWith(R"([{"cve":"CVE-1","product_status":{"fixed":[7]}}])")).place(),
             std::string("/vulnerabilities/0/product_status/fixed/0"));
    QCOMPARE(parseError(csafWith(R"([{"cve":"CVE-1","product_status":[]}])")).place(),
             std::string("/vulnerabilities/0/product_status"));
    std::string noProductId = csafWith("[]");
    noProductId.replace(noProductId.find(R"("product_id":"PID-1",)"), 21, "");
    QCOMPARE(parseError(noProductId).place(), std::string("/product_tree/branches/0/branches/0/product"));
}

void TestVex::emptyDocuments()
{
    const auto o = parseBytes(R"({"@context":"https://openvex.dev/ns/v0.2.0","@id":"x","author":"Someone",
        "timestamp":"t","statements":[]})");
    QVERIFY(o.vex.empty());
    QCOMPARE(o.tool, std::string("Someone"));
    const auto c = parseBytes(csafWith("[]"));
    QVERIFY(c.vex.empty());
    QCOMPARE(c.tool, std::string("P"));
    // a vulnerability without product_status states nothing
    QVERIFY(parseBytes(csafWith(R"([{"cve":"CVE-1","notes":[]}])")).vex.empty());
}

void TestVex::realImportStoresStatementsAndClosesNothing()
{
    TempWorkspace ws;
    const ImportReport r = ws.import(fixture("vex/csaf_vex.json"));
    QCOMPARE(r.status, ImportReport::Status::Imported);
    QCOMPARE(r.counts.findings, std::int64_t(0));
    QCOMPARE(r.counts.vex, std::int64_t(5));
    QVERIFY(r.scopes.empty());
    const ImportReport o = ws.import(fixture("vex/openvex_v020.json"));
    QCOMPARE(o.counts.vex, std::int64_t(3));
    Database db(ws.dbPath(), Database::Mode::ReadOnly);
    auto st = db.prepare("SELECT count(*), sum(status = 'not_affected') FROM vex_statements");
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), std::int64_t(8));
    QCOMPARE(st.int64(1), std::int64_t(3));
    auto products = db.prepare("SELECT products, justification FROM vex_statements WHERE document_id = "
                               "'2022-EVD-UC-01-F-001' AND status = 'not_affected' ORDER BY id LIMIT 1");
    QVERIFY(products.step());
    QCOMPARE(products.text(0), std::string(R"(["Example Company GHI 1.0"])"));
    QCOMPARE(products.text(1), std::string("vulnerable_code_not_in_execute_path"));
    QCOMPARE(scalar(db, "SELECT (SELECT count(*) FROM import_scopes) + (SELECT count(*) FROM findings)"), std::int64_t(0));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestVex)
#include "test_vex.moc"
