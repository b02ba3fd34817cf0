#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

struct SandboxOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8443;
    QString tlsDirectory;
    QString dataFile; // empty: the built-in demo customers
    int tokenLifetimeSeconds = 3600;
    int slowSeconds = 10;
    int profileLatencySeconds = 0; // contact-data and remittance reads
    QString openssl = QStringLiteral("openssl");
    bool verbose = false;
};

// The command line of branchdesk-sandbox. Parsing touches nothing (no files,
// no network), so --help and --version are answered before anything else.
class SandboxCommandLine
{
public:
    enum class Action { Run, Help, Version, Error };

    struct Parsed
    {
        Action action = Action::Error;
        SandboxOptions options;
        QString text; // the help or version text, or what is wrong
    };

    // `arguments` starts with the program name, like QCoreApplication::arguments().
    static Parsed parse(const QStringList &arguments);

    // "listening on https://127.0.0.1:8443" (IPv6 addresses in brackets).
    static QString listeningLine(const QHostAddress &address, quint16 port);
};
