// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_error.h"

#include <algorithm>

namespace closeloop {

FilterError::FilterError(std::size_t offset, std::size_t length, std::string message)
    : std::runtime_error(message)
    , m_offset(offset)
    , m_length(length)
    , m_message(std::move(message))
{
}

std::size_t FilterError::column(std::string_view text) const
{
    return filterCharacters(text, m_offset) + 1;
}

std::size_t filterCharacters(std::string_view text, std::size_t bytes)
{
    const std::size_t end = std::min(bytes, text.size());
    std::size_t n = 0;
    for (std::size_t i = 0; i < end; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) // not a continuation byte
            ++n;
    }
    return n;
}

} // namespace closeloop
