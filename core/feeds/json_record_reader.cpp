// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_record_reader.h"

#include "feed_error.h"
#include "util/json_pointer.h"

namespace closeloop {

using nlohmann::json;

JsonRecordReader::Segments JsonRecordReader::split(std::string_view pattern)
{
    Segments out;
    if (pattern.empty() || pattern == "/")
        return out;
    std::size_t pos = pattern.front() == '/' ? 1 : 0;
    while (pos <= pattern.size()) {
        const std::size_t next = pattern.find('/', pos);
        out.emplace_back(pattern.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
        if (next == std::string_view::npos)
            break;
        pos = next + 1;
    }
    return out;
}

void JsonRecordReader::capture(std::string_view pattern, ValueFn fn)
{
    m_patterns.push_back({split(pattern), std::move(fn), {}});
}

void JsonRecordReader::expectArray(std::string_view pattern)
{
    m_expectations.push_back({split(pattern), true});
}

void JsonRecordReader::expectObject(std::string_view pattern)
{
    m_expectations.push_back({split(pattern), false});
}

void JsonRecordReader::onEnd(std::string_view pattern, EndFn fn)
{
    m_patterns.push_back({split(pattern), {}, std::move(fn)});
}

namespace {

void appendSegment(std::string& out, std::string_view segment)
{
    out.push_back('/');
    appendJsonPointerToken(out, segment);
}

} // namespace

std::string JsonRecordReader::pointer(const Segments& path)
{
    std::string out;
    for (const auto& s : path)
        appendSegment(out, s);
    return out.empty() ? std::string("/") : out;
}

std::string JsonRecordReader::pointer(const Segments& path, std::string_view child)
{
    Segments p = path;
    p.emplace_back(child);
    return pointer(p);
}

std::string JsonRecordReader::childPointer(const std::string& parent, std::string_view child)
{
    std::string out = parent == "/" ? std::string() : parent;
    appendSegment(out, child);
    return out;
}

class JsonRecordSax
{
public:
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    JsonRecordSax(JsonRecordReader& reader, ByteSource& src)
        : m_expectations(reader.m_expectations)
        , m_patterns(reader.m_patterns)
        , m_reader(reader)
        , m_src(reader.m_captureRaw ? &src : nullptr)
    {
    }

    bool null() { return scalar(json(nullptr)); }
    bool boolean(bool v) { return scalar(json(v)); }
    bool number_integer(number_integer_t v) { return scalar(json(v)); }
    bool number_unsigned(number_unsigned_t v) { return scalar(json(v)); }
    bool number_float(number_float_t v, const string_t&) { return scalar(json(v)); }
    bool string(string_t& v)
    {
        if (m_skip > 0)
            return true;
        if (!m_build.empty()) {
            countBytes(v.size());
            return addBuilt(json(std::move(v)));
        }
        return scalar(json(std::move(v)));
    }
    bool binary(binary_t&) { return scalar(json(nullptr)); }

    bool key(string_t& k)
    {
        if (m_skip > 0)
            return true;
        if (!m_build.empty()) {
            countBytes(k.size());
            m_pendingKey = std::move(k);
            return true;
        }
        m_frames.back().key = std::move(k);
        return true;
    }

    bool start_object(std::size_t) { return startContainer(false); }
    bool start_array(std::size_t) { return startContainer(true); }
    bool end_object() { return endContainer(); }
    bool end_array() { return endContainer(); }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex)
    {
        // nlohmann's message: "[json.exception.parse_error.101] parse error at
        // line 3, column 7: syntax error while parsing ..."; split it.
        std::string msg = ex.what();
        std::string place;
        const auto at = msg.find(" at line ");
        const auto colon = at == std::string::npos ? std::string::npos : msg.find(": ", at);
        if (at != std::string::npos && colon != std::string::npos) {
            place = msg.substr(at + 4, colon - at - 4);
            msg = msg.substr(colon + 2);
        } else if (const auto bracket = msg.find("] "); bracket != std::string::npos) {
            msg = msg.substr(bracket + 2);
        }
        throw FeedError(place, "invalid JSON: " + msg);
    }

private:
    struct Frame
    {
        bool array = false;
        std::size_t nextIndex = 0;
        std::string key;
    };

    void enterDepth()
    {
        if (++m_depth > JsonRecordReader::MaxDepth) {
            throw FeedError(JsonRecordReader::pointer(m_path),
                            "nesting deeper than " + std::to_string(JsonRecordReader::MaxDepth) + " levels");
        }
    }

    void countBytes(std::size_t n)
    {
        m_recordBytes += n;
        if (m_recordBytes > JsonRecordReader::MaxRecordBytes) {
            throw FeedError(JsonRecordReader::pointer(m_buildPath),
                            "record larger than " + std::to_string(JsonRecordReader::MaxRecordBytes >> 20) + " MiB");
        }
    }

    // Names the value that starts now and pushes it on m_path.
    void pushSegment()
    {
        if (m_frames.empty())
            return; // the root value has the empty path
        Frame& parent = m_frames.back();
        if (parent.array)
            m_path.push_back(std::to_string(parent.nextIndex++));
        else
            m_path.push_back(parent.key);
    }

    bool matches(const JsonRecordReader::Segments& pattern, std::size_t len) const
    {
        for (std::size_t i = 0; i < len; ++i) {
            if (pattern[i] != "*" && pattern[i] != m_path[i])
                return false;
        }
        return true;
    }

    const JsonRecordReader::Pattern* captureFor() const
    {
        for (const auto& p : m_patterns) {
            if (p.onValue && p.segments.size() == m_path.size() && matches(p.segments, m_path.size()))
                return &p;
        }
        return nullptr;
    }

    bool leadsSomewhere() const
    {
        for (const auto& p : m_patterns) {
            if (p.segments.size() > m_path.size() && matches(p.segments, m_path.size()))
                return true;
            if (p.onEnd && p.segments.size() == m_path.size() && matches(p.segments, m_path.size()))
                return true;
        }
        return false;
    }

    bool scalar(json&& v)
    {
        if (m_skip > 0)
            return true;
        if (!m_build.empty())
            return addBuilt(std::move(v));
        pushSegment();
        if (!m_expectations.empty())
            checkExpected(v.is_null() ? 'n' : 's');
        if (const auto* p = captureFor())
            p->onValue(m_path, std::move(v));
        if (!m_frames.empty())
            m_path.pop_back();
        return true;
    }

    bool addBuilt(json&& v)
    {
        json& parent = *m_build.back();
        if (parent.is_array()) {
            parent.push_back(std::move(v));
        } else {
            parent[m_pendingKey] = std::move(v);
        }
        return true;
    }

    bool startContainer(bool array)
    {
        enterDepth();
        if (m_skip > 0) {
            ++m_skip;
            return true;
        }
        if (!m_build.empty()) {
            json child = array ? json::array() : json::object();
            json& parent = *m_build.back();
            json* slot = nullptr;
            if (parent.is_array()) {
                parent.push_back(std::move(child));
                slot = &parent.back();
            } else {
                slot = &(parent[m_pendingKey] = std::move(child));
            }
            m_build.push_back(slot);
            return true;
        }
        pushSegment();
        if (!m_expectations.empty())
            checkExpected(array ? 'a' : 'o');
        if (const auto* p = captureFor()) {
            m_capture = p;
            m_root = array ? json::array() : json::object();
            m_build.push_back(&m_root);
            m_buildPath = m_path;
            m_recordBytes = 0;
            if (m_src)
                m_src->beginCapture();
            m_rawOpen = array ? '[' : '{';
            return true;
        }
        if (leadsSomewhere()) {
            m_frames.push_back(Frame{array, 0, {}});
            return true;
        }
        m_skip = 1;
        return true;
    }

    bool endContainer()
    {
        --m_depth;
        if (m_skip > 0) {
            if (--m_skip == 0 && !m_frames.empty())
                m_path.pop_back();
            return true;
        }
        if (!m_build.empty()) {
            m_build.pop_back();
            if (m_build.empty()) {
                const auto* p = m_capture;
                m_capture = nullptr;
                if (m_src)
                    minifyInto(m_reader.m_raw, m_rawOpen, m_src->endCapture());
                p->onValue(m_buildPath, std::move(m_root));
                m_root = json();
                if (!m_path.empty())
                    m_path.pop_back();
            }
            return true;
        }
        // A container we descended into ends.
        m_frames.pop_back();
        for (const auto& p : m_patterns) {
            if (p.onEnd && p.segments.size() == m_path.size() && matches(p.segments, m_path.size()))
                p.onEnd(m_path);
        }
        if (!m_path.empty())
            m_path.pop_back();
        return true;
    }

    // White space outside strings goes; everything else stays as written.
    static void minifyInto(std::string& out, char open, const std::string& in)
    {
        out.clear();
        out.reserve(in.size() + 1);
        out.push_back(open);
        bool inString = false;
        bool escaped = false;
        for (const char c : in) {
            if (inString) {
                out.push_back(c);
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
                out.push_back(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out.push_back(c);
            }
        }
    }

    // kind: 'a' array, 'o' object, 's' scalar, 'n' null
    void checkExpected(char kind) const
    {
        if (kind == 'n')
            return;
        for (const auto& e : m_expectations) {
            if (e.segments.size() != m_path.size() || !matches(e.segments, m_path.size()))
                continue;
            if ((e.array && kind != 'a') || (!e.array && kind != 'o')) {
                const char* found = kind == 'a' ? "an array" : kind == 'o' ? "an object" : "a single value";
                throw FeedError(JsonRecordReader::pointer(m_path),
                                std::string("expected ") + (e.array ? "an array" : "an object") + ", found " + found);
            }
        }
    }

    const std::vector<JsonRecordReader::Expectation>& m_expectations;
    std::vector<JsonRecordReader::Pattern>& m_patterns;
    JsonRecordReader& m_reader;
    ByteSource* m_src;
    char m_rawOpen = '{';
    std::vector<Frame> m_frames;
    JsonRecordReader::Segments m_path;
    int m_depth = 0;
    int m_skip = 0;
    // Building a captured record
    const JsonRecordReader::Pattern* m_capture = nullptr;
    json m_root;
    std::vector<json*> m_build;
    std::string m_pendingKey;
    JsonRecordReader::Segments m_buildPath;
    std::size_t m_recordBytes = 0;
};

void JsonRecordReader::run(ByteSource& src)
{
    JsonRecordSax sax(*this, src);
    // Skip a UTF-8 byte order mark, which some Windows tools write.
    auto it = src.begin();
    if (*it == '\xEF') {
        ++it;
        if (*it != '\xBB')
            throw FeedError("line 1, column 1", "invalid JSON: stray byte 0xEF");
        ++it;
        ++it;
    }
    json::sax_parse(it, src.end(), &sax, json::input_format_t::json, true);
}

namespace js {

const json* find(const json& j, std::string_view key)
{
    if (!j.is_object())
        return nullptr;
    const auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

const json* path(const json& j, std::initializer_list<std::string_view> keys)
{
    const json* cur = &j;
    for (auto k : keys) {
        cur = find(*cur, k);
        if (!cur)
            return nullptr;
    }
    return cur;
}

std::string str(const json* j)
{
    if (!j)
        return {};
    if (j->is_string())
        return j->get_ref<const std::string&>();
    if (j->is_number_integer())
        return std::to_string(j->get<long long>());
    if (j->is_number_unsigned())
        return std::to_string(j->get<unsigned long long>());
    if (j->is_number_float()) {
        std::string s = j->dump();
        return s;
    }
    if (j->is_boolean())
        return j->get<bool>() ? "true" : "false";
    return {};
}

std::string str(const json& j, std::string_view key)
{
    return str(find(j, key));
}

std::string strAt(const json& j, std::initializer_list<std::string_view> keys)
{
    return str(path(j, keys));
}

std::optional<double> num(const json* j)
{
    if (!j)
        return std::nullopt;
    if (j->is_number())
        return j->get<double>();
    if (j->is_string()) {
        const auto& s = j->get_ref<const std::string&>();
        char* end = nullptr;
        const double v = std::strtod(s.c_str(), &end);
        if (end != s.c_str() && *end == '\0')
            return v;
    }
    return std::nullopt;
}

std::optional<double> num(const json& j, std::string_view key)
{
    return num(find(j, key));
}

std::vector<std::string> strings(const json* j)
{
    std::vector<std::string> out;
    if (!j || !j->is_array())
        return out;
    for (const auto& v : *j) {
        if (v.is_string())
            out.push_back(v.get<std::string>());
    }
    return out;
}

namespace {

// The member, unless it is absent or null; a FeedError when it fails ok.
template <class Ok>
const json* typedMember(const json& j, std::string_view key, const std::string& place, Ok ok, const char* expected)
{
    const json* v = find(j, key);
    if (!v || v->is_null())
        return nullptr;
    if (!ok(*v))
        throw FeedError(place + '/' + std::string(key), std::string("expected ") + expected);
    return v;
}

} // namespace

const json* optObject(const json& j, std::string_view key, const std::string& place)
{
    return typedMember(j, key, place, [](const json& v) { return v.is_object(); }, "an object");
}

const json* optArray(const json& j, std::string_view key, const std::string& place)
{
    return typedMember(j, key, place, [](const json& v) { return v.is_array(); }, "an array");
}

const std::string* optString(const json& j, std::string_view key, const std::string& place)
{
    const json* v = typedMember(j, key, place, [](const json& s) { return s.is_string(); }, "a string");
    return v ? &v->get_ref<const std::string&>() : nullptr;
}

std::optional<long long> optInteger(const json& j, std::string_view key, const std::string& place)
{
    const json* v = typedMember(
        j, key, place, [](const json& n) { return n.is_number_integer() || n.is_number_unsigned(); }, "an integer");
    return v ? std::optional<long long>(v->get<long long>()) : std::nullopt;
}

} // namespace js

} // namespace closeloop
