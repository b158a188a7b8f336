// SPDX-License-Identifier: GPL-3.0-or-later
// Incremental SHA-256 over libcrypto, used for file hashes, fingerprints and
// the audit chain.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace closeloop {

class Sha256
{
public:
    using Digest = std::array<std::uint8_t, 32>;
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const void* data, std::size_t size);
    void add(std::string_view s) { add(s.data(), s.size()); }
    Digest finish();

    static Digest of(std::string_view s);
    static std::string hex(const Digest& d, std::size_t bytes = 32);

private:
    struct Ctx;
    std::unique_ptr<Ctx> m_ctx;
};

} // namespace closeloop
