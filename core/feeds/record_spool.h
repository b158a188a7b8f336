// SPDX-License-Identifier: GPL-3.0-or-later
// Records an importer must hold back until context that comes later in the
// feed is known, handed back in the order they came, so memory stays flat.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

class QTemporaryFile;

namespace closeloop {

// Each record is the text the importer will map again (compact JSON) and the
// place it was read at (for errors). The first memoryBytes of them stay in
// memory; the rest go to a temporary file in the system's temporary folder
// (on Linux one without a name, gone with the process however it ends), so a
// multi-gigabyte feed costs disk, not memory. A ByteSource streams: the feed
// itself cannot be read a second time instead.
class RecordSpool
{
public:
    static constexpr std::size_t DefaultMemoryBytes = 8u << 20;

    // what names the records in error messages ("matches read before the
    // report's source").
    explicit RecordSpool(std::string what, std::size_t memoryBytes = DefaultMemoryBytes);
    ~RecordSpool();
    RecordSpool(const RecordSpool&) = delete;
    RecordSpool& operator=(const RecordSpool&) = delete;

    bool empty() const { return m_count == 0; }
    std::size_t size() const { return m_count; }

    // Throws FeedError when the temporary file cannot be created or written.
    void add(std::string_view place, std::string_view record);

    // Hands every record back in the order added; the spool is then empty and
    // can be filled again. fn may take the strings' contents.
    using RecordFn = std::function<void(std::string& place, std::string& record)>;
    void drain(const RecordFn& fn);

private:
    void spill(std::string_view place, std::string_view record);

    std::string m_what;
    std::size_t m_memoryBytes;
    std::size_t m_count = 0;
    // In memory and on disk alike: size of the place, place, size of the record, record.
    std::string m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
};

} // namespace closeloop
