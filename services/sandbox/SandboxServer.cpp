#include "SandboxServer.h"

#include <QDate>

#include "AccountRoutes.h"
#include "BankEnvelope.h"
#include "CustomerProfileRoutes.h"
#include "CustomersRoutes.h"
#include "ItauRoutes.h"
#include "IntakeRoutes.h"
#include "ObpRoutes.h"
#include "PolicyRoutes.h"
#include "SecurityRoutes.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

namespace {
using StatusCode = SandboxReply::StatusCode;

const QString tokenPath = QStringLiteral("/oauth2/token");
const QString expireTokensPath = QStringLiteral("/training/faults/expire-tokens");
const QString healthPath = QStringLiteral("/training/health");
const QByteArray realm = QByteArrayLiteral("realm=\"branchdesk-sandbox\"");



QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

SandboxReply oauthError(StatusCode status, const QString &error)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), error}})
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"))
        .withHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
}

void writeReply(QHttpServerResponder &responder, const SandboxReply &reply)
{
    responder.writeStatusLine(reply.status);
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void requestLoggingFilter(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
} // namespace

SandboxServer::SandboxServer(DemoCustomers customers, SandboxSettings settings, QObject *parent)
    : QAbstractHttpServer(parent), m_context(std::move(customers), std::move(settings))
{
    // One module per API document; each answers only its own paths.
    m_routes.push_back(std::make_unique<CustomersRoutes>());
    m_routes.push_back(std::make_unique<PolicyRoutes>());
    m_routes.push_back(std::make_unique<SecurityRoutes>());
    m_routes.push_back(std::make_unique<ItauRoutes>());
    m_routes.push_back(std::make_unique<AccountRoutes>());
    m_routes.push_back(std::make_unique<IntakeRoutes>());
    m_routes.push_back(std::make_unique<CustomerProfileRoutes>());
    m_routes.push_back(std::make_unique<ObpRoutes>());
}

void SandboxServer::silenceRequestLogging()
{
    g_previousFilter = QLoggingCategory::installFilter(requestLoggingFilter);
}

quint16 SandboxServer::start(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, QString *error)
{
    // What QAbstractHttpServer::listen() does after sslSetup(), but keeping
    // the server so the reason of a failed bind can be reported.
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    if (!server->listen(address, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    deliver(request, socket, route(request));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    deliver(request, socket, SandboxReply::json(StatusCode::NotFound, BankEnvelope::pathNotFound()));
}

SandboxReply SandboxServer::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const QHttpServerRequest::Method method = request.method();
    if (path == tokenPath && method == QHttpServerRequest::Method::Post)
        return issueToken(request);
    if ((path == expireTokensPath && method == QHttpServerRequest::Method::Post)
        || (path == healthPath && method == QHttpServerRequest::Method::Get)) {
        return control(request, path);
    }
    for (const auto &routes : m_routes) {
        if (auto reply = routes->handle(request, m_context))
            return *reply;
    }
    return SandboxReply::json(StatusCode::NotFound, BankEnvelope::pathNotFound());
}

SandboxReply SandboxServer::issueToken(const QHttpServerRequest &request)
{
    // RFC 6749 §4.4 with client authentication per §2.3.1: HTTP Basic
    // (form-encoded id and secret) or client_id/client_secret body fields.
    QByteArray form = request.body();
    form.replace('+', ' '); // a space in application/x-www-form-urlencoded
    const QUrlQuery fields(QString::fromUtf8(form));
    const auto field = [&fields](const QString &name) { return fields.queryItemValue(name, QUrl::FullyDecoded); };

    QString clientId;
    QString clientSecret;
    const auto basic = SandboxContext::credentials(request.value(QByteArrayLiteral("Authorization")), QByteArrayLiteral("Basic"));
    if (basic) {
        const auto decoded = QByteArray::fromBase64Encoding(*basic, QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon >= 0) {
            clientId = QUrl::fromPercentEncoding(decoded.decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.decoded.mid(colon + 1));
        }
    } else {
        clientId = field(QStringLiteral("client_id"));
        clientSecret = field(QStringLiteral("client_secret"));
    }
    if (clientId.isEmpty() || clientId != m_context.settings().clientId || clientSecret != m_context.settings().clientSecret) {
        SandboxReply reply = oauthError(StatusCode::Unauthorized, QStringLiteral("invalid_client"));
        if (basic)
            reply.withHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic ") + realm);
        return reply;
    }

    const QString grantType = field(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return oauthError(StatusCode::BadRequest, QStringLiteral("invalid_request"));
    if (grantType != QLatin1String("client_credentials"))
        return oauthError(StatusCode::BadRequest, QStringLiteral("unsupported_grant_type"));

    return SandboxReply::json(StatusCode::Ok,
                              QJsonObject{{QStringLiteral("access_token"), m_context.tokens().issue()},
                                          {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                          {QStringLiteral("expires_in"), m_context.tokens().lifetimeSeconds()}})
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"))
        .withHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
}

SandboxReply SandboxServer::control(const QHttpServerRequest &request, const QString &path)
{
    // Anyone who can reach the port must not be able to disturb a class.
    if (!request.remoteAddress().isLoopback())
        return SandboxReply::json(StatusCode::Forbidden, BankEnvelope::forbidden());
    if (path == expireTokensPath) {
        const int expired = m_context.tokens().expireAll();
        return SandboxReply::json(StatusCode::Ok, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                              {QStringLiteral("expiredTokens"), expired}});
    }
    return SandboxReply::json(StatusCode::Ok, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
}

void SandboxServer::deliver(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply)
{
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();

    if (reply.kind == SandboxReply::Kind::Drop) {
        log(method, path, QStringLiteral("dropped"));
        socket->abort();
        return;
    }

    QHttpServerResponder responder = makeResponder(request, socket);
    if (reply.delayMs <= 0) {
        writeReply(responder, reply);
        log(method, path, QString::number(int(reply.status)));
        return;
    }

    // Answered later from the event loop, so other clients are served
    // meanwhile; the client may have hung up by then.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> connection(socket);
    QTimer::singleShot(reply.delayMs, this, [this, pending, connection, reply, method, path] {
        if (!connection || connection->state() != QAbstractSocket::ConnectedState) {
            log(method, path, QStringLiteral("client left"));
            return;
        }
        writeReply(*pending, reply);
        log(method, path, QString::number(int(reply.status)));
    });
}

void SandboxServer::log(const QByteArray &method, const QString &path, const QString &outcome) const
{
    if (!m_context.settings().verbose)
        return;
    // The path only: queries carry identity numbers, headers carry tokens.
    const QByteArray line = method + ' ' + path.toUtf8() + ' ' + outcome.toUtf8() + '\n';
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}
