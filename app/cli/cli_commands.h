// SPDX-License-Identifier: GPL-3.0-or-later
// The subcommands of closeloop-cli.
#pragma once

#include <string>
#include <vector>

namespace closeloop::cli {

enum ExitCode { Ok = 0, Internal = 1, BadInput = 2 };

int run(const std::vector<std::string>& args);

} // namespace closeloop::cli
