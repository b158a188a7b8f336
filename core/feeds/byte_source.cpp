// SPDX-License-Identifier: GPL-3.0-or-later
#include "byte_source.h"

#include "feed_error.h"

#include <algorithm>
#include <cerrno>
#include <utility>
#include <cstring>
#include <sys/stat.h>

namespace closeloop {

ByteSource ByteSource::fromFile(const std::string& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw FeedError({}, std::string("cannot open: ") + std::strerror(errno));
    if (S_ISDIR(st.st_mode))
        throw FeedError({}, "is a directory, not a feed file");
    if (!S_ISREG(st.st_mode))
        throw FeedError({}, "is not a regular file");
    ByteSource src;
    src.m_file = std::fopen(path.c_str(), "rb");
    if (!src.m_file)
        throw FeedError({}, std::string("cannot open: ") + std::strerror(errno));
    src.m_size = static_cast<std::uint64_t>(st.st_size);
    src.m_buffer.resize(ChunkSize);
    return src;
}

ByteSource ByteSource::fromMemory(std::string data)
{
    ByteSource src;
    src.m_size = data.size();
    src.m_memory = std::move(data);
    return src;
}

ByteSource::ByteSource(ByteSource&& o) noexcept { *this = std::move(o); }

ByteSource& ByteSource::operator=(ByteSource&& o) noexcept
{
    if (this != &o) {
        if (m_file)
            std::fclose(m_file);
        m_file = std::exchange(o.m_file, nullptr);
        m_memory = std::move(o.m_memory);
        m_memoryServed = o.m_memoryServed;
        const bool pointsIntoMemory = o.m_pos != nullptr && o.m_buffer.empty();
        const auto posOff = o.m_pos ? o.m_pos - (pointsIntoMemory ? o.m_memory.data() : o.m_buffer.data()) : 0;
        const auto endOff = o.m_end ? o.m_end - (pointsIntoMemory ? o.m_memory.data() : o.m_buffer.data()) : 0;
        m_buffer = std::move(o.m_buffer);
        const char* base = pointsIntoMemory ? m_memory.data() : m_buffer.data();
        m_pos = o.m_pos ? base + posOff : nullptr;
        m_end = o.m_end ? base + endOff : nullptr;
        m_size = o.m_size;
        m_consumed = o.m_consumed;
        m_progress = std::move(o.m_progress);
        o.m_pos = o.m_end = nullptr;
    }
    return *this;
}

ByteSource::~ByteSource()
{
    if (m_file)
        std::fclose(m_file);
}

void ByteSource::beginCapture()
{
    m_capturing = true;
    m_captured.clear();
    // The lookahead byte, already taken from the buffer, is the first byte
    // after the one the parser just saw.
    m_captureFrom = m_pos ? m_pos - 1 : nullptr;
}

std::string ByteSource::endCapture()
{
    if (m_capturing && m_captureFrom && m_pos > m_captureFrom)
        m_captured.append(m_captureFrom, std::size_t(m_pos - 1 - m_captureFrom));
    m_capturing = false;
    m_captureFrom = nullptr;
    return std::move(m_captured);
}

bool ByteSource::refill()
{
    if (m_capturing && m_captureFrom && m_end >= m_captureFrom)
        m_captured.append(m_captureFrom, std::size_t(m_end - m_captureFrom));
    std::size_t n = 0;
    if (m_file) {
        n = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file);
        if (n == 0 && std::ferror(m_file))
            throw FeedError({}, std::string("read error: ") + std::strerror(errno));
        m_pos = m_buffer.data();
    } else if (!m_memoryServed) {
        m_memoryServed = true;
        n = m_memory.size();
        m_pos = m_memory.data();
    }
    m_end = m_pos + n;
    m_consumed += n;
    if (m_capturing)
        m_captureFrom = m_pos;
    if (m_progress)
        m_progress(m_consumed, m_size);
    return n > 0;
}

std::size_t ByteSource::read(char* out, std::size_t n)
{
    std::size_t done = 0;
    while (done < n) {
        if (m_pos == m_end && !refill())
            break;
        const std::size_t take = std::min<std::size_t>(n - done, static_cast<std::size_t>(m_end - m_pos));
        std::memcpy(out + done, m_pos, take);
        m_pos += take;
        done += take;
    }
    return done;
}

} // namespace closeloop
