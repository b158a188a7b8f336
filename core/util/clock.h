// SPDX-License-Identifier: GPL-3.0-or-later
// Time as Closeloop stores it: ISO 8601 in UTC with milliseconds.
#pragma once

#include <string>

namespace closeloop {

std::string nowUtcIso();
// The OS user running Closeloop, the default actor of audit entries.
std::string currentOsUser();

} // namespace closeloop
