// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a realistic Trivy schema-2 report of N findings (descriptions of a
// few hundred characters, references, CVSS), streamed to disk so that N can
// be a million. Used by the benchmark and by the crash tests.
#pragma once

#include <cstdint>
#include <string>

namespace closeloop {

struct SyntheticTrivyOptions
{
    std::int64_t findings = 1000;
    int findingsPerTarget = 5000; // one Results[] entry per this many findings
    std::string artifact = "registry.example/bench/app:1.0.0";
    std::string createdAt = "2026-11-01T00:00:00Z"; // change it to make "the same scan, another run"
    std::uint32_t seed = 1;
};

// Returns the number of bytes written; throws std::runtime_error on I/O errors.
std::uint64_t writeSyntheticTrivyFeed(const std::string& path, const SyntheticTrivyOptions& options);

} // namespace closeloop
