// SPDX-License-Identifier: GPL-3.0-or-later
// closeloop-cli: the core, headless, for automation, pipelines and tests.
// Exit codes: 0 success, 2 bad input or usage, 1 internal error.
#include "cli_commands.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("closeloop"));
    QCoreApplication::setOrganizationName(QStringLiteral("closeloop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOSELOOP_VERSION));
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
    return closeloop::cli::run(args);
}
