// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog_yaml_reader.h"

#include "feeds/feed_error.h"
#include "feeds/feed_text.h"
#include "util/json_pointer.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <charconv>

namespace closeloop {

using nlohmann::json;

namespace {

std::string lineText(int line)
{
    return "line " + std::to_string(line);
}

bool isDecimalInt(std::string_view s)
{
    const std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    return isDigits(s.substr(i));
}

bool isFloat(std::string_view s)
{
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    bool digits = false, dot = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            digits = true;
        } else if (c == '.' && !dot) {
            dot = true;
        } else if ((c == 'e' || c == 'E') && digits) {
            ++i;
            if (i < s.size() && (s[i] == '-' || s[i] == '+'))
                ++i;
            return isDigits(s.substr(i));
        } else {
            return false;
        }
    }
    return digits;
}

// YAML 1.2 core schema for plain scalars, as Backstage's js-yaml reads them:
// so "tier: 2" is a number and "yes" stays a string.
json plainScalar(const std::string& s)
{
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    if (s == "null" || s == "Null" || s == "NULL" || s == "~" || s.empty())
        return nullptr;
    if (isDecimalInt(s)) {
        std::int64_t v = 0;
        const char* b = s.data() + (s[0] == '+' ? 1 : 0);
        const auto [p, ec] = std::from_chars(b, s.data() + s.size(), v);
        if (ec == std::errc() && p == s.data() + s.size())
            return v;
        return s;
    }
    if (isFloat(s)) {
        try {
            return std::stod(s);
        } catch (const std::exception&) {
            return s;
        }
    }
    return s;
}

class YamlWalk
{
public:
    explicit YamlWalk(CatalogDocument& doc) : m_doc(doc) {}

    json convert(const YAML::Node& n, const std::string& pointer, int depth, int line)
    {
        const int here = n.Mark().line >= 0 ? n.Mark().line + 1 + m_lineOffset : line;
        if (depth > CatalogFileReader::MaxDepth)
            throw FeedError(lineText(here),
                            "nesting deeper than " + std::to_string(CatalogFileReader::MaxDepth) + " levels");
        if (++m_nodes > CatalogFileReader::MaxNodes)
            throw FeedError(lineText(here), "more than " + std::to_string(CatalogFileReader::MaxNodes) +
                                                " values (aliases counted each time they are used)");
        if (depth <= 8 && m_doc.yamlLines.size() < 100000)
            m_doc.yamlLines.emplace(pointer, here);
        switch (n.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null: return nullptr;
        case YAML::NodeType::Scalar: {
            const std::string& s = n.Scalar();
            if ((m_bytes += s.size()) > CatalogFileReader::MaxScalarBytes)
                throw FeedError(lineText(here), "more than " + std::to_string(CatalogFileReader::MaxScalarBytes >> 20) +
                                                    " MiB of text (aliases counted each time they are used)");
            const std::string& tag = n.Tag();
            if (tag == "?")
                return plainScalar(s);
            return s; // quoted, or explicitly tagged: a string as written
        }
        case YAML::NodeType::Sequence: {
            json arr = json::array();
            std::size_t i = 0;
            for (const auto& item : n) {
                arr.push_back(convert(item, pointer + '/' + std::to_string(i), depth + 1, here));
                ++i;
            }
            return arr;
        }
        case YAML::NodeType::Map: {
            json obj = json::object();
            for (const auto& kv : n) {
                const int keyLine = kv.first.Mark().line >= 0 ? kv.first.Mark().line + 1 + m_lineOffset : here;
                if (!kv.first.IsScalar())
                    throw FeedError(lineText(keyLine), "a mapping key must be plain text");
                const std::string& key = kv.first.Scalar();
                if (obj.contains(key))
                    throw FeedError(lineText(keyLine), "duplicate key \"" + key + "\"");
                const std::string child = pointer + '/' + escapeJsonPointerToken(key);
                // A key's line is where its value is reported (a null value has no mark of its own).
                if (depth + 1 <= 8 && m_doc.yamlLines.size() < 100000)
                    m_doc.yamlLines.emplace(child, keyLine);
                obj[key] = convert(kv.second, child, depth + 1, keyLine);
            }
            return obj;
        }
        }
        return nullptr;
    }

