// SPDX-License-Identifier: GPL-3.0-or-later
// closeloop: the desktop console.
//   closeloop [--db PATH] [FILE...]   open a workspace (default: the XDG data
//                                     location) and import the files given
//   closeloop --demo                  open the demo workspace, creating it
//                                     from generated demo feeds the first time
#include "demo/demo_workspace.h"
#include "main/main_window.h"
#include "store/workspace_paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("closeloop"));
    QApplication::setOrganizationName(QStringLiteral("closeloop"));
    QApplication::setApplicationDisplayName(QStringLiteral("Closeloop"));
    QApplication::setApplicationVersion(QStringLiteral(CLOSELOOP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.closeloop.Closeloop"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // English carries the plural forms, so it is the fallback for any
    // language without a translation of its own.
    if (translator.load(QLocale(), QStringLiteral("closeloop"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/closeloop_en.qm")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Closeloop security findings console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Workspace database."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Open the demo workspace (created on first use)."));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Feeds to import."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    QString dbPath = parser.value(dbOption);
    if (parser.isSet(demoOption)) {
        dbPath = QString::fromStdString(closeloop::demoWorkspacePath());
        {
            // Cheap when the workspace exists: the same demo feeds import as unchanged.
            const auto result = closeloop::createDemoWorkspace(dbPath.toStdString(), closeloop::demoFeedsDir());
            if (!result.ok) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Demo workspace"),
                                      QApplication::translate("main", "The demo workspace could not be created:\n%1")
                                          .arg(QString::fromStdString(result.error)));
                return 1;
            }
        }
    }
    if (dbPath.isEmpty())
        dbPath = QString::fromStdString(closeloop::defaultWorkspacePath());

    closeloop::MainWindow window;
    if (!window.openWorkspace(QFileInfo(dbPath).absoluteFilePath()))
        return 1;
    window.show();
    QStringList files;
    for (const QString& f : parser.positionalArguments())
        files << QFileInfo(f).absoluteFilePath();
    window.importFiles(files);
    return app.exec();
}
