// SPDX-License-Identifier: GPL-3.0-or-later
// Three weeks of work in the demo workspace, made through the same services
// a person uses, each at its own instant: triage decisions, exceptions
// requested, approved, rejected and expired, so the calendar, the clocks and
// the notifications have something true to show on the first launch.
#pragma once

#include "store/store_writer.h"

#include <QDateTime>

#include <string>

namespace closeloop {

// Roles for the demo people and the OS user (analyst and manager), as a
// roles file's bytes.
std::string demoRolesFile(const std::string& osUser);

// Done once: a workspace that has change sets already is left as it is.
// now is the demo's present; the imports ran at now - 21 days.
void addDemoHistory(StoreWriter& writer, const QDateTime& now);

} // namespace closeloop
