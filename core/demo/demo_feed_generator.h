// SPDX-License-Identifier: GPL-3.0-or-later
// Writes realistic scanner feeds for a set of demo services, in the real
// formats (Trivy JSON, SARIF, Grype JSON, GitLab, CSV), deterministically.
// A fresh clone and the installed package have no corpus, so the demo makes
// its own.
#pragma once

#include <string>
#include <vector>

namespace closeloop {

struct DemoService
{
    std::string name;
    std::string image;      // container image reference, if any
    std::string repository; // source repository URL
    std::string language;   // npm, go, java, python
};

const std::vector<DemoService>& demoServices();

// Writes the feeds into dir (which must exist) and returns their paths, in
// the order they should be imported.
std::vector<std::string> writeDemoFeeds(const std::string& dir);

} // namespace closeloop
