#include "SandboxServer.h"

#include <QDate>

#include "BankEnvelope.h"
#include "FaultIdentities.h"
#include "IdentificationType.h"

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
const QString basicDataV4Path = QStringLiteral("/customerAccountManagement/v4/basicData");
const QString expireTokensPath = QStringLiteral("/training/faults/expire-tokens");
const QString healthPath = QStringLiteral("/training/health");

constexpr qsizetype maxIdentSerialNumLength = 20; // seed: 1..20 characters
constexpr qsizetype minCellphoneDigits = 7;
constexpr qsizetype maxCellphoneDigits = 15; // E.164

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

// "Basic abc" / "bearer abc": the credentials after a case-insensitive scheme.
std::optional<QByteArray> credentials(const QByteArray &authorization, const QByteArray &scheme)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() <= scheme.size() || value.at(scheme.size()) != ' '
        || qstrnicmp(value.constData(), scheme.constData(), scheme.size()) != 0) {
        return std::nullopt;
    }
    return value.mid(scheme.size() + 1).trimmed();
}

SandboxReply oauthError(StatusCode status, const QString &error)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), error}})
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"))
        .withHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
}

SandboxReply badRequest()
{
    return SandboxReply::json(StatusCode::BadRequest, BankEnvelope::badRequest());
}

bool allDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
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
    : QAbstractHttpServer(parent),
      m_customers(std::move(customers)),
      m_settings(std::move(settings)),
      m_tokens(m_settings.tokenLifetimeSeconds)
{
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
    if (path == basicDataV4Path && method == QHttpServerRequest::Method::Get)
        return basicData(request);
    if ((path == expireTokensPath && method == QHttpServerRequest::Method::Post)
        || (path == healthPath && method == QHttpServerRequest::Method::Get)) {
        return control(request, path);
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
    const auto basic = credentials(request.value(QByteArrayLiteral("Authorization")), QByteArrayLiteral("Basic"));
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
    if (clientId.isEmpty() || clientId != m_settings.clientId || clientSecret != m_settings.clientSecret) {
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
                              QJsonObject{{QStringLiteral("access_token"), m_tokens.issue()},
                                          {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                          {QStringLiteral("expires_in"), m_tokens.lifetimeSeconds()}})
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"))
        .withHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
}

bool SandboxServer::hasValidBearer(const QHttpServerRequest &request) const
{
    const auto token = credentials(request.value(QByteArrayLiteral("Authorization")), QByteArrayLiteral("Bearer"));
    return token && m_tokens.isValid(QString::fromLatin1(*token));
}

std::optional<QString> SandboxServer::invokerEnvelopeProblem(const QHttpServerRequest &request) const
{
    // The bank rejects a call whose envelope is incomplete; the training
    // server does too, so a client that forgets a header fails in class, not
    // at the counter.
    static const QByteArray required[] = {"X-Invoker-User", "X-Invoker-BranchId", "X-Invoker-TerminalId",
                                          "X-Invoker-TxId", "X-Invoker-ProcessDate", "X-Invoker-SessionKey",
                                          "X-Invoker-Country"};
    for (const QByteArray &name : required) {
        if (request.value(name).trimmed().isEmpty())
            return QStringLiteral("BAD REQUEST. Missing header %1").arg(QString::fromLatin1(name));
    }
    if (!QDate::fromString(QString::fromLatin1(request.value(QByteArrayLiteral("X-Invoker-ProcessDate"))),
                           QStringLiteral("yyyy-MM-dd"))
             .isValid())
        return QStringLiteral("BAD REQUEST. X-Invoker-ProcessDate must be YYYY-MM-DD");
    if (request.value(QByteArrayLiteral("X-Invoker-TxId")).size() > 16)
        return QStringLiteral("BAD REQUEST. X-Invoker-TxId has at most 16 characters");
    // "TOKEN del consumo al API 30 primeras posiciones".
    const auto token = credentials(request.value(QByteArrayLiteral("Authorization")), QByteArrayLiteral("Bearer"));
    if (!token || request.value(QByteArrayLiteral("X-Invoker-SessionKey")) != token->left(30))
        return QStringLiteral("BAD REQUEST. X-Invoker-SessionKey must be the first 30 characters of the token");
    return std::nullopt;
}

SandboxReply SandboxServer::basicData(const QHttpServerRequest &request)
{
    if (!hasValidBearer(request)) {
        // RFC 6750 §3: say which scheme, and whether a token was sent at all.
        const bool sentToken = !request.value(QByteArrayLiteral("Authorization")).isEmpty();
        const QByteArray challenge = QByteArrayLiteral("Bearer ") + realm
                                     + (sentToken ? QByteArrayLiteral(", error=\"invalid_token\"") : QByteArray());
        return SandboxReply::json(StatusCode::Unauthorized, BankEnvelope::unauthorized())
            .withHeader(QByteArrayLiteral("WWW-Authenticate"), challenge);
    }
    if (const auto problem = invokerEnvelopeProblem(request)) {
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("1"), *problem,
                                                      QStringLiteral("BDA")));
    }

    const QUrlQuery query = request.query();
    const auto value = [&query](const QString &name) {
        return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    };
    const bool byIdentification = query.hasQueryItem(QStringLiteral("govIssueIdentType"))
                                  || query.hasQueryItem(QStringLiteral("identSerialNum"));
    const bool byCellphone = query.hasQueryItem(QStringLiteral("cellphone"));
    if (byIdentification == byCellphone) // neither form, or both
        return badRequest();

    if (byCellphone) {
        const QString cellphone = value(QStringLiteral("cellphone"));
        const QString digits = DemoCustomers::cellphoneDigits(cellphone);
        for (const QChar c : cellphone) {
            if (!c.isDigit() && c != QLatin1Char(' ') && c != QLatin1Char('+') && c != QLatin1Char('-'))
                return badRequest();
        }
        if (digits.size() < minCellphoneDigits || digits.size() > maxCellphoneDigits)
            return badRequest();
        if (const DemoCustomer *customer = m_customers.findByCellphone(cellphone))
            return SandboxReply::json(StatusCode::Ok, customer->basicData.toJson());
        return SandboxReply::json(StatusCode::NotFound, BankEnvelope::noRecordFound());
    }

    const auto type = IdentificationTypes::fromCode(value(QStringLiteral("govIssueIdentType")));
    const QString number = value(QStringLiteral("identSerialNum"));
    if (!type || number.isEmpty() || number.size() > maxIdentSerialNumLength)
        return badRequest();
    if (IdentificationTypes::isNumeric(*type) && !allDigits(number))
        return badRequest();
    const QString typeCode = IdentificationTypes::code(*type);

    if (auto fault = FaultIdentities::replyFor(typeCode, number, m_settings.slowReplyMs))
        return *fault;
    if (const DemoCustomer *customer = m_customers.findByIdentification(typeCode, number))
        return SandboxReply::json(StatusCode::Ok, customer->basicData.toJson());
    return SandboxReply::json(StatusCode::NotFound, BankEnvelope::noRecordFound());
}

SandboxReply SandboxServer::control(const QHttpServerRequest &request, const QString &path)
{
    // Anyone who can reach the port must not be able to disturb a class.
    if (!request.remoteAddress().isLoopback())
        return SandboxReply::json(StatusCode::Forbidden, BankEnvelope::forbidden());
    if (path == expireTokensPath) {
        const int expired = m_tokens.expireAll();
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
    if (!m_settings.verbose)
        return;
    // The path only: queries carry identity numbers, headers carry tokens.
    const QByteArray line = method + ' ' + path.toUtf8() + ' ' + outcome.toUtf8() + '\n';
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}
