// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace closeloop {

struct Sha256::Ctx
{
    EVP_MD_CTX* md = nullptr;
};

namespace {
// Fetched once: OpenSSL 3 looks the algorithm up by name on every implicit
// EVP_sha256() use, which costs more than hashing a small input.
const EVP_MD* sha256Md()
{
    static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md ? md : EVP_sha256();
}
} // namespace

Sha256::Sha256()
    : m_ctx(std::make_unique<Ctx>())
{
    m_ctx->md = EVP_MD_CTX_new();
    if (!m_ctx->md || EVP_DigestInit_ex(m_ctx->md, sha256Md(), nullptr) != 1)
        throw std::runtime_error("SHA-256 is not available from libcrypto");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx->md);
}

void Sha256::add(const void* data, std::size_t size)
{
    EVP_DigestUpdate(m_ctx->md, data, size);
}

Sha256::Digest Sha256::finish()
{
    Digest d{};
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx->md, d.data(), &len);
    EVP_DigestInit_ex(m_ctx->md, sha256Md(), nullptr);
    return d;
}

Sha256::Digest Sha256::of(std::string_view s)
{
    Digest d{};
    unsigned int len = 0;
    EVP_Digest(s.data(), s.size(), d.data(), &len, sha256Md(), nullptr);
    return d;
}

std::string Sha256::hex(const Digest& d, std::size_t bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes * 2);
    for (std::size_t i = 0; i < bytes && i < d.size(); ++i) {
        out.push_back(digits[d[i] >> 4]);
        out.push_back(digits[d[i] & 0xf]);
    }
    return out;
}

} // namespace closeloop
