// SPDX-License-Identifier: GPL-3.0-or-later
// The demo workspace of the quick start: feeds generated for a set of demo
// services in the real formats, imported through the real importers.
#pragma once

#include "ingest/import_report.h"

#include <string>
#include <vector>

namespace closeloop {

struct DemoResult
{
    bool ok = true;
    std::string error;
    std::vector<ImportReport> reports;
};

// Writes the demo feeds into feedsDir (created; a temporary folder when
// empty) and imports them into the database at dbPath.
DemoResult createDemoWorkspace(const std::string& dbPath, std::string feedsDir);

} // namespace closeloop
