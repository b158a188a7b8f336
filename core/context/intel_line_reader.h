// SPDX-License-Identifier: GPL-3.0-or-later
// Line-at-a-time reading of the line-oriented context files (EPSS CSV, change
// log JSON lines) from a ByteSource, numbering lines as an editor does, with
// a cap on one line's length so a file without line breaks cannot exhaust
// memory. LF or CRLF line ends; a leading UTF-8 byte order mark is skipped.
#pragma once

#include "feeds/byte_source.h"

#include <cstdint>
#include <string>

namespace closeloop {

class LineReader
{
public:
    LineReader(ByteSource& src, std::size_t maxLineBytes) : m_src(src), m_max(maxLineBytes) {}

    // The next line without its line end; false at the end of the input.
    // Throws FeedError("line N", ...) for a line longer than the cap or a NUL byte.
    bool next(std::string& line);
    // Number of the line last read, from 1.
    std::uint64_t number() const { return m_number; }
    std::string place() const { return "line " + std::to_string(m_number); }

private:
    ByteSource& m_src;
    std::size_t m_max;
    std::uint64_t m_number = 0;
    bool m_end = false;
};

} // namespace closeloop
