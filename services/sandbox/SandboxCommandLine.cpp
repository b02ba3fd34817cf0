#include "SandboxCommandLine.h"

#include "FaultIdentities.h"
#include "SecurityFaults.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace {
constexpr int maxTokenLifetimeSeconds = 7 * 24 * 3600;
constexpr int maxSlowSeconds = 600;
constexpr int maxProfileLatencySeconds = 60;

QString routesHelp()
{
    QString text = QStringLiteral(
        "\nRoutes (HTTPS; API routes need \"Authorization: Bearer <token>\"):\n"
        "  POST /oauth2/token                              client credentials grant (RFC 6749 4.4);\n"
        "                                                  client id \"training\", secret \"training\",\n"
        "                                                  as HTTP Basic or client_id/client_secret fields\n"
        "  GET  /customerAccountManagement/v4/basicData    ?govIssueIdentType=CC&identSerialNum=...\n"
        "                                                  or ?cellphone=...\n"
        "\nTraining controls (no token; loopback clients only):\n"
        "  POST /training/faults/expire-tokens             invalidate every issued token\n"
        "  GET  /training/health                           {\"status\":\"ok\"}\n"
        "  POST /training/faults/profile-latency/READ/MS   delay the Customer 360 read READ (contact,\n"
        "                                                  remittance or all) by MS ms (0 = off)\n"
        "  GET  /training/faults/profile-latency           the current delays\n"
        "\nFault identities (v4 basicData with govIssueIdentType=CC):\n");
    for (const FaultIdentities::Fault &fault : FaultIdentities::all())
        text += QStringLiteral("  %1  %2\n").arg(fault.identSerialNum, fault.description);
    text += QStringLiteral(
        "  (the same identities fail every security-management operation that carries them)\n"
        "\nSecurity faults: POST /training/faults/security/<name>[/<count>] (loopback only) makes\n"
        "the next security-management call (or the next <count>, up to 20) answer with <name>;\n"
        "POST /training/faults/security/none disarms. Qt retries a dropped GET 4 times: drop/4.\n");
    for (const SecurityFaults::Fault &fault : SecurityFaults::all())
        text += QStringLiteral("  %1  %2\n").arg(fault.name.leftJustified(16), fault.description);
    text += QStringLiteral(
        "\nCustomer 360 fault identity: CC 3600000500 (contact data answers HTTP 500, 50099;\n"
        "basic data, locations, channel holds and remittance profile answer normally).\n"
        "\nRuns until stopped (Ctrl+C or a termination signal). Exit status 1 when the server\n"
        "cannot start (address in use, certificates, demo data), 2 for a wrong command line.\n");
    return text;
}

bool parseListen(const QString &value, SandboxOptions &options, QString &error)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        error = QStringLiteral("--listen expects ADDRESS:PORT, e.g. 127.0.0.1:8443, not \"%1\"").arg(value);
        return false;
    }
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (!address.setAddress(host)) {
        error = QStringLiteral("--listen: \"%1\" is not an IP address").arg(host);
        return false;
    }
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535) {
        error = QStringLiteral("--listen: \"%1\" is not a port number (0-65535)").arg(value.mid(colon + 1));
        return false;
    }
    options.address = address;
    options.port = quint16(port);
    return true;
}

bool parseSeconds(const QString &name, const QString &value, int min, int max, int &out, QString &error)
{
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok || seconds < min || seconds > max) {
        error = QStringLiteral("--%1 expects whole seconds from %2 to %3, not \"%4\"")
                    .arg(name)
                    .arg(min)
                    .arg(max)
                    .arg(value);
        return false;
    }
    out = seconds;
    return true;
}
} // namespace

SandboxCommandLine::Parsed SandboxCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "BranchDesk training server: a local HTTPS server that answers like the bank's\n"
        "customers-management API, with deterministic demo customers and injectable faults,\n"
        "for classrooms and test suites. Prints \"listening on https://ADDRESS:PORT\" when ready."));

    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to serve HTTPS on; only this address is "
                                                   "bound. Port 0 picks a free port (default 127.0.0.1:8443)."),
                                    QStringLiteral("address:port"));
    const QCommandLineOption tlsDir(QStringLiteral("tls-dir"),
                                    QStringLiteral("Folder for ca.pem, server.pem and server.key (required). "
                                                   "They are created when missing; the CA's private key is "
                                                   "deleted right after signing."),
                                    QStringLiteral("dir"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Demo customers JSON to serve instead of the built-in data "
                                                 "(same shape as resources/demo/customers.json)."),
                                  QStringLiteral("file"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime"),
                                           QStringLiteral("Lifetime of issued access tokens (default 3600)."),
                                           QStringLiteral("seconds"));
    const QCommandLineOption slow(QStringLiteral("slow-seconds"),
                                  QStringLiteral("How long the slow fault identity CC 9990000408 waits before "
                                                 "answering (default 10)."),
                                  QStringLiteral("seconds"));
    const QCommandLineOption openssl(QStringLiteral("openssl"),
                                     QStringLiteral("openssl program used to create the certificates "
                                                    "(default: openssl from PATH)."),
                                     QStringLiteral("program"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Log one line per request to stderr: method, path without "
                                                    "query, status. Never tokens or headers."));
    const QCommandLineOption profileLatency(QStringLiteral("profile-latency-seconds"),
                                            QStringLiteral("Delay every answer of the contact-data and remittance "
                                                           "reads (Customer 360) by this much (default 0)."),
                                            QStringLiteral("seconds"));
    parser.addOptions({help, version, listen, tlsDir, data, tokenLifetime, slow, openssl, verbose});
    parser.addOption(profileLatency);

    Parsed parsed;
    if (!parser.parse(arguments)) {
        parsed.text = parser.errorText();
        return parsed;
    }
    if (parser.isSet(help)) {
        parsed.action = Action::Help;
        parsed.text = parser.helpText() + routesHelp();
        return parsed;
    }
    if (parser.isSet(version)) {
        parsed.action = Action::Version;
        parsed.text = QStringLiteral("branchdesk-sandbox %1\n").arg(QStringLiteral(BRANCHDESK_VERSION));
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        parsed.text = QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return parsed;
    }

    SandboxOptions &options = parsed.options;
    if (parser.isSet(listen) && !parseListen(parser.value(listen), options, parsed.text))
        return parsed;
    options.tlsDirectory = parser.value(tlsDir);
    if (options.tlsDirectory.isEmpty()) {
        parsed.text = QStringLiteral("--tls-dir is required");
        return parsed;
    }
    options.dataFile = parser.value(data);
    if (parser.isSet(tokenLifetime)
        && !parseSeconds(QStringLiteral("token-lifetime"), parser.value(tokenLifetime), 1, maxTokenLifetimeSeconds,
                         options.tokenLifetimeSeconds, parsed.text)) {
        return parsed;
    }
    if (parser.isSet(slow)
        && !parseSeconds(QStringLiteral("slow-seconds"), parser.value(slow), 0, maxSlowSeconds, options.slowSeconds,
                         parsed.text)) {
        return parsed;
    }
    if (parser.isSet(profileLatency)
        && !parseSeconds(QStringLiteral("profile-latency-seconds"), parser.value(profileLatency), 0,
                         maxProfileLatencySeconds, options.profileLatencySeconds, parsed.text)) {
        return parsed;
    }
    if (parser.isSet(openssl))
        options.openssl = parser.value(openssl);
    options.verbose = parser.isSet(verbose);
    parsed.action = Action::Run;
    return parsed;
}

QString SandboxCommandLine::listeningLine(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("listening on https://%1:%2").arg(host).arg(port);
}
