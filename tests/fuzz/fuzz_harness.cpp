// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz_harness.h"

#include "feeds/feed_error.h"
#include "feeds/importer_registry.h"

#include <cstdio>
#include <cstdlib>

namespace closeloop::fuzz {

namespace {

struct DiscardSink : FindingSink
{
    std::size_t findings = 0;
    void addFinding(Finding&& f) override
    {
        // Touch what the store would read.
        findings += f.title.size() + f.raw.size() + f.fingerprintInputs.size() > 0 ? 1 : 0;
    }
    void addVexStatement(VexStatement&&) override {}
    void coverScope(const ScanScope&) override {}
    void setTool(const std::string&, const std::string&) override {}
};

bool inFamily(std::string_view format, std::string_view family)
{
    return family == "all" || format.substr(0, family.size()) == family;
}

} // namespace

void runOne(const std::uint8_t* data, std::size_t size, std::string_view family)
{
    static const ImporterRegistry registry;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        const FeedSniff sniff = sniffBytes(bytes.substr(0, FeedSniff::PrefixBytes), bytes.size());
        for (const auto& imp : registry.importers()) {
            if (!inFamily(imp->format(), family) || imp->detect(sniff) == 0)
                continue;
            ByteSource src = ByteSource::fromMemory(bytes);
            DiscardSink sink;
            try {
                imp->parse(src, sniff, sink);
            } catch (const FeedError&) {
            }
        }
    } catch (const FeedError&) {
    } catch (const std::exception& e) {
        std::fprintf(stderr, "unexpected exception: %s\n", e.what());
        std::abort();
    }
}

} // namespace closeloop::fuzz
