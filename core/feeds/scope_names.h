// SPDX-License-Identifier: GPL-3.0-or-later
// How importers name what a scan covered, where the feed's own name would
// change with every build.
//
// A container image is scoped by its repository, without tag or digest: a
// scan of shop/api:1.5 reports on the same thing as the scan of shop/api:1.4
// before it, so a finding that persists across builds stays one finding with
// one SLA clock, and one that the new build fixed is closed as gone. The full
// reference stays in the finding's asset. (Two tags deployed side by side are
// told apart by environment through the service catalog, not by the scope.)
#pragma once

#include <string>
#include <string_view>

namespace closeloop {

// "registry:5000/shop/api:1.4@sha256:ab.." -> "registry:5000/shop/api"
std::string imageRepository(std::string_view reference);

} // namespace closeloop
