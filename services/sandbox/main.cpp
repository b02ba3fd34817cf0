#include "DemoCustomers.h"
#include "SandboxCommandLine.h"
#include "SandboxServer.h"
#include "TrainingCertificates.h"

#include <QCoreApplication>
#include <QSslConfiguration>

#include <cstdio>

namespace {
constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

int fail(const QString &message, int code = exitFailure)
{
    print(stderr, QStringLiteral("branchdesk-sandbox: %1\n").arg(message));
    return code;
}
} // namespace

int main(int argc, char **argv)
{
    // Needed for the help text; it opens no window, file or socket.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("branchdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRANCHDESK_VERSION));

    const SandboxCommandLine::Parsed parsed = SandboxCommandLine::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case SandboxCommandLine::Action::Help:
    case SandboxCommandLine::Action::Version:
        print(stdout, parsed.text);
        return 0;
    case SandboxCommandLine::Action::Error:
        return fail(parsed.text + QStringLiteral("\nTry 'branchdesk-sandbox --help'."), exitUsage);
    case SandboxCommandLine::Action::Run:
        break;
    }
    const SandboxOptions &options = parsed.options;
    SandboxServer::silenceRequestLogging();

    auto customers = DemoCustomers::load(options.dataFile.isEmpty() ? DemoCustomers::builtInPath() : options.dataFile);
    if (!customers)
        return fail(customers.error());

    auto tls = TrainingCertificates(options.tlsDirectory, options.openssl).ensure();
    if (!tls)
        return fail(tls.error());

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(tls.value().certificate);
    configuration.setPrivateKey(tls.value().privateKey);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);

    SandboxSettings settings;
    settings.tokenLifetimeSeconds = options.tokenLifetimeSeconds;
    settings.slowReplyMs = options.slowSeconds * 1000;
    settings.profileLatencyMs = options.profileLatencySeconds * 1000;
    settings.verbose = options.verbose;
    SandboxServer server(std::move(customers.value()), settings);

    QString error;
    const quint16 port = server.start(options.address, options.port, configuration, &error);
    if (port == 0) {
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(options.address.toString())
                        .arg(options.port)
                        .arg(error));
    }

    // The one line a launcher waits for; nothing else goes to stdout.
    print(stdout, SandboxCommandLine::listeningLine(options.address, port) + QLatin1Char('\n'));
    return QCoreApplication::exec();
}
