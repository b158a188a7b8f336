// SPDX-License-Identifier: GPL-3.0-or-later
// What time alone changes, handled whenever the workspace is opened, after
// each import, and every minute while the console runs: exceptions past
// their expiry end (their findings reopen), reminders go out N days before
// an expiry, and clocks past an escalation threshold notify the next person
// in the service's escalation chain. Work the app missed while it was closed
// is done at the next sweep: thresholds and expiries are stored instants, not
// timers.
#pragma once

#include "store/database.h"
#include "store/store_writer.h"
#include "util/clock.h"

#include <cstdint>

namespace closeloop {

struct SweepResult
{
    std::int64_t exceptionsExpired = 0;
    std::int64_t reminders = 0;
    std::int64_t escalations = 0;   // clock thresholds passed
    std::int64_t notifications = 0; // posted in all
    std::int64_t outboxWritten = 0;
};

// Inside the caller's transaction (an import's).
SweepResult sweepDue(Database& db, const Clock& clock);
// In a transaction of its own on the writer, then the outbox.
SweepResult runSweep(StoreWriter& writer, const Clock& clock);

} // namespace closeloop
