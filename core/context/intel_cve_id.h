// SPDX-License-Identifier: GPL-3.0-or-later
// CVE identifiers as the intelligence files and findings.cves spell them:
// "CVE-YYYY-NNNN" with four to nineteen digits after the year (the KEV
// schema's pattern). Findings keep theirs space separated.
#pragma once

#include <string_view>
#include <vector>

namespace closeloop {

// True for ^CVE-[0-9]{4}-[0-9]{4,19}$ (upper case, as KEV and EPSS write them).
bool isCveId(std::string_view s);

// The space-separated words of findings.cves, as views into s.
std::vector<std::string_view> splitCves(std::string_view s);

} // namespace closeloop
