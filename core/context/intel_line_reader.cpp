// SPDX-License-Identifier: GPL-3.0-or-later
#include "intel_line_reader.h"

#include "feeds/feed_error.h"

namespace closeloop {

bool LineReader::next(std::string& line)
{
    line.clear();
    if (m_end)
        return false;
    int c = m_src.get();
    if (c == EOF) {
        m_end = true;
        return false;
    }
    ++m_number;
    // Compressed input would otherwise fail as a NUL byte or a bad header.
    if (m_number == 1 && c == 0x1f && m_src.get() == 0x8b)
        throw FeedError(place(), "gzip-compressed: decompress it first (gunzip FILE)");
    if (m_number == 1 && c == 0xEF) {
        if (m_src.get() != 0xBB || m_src.get() != 0xBF)
            throw FeedError(place(), "stray byte 0xEF (not a UTF-8 byte order mark)");
        c = m_src.get();
    }
    for (; c != EOF && c != '\n'; c = m_src.get()) {
        if (c == 0)
            throw FeedError(place(), "NUL byte: not a text file");
        if (line.size() >= m_max)
            throw FeedError(place(), "line longer than " + std::to_string(m_max) + " bytes");
        line.push_back(static_cast<char>(c));
    }
    if (c == EOF)
        m_end = true;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return true;
}

} // namespace closeloop
