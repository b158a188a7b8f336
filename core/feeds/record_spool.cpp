// SPDX-License-Identifier: GPL-3.0-or-later
// Held records: a block of memory, then an unnamed temporary file, in one length-prefixed format.
#include "record_spool.h"

#include "feed_error.h"

#include <QTemporaryFile>

#include <cstdint>
#include <cstring>

namespace closeloop {

namespace {

using Size = std::uint64_t;

void appendBlock(std::string& out, std::string_view s)
{
    const Size n = s.size();
    out.append(reinterpret_cast<const char*>(&n), sizeof n);
    out.append(s);
}

// Reads one block of m at pos into out; false at the end of m.
bool takeBlock(const std::string& m, std::size_t& pos, std::string& out)
{
    if (pos >= m.size())
        return false;
    Size n = 0;
    std::memcpy(&n, m.data() + pos, sizeof n);
    out.assign(m, pos + sizeof n, std::size_t(n));
    pos += sizeof n + std::size_t(n);
    return true;
}

} // namespace

RecordSpool::RecordSpool(std::string what, std::size_t memoryBytes)
    : m_what(std::move(what))
    , m_memoryBytes(memoryBytes)
{
}

RecordSpool::~RecordSpool() = default;

void RecordSpool::add(std::string_view place, std::string_view record)
{
    const std::size_t bytes = 2 * sizeof(Size) + place.size() + record.size();
    // Once a record went to the file, all later ones follow it there: order is kept.
    if (!m_file && m_memory.size() + bytes <= m_memoryBytes) {
        if (m_memory.empty())
            m_memory.reserve(m_memoryBytes); // no doubling past the limit; untouched pages cost nothing
        appendBlock(m_memory, place);
        appendBlock(m_memory, record);
    } else {
        spill(place, record);
    }
    ++m_count;
}

void RecordSpool::spill(std::string_view place, std::string_view record)
{
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>();
        if (!m_file->open())
            throw FeedError({}, "cannot create a temporary file to hold " + m_what + ": " +
                                    m_file->errorString().toStdString());
    }
    std::string block;
    block.reserve(2 * sizeof(Size) + place.size() + record.size());
    appendBlock(block, place);
    appendBlock(block, record);
    if (m_file->write(block.data(), qint64(block.size())) != qint64(block.size()))
        throw FeedError({}, "cannot write " + m_what + " to a temporary file (disk full?): " +
                                m_file->errorString().toStdString());
}

void RecordSpool::drain(const RecordFn& fn)
{
    // Taken out first, so the spool is empty (and fillable) whatever fn does.
    const std::string memory = std::move(m_memory);
    const std::unique_ptr<QTemporaryFile> file = std::move(m_file);
    m_memory.clear();
    m_count = 0;

    std::string place, record;
    for (std::size_t pos = 0; takeBlock(memory, pos, place);) {
        takeBlock(memory, pos, record);
        fn(place, record);
    }
    if (!file)
        return;
    if (!file->flush() || !file->seek(0))
        throw FeedError({}, "cannot read back " + m_what + " from a temporary file: " + file->errorString().toStdString());
    auto readBlock = [this, &file](std::string& out) {
        Size n = 0;
        const qint64 got = file->read(reinterpret_cast<char*>(&n), sizeof n);
        if (got == 0)
            return false;
        out.resize(std::size_t(n));
        if (got != qint64(sizeof n) || file->read(out.data(), qint64(n)) != qint64(n))
            throw FeedError({}, "the temporary file holding " + m_what + " was cut short");
        return true;
    };
    while (readBlock(place)) {
        if (!readBlock(record))
            throw FeedError({}, "the temporary file holding " + m_what + " was cut short");
        fn(place, record);
    }
}

} // namespace closeloop
