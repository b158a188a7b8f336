// SPDX-License-Identifier: GPL-3.0-or-later
// The demo workspace's service catalog: Backstage catalog-info files for
// about 30 services of six teams (with escalation chains, systems, resources,
// users, deprecated services and a monorepo with a CODEOWNERS file), written
// to cover the demo feeds' images, repositories and cloud resources. Two demo
// assets stay unmapped on purpose (a GitLab scan that names no project, the
// AWS account's root user), so the Unowned view has something to explain.
#pragma once

#include <string>
#include <vector>

namespace closeloop {

// Writes the catalog files (and the CODEOWNERS file they name) into dir,
// which must exist, and returns the catalog files to load, in order.
// Deterministic. Throws std::runtime_error when a file cannot be written.
std::vector<std::string> writeDemoCatalog(const std::string& dir);

} // namespace closeloop
