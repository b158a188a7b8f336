// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace_paths.h"

#include <QDir>
#include <QStandardPaths>

namespace closeloop {

namespace {
std::string inDataDir(const QString& relative)
{
    // GenericDataLocation + our own folder, so the CLI and the GUI agree
    // whatever their application names.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                         QStringLiteral("/closeloop");
    const QString full = base + u'/' + relative;
    QDir().mkpath(QFileInfo(full).absolutePath());
    return full.toStdString();
}
} // namespace

std::string defaultWorkspacePath()
{
    return inDataDir(QStringLiteral("workspace.sqlite"));
}

std::string demoWorkspacePath()
{
    return inDataDir(QStringLiteral("demo/workspace.sqlite"));
}

std::string demoFeedsDir()
{
    const std::string p = inDataDir(QStringLiteral("demo/feeds/x"));
    return p.substr(0, p.size() - 2);
}

} // namespace closeloop
