// SPDX-License-Identifier: GPL-3.0-or-later
// Streams an RFC 4180 CSV file one row at a time from a ByteSource, so a
// large export never sits in memory: quoted fields with embedded delimiters,
// doubled quotes and line breaks, CRLF or LF line ends, a leading UTF-8 byte
// order mark, and a ',' or ';' delimiter chosen from the header line.
//
// Rows are numbered as a spreadsheet shows them: the header is row 1, a quoted
// line break does not start a new row, and blank lines are skipped but still
// counted. Every refusal is FeedError("row N", reason): a row whose field count
// differs from the header's, invalid UTF-8, an unterminated quote, text after a
// closing quote, a field over MaxFieldBytes, a row over MaxRowBytes or a header
// over MaxColumns.
#pragma once

#include "byte_source.h"

#include <string>
#include <string_view>
#include <vector>

namespace closeloop {

class CsvReader
{
public:
    // Limits that keep one hostile row from exhausting memory; real exports
    // stay far below them (Wiz's largest column, a resource's JSON, is a few KiB).
    static constexpr std::size_t MaxFieldBytes = 1u << 20; // 1 MiB
    static constexpr std::size_t MaxRowBytes = 16u << 20;  // 16 MiB
    static constexpr std::size_t MaxColumns = 1024;

    // Reads the header row; throws FeedError("row 1", ...) when there is none.
    explicit CsvReader(ByteSource& src);

    const std::vector<std::string>& header() const { return m_header; }
    char delimiter() const { return m_delimiter; }

    // The next data row, one field per header column; false at the end.
    bool next(std::vector<std::string>& row);
    // Number of the row last read (the header is row 1).
    std::size_t row() const { return m_row; }
    std::string place() const { return "row " + std::to_string(m_row); }

    // ';' when the header line has more semicolons than commas outside
    // quotes, else ','.
    static char detectDelimiter(std::string_view headerLine);
    // Splits one physical line (no line breaks inside quotes), as detection
    // does on a file's first line.
    static std::vector<std::string> splitLine(std::string_view line, char delimiter);
    static bool validUtf8(std::string_view s);

private:
    int get()
    {
        if (m_pushback != NoPushback) {
            const int c = m_pushback;
            m_pushback = NoPushback;
            return c;
        }
        if (m_prefixPos < m_prefix.size())
            return static_cast<unsigned char>(m_prefix[m_prefixPos++]);
        return m_src.get();
    }
    bool readRecord(std::vector<std::string>& out, std::size_t maxFields);
    std::string columnName(std::size_t index) const;

    static constexpr int NoPushback = -2;
    ByteSource& m_src;
    std::string m_prefix; // the header line, read ahead to choose the delimiter
    std::size_t m_prefixPos = 0;
    int m_pushback = NoPushback;
    std::vector<std::string> m_header;
    char m_delimiter = ',';
    std::size_t m_row = 0;
    bool m_blank = false;
};

} // namespace closeloop
