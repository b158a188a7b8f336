// SPDX-License-Identifier: GPL-3.0-or-later
// One fuzz iteration: sniff the bytes, and if an importer of the family under
// test recognizes them, parse them into a sink that keeps nothing. A FeedError
// is the expected outcome for bad input; anything else (a crash, a sanitizer
// report, another exception) is a bug.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace closeloop::fuzz {

// family: a format prefix ("sarif", "trivy", "csv", ...) or "all".
void runOne(const std::uint8_t* data, std::size_t size, std::string_view family);

} // namespace closeloop::fuzz
