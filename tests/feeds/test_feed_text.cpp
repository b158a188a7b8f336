// SPDX-License-Identifier: GPL-3.0-or-later
// The text helpers all importers share: CVE and CWE ids, trimming, joining.
#include "feeds/feed_text.h"

#include <QTest>

#include <set>

using namespace closeloop;

namespace {

std::vector<std::string> cves(std::string_view text)
{
    std::vector<std::string> out;
    cvesIn(text, out);
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

class TestFeedText : public QObject
{
    Q_OBJECT
private slots:
    void cveIds()
    {
        QCOMPARE(cves("CVE-2019-1549"), Strings{"CVE-2019-1549"});
        QCOMPARE(cves("cve-2019-1549"), Strings{"CVE-2019-1549"}); // Trivy and Grype ids, any case
        QCOMPARE(cves("CVE-2019-1549-libcrypto1.1"), Strings{"CVE-2019-1549"});
        QCOMPARE(cves("ANCHOREVULN_CVE-2020-27218_java-archive_jetty-server"), Strings{"CVE-2020-27218"});
        QCOMPARE(cves("CVE-2021-44228, CVE-2021-45046 and CVE-2021-44228 again"),
                 (Strings{"CVE-2021-44228", "CVE-2021-45046"}));
        QCOMPARE(cves("CVE-2021-1234567"), Strings{"CVE-2021-1234567"});
        // Not ids: glued to a word, a short year or sequence, a missing dash.
        QVERIFY(cves("XCVE-2021-44228").empty());
        QVERIFY(cves("CVE-21-44228").empty());
        QVERIFY(cves("CVE-2021-442").empty());
        QVERIFY(cves("CVE-2021--4422").empty());
        QVERIFY(cves("CVE-202144228").empty());
        QVERIFY(cves("GHSA-35jh-r3h4-6jhm").empty());
    }

    void cweIds()
    {
        QCOMPARE(cweId("79"), std::string("CWE-79"));
        QCOMPARE(cweId("CWE-79"), std::string("CWE-79"));
        QCOMPARE(cweId("Improper Input Validation"), std::string("Improper Input Validation"));
        QCOMPARE(cweId(""), std::string());
    }

    void trimming()
    {
        QCOMPARE(trim(" \t a b \r\n"), std::string_view("a b"));
        QCOMPARE(trim(" \t a b \r\n", " \t"), std::string_view("a b \r\n")); // a CSV cell keeps its line break
        QCOMPARE(trim(" \t ", " \t"), std::string_view());
        QCOMPARE(trim(""), std::string_view());
    }

    void utf8Cut()
    {
        const std::string e = "ab\xC3\xA9"; // "abé": the é takes two bytes
        QCOMPARE(utf8Prefix(e, 3), std::string_view("ab"));
        QCOMPARE(utf8Prefix(e, 4), std::string_view(e));
        QCOMPARE(utf8Prefix(e, 10), std::string_view(e));
    }

    void lists()
    {
        Strings list;
        addUnique(list, "a");
        addUnique(list, "");
        addUnique(list, "a");
        addUnique(list, "b");
        QCOMPARE(list, (Strings{"a", "b"}));
        QCOMPARE(join(list, ", "), std::string("a, b"));
        QCOMPARE(join(Strings{"", "a", "b"}, "/"), std::string("a/b"));
        QCOMPARE(join(std::set<std::string>{"z", "y"}, ", "), std::string("y, z"));
        std::string text;
        appendLine(text, "one");
        appendLine(text, "");
        appendParagraph(text, "two");
        appendLine(text, "three");
        QCOMPARE(text, std::string("one\n\ntwo\nthree"));
    }

    void decoding()
    {
        QCOMPARE(percentDecode("%40scope%2Fname+x"), std::string("@scope/name+x"));
        QCOMPARE(formDecode("status=open+issue%21"), std::string("status=open issue!"));
        QCOMPARE(percentDecode("100%"), std::string("100%"));
        QCOMPARE(lower("MiXeD-1"), std::string("mixed-1"));
        QVERIFY(isDigits("0123"));
        QVERIFY(!isDigits(""));
        QVERIFY(!isDigits("12a"));
        QVERIFY(isWebUrl("https://example.com"));
        QVERIFY(!isWebUrl("ftp://example.com"));
    }
};

QTEST_GUILESS_MAIN(TestFeedText)
#include "test_feed_text.moc"
