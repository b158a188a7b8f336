// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed_sniff.h"

#include "byte_source.h"
#include "feed_error.h"
#include "json_record_reader.h"

#include <QXmlStreamReader>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace closeloop {

bool FeedSniff::hasPrefix(const std::string& prefix) const
{
    const auto it = paths.lower_bound(prefix);
    return it != paths.end() && it->compare(0, prefix.size(), prefix) == 0;
}

namespace {

struct PrefixEnd
{
};

// Records key paths; stops quietly where the prefix was cut.
class ShapeSax
{
public:
    using json = nlohmann::json;
    explicit ShapeSax(FeedSniff& out, bool truncated)
        : m_out(out)
        , m_truncated(truncated)
    {
    }

    bool null() { return value({}); }
    bool boolean(bool v) { return value(v ? "true" : "false"); }
    bool number_integer(json::number_integer_t v) { return value(std::to_string(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return value(std::to_string(v)); }
    bool number_float(json::number_float_t, const std::string& s) { return value(s); }
    bool string(std::string& s) { return value(s.substr(0, 256)); }
    bool binary(json::binary_t&) { return value({}); }
    bool key(std::string& k)
    {
        m_keys.back() = k;
        return true;
    }
    bool start_object(std::size_t) { return start(false); }
    bool start_array(std::size_t) { return start(true); }
    bool end_object() { return end(); }
    bool end_array() { return end(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex)
    {
        if (m_truncated && position + 16 >= m_prefixSize)
            throw PrefixEnd{};
        std::string msg = ex.what();
        std::string place;
        const auto at = msg.find(" at line ");
        const auto colon = at == std::string::npos ? std::string::npos : msg.find(": ", at);
        if (at != std::string::npos && colon != std::string::npos) {
            place = msg.substr(at + 4, colon - at - 4);
            msg = msg.substr(colon + 2);
        }
        throw FeedError(place, "invalid JSON: " + msg);
    }
    std::size_t m_prefixSize = 0;

private:
    std::string current() const
    {
        std::string p;
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            p.push_back('/');
            p += m_isArray[i] ? std::string("*") : m_keys[i];
        }
        return p;
    }
    bool value(std::string v)
    {
        if (m_keys.empty())
            return true;
        if (m_keys.size() <= 8) {
            std::string p = current();
            if (m_out.paths.size() < 20000)
                m_out.paths.insert(p);
            if (m_out.scalars.size() < 20000)
                m_out.scalars.emplace(std::move(p), std::move(v));
        }
        return true;
    }
    bool start(bool array)
    {
        if (m_keys.size() >= std::size_t(JsonRecordReader::MaxDepth))
            throw FeedError("line ?", {});
        if (m_keys.empty() && m_out.jsonRoot == 0)
            m_out.jsonRoot = array ? '[' : '{';
        if (!m_keys.empty() && m_keys.size() <= 8 && m_out.paths.size() < 20000)
            m_out.paths.insert(current());
        m_keys.emplace_back();
        m_isArray.push_back(array);
        return true;
    }
    bool end()
    {
        m_keys.pop_back();
        m_isArray.pop_back();
        return true;
    }

    FeedSniff& m_out;
    bool m_truncated;
    std::vector<std::string> m_keys;
    std::vector<bool> m_isArray;
};

bool validUtf8(const std::string& s, std::size_t& badOffset, bool truncated)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || (len == 2 && c < 0xC2) || (len == 4 && c > 0xF4)) {
            badOffset = i;
            return false;
        }
        if (i + len > n) {
            if (truncated)
                return true; // cut inside a character at the prefix end
            badOffset = i;
            return false;
        }
        for (std::size_t k = 1; k < len; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) {
                badOffset = i;
                return false;
            }
        }
        i += len;
    }
    return true;
}

std::string lineColumn(const std::string& s, std::size_t offset)
{
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
        if (s[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

} // namespace

FeedSniff sniffBytes(const std::string& prefixIn, std::uint64_t fileSize)
{
    FeedSniff out;
    out.fileSize = fileSize;
    if (fileSize == 0 || prefixIn.empty())
        throw FeedError({}, "the file is empty (0 bytes): nothing to import");
    const bool truncated = fileSize > prefixIn.size();
    std::string_view prefix(prefixIn);
    if (prefix.substr(0, 3) == "\xEF\xBB\xBF")
        prefix.remove_prefix(3);
    if (prefix.find('\0') != std::string_view::npos)
        throw FeedError("byte " + std::to_string(prefix.find('\0')), "binary data (a NUL byte): not a text feed");
    const auto first = prefix.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        throw FeedError({}, "the file holds only white space: nothing to import");
    const char c = prefix[first];
    const std::string text(prefix);

    if (c == '{' || c == '[') {
        out.kind = FeedSniff::Kind::Json;
        ShapeSax sax(out, truncated);
        sax.m_prefixSize = text.size();
        try {
            nlohmann::json::sax_parse(text, &sax, nlohmann::json::input_format_t::json, !truncated);
        } catch (const PrefixEnd&) {
        } catch (const FeedError& e) {
            if (e.reason().empty())
                throw FeedError("near " + lineColumn(text, text.size()),
                                "nesting deeper than " + std::to_string(JsonRecordReader::MaxDepth) + " levels");
            throw;
        }
        return out;
    }

    std::size_t bad = 0;
    if (!validUtf8(text, bad, truncated))
        throw FeedError(lineColumn(text, bad), "invalid UTF-8 (byte offset " + std::to_string(bad) + "): not a text feed");

    if (c == '<') {
        out.kind = FeedSniff::Kind::Xml;
        QXmlStreamReader xml(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                out.xmlRoot = xml.name().toString().toStdString();
                out.xmlNamespace = xml.namespaceUri().toString().toStdString();
                break;
            }
        }
        if (out.xmlRoot.empty()) {
            throw FeedError("line " + std::to_string(xml.lineNumber()) + ", column " + std::to_string(xml.columnNumber()),
                            "invalid XML: " + xml.errorString().toStdString());
        }
        return out;
    }

    out.kind = FeedSniff::Kind::Text;
    const auto eol = text.find('\n', first);
    out.firstLine = text.substr(first, eol == std::string::npos ? std::string::npos : eol - first);
    if (!out.firstLine.empty() && out.firstLine.back() == '\r')
        out.firstLine.pop_back();
    return out;
}

FeedSniff sniffFeed(const std::string& path)
{
    ByteSource src = ByteSource::fromFile(path);
    std::string prefix(std::min<std::uint64_t>(src.size(), FeedSniff::PrefixBytes), '\0');
    prefix.resize(src.read(prefix.data(), prefix.size()));
    return sniffBytes(prefix, src.size());
}

} // namespace closeloop
