// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a feed in fixed-size chunks (a file, or memory for fuzzing and tests)
// and reports progress; parsers never hold the whole file.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace closeloop {

class ByteSource
{
public:
    static constexpr std::size_t ChunkSize = 1 << 20;

    // Opens a file; throws FeedError when it cannot be read.
    static ByteSource fromFile(const std::string& path);
    static ByteSource fromMemory(std::string data);

    ByteSource(ByteSource&&) noexcept;
    ByteSource& operator=(ByteSource&&) noexcept;
    ~ByteSource();

    // Next byte or EOF (-1). Inline fast path for the parsers' inner loops.
    int get()
    {
        if (m_pos == m_end && !refill())
            return EOF;
        return static_cast<unsigned char>(*m_pos++);
    }
    // Reads up to n bytes; returns how many.
    std::size_t read(char* out, std::size_t n);

    std::uint64_t size() const { return m_size; }
    std::uint64_t consumed() const { return m_consumed - static_cast<std::uint64_t>(m_end - m_pos); }

    // Verbatim capture of a span of the input, across chunk boundaries, for a
    // record's raw text. The JSON reader's iterator reads one byte ahead, so
    // "the last byte read" is the one before the lookahead: beginCapture()
    // starts after it and endCapture() stops before the lookahead.
    void beginCapture();
    std::string endCapture();

    // Called after each chunk with (consumed, size); may throw ImportCancelled.
    void setProgress(std::function<void(std::uint64_t, std::uint64_t)> fn) { m_progress = std::move(fn); }

    // Input iterator for nlohmann::json::sax_parse.
    class Iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = char;
        using difference_type = std::ptrdiff_t;
        using pointer = const char*;
        using reference = char;
        Iterator() = default;
        explicit Iterator(ByteSource* src) : m_src(src) { advance(); }
        char operator*() const { return static_cast<char>(m_cur); }
        Iterator& operator++() { advance(); return *this; }
        bool operator==(const Iterator& o) const { return atEnd() == o.atEnd(); }
        bool operator!=(const Iterator& o) const { return !(*this == o); }

    private:
        bool atEnd() const { return m_src == nullptr || m_cur == EOF; }
        void advance() { m_cur = m_src ? m_src->get() : EOF; }
        ByteSource* m_src = nullptr;
        int m_cur = EOF;
    };
    Iterator begin() { return Iterator(this); }
    Iterator end() { return Iterator(); }

private:
    ByteSource() = default;
    bool refill();

    std::FILE* m_file = nullptr;
    std::string m_memory;
    bool m_memoryServed = false;
    std::vector<char> m_buffer;
    const char* m_pos = nullptr;
    const char* m_end = nullptr;
    std::uint64_t m_size = 0;
    std::uint64_t m_consumed = 0;
    std::function<void(std::uint64_t, std::uint64_t)> m_progress;
    bool m_capturing = false;
    const char* m_captureFrom = nullptr;
    std::string m_captured;
};

} // namespace closeloop
