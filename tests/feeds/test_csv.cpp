// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming CSV reader and the CSV importer's layouts (Wiz, Prowler,
// Sysdig, DefectDojo generic, Defender for Cloud) on the project's own fixtures.
#include "feed_test_support.h"
#include "feeds/csv_importer.h"
#include "feeds/csv_reader.h"
#include "model/fingerprint.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

using namespace closeloop;
using namespace closeloop::test;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// Every data row, with the row number the reader reported for it.
Rows readAll(const std::string& text, std::vector<std::size_t>* numbers = nullptr, char* delimiter = nullptr)
{
    ByteSource src = ByteSource::fromMemory(text);
    CsvReader reader(src);
    if (delimiter)
        *delimiter = reader.delimiter();
    Rows rows{reader.header()};
    std::vector<std::string> row;
    while (reader.next(row)) {
        rows.push_back(row);
        if (numbers)
            numbers->push_back(reader.row());
    }
    return rows;
}

FeedError readError(const std::string& text)
{
    try {
        readAll(text);
    } catch (const FeedError& e) {
        return e;
    }
    return FeedError("(no error)", {});
}

const std::string sysdigHeader = "CVE ID,CVE Severity,CVSS Score,CVSS Score Version,Package Name,Package Version,"
                                 "Package Path,Package Type,Fix Version,CVE URL,Vuln Disclosure Date,Vuln Fix Date,"
                                 "Risk Accepted,EPSS Score\n";

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    // --- CsvReader ---------------------------------------------------------

    void readerQuotingAndLineEnds()
    {
        std::vector<std::size_t> numbers;
        const std::string text = "\xEF\xBB\xBF"
                                 "id,text,n\r\n"
                                 "1,\"a, b\",x\r\n"
                                 "2,\"say \"\"hi\"\"\",y\r\n"
                                 "3,\"two\r\nlines\",z\r\n"
                                 "\r\n"
                                 "4,,\r\n"
                                 "5,last,w"; // no line end at the end of the file
        const Rows rows = readAll(text, &numbers);
        QCOMPARE(rows[0], (std::vector<std::string>{"id", "text", "n"})); // the byte order mark is gone
        QCOMPARE(rows[1], (std::vector<std::string>{"1", "a, b", "x"}));
        QCOMPARE(rows[2], (std::vector<std::string>{"2", "say \"hi\"", "y"}));
        QCOMPARE(rows[3], (std::vector<std::string>{"3", "two\r\nlines", "z"}));
        QCOMPARE(rows[4], (std::vector<std::string>{"4", "", ""}));
        QCOMPARE(rows[5], (std::vector<std::string>{"5", "last", "w"}));
        // The header is row 1; a quoted line break is no new row; the blank line counts.
        QCOMPARE(numbers, (std::vector<std::size_t>{2, 3, 4, 6, 7}));
    }

    void readerDetectsTheDelimiter()
    {
        char delimiter = 0;
        const Rows semi = readAll("A;B;\"C;D\"\n1,5;2;3\n", nullptr, &delimiter);
        QCOMPARE(delimiter, ';');
        QCOMPARE(semi[1], (std::vector<std::string>{"1,5", "2", "3"}));
        const Rows comma = readAll("\"a;b\",c\nx,y\n", nullptr, &delimiter);
        QCOMPARE(delimiter, ','); // the ';' is inside quotes
        QCOMPARE(comma[0], (std::vector<std::string>{"a;b", "c"}));
        QCOMPARE(CsvReader::splitLine("\"x,\"\"y\"\"\",z", ','), (std::vector<std::string>{"x,\"y\"", "z"}));
    }

    void readerHeaderOnly()
    {
        QCOMPARE(readAll("a,b,c").size(), std::size_t(1));
        QCOMPARE(readAll("a,b,c\n\n\n").size(), std::size_t(1));
        const FeedError none = readError("\xEF\xBB\xBF\r\n");
        QCOMPARE(none.place(), std::string("row 1"));
    }

    void readerRefusals()
    {
        FeedError e = readError("a,b,c\n1,2,3\n4,5\n");
        QCOMPARE(e.place(), std::string("row 3"));
        QCOMPARE(e.reason(), std::string("2 fields where the header has 3"));

        e = readError("a,b\n1,2\n3,4,5,6\n");
        QCOMPARE(e.place(), std::string("row 3"));
        QVERIFY(e.reason().find("more fields than the header") != std::string::npos);

        e = readError("a,b\n1,\"x\xC3\x28\"\n");
        QCOMPARE(e.place(), std::string("row 2"));
        QCOMPARE(e.reason(), std::string("invalid UTF-8 in column 2 (\"b\")"));
        QCOMPARE(readError("a,b\n1,\xC0\xAF\n").place(), std::string("row 2")); // overlong form of '/'

        e = readError("a,b\n1,2\n\"open,3\n");
        QCOMPARE(e.place(), std::string("row 3"));
        QVERIFY(e.reason().find("unterminated quoted field") != std::string::npos);

        e = readError("a,b\n\"x\"y,2\n");
        QCOMPARE(e.place(), std::string("row 2"));
        QVERIFY(e.reason().find("after the closing quote") != std::string::npos);

        e = readError("a,b\n1,2\n3," + std::string(CsvReader::MaxFieldBytes + 1, 'x') + "\n");
        QCOMPARE(e.place(), std::string("row 3"));
        QVERIFY(e.reason().find("longer than 1 MiB") != std::string::npos);
    }

    // --- CsvImporter -------------------------------------------------------

    void detectsEachLayout()
    {
        for (const char* name : {"csv/wiz_issues.csv", "csv/wiz_vulnerabilities.csv", "csv/prowler.csv", "csv/sysdig_cli.csv",
                                 "csv/generic.csv", "csv/defender_recommendations.csv"}) {
            QCOMPARE(parseFile(fixture(name)).format, std::string("csv"));
        }
        CsvImporter importer;
        const auto layoutOf = [&](const std::string& file) {
            const std::string text = readFixture(file);
            ByteSource src = ByteSource::fromMemory(text);
            return importer.layoutFor(CsvReader(src).header())->name;
        };
        QCOMPARE(layoutOf("csv/wiz_issues.csv"), std::string("wiz-issues"));
        QCOMPARE(layoutOf("csv/wiz_vulnerabilities.csv"), std::string("wiz-vulnerabilities"));
        QCOMPARE(layoutOf("csv/prowler.csv"), std::string("prowler"));
        QCOMPARE(layoutOf("csv/sysdig_cli.csv"), std::string("sysdig-cli"));
        QCOMPARE(layoutOf("csv/generic.csv"), std::string("defectdojo-generic"));
        QCOMPARE(layoutOf("csv/defender_recommendations.csv"), std::string("defender-for-cloud-recommendations"));
        // Prowler 3 named the uid and account columns differently.
        QCOMPARE(importer.layoutFor({"ASSESSMENT_START_TIME", "FINDING_UNIQUE_ID", "PROVIDER", "PROFILE", "ACCOUNT_ID", "REGION",
                                     "CHECK_ID", "STATUS", "SEVERITY"})
                     ->name,
                 std::string("prowler-v3"));
    }

    void unknownLayoutIsRefusedAtRowOne()
    {
        const FeedError e = parseError("Host;Port;Finding\nweb-1;443;weak TLS\n");
        QCOMPARE(e.place(), std::string("row 1"));
        QCOMPARE(e.reason(), std::string("unrecognized CSV layout: header \"Host;Port;Finding\" matches no known export"));
        // One word, or prose with a comma, is no table: no format claims it.
        QVERIFY(parseError("hello\n").reason().rfind("unrecognized format", 0) == 0);
        QVERIFY(parseError("Copyright (c) 2015-2023 Example, Inc. All rights reserved.\n").reason().rfind("unrecognized format", 0) == 0);
        QVERIFY(parseError("# Notes, and more notes\n").reason().rfind("unrecognized format", 0) == 0);
    }

    void wizIssues()
    {
        const auto c = parseFile(fixture("csv/wiz_issues.csv"));
        QCOMPARE(c.findings.size(), std::size_t(3));
        QCOMPARE(c.tool, std::string("Wiz"));
        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("Wiz"));
        QCOMPARE(f.ruleId, std::string("wc-id-1234"));
        QCOMPARE(f.title, std::string("S3 bucket allows public read access")); // trailing space trimmed
        QVERIFY(f.description.find("grants read access to \"AllUsers\"") != std::string::npos);
        QVERIFY(f.description.find("\n\n#### Potential impact\n") != std::string::npos);
        QCOMPARE(f.severity, Severity::High);
        QCOMPARE(f.asset, std::string("arn:aws:s3:::shop-public-assets"));
        QCOMPARE(f.assetKind, AssetKind::CloudResource);
        QVERIFY(f.remediation.rfind("### Block public access", 0) == 0);
        QCOMPARE(f.references, std::vector<std::string>{"https://app.wiz.io/issues#~(issue~'0029ee49-c676-432f-8690-12f2862ec708)"});
        QCOMPARE(f.firstSeenInFeed, std::string("2024-03-04T10:11:12Z"));
        QCOMPARE(f.scopeTarget, std::string("111122223333"));
        QCOMPARE(f.fingerprintFamily, std::string("wiz"));
        QCOMPARE(f.fingerprintInputs[1], (std::pair<std::string, std::string>{"issue", "0029ee49-c676-432f-8690-12f2862ec708"}));
        const auto raw = nlohmann::json::parse(f.raw);
        QCOMPARE(raw.size(), std::size_t(32));
        QCOMPARE(raw["Issue ID"].get<std::string>(), std::string("0029ee49-c676-432f-8690-12f2862ec708"));
        QVERIFY(f.raw.rfind("{\"Created At\":", 0) == 0); // column order kept

        QCOMPARE(c.findings[1].sourceState, SourceState::Fixed);
        QCOMPARE(c.findings[1].sourceStateReason, std::string("resolved in Wiz: ISSUE_FIXED"));
        QCOMPARE(c.findings[2].sourceState, SourceState::Dismissed);
        QCOMPARE(c.findings[2].sourceStateReason, std::string("rejected in Wiz: WONT_FIX"));
        QCOMPARE(c.scopes, (std::vector<ScanScope>{{"Wiz", "111122223333"}, {"Wiz", "fee3535b-9616-486f-a476-6a500a08a02b"}}));
    }

    void wizVulnerabilities()
    {
        const auto c = parseFile(fixture("csv/wiz_vulnerabilities.csv"));
        QCOMPARE(c.findings.size(), std::size_t(2));
        const Finding& f = c.findings[0];
        QCOMPARE(f.ruleId, std::string("CVE-2024-24790"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2024-24790"});
        QCOMPARE(f.title, std::string("CVE-2024-24790 in stdlib"));
        QCOMPARE(f.severity, Severity::Critical);
        QCOMPARE(f.package, std::string("stdlib"));
        QCOMPARE(f.packageVersion, std::string("1.21.5"));
        QCOMPARE(f.fixVersion, std::string("1.21.11"));
        QCOMPARE(f.locationFile, std::string("/home/kubernetes/bin/containerd"));
        QCOMPARE(f.remediation, std::string("go get -u golang.org/x/net"));
        QCOMPARE(f.asset, std::string("gke-shop-node-0dd0efbc-46n6"));
        QCOMPARE(f.scopeTarget, std::string("shop-prod"));
        QCOMPARE(f.references.size(), std::size_t(2));
        // No vendor rating: the CVSS severity column rates it. Resolved: Fixed.
        const Finding& g = c.findings[1];
        QCOMPARE(g.severity, Severity::Medium);
        QVERIFY(g.cves.empty()); // a GHSA id
        QCOMPARE(g.sourceState, SourceState::Fixed);
        QCOMPARE(g.sourceStateReason, std::string("resolved in Wiz: Patched"));
    }

    void prowlerCsvMatchesProwlerOcsf()
    {
        const auto c = parseFile(fixture("csv/prowler.csv"));
        QCOMPARE(c.findings.size(), std::size_t(2)); // FAIL, FAIL muted; PASS and MANUAL are not findings
        QCOMPARE(c.tool, std::string("Prowler"));
        QCOMPARE(c.toolVersion, std::string("5.4.0"));
        QCOMPARE(c.scopes, (std::vector<ScanScope>{{"Prowler", "111122223333/eu-west-1"}, {"Prowler", "111122223333/us-east-1"}}));
        const Finding& f = c.findings[0];
        QCOMPARE(f.ruleId, std::string("s3_bucket_public_access"));
        QCOMPARE(f.severity, Severity::Critical);
        QCOMPARE(f.asset, std::string("arn:aws:s3:::shop-public-assets"));
        QVERIFY(f.description.find("STATUS_EXTENDED: S3 Bucket shop-public-assets has public access") != std::string::npos);
        QVERIFY(f.remediation.find("aws s3api put-public-access-block") != std::string::npos);
        QCOMPARE(f.references.size(), std::size_t(2));
        QCOMPARE(c.findings[1].sourceState, SourceState::Suppressed);
        QCOMPARE(c.findings[1].sourceStateReason, std::string("muted in Prowler"));

        // The same check on the same resource from Prowler's OCSF output is the same finding.
        const auto ocsf = parseFile(fixture("ocsf/prowler_aws.ocsf.json"));
        QCOMPARE(computeFingerprint(f), computeFingerprint(ocsf.findings[0]));
    }

    void sysdigCli()
    {
        const auto c = parseFile(fixture("csv/sysdig_cli.csv"));
        QCOMPARE(c.findings.size(), std::size_t(3));
        QVERIFY(c.scopes.empty()); // the export does not name the image it scanned
        const Finding& f = c.findings[0];
        QCOMPARE(f.ruleId, std::string("CVE-2019-6446"));
        QCOMPARE(f.cves, std::vector<std::string>{"CVE-2019-6446"});
        QCOMPARE(f.severity, Severity::Critical);
        QCOMPARE(*f.cvssScore, 9.8);
        QCOMPARE(*f.epss, 0.03444);
        QCOMPARE(f.package, std::string("numpy"));
        QCOMPARE(f.packageVersion, std::string("1.12.1"));
        QCOMPARE(f.locationFile, std::string("/usr/lib/python2.7/dist-packages/numpy-1.12.1.egg-info/PKG-INFO"));
        QCOMPARE(f.fixVersion, std::string("v1.16.1"));
        QCOMPARE(f.remediation, std::string("Upgrade numpy to v1.16.1"));
        QCOMPARE(f.references, std::vector<std::string>{"https://nvd.nist.gov/vuln/detail/CVE-2019-6446"});
        QCOMPARE(f.scopeTarget, std::string("(image not named in the Sysdig CSV)"));
        QCOMPARE(c.findings[1].severity, Severity::Low); // "Other": rated by CVSS 3.7
        QCOMPARE(c.findings[2].severity, Severity::Low); // Negligible
        QCOMPARE(c.findings[2].sourceState, SourceState::Suppressed);
    }

    void genericCsv()
    {
        const auto c = parseFile(fixture("csv/generic.csv")); // CRLF line ends
        QCOMPARE(c.findings.size(), std::size_t(3));
        QCOMPARE(c.tool, std::string("Generic CSV"));
        QCOMPARE(c.scopes, (std::vector<ScanScope>{{"Generic CSV", "(csv)"}}));
        const Finding& f = c.byRule("SQL injection in search");
        QCOMPARE(f.cwes, std::vector<std::string>{"CWE-89"});
        QCOMPARE(f.severity, Severity::High);
        QCOMPARE(f.asset, std::string("https://shop.example/search?q=1"));
        QCOMPARE(f.description, std::string("The q parameter is concatenated into SQL.\n\nImpact: Database read access"));
        QCOMPARE(f.remediation, std::string("Use bound parameters."));
        QCOMPARE(f.references, std::vector<std::string>{"https://owasp.org/www-community/attacks/SQL_Injection"});
        QCOMPARE(f.confidence, std::string("high"));
        QVERIFY(f.firstSeenInFeed.empty()); // 28/02/2021 is not an ISO date
        QCOMPARE(c.byRule("Reflected XSS in search").sourceState, SourceState::Dismissed);
        QCOMPARE(c.byRule("Verbose error page").sourceState, SourceState::Fixed);
        QCOMPARE(c.byRule("Verbose error page").severity, Severity::Info);

        // DefectDojo's optional CVE column names the vulnerability.
        const auto cve = parseBytes("Date,Title,Severity,Description,CVE\n2024-01-02,Old OpenSSL,High,desc,CVE-2023-0286\n");
        QCOMPARE(cve.findings[0].ruleId, std::string("CVE-2023-0286"));
        QCOMPARE(cve.findings[0].cves, std::vector<std::string>{"CVE-2023-0286"});
        QCOMPARE(cve.findings[0].title, std::string("Old OpenSSL"));
    }

    void defenderRecommendations()
    {
        const auto c = parseFile(fixture("csv/defender_recommendations.csv")); // BOM, every field quoted
        QCOMPARE(c.findings.size(), std::size_t(1)); // Healthy and NotApplicable rows are not findings
        const Finding& f = c.findings[0];
        QCOMPARE(f.tool, std::string("Microsoft Defender for Cloud"));
        QCOMPARE(f.ruleId, std::string("c2c6f250-f098-4e62-9f43-90d7df7188aa"));
        QCOMPARE(f.title, std::string("Storage account should use a private link connection"));
        QCOMPARE(f.severity, Severity::Medium);
        QVERIFY(f.asset.rfind("/subscriptions/805926ce-af4e-48c2-a6cb-3533ef787afb/resourcegroups/", 0) == 0);
        QVERIFY(f.description.find("controls: Restrict unauthorized network access") != std::string::npos);
        QCOMPARE(f.firstSeenInFeed, std::string("2023-10-24T05:56:30.3538636Z"));
        QCOMPARE(c.scopes, (std::vector<ScanScope>{{"Microsoft Defender for Cloud", "805926ce-af4e-48c2-a6cb-3533ef787afb"}}));
    }

    void fingerprints()
    {
        // An upgrade that does not fix: same finding. Another package: another finding.
        const std::string row = "CVE-2019-6446,Critical,9.8,3.0,numpy,1.12.1,/usr/lib/numpy,python,v1.16.1,,,,false,\n";
        std::string upgraded = row;
        upgraded.replace(upgraded.find("1.12.1"), 6, "1.13.0");
        std::string other = row;
        other.replace(other.find(",numpy,"), 7, ",scipy,");
        const auto a = parseBytes(sysdigHeader + row), b = parseBytes(sysdigHeader + upgraded), o = parseBytes(sysdigHeader + other);
        QCOMPARE(computeFingerprint(a.findings[0]), computeFingerprint(b.findings[0]));
        QVERIFY(computeFingerprint(a.findings[0]) != computeFingerprint(o.findings[0]));

        std::set<std::string> prints;
        for (const char* name : {"csv/wiz_issues.csv", "csv/generic.csv", "csv/sysdig_cli.csv"}) {
            for (const auto& f : parseFile(fixture(name)).findings)
                prints.insert(computeFingerprint(f));
        }
        QCOMPARE(prints.size(), std::size_t(9));
    }

    void headerOnlyAndEmptyColumns()
    {
        const auto wiz = parseBytes(readFixture("csv/wiz_issues.csv").substr(0, readFixture("csv/wiz_issues.csv").find('\n') + 1));
        QCOMPARE(wiz.format, std::string("csv"));
        QVERIFY(wiz.findings.empty());
        QVERIFY(wiz.scopes.empty()); // no row names a subscription
        // Optional columns left empty.
        const auto c = parseBytes(sysdigHeader + "CVE-2020-1,,,,pkg,1.0,,,,,,,,\n");
        QCOMPARE(c.findings[0].severity, Severity::Unknown);
        QVERIFY(!c.findings[0].cvssScore);
        QVERIFY(c.findings[0].fixVersion.empty());
    }

    void rowErrorsNameTheRow()
    {
        FeedError e = parseError(sysdigHeader + "CVE-2020-1,High,7.5,3.1,a,1,,,,,,,false,\nCVE-2020-2,Dire,7.5,3.1,b,1,,,,,,,false,\n");
        QCOMPARE(e.place(), std::string("row 3"));
        QCOMPARE(e.reason(), std::string("unknown severity \"Dire\" in column \"CVE Severity\""));
        e = parseError(sysdigHeader + "CVE-2020-1,High,high,3.1,a,1,,,,,,,false,\n");
        QCOMPARE(e.place(), std::string("row 2"));
        QCOMPARE(e.reason(), std::string("column \"CVSS Score\" is not a number: \"high\""));
        e = parseError(sysdigHeader + "CVE-2020-1,High,7.5,3.1,a,1\n");
        QCOMPARE(e.place(), std::string("row 2"));
        e = parseError(sysdigHeader + ",,,,,,,,,,,,,\n");
        QCOMPARE(e.place(), std::string("row 2"));
        // Invalid UTF-8 past the sniffed prefix (which the sniff checks itself) is the reader's to find.
        std::string big = sysdigHeader;
        std::size_t rows = 0;
        while (big.size() <= FeedSniff::PrefixBytes) {
            big += "CVE-2020-" + std::to_string(++rows) + ",High,7.5,3.1,pkg,1.0,/usr/lib/pkg,python,,,,,false,\n";
        }
        big += "CVE-2021-1,High,7.5,3.1,caf\xE9,1,,,,,,,false,\n";
        e = parseError(big);
        QCOMPARE(e.place(), "row " + std::to_string(rows + 2));
        QCOMPARE(e.reason(), std::string("invalid UTF-8 in column 5 (\"Package Name\")"));
    }

    void reimportClosesOnlyWhatWasCovered()
    {
        // First scan: failures in two regions. Second scan covers only eu-west-1
        // (where the check now passes): only that region's finding is closed.
        const std::string csv = readFixture("csv/prowler.csv");
        const std::string header = csv.substr(0, csv.find('\n') + 1);
        std::vector<std::string> lines;
        for (std::size_t at = header.size(); at < csv.size();) {
            const auto end = csv.find('\n', at);
            lines.push_back(csv.substr(at, end - at + 1));
            at = end + 1;
        }
        QCOMPARE(lines.size(), std::size_t(4));
        TempWorkspace ws;
        ws.writeFile("first.csv", csv);
        ws.writeFile("second.csv", header + lines[1]); // the PASS row in eu-west-1
        const ImportReport first = ws.import(ws.path("first.csv"));
        QCOMPARE(first.counts.findings, 2);
        const ImportReport second = ws.import(ws.path("second.csv"));
        QCOMPARE(second.status, ImportReport::Status::Imported);
        QCOMPARE(second.counts.findings, 0);
        QCOMPARE(second.counts.closed, 1);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
