// SPDX-License-Identifier: GPL-3.0-or-later
// The policy part of a case: the path and SLA class the policy gave, under
// which version and rule; the four clocks with their state now; who holds
// the finding at the current escalation level, what it waits for and since
// when; and the exceptions that covered or cover it.
#pragma once

#include "store/database.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace closeloop {

// now: ISO 8601 UTC. Reads only.
nlohmann::json casePolicy(Database& reader, std::int64_t findingId, const std::string& now);

} // namespace closeloop
