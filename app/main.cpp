#include "AppSettings.h"
#include "Translations.h"
#include "BranchDeskApp.h"
#include "CommandLine.h"
#include "EnvironmentSettings.h"
#include "TerminationWatcher.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    // Answered before QApplication: without a display its constructor aborts.
    const CommandLine commandLine = CommandLine::parse(argc, argv);
    if (!commandLine.error.isEmpty()) {
        std::fprintf(stderr, "branchdesk: %s\n%s", qPrintable(commandLine.error), qPrintable(CommandLine::helpText()));
        return 2;
    }
    if (commandLine.showVersion) {
        std::printf("BranchDesk %s\n", BRANCHDESK_VERSION);
        return 0;
    }
    if (commandLine.showHelp) {
        std::printf("%s", qPrintable(CommandLine::helpText()));
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BranchDesk"));
    QApplication::setApplicationName(QStringLiteral("BranchDesk"));
    QApplication::setApplicationVersion(QStringLiteral(BRANCHDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/branchdesk/icons/branchdesk.svg")));
    // Lets Wayland shells match the window to its menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("co.branchdesk.BranchDesk"));

    const AppSettings settings;
    Translations::install(app, Translations::resolve(settings.language()));
    const EnvironmentKind kind = commandLine.environment
                                     ? *Environment::kindFromName(*commandLine.environment)
                                     : EnvironmentSettings(settings).selectedKind();

    TerminationWatcher termination;
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &app, [] { QApplication::quit(); });

    BranchDeskApp branchDesk(kind);
    QObject::connect(&branchDesk, &BranchDeskApp::fatalError, &app, [](const QString &message) {
        QMessageBox::critical(nullptr, QObject::tr("BranchDesk cannot start"), message);
        QApplication::exit(1);
    });
    // Started from the event loop so a fatal error can end it.
    QTimer::singleShot(0, &branchDesk, &BranchDeskApp::start);
    return app.exec();
}
