// SPDX-License-Identifier: GPL-3.0-or-later
// A mistake in a filter expression, with the stretch of text it is about, so
// that the queue can underline it while the user types and the command line
// can name the column.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace closeloop {

class FilterError : public std::runtime_error
{
public:
    // offset and length are in bytes of the UTF-8 filter text.
    FilterError(std::size_t offset, std::size_t length, std::string message);

    std::size_t offset() const { return m_offset; }
    std::size_t length() const { return m_length; }
    const std::string& message() const { return m_message; }
    // 1-based position in characters (code points) of text, as a user counts.
    std::size_t column(std::string_view text) const;

private:
    std::size_t m_offset;
    std::size_t m_length;
    std::string m_message;
};

// Characters (code points) in the first `bytes` bytes of UTF-8 text: what a
// UI that counts characters needs to map an offset or a length.
std::size_t filterCharacters(std::string_view text, std::size_t bytes);

} // namespace closeloop
