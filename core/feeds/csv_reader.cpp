// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_reader.h"

#include "feed_error.h"

namespace closeloop {

CsvReader::CsvReader(ByteSource& src)
    : m_src(src)
{
    int c = m_src.get();
    if (c == 0xEF) {
        const int b = m_src.get();
        const int d = m_src.get();
        if (b != 0xBB || d != 0xBF) {
            // Not a byte order mark: keep the bytes; UTF-8 validation judges them.
            m_prefix.push_back(char(c));
            if (b != EOF)
                m_prefix.push_back(char(b));
            if (d != EOF)
                m_prefix.push_back(char(d));
            c = NoPushback;
        } else {
            c = m_src.get();
        }
    }
    if (c != NoPushback) {
        // Blank lines before the header are not rows of the table.
        while (c == '\r' || c == '\n')
            c = m_src.get();
        if (c != EOF)
            m_prefix.push_back(char(c));
    }
    // Read the header line ahead (a quoted line break does not end it) to
    // count its delimiters before parsing it.
    bool quoted = false;
    for (std::size_t i = 0; i < m_prefix.size(); ++i)
        quoted ^= m_prefix[i] == '"';
    while (true) {
        if (!m_prefix.empty() && (m_prefix.back() == '\n' || m_prefix.back() == '\r') && !quoted)
            break;
        c = m_src.get();
        if (c == EOF)
            break;
        if (m_prefix.size() >= MaxRowBytes)
            throw FeedError("row 1", "the header row is longer than " + std::to_string(MaxRowBytes >> 20) + " MiB");
        m_prefix.push_back(char(c));
        if (c == '"')
            quoted = !quoted;
    }
    m_delimiter = detectDelimiter(m_prefix);
    std::vector<std::string> header;
    if (!readRecord(header, MaxColumns) || m_blank)
        throw FeedError("row 1", "no header row: the file holds no CSV table");
    m_header = std::move(header);
}

char CsvReader::detectDelimiter(std::string_view headerLine)
{
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (const char c : headerLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

std::vector<std::string> CsvReader::splitLine(std::string_view line, char delimiter)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                out.back().push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                out.back().push_back(c);
            }
        } else if (c == '"' && out.back().empty()) {
            quoted = true;
        } else if (c == delimiter) {
            out.emplace_back();
        } else if (c != '\r' && c != '\n') {
            out.back().push_back(c);
        }
    }
    return out;
}

bool CsvReader::validUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned min = 0;
        if ((c >> 5) == 0x6) {
            len = 2;
            min = 0x80;
        } else if ((c >> 4) == 0xE) {
            len = 3;
            min = 0x800;
        } else if ((c >> 3) == 0x1E) {
            len = 4;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + len > s.size())
            return false;
        unsigned cp = c & (0xFF >> (len + 1));
        for (std::size_t k = 1; k < len; ++k) {
            const unsigned char cc = static_cast<unsigned char>(s[i + k]);
            if ((cc >> 6) != 0x2)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
        if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        i += len;
    }
    return true;
}

std::string CsvReader::columnName(std::size_t index) const
{
    std::string name = "column " + std::to_string(index + 1);
    if (index < m_header.size() && !m_header[index].empty())
        name += " (\"" + m_header[index] + "\")";
    return name;
}

bool CsvReader::readRecord(std::vector<std::string>& out, std::size_t maxFields)
{
    out.clear();
    m_blank = false;
    int c = get();
    if (c == EOF)
        return false;
    ++m_row;
    std::size_t rowBytes = 0;
    bool anyQuoted = false;
    while (true) {
        std::string field;
        auto append = [&](int ch) {
            if (field.size() >= MaxFieldBytes)
                throw FeedError(place(), "a field in " + columnName(out.size()) + " is longer than " +
                                             std::to_string(MaxFieldBytes >> 20) + " MiB");
            if (++rowBytes > MaxRowBytes)
                throw FeedError(place(), "the row is longer than " + std::to_string(MaxRowBytes >> 20) + " MiB");
            field.push_back(char(ch));
        };
        if (c == '"') {
            anyQuoted = true;
            while (true) {
                c = get();
                if (c == EOF)
                    throw FeedError(place(), "unterminated quoted field in " + columnName(out.size()));
                if (c == '"') {
                    c = get();
                    if (c != '"')
                        break; // the closing quote; c is what follows it
                }
                append(c);
            }
            if (c != m_delimiter && c != '\r' && c != '\n' && c != EOF)
                throw FeedError(place(), "text after the closing quote in " + columnName(out.size()) +
                                             " (a quote inside a quoted field must be doubled)");
        } else {
            while (c != m_delimiter && c != '\r' && c != '\n' && c != EOF) {
                append(c);
                c = get();
            }
        }
        if (!validUtf8(field))
            throw FeedError(place(), "invalid UTF-8 in " + columnName(out.size()));
        out.push_back(std::move(field));
        if (out.size() > maxFields) {
            // Stop at once: the rest of an overlong row is never held.
            if (m_header.empty())
                throw FeedError(place(), "more than " + std::to_string(MaxColumns) + " columns in the header");
            throw FeedError(place(), "more fields than the header's " + std::to_string(maxFields) + " columns");
        }
        if (c == m_delimiter) {
            c = get();
            continue;
        }
        if (c == '\r') {
            const int n = get();
            if (n != '\n')
                m_pushback = n;
        }
        break;
    }
    m_blank = out.size() == 1 && out[0].empty() && !anyQuoted;
    return true;
}

bool CsvReader::next(std::vector<std::string>& row)
{
    while (readRecord(row, m_header.size())) {
        if (m_blank)
            continue;
        if (row.size() != m_header.size())
            throw FeedError(place(), std::to_string(row.size()) + (row.size() == 1 ? " field" : " fields") +
                                         " where the header has " + std::to_string(m_header.size()));
        return true;
    }
    return false;
}

} // namespace closeloop
