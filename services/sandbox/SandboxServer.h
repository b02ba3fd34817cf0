#pragma once

#include <optional>

#include "AccessTokens.h"
#include "DemoCustomers.h"
#include "SandboxReply.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

class QHttpServerRequest;
class QTcpSocket;

struct SandboxSettings
{
    QString clientId = QStringLiteral("training");
    QString clientSecret = QStringLiteral("training");
    int tokenLifetimeSeconds = 3600;
    int slowReplyMs = 10000;
    bool verbose = false; // one line per request on stderr
};

// The training server. It subclasses QAbstractHttpServer rather than using
// QHttpServer's router because some faults need the raw connection: one is
// dropped without an answer, another is answered later from a timer while
// other clients are served.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SandboxServer(DemoCustomers customers, SandboxSettings settings, QObject *parent = nullptr);

    // Binds only `address`; returns the real port (useful when 0 was asked
    // for), or 0 with the reason in `error`.
    quint16 start(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, QString *error);

    // Qt HttpServer's debug logging prints every header, bearer tokens
    // included; this keeps it off whatever QT_LOGGING_RULES says.
    static void silenceRequestLogging();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxReply route(const QHttpServerRequest &request);
    SandboxReply issueToken(const QHttpServerRequest &request);
    SandboxReply basicData(const QHttpServerRequest &request);
    SandboxReply control(const QHttpServerRequest &request, const QString &path);
    bool hasValidBearer(const QHttpServerRequest &request) const;
    // The first problem with the X-Invoker-* envelope of an API request, or
    // nothing when it is complete.
    std::optional<QString> invokerEnvelopeProblem(const QHttpServerRequest &request) const;

    void deliver(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply);
    void log(const QByteArray &method, const QString &path, const QString &outcome) const;

    DemoCustomers m_customers;
    SandboxSettings m_settings;
    AccessTokens m_tokens;
};
