#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The app's command line. Parsed from argv before QApplication exists, so
// --version and --help answer without a display.
struct CommandLine
{
    bool showVersion = false;
    bool showHelp = false;
    std::optional<QString> environment; // --environment NAME
    QString error;                      // unknown option or missing value

    static CommandLine parse(int argc, char **argv);
    static QString helpText();
};
