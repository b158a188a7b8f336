// SPDX-License-Identifier: GPL-3.0-or-later
// Where workspaces live by default: the XDG data location.
#pragma once

#include <string>

namespace closeloop {

// $XDG_DATA_HOME/closeloop/workspace.sqlite (the folder is created).
std::string defaultWorkspacePath();
// $XDG_DATA_HOME/closeloop/demo/workspace.sqlite, and its feeds folder.
std::string demoWorkspacePath();
std::string demoFeedsDir();

} // namespace closeloop
