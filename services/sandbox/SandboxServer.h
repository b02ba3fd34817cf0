#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "SandboxContext.h"
#include "SandboxReply.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

class QHttpServerRequest;
class QTcpSocket;

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
    SandboxReply control(const QHttpServerRequest &request, const QString &path);

    void deliver(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply);
    void log(const QByteArray &method, const QString &path, const QString &outcome) const;

    SandboxContext m_context;
    std::vector<std::unique_ptr<SandboxRoutes>> m_routes;
};
