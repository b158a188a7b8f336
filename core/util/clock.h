// SPDX-License-Identifier: GPL-3.0-or-later
// Time as Closeloop stores it: ISO 8601 in UTC with milliseconds.
#pragma once

#include <QDateTime>

#include <optional>
#include <string>

namespace closeloop {

std::string nowUtcIso();
// The OS user running Closeloop, the default actor of audit entries.
std::string currentOsUser();
// A stored time; one without a zone is UTC, as every stored time is.
QDateTime parseUtcIso(const std::string& iso);
// Days from one stored time to another (at least 0); nullopt if either is
// not a time.
std::optional<double> daysBetweenIso(const std::string& from, const std::string& to);

} // namespace closeloop
