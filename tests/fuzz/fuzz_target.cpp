// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point; CLOSELOOP_FUZZ_FAMILY names the importer family.
#include "fuzz_harness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    closeloop::fuzz::runOne(data, size, CLOSELOOP_FUZZ_FAMILY);
    return 0;
}
