// SPDX-License-Identifier: GPL-3.0-or-later
#include "fingerprint.h"

#include "util/sha256.h"

namespace closeloop {

std::string computeFingerprint(const Finding& f)
{
    // Length-prefixed fields, so that ("ab","c") and ("a","bc") differ.
    thread_local Sha256 h; // reused: creating a digest context is not free
    auto field = [](std::string_view s) {
        const std::string len = std::to_string(s.size()) + ':';
        h.add(len);
        h.add(s);
    };
    field(f.fingerprintFamily);
    for (const auto& [name, value] : f.fingerprintInputs) {
        field(name);
        field(value);
    }
    return Sha256::hex(h.finish(), 16);
}

} // namespace closeloop