    std::size_t m_nodes = 0;
    std::size_t m_bytes = 0;
    int m_lineOffset = 0; // lines of the file before the chunk yaml-cpp was given

private:
    CatalogDocument& m_doc;
};

} // namespace

void CatalogYamlReader::read(const std::string& text, const CatalogFileReader::DocumentFn& fn)
{
    // A cheap bound before yaml-cpp builds its node graph, which costs a few
    // hundred bytes per node: every node needs a line or a flow indicator.
    std::size_t tokens = 0;
    for (char c : text) {
        if (c == '\n' || c == ',' || c == '[' || c == '{')
            ++tokens;
    }
    if (tokens > CatalogFileReader::MaxNodes)
        throw FeedError(lineText(1), "more than " + std::to_string(CatalogFileReader::MaxNodes) + " lines and flow items");
    // yaml-cpp holds a whole LoadAll() as nodes of a few hundred bytes each
    // (an 8 MB catalog took 500 MB), so the file is cut into its documents
    // first and each is parsed, converted and freed in turn. A "---" at the
    // start of a line always starts a document (YAML 1.2 forbids it inside
    // any scalar), so the cut is exact.
    struct Chunk
    {
        std::size_t begin, end;
        int firstLine; // 0-based
    };
    std::vector<Chunk> chunks;
    {
        std::size_t begin = 0, pos = 0;
        int line = 0, beginLine = 0;
        std::size_t lastDirective = std::string::npos; // directives belong to the document they precede
        int lastDirectiveLine = 0;
        while (pos < text.size()) {
            const bool marker = text.compare(pos, 3, "---") == 0 &&
                                (pos + 3 == text.size() || text[pos + 3] == ' ' || text[pos + 3] == '\t' ||
                                 text[pos + 3] == '\n' || text[pos + 3] == '\r');
            if (marker && pos > begin) {
                const std::size_t cut = lastDirective != std::string::npos ? lastDirective : pos;
                const int cutLine = lastDirective != std::string::npos ? lastDirectiveLine : line;
                if (cut > begin)
                    chunks.push_back({begin, cut, beginLine});
                begin = cut;
                beginLine = cutLine;
            }
            if (text[pos] == '%') {
                if (lastDirective == std::string::npos) {
                    lastDirective = pos;
                    lastDirectiveLine = line;
                }
            } else {
                lastDirective = std::string::npos;
            }
            const auto nl = text.find('\n', pos);
            if (nl == std::string::npos)
                break;
            pos = nl + 1;
            ++line;
        }
        if (begin < text.size())
            chunks.push_back({begin, text.size(), beginLine});
    }

    std::size_t nodesSoFar = 0, bytesSoFar = 0;
    for (const auto& c : chunks) {
        std::vector<YAML::Node> nodes;
        try {
            nodes = YAML::LoadAll(text.substr(c.begin, c.end - c.begin));
        } catch (const YAML::DeepRecursion& e) {
            throw FeedError(lineText(e.mark.line + 1 + c.firstLine),
                            "nesting deeper than " + std::to_string(CatalogFileReader::MaxDepth) + " levels");
        } catch (const YAML::Exception& e) {
            throw FeedError(lineText(e.mark.line >= 0 ? e.mark.line + 1 + c.firstLine : c.firstLine + 1),
                            "invalid YAML" +
                                (e.mark.column >= 0 ? " at column " + std::to_string(e.mark.column + 1) : std::string()) +
                                ": " + e.msg);
        }
        for (const auto& n : nodes) {
            if (n.IsNull())
                continue; // an empty document ("---" at the end) is common and harmless
            CatalogDocument d;
            d.line = (n.Mark().line >= 0 ? n.Mark().line + 1 : 1) + c.firstLine;
            YamlWalk walk(d);
            walk.m_nodes = nodesSoFar;
            walk.m_bytes = bytesSoFar;
            walk.m_lineOffset = c.firstLine;
            d.value = walk.convert(n, "", 0, d.line);
            nodesSoFar = walk.m_nodes;
            bytesSoFar = walk.m_bytes;
            fn(std::move(d));
        }
    }
}

} // namespace closeloop
