// SPDX-License-Identifier: GPL-3.0-or-later
// The Snyk REST API's issue listing (JSON:API, /orgs/{id}/issues) and single
// issue documents; what it maps and why is documented with SnykImporter.
#pragma once

#include "byte_source.h"
#include "feed_importer.h"

namespace closeloop {

// single: one issue document (/issues/{id}), which covers no scope.
void parseSnykApiIssues(ByteSource& src, FindingSink& sink, bool single);

} // namespace closeloop
