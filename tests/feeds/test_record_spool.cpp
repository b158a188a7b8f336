// SPDX-License-Identifier: GPL-3.0-or-later
// The record spool that SARIF, Grype, Snyk and GitLab hold records in until
// their context is known: order across the memory/file boundary, size, reuse.
#include "feeds/record_spool.h"

#include <QTest>

#include <utility>
#include <vector>

using namespace closeloop;

namespace {

using Records = std::vector<std::pair<std::string, std::string>>;

Records drained(RecordSpool& spool)
{
    Records out;
    spool.drain([&out](std::string& place, std::string& record) { out.emplace_back(place, std::move(record)); });
    return out;
}

// Records of varied sizes, some empty, some holding bytes a line-based or
// C-string format would trip over.
std::string recordText(std::size_t i)
{
    std::string s = "{\"n\":" + std::to_string(i) + ",\"t\":\"" + std::string(i % 97, char('a' + i % 26)) + "\"}";
    if (i % 7 == 0)
        s += std::string("\n\t\0\r", 4);
    return i % 50 == 49 ? std::string() : s;
}

} // namespace

class TestRecordSpool : public QObject
{
    Q_OBJECT
private slots:
    void emptySpool()
    {
        RecordSpool spool("test records");
        QVERIFY(spool.empty());
        QCOMPARE(spool.size(), std::size_t(0));
        QVERIFY(drained(spool).empty());
        QVERIFY(spool.empty());
    }

    void orderKeptAcrossTheMemoryFileBoundary()
    {
        // 4 KiB of memory: the first few dozen stay there, the rest go to the file.
        RecordSpool spool("test records", 4096);
        const std::size_t n = 2000;
        for (std::size_t i = 0; i < n; ++i)
            spool.add("/records/" + std::to_string(i), recordText(i));
        QCOMPARE(spool.size(), n);
        const Records out = drained(spool);
        QCOMPARE(out.size(), n);
        for (std::size_t i = 0; i < n; ++i) {
            QCOMPARE(out[i].first, "/records/" + std::to_string(i));
            QCOMPARE(out[i].second, recordText(i));
        }
        QVERIFY(spool.empty());
        QVERIFY(drained(spool).empty()); // drained once, handed back once
    }

    void fillsAgainAfterADrain()
    {
        // Snyk reuses one spool for every project of --all-projects output.
        RecordSpool spool("test records", 64);
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 10; ++i)
                spool.add(std::to_string(round), std::string(std::size_t(i) * 10, 'x'));
            const Records out = drained(spool);
            QCOMPARE(out.size(), std::size_t(10));
            QCOMPARE(out.front().first, std::to_string(round));
            QCOMPARE(out.back().second, std::string(90, 'x'));
        }
    }

    void largeInput()
    {
        // 64 MiB through the default 8 MiB of memory, one record larger than that.
        RecordSpool spool("test records");
        const std::string chunk(64 * 1024, 'r');
        const std::size_t n = 1024;
        for (std::size_t i = 0; i < n; ++i)
            spool.add(std::to_string(i), std::to_string(i) + chunk);
        spool.add("huge", std::string(RecordSpool::DefaultMemoryBytes + 1, 'h'));
        std::size_t seen = 0;
        bool inOrder = true;
        spool.drain([&](std::string& place, std::string& record) {
            if (seen < n)
                inOrder = inOrder && place == std::to_string(seen) && record.size() == chunk.size() + place.size() &&
                          record.compare(0, place.size(), place) == 0;
            else
                inOrder = inOrder && place == "huge" && record.size() == RecordSpool::DefaultMemoryBytes + 1;
            ++seen;
        });
        QCOMPARE(seen, n + 1);
        QVERIFY(inOrder);
    }

    void aRecordLargerThanMemoryGoesToTheFile()
    {
        RecordSpool spool("test records", 16);
        spool.add("/0", std::string(100, 'a'));
        spool.add("/1", "b");
        const Records out = drained(spool);
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(out[0].second, std::string(100, 'a'));
        QCOMPARE(out[1], (std::pair<std::string, std::string>("/1", "b")));
    }
};

QTEST_GUILESS_MAIN(TestRecordSpool)
#include "test_record_spool.moc"
