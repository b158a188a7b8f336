// SPDX-License-Identifier: GPL-3.0-or-later
// The one error type for untrusted input: it names the file, the place in it
// (line and column, JSON pointer, XML line, or CSV row) and the reason.
#pragma once

#include <stdexcept>
#include <string>

namespace closeloop {

class FeedError : public std::runtime_error
{
public:
    FeedError(std::string place, std::string reason)
        : std::runtime_error(place.empty() ? reason : place + ": " + reason)
        , m_place(std::move(place))
        , m_reason(std::move(reason))
    {
    }
    const std::string& place() const { return m_place; }
    const std::string& reason() const { return m_reason; }

private:
    std::string m_place;
    std::string m_reason;
};

// Thrown out of a parse when the user cancelled; not an input error.
class ImportCancelled : public std::exception
{
public:
    const char* what() const noexcept override { return "import cancelled"; }
};

} // namespace closeloop
