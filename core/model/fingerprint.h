// SPDX-License-Identifier: GPL-3.0-or-later
// Stable identity of a finding across scans.
//
// A fingerprint is the first 128 bits (hex) of SHA-256 over the format family
// and the ordered (name, value) inputs an importer chose. Each importer
// documents its inputs in its header (core/feeds/*_importer.h); the rules they
// all follow:
//  - include what identifies the problem and where it is: tool family, scope
//    target, rule or vulnerability id, package name, file path;
//  - exclude what changes without the problem changing: line numbers (a moved
//    line is the same finding), timestamps, scanner versions, descriptions,
//    severity and the installed package version (an upgrade that does not fix
//    the problem keeps the finding);
//  - prefer a tool's own stable fingerprint (SARIF partialFingerprints) when
//    the feed provides one.
#pragma once

#include "finding.h"

#include <string>

namespace closeloop {

std::string computeFingerprint(const Finding& f);

} // namespace closeloop
