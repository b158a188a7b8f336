// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog_json_scan.h"

#include "feeds/feed_error.h"

#include <algorithm>
#include <charconv>

namespace closeloop {

std::vector<std::string> CatalogJsonScan::pointerTokens(const std::string& pointer)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < pointer.size()) {
        if (pointer[i] != '/')
            break;
        auto next = pointer.find('/', i + 1);
        if (next == std::string::npos)
            next = pointer.size();
        std::string tok = pointer.substr(i + 1, next - i - 1);
        std::string un;
        for (std::size_t k = 0; k < tok.size(); ++k) {
            if (tok[k] == '~' && k + 1 < tok.size()) {
                un.push_back(tok[k + 1] == '1' ? '/' : '~');
                ++k;
            } else {
                un.push_back(tok[k]);
            }
        }
        out.push_back(std::move(un));
        i = next;
    }
    return out;
}

int CatalogJsonScan::lineAt(std::size_t offset) const
{
    offset = std::min(offset, m_t.size());
    return 1 + int(std::count(m_t.begin(), m_t.begin() + std::ptrdiff_t(offset), '\n'));
}

void CatalogJsonScan::checkLimits(int maxDepth, std::size_t maxValues) const
{
    int depth = 0;
    std::size_t values = 0;
    bool inString = false;
    for (std::size_t i = 0; i < m_t.size(); ++i) {
        const char c = m_t[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; break;
        case '{':
        case '[':
            if (++depth > maxDepth)
                throw FeedError("line " + std::to_string(lineAt(i)),
                                "nesting deeper than " + std::to_string(maxDepth) + " levels");
            [[fallthrough]];
        case ',':
            if (++values > maxValues)
                throw FeedError("line " + std::to_string(lineAt(i)),
                                "more than " + std::to_string(maxValues) + " values");
            break;
        case '}':
        case ']': --depth; break;
        default: break;
        }
    }
}

std::size_t CatalogJsonScan::offsetOf(std::size_t at, const std::vector<std::string>& tokens) const
{
    std::size_t p = skipWs(at);
    for (const auto& tok : tokens) {
        if (p >= m_t.size())
            break;
        std::size_t found = std::string::npos;
        if (m_t[p] == '{') {
            std::size_t q = skipWs(p + 1);
            while (q < m_t.size() && m_t[q] == '"') {
                std::string key;
                q = readString(q, &key);
                q = skipWs(q);
                if (q < m_t.size() && m_t[q] == ':')
                    q = skipWs(q + 1);
                if (key == tok) {
                    found = q;
                    break;
                }
                q = skipWs(skipValue(q));
                if (q < m_t.size() && m_t[q] == ',')
                    q = skipWs(q + 1);
            }
        } else if (m_t[p] == '[') {
            std::size_t index = 0;
            const auto [ptr, ec] = std::from_chars(tok.data(), tok.data() + tok.size(), index);
            if (ec != std::errc() || ptr != tok.data() + tok.size())
                break;
            std::size_t q = skipWs(p + 1);
            for (std::size_t k = 0; q < m_t.size() && m_t[q] != ']'; ++k) {
                if (k == index) {
                    found = q;
                    break;
                }
                q = skipWs(skipValue(q));
                if (q < m_t.size() && m_t[q] == ',')
                    q = skipWs(q + 1);
            }
        }
        if (found == std::string::npos)
            break;
        p = found;
    }
    return p;
}

std::vector<std::size_t> CatalogJsonScan::elementOffsets(std::size_t at) const
{
    std::vector<std::size_t> out;
    std::size_t q = skipWs(at);
    if (q >= m_t.size() || m_t[q] != '[')
        return out;
    q = skipWs(q + 1);
    while (q < m_t.size() && m_t[q] != ']') {
        out.push_back(q);
        q = skipWs(skipValue(q));
        if (q < m_t.size() && m_t[q] == ',')
            q = skipWs(q + 1);
        else
            break;
    }
    return out;
}

std::size_t CatalogJsonScan::skipWs(std::size_t p) const
{
    while (p < m_t.size() && (m_t[p] == ' ' || m_t[p] == '\n' || m_t[p] == '\r' || m_t[p] == '\t'))
        ++p;
    return p;
}

std::size_t CatalogJsonScan::readString(std::size_t p, std::string* out) const
{
    ++p; // opening quote
    while (p < m_t.size() && m_t[p] != '"') {
        if (m_t[p] == '\\' && p + 1 < m_t.size()) {
            const char e = m_t[p + 1];
            if (out)
                out->push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            p += 2;
            continue;
        }
        if (out)
            out->push_back(m_t[p]);
        ++p;
    }
    return p + 1;
}

std::size_t CatalogJsonScan::skipValue(std::size_t p) const
{
    if (p >= m_t.size())
        return p;
    if (m_t[p] == '"')
        return readString(p, nullptr);
    if (m_t[p] == '{' || m_t[p] == '[') {
        int depth = 0;
        for (; p < m_t.size(); ++p) {
            const char c = m_t[p];
            if (c == '"') {
                p = readString(p, nullptr) - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return p + 1;
            }
        }
        return p;
    }
    while (p < m_t.size() && m_t[p] != ',' && m_t[p] != '}' && m_t[p] != ']' && m_t[p] != ' ' && m_t[p] != '\n' &&
           m_t[p] != '\r' && m_t[p] != '\t')
        ++p;
    return p;
}

} // namespace closeloop
