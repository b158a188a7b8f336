// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-written JSON of the import's hot path parses back to its input.
#include "util/json_text.h"

#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

class TestJsonText : public QObject
{
    Q_OBJECT
private slots:
    void roundTrips()
    {
        std::vector<std::string> samples = {"", "plain", "quote \" and \\ backslash", "tab\tnew\nline\r",
                                            std::string("nul\0byte", 8), "\x01\x1f control", "Umlaut ä, € and 😀"};
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < 200; ++i) {
            std::string s;
            for (int k = 0; k < 40; ++k)
                s.push_back(char(rng->bounded(0, 128))); // ASCII incl. every control character
            samples.push_back(s);
        }
        const std::string array = closeloop::jsonStringArray(samples);
        const auto parsed = nlohmann::json::parse(array);
        QCOMPARE(parsed.size(), samples.size());
        for (std::size_t i = 0; i < samples.size(); ++i)
            QCOMPARE(parsed[i].get<std::string>(), samples[i]);
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "test_json_text.moc"
