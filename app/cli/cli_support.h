// SPDX-License-Identifier: GPL-3.0-or-later
// What the subcommands of closeloop-cli share: the global options, error and
// JSON output helpers, and a registry so that each family of commands lives
// in a file of its own (cli_context.cpp, cli_intel.cpp ...).
#pragma once

#include "cli_commands.h"

#include "store/store_writer.h"
#include "util/clock.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace closeloop::cli {

struct Globals
{
    std::string db;
    // --now ISO-8601: every command that depends on time evaluates at it.
    const Clock* clock = &systemClock();
    // --actor NAME: who acts (default: the OS user). For service accounts
    // and tests; roles are checked for this name.
    std::string actor;
    std::string actorOrOsUser() const { return actor.empty() ? currentOsUser() : actor; }
};

// Prints "closeloop-cli: msg" and the --help hint; returns BadInput.
int usageError(const std::string& msg);
// One compact JSON object and a newline on stdout (invalid UTF-8 replaced).
void printJsonLine(const nlohmann::json& j);

// The workspace's writer (created or upgraded as needed), or nullptr after
// printing why it could not be opened: the command then returns Internal.
std::unique_ptr<StoreWriter> openWriter(const Globals& g);
// A read-only connection for commands that only list, opened after creating or
// upgrading the workspace so that a fresh path lists nothing rather than
// failing. Throws StoreError.
Database openReadOnly(const Globals& g);

using CommandFn = int (*)(const Globals&, const std::vector<std::string>&);

struct RegisteredCommand
{
    const char* name;
    CommandFn fn;
    const char* usage; // lines for --help, indented like the built-in ones
};
const std::vector<RegisteredCommand>& registeredCommands();

// A file-level static of this type registers a command:
//   const CommandRegistration reg{"catalog", cmdCatalog, "  catalog load FILE...\n        ...\n"};
struct CommandRegistration
{
    CommandRegistration(const char* name, CommandFn fn, const char* usage);
};

} // namespace closeloop::cli
