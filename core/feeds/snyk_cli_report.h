// SPDX-License-Identifier: GPL-3.0-or-later
// The Snyk CLI's JSON (`snyk test`, `--all-projects`, `snyk container test`);
// what it maps and why is documented with SnykImporter in snyk_importer.h.
#pragma once

#include "byte_source.h"
#include "feed_importer.h"

namespace closeloop {

// array: the --all-projects form, a top-level list of project objects.
void parseSnykCliReport(ByteSource& src, FindingSink& sink, bool array);

} // namespace closeloop
