// SPDX-License-Identifier: GPL-3.0-or-later
// Demo feeds beyond Trivy: a SARIF code scan, a Grype image scan, a GitLab
// dependency scan, a Prowler cloud posture CSV and an OpenVEX statement, shaped
// like the real tools' output.
#pragma once

#include <string>

namespace closeloop::demo {

void writeSemgrepSarif(const std::string& path, const std::string& repository);
void writeGrypeReport(const std::string& path, const std::string& image);
void writeGitLabDependencyScan(const std::string& path);
void writeProwlerCsv(const std::string& path);
void writeOpenVex(const std::string& path, const std::string& productPurl);

} // namespace closeloop::demo
