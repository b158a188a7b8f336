// SPDX-License-Identifier: GPL-3.0-or-later
// Numbered schema migrations, tracked in PRAGMA user_version. Migration N
// upgrades a database at version N-1; each runs in its own transaction, so a
// crash mid-upgrade leaves the previous version intact.
#pragma once

#include "database.h"

namespace closeloop {

constexpr int SchemaVersion = 5;

// Upgrades to `target` (default: the latest). Throws StoreError for a
// database newer than this build knows.
void migrate(Database& db, int target = SchemaVersion);

} // namespace closeloop
