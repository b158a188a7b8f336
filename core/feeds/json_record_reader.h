// SPDX-License-Identifier: GPL-3.0-or-later
// Streams a JSON document through nlohmann's SAX interface and hands out only
// the sub-documents a parser asks for, one at a time: memory holds one record,
// never the file. Everything else is skipped without being built.
//
// Patterns are JSON pointers where "*" matches any key or array index:
// "/Results/*/Vulnerabilities/*" delivers each vulnerability with its pointer.
// Nesting deeper than MaxDepth is a FeedError naming the pointer.
#pragma once

#include "byte_source.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace closeloop {

class JsonRecordReader
{
public:
    static constexpr int MaxDepth = 128;
    // A record's strings may add up to this much; a feed that packs more into
    // one finding is refused rather than allowed to exhaust memory.
    static constexpr std::size_t MaxRecordBytes = 64u << 20;

    using Segments = std::vector<std::string>;
    using ValueFn = std::function<void(const Segments& path, nlohmann::json&& value)>;
    using EndFn = std::function<void(const Segments& path)>;

    // Delivers each value at a matching path, fully built.
    void capture(std::string_view pattern, ValueFn fn);
    // Called when a container at a matching path ends (e.g. the end of a SARIF
    // run), after every capture inside it was delivered.
    void onEnd(std::string_view pattern, EndFn fn);

    // Declares what the value at a pattern must be when present: a pattern
    // matches array indices and object keys alike, so without this a feed
    // writing {"runs": {"x": ...}} would pass for a list. null is allowed
    // (feeds write it for "none"); anything else is a FeedError at the place.
    void expectArray(std::string_view pattern);
    void expectObject(std::string_view pattern);

    // With raw capture on, a record's callback can read the record's text as
    // the feed wrote it (white space outside strings removed) from rawRecord():
    // cheaper than re-serializing the built value, and verbatim.
    void setCaptureRaw(bool on) { m_captureRaw = on; }
    const std::string& rawRecord() const { return m_raw; }

    // Parses the whole source; throws FeedError (syntax, depth, size; the place
    // is "line L, column C" or a JSON pointer) or whatever a callback throws.
    void run(ByteSource& src);

    static std::string pointer(const Segments& path);
    static std::string pointer(const Segments& path, std::string_view child);
    // The pointer one key (or index) below the pointer parent.
    static std::string childPointer(const std::string& parent, std::string_view child);

private:
    struct Pattern
    {
        Segments segments;
        ValueFn onValue;
        EndFn onEnd;
    };
    static Segments split(std::string_view pattern);

    std::vector<Pattern> m_patterns;
    struct Expectation
    {
        Segments segments;
        bool array;
    };
    std::vector<Expectation> m_expectations;
    bool m_captureRaw = false;
    std::string m_raw;
    friend class JsonRecordSax;
};

// Small helpers that parsers use on captured records; all tolerate missing
// keys and wrong types by returning empty values.
namespace js {
const nlohmann::json* find(const nlohmann::json& j, std::string_view key);
const nlohmann::json* path(const nlohmann::json& j, std::initializer_list<std::string_view> keys);
std::string str(const nlohmann::json& j, std::string_view key);
std::string str(const nlohmann::json* j);
std::string strAt(const nlohmann::json& j, std::initializer_list<std::string_view> keys);
std::optional<double> num(const nlohmann::json& j, std::string_view key);
std::optional<double> num(const nlohmann::json* j);
// The string elements of an array; other elements, or a j that is no array, give none.
std::vector<std::string> strings(const nlohmann::json* j);

// Optional members that must have their type when present: absent or null
// gives nothing, another type is a FeedError at place + "/" + key, where place
// is the pointer of j.
const nlohmann::json* optObject(const nlohmann::json& j, std::string_view key, const std::string& place);
const nlohmann::json* optArray(const nlohmann::json& j, std::string_view key, const std::string& place);
const std::string* optString(const nlohmann::json& j, std::string_view key, const std::string& place);
std::optional<long long> optInteger(const nlohmann::json& j, std::string_view key, const std::string& place);
} // namespace js

} // namespace closeloop
