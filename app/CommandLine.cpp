#include "CommandLine.h"

#include "Environment.h"

CommandLine CommandLine::parse(int argc, char **argv)
{
    CommandLine cl;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            cl.showVersion = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            cl.showHelp = true;
        } else if (arg == QLatin1String("--environment") || arg.startsWith(QLatin1String("--environment="))) {
            QString value;
            if (arg.contains(QLatin1Char('=')))
                value = arg.section(QLatin1Char('='), 1);
            else if (i + 1 < argc)
                value = QString::fromLocal8Bit(argv[++i]);
            if (!Environment::kindFromName(value)) {
                cl.error = QStringLiteral("--environment needs one of: training, sandbox, qa, live");
                return cl;
            }
            cl.environment = value;
        } else if (arg.startsWith(QLatin1Char('-')) && !arg.startsWith(QLatin1String("-platform"))
                   && !arg.startsWith(QLatin1String("-style")) && !arg.startsWith(QLatin1String("-qwindow"))) {
            // Qt's own options (-platform, -style ...) are left to QApplication.
            cl.error = QStringLiteral("unknown option: %1").arg(arg);
            return cl;
        }
    }
    return cl;
}

QString CommandLine::helpText()
{
    return QStringLiteral(
        "Usage: branchdesk [--environment training|sandbox|qa|live]\n"
        "\n"
        "BranchDesk, the console for bank branch advisers and back-office insurance staff.\n"
        "\n"
        "Options:\n"
        "  --environment NAME  Work in this environment for this run (default: the\n"
        "                      'environment' setting, else Training). Training starts a\n"
        "                      local training server and signs in a demo operator.\n"
        "  -v, --version       Print the version and exit.\n"
        "  -h, --help          Print this help and exit.\n"
        "\n"
        "Settings: ~/.config/BranchDesk/BranchDesk.conf (over /etc/xdg/BranchDesk/BranchDesk.conf).\n"
        "Journal:  ~/.local/share/BranchDesk/BranchDesk/journal.sqlite\n");
}
