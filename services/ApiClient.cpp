#include "ApiClient.h"

#include "CredentialStore.h"
#include "Journal.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <cstring>

namespace {

// Tokens are renewed this long before the server says they expire, so a
// request never leaves with a token about to die in flight.
constexpr int tokenRenewalMarginSecs = 60;

QByteArray latin1(const QString &s)
{
    return s.toLatin1();
}

// The body of a non-idempotent request, readable once. Qt's HTTP layer
// silently resends a request (POSTs too, up to twice) when the connection
// closes before the answer; it must rewind the body to do so. This body
// cannot be rewound, so Qt reports ContentReSendError instead of creating a
// second customer behind the operator's back.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

bool isJsonScalar(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body.trimmed() + ']', &error);
    return error.error == QJsonParseError::NoError && wrapped.array().size() == 1
           && !wrapped.array().first().isObject() && !wrapped.array().first().isArray();
}

} // namespace

struct ApiClient::TokenState
{
    QString token;
    QDateTime expiresAt;
    bool fetching = false;
    QList<QPointer<ApiOperation>> waiting;

    bool valid() const
    {
        return !token.isEmpty()
               && QDateTime::currentDateTimeUtc().addSecs(tokenRenewalMarginSecs) < expiresAt;
    }
};

bool ConnectionState::tokenValid() const
{
    return tokenValidUntil.isValid() && QDateTime::currentDateTimeUtc() < tokenValidUntil;
}

ApiOperation::ApiOperation(ApiRequest request, QObject *parent)
    : QObject(parent), m_request(std::move(request))
{
}

void ApiOperation::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_onCancel)
        m_onCancel();
}

ApiClient::ApiClient(CredentialStore *credentials, Journal *journal, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_journal(journal), m_network(new QNetworkAccessManager(this))
{
    // A redirect could resend a create or an issue elsewhere: never follow one.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setEnvironment(const Environment &environment)
{
    m_environment = environment;
    m_cachedCredentials.reset();
    m_tokens.clear();
    // The manager reuses the TLS settings of the first connection to a
    // host:port; a new environment (or a new training CA) must not inherit
    // the old trust.
    m_network->clearConnectionCache();
    m_network->clearAccessCache();
    resetConnectionState();
}

void ApiClient::setOperatorSession(const OperatorSession &session)
{
    m_session = session;
}

void ApiClient::clearTokens()
{
    m_tokens.clear();
    m_cachedCredentials.reset();
    if (m_connection.tokenValidUntil.isValid()) {
        m_connection.tokenValidUntil = {};
        emit connectionStateChanged();
    }
}

void ApiClient::resetConnectionState()
{
    m_connection = ConnectionState();
    emit connectionStateChanged();
}

void ApiClient::noteReachable()
{
    m_connection.reachability = ConnectionState::Reachability::Reachable;
}

void ApiClient::noteProblem(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::InvalidRequest:
    case ApiError::Kind::Business:
        // The bank answered the teller's input, or the teller stopped it:
        // nothing about the link.
        return;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        m_connection.reachability = ConnectionState::Reachability::Unreachable;
        break;
    case ApiError::Kind::Unauthorized:
        m_connection.tokenValidUntil = {};
        break;
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Server:
    case ApiError::Kind::MalformedReply:
    case ApiError::Kind::Credentials:
    case ApiError::Kind::Configuration:
        break;
    }
    m_connection.lastError = connectionProblem(error);
    m_connection.lastErrorDetail = error.supportReference();
    m_connection.lastErrorTime = QDateTime::currentDateTimeUtc();
}

QString ApiClient::connectionProblem(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
        return error.detail.isEmpty() ? tr("network error") : tr("network error (%1)").arg(error.detail);
    case ApiError::Kind::Timeout: return tr("no answer in time");
    case ApiError::Kind::Tls: return tr("certificate not trusted");
    case ApiError::Kind::Unauthorized: return tr("credentials refused");
    case ApiError::Kind::Forbidden: return tr("operation not allowed");
    case ApiError::Kind::NotFound: return tr("not found");
    case ApiError::Kind::InvalidRequest: return tr("request rejected");
    case ApiError::Kind::Business: return tr("refused by the bank");
    case ApiError::Kind::Server:
        return error.httpStatus > 0 ? tr("server error (HTTP %1)").arg(error.httpStatus) : tr("server error");
    case ApiError::Kind::MalformedReply: return tr("unreadable answer");
    case ApiError::Kind::Cancelled: return tr("cancelled");
    case ApiError::Kind::Credentials: return tr("client credentials not available");
    case ApiError::Kind::Configuration: return tr("environment not configured");
    }
    return tr("error");
}

ClientCredentials ApiClient::trainingCredentials()
{
    return {QStringLiteral("training"), QStringLiteral("training")};
}

QString ApiClient::newTransactionId()
{
    const QDate today = QDate::currentDate();
    const QString julian = QStringLiteral("%1%2").arg(today.year() % 10).arg(today.dayOfYear(), 3, 10, QLatin1Char('0'));
    QString digits;
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < 10; ++i)
        digits += QChar(QLatin1Char('0' + static_cast<char>(random->bounded(10))));
    return QStringLiteral("BD") + julian + digits;
}

ApiOperation *ApiClient::send(const ApiRequest &request)
{
    auto *operation = new ApiOperation(request, this);
    operation->m_transactionId = request.transactionId.isEmpty() ? newTransactionId() : request.transactionId;
    operation->m_onCancel = [this, operation] { cancelOperation(operation); };
    // Start on the next event-loop turn so the caller can connect first.
    QTimer::singleShot(0, operation, [this, operation] { start(operation); });
    return operation;
}

ApiOperation *ApiClient::refuse(const ApiRequest &request, const ApiError &error)
{
    auto *operation = new ApiOperation(request, this);
    operation->m_transactionId = request.transactionId.isEmpty() ? newTransactionId() : request.transactionId;
    QTimer::singleShot(0, operation, [this, operation, error] { finish(operation, error); });
    return operation;
}

void ApiClient::cancelOperation(ApiOperation *operation)
{
    if (operation->m_reply) {
        // handleReply() sees m_cancelled and finishes it.
        operation->m_reply->abort();
        return;
    }
    // Still waiting for credentials or a token: nothing was sent yet.
    finish(operation, ApiError::make(ApiError::Kind::Cancelled));
}

void ApiClient::start(ApiOperation *operation)
{
    if (operation->m_finished)
        return;
    const QUrl base = m_environment.baseUri(operation->m_request.api);
    if (!base.isValid() || base.isEmpty()) {
        finish(operation, ApiError::make(ApiError::Kind::Configuration,
                                         tr("No address is configured for %1 in the %2 environment; set it in Settings.")
                                             .arg(Environment::documentName(operation->m_request.api),
                                                  Environment::displayName(m_environment.kind))));
        return;
    }
    if (base.scheme() != QLatin1String("https")) {
        finish(operation, ApiError::make(ApiError::Kind::Configuration,
                                         tr("The address of %1 must start with https://; nothing was sent.")
                                             .arg(Environment::documentName(operation->m_request.api))));
        return;
    }
    if (!m_session.isValid()) {
        finish(operation, ApiError::make(ApiError::Kind::Configuration,
                                         tr("No operator is signed in; sign in and try again.")));
        return;
    }
    if (operation->m_request.authentication == Authentication::ProvidedByCaller) {
        dispatch(operation, QString());
        return;
    }

    if (m_environment.kind == EnvironmentKind::Training) {
        continueWithCredentials(operation, trainingCredentials());
        return;
    }
    if (m_cachedCredentials) {
        continueWithCredentials(operation, *m_cachedCredentials);
        return;
    }
    if (!m_credentials) {
        finish(operation, ApiError::make(ApiError::Kind::Credentials));
        return;
    }
    const QString environmentName = m_environment.name();
    m_credentials->readClientCredentials(
        environmentName, operation, [this, operation, environmentName](const Result<ClientCredentials> &result) {
            if (operation->m_finished)
                return;
            if (!result) {
                finish(operation, result.error());
                return;
            }
            // The environment may have changed while the keychain answered.
            if (m_environment.name() == environmentName)
                m_cachedCredentials = result.value();
            continueWithCredentials(operation, result.value());
        });
}

void ApiClient::continueWithCredentials(ApiOperation *operation, const ClientCredentials &credentials)
{
    const QString url = tokenUrl(operation->m_request.api);
    std::shared_ptr<TokenState> &state = m_tokens[url];
    if (!state)
        state = std::make_shared<TokenState>();
    if (state->valid()) {
        dispatch(operation, state->token);
        return;
    }
    state->waiting.append(operation);
    if (!state->fetching)
        fetchToken(url, credentials);
}

QString ApiClient::tokenUrl(ApiDocument api) const
{
    QString base = m_environment.baseUri(api).toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/oauth2/token");
}

void ApiClient::applyTls(QNetworkRequest &request) const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_environment.caCertificates.isEmpty())
        tls.setCaCertificates(m_environment.caCertificates);
    request.setSslConfiguration(tls);
}

void ApiClient::fetchToken(const QString &tokenUrl, const ClientCredentials &credentials)
{
    std::shared_ptr<TokenState> state = m_tokens.value(tokenUrl);
    state->fetching = true;

    // RFC 6749 §4.4: client credentials grant, client authenticated with
    // HTTP Basic (§2.3.1).
    QNetworkRequest request{QUrl(tokenUrl)};
    applyTls(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray pair = QUrl::toPercentEncoding(credentials.clientId) + ':'
                            + QUrl::toPercentEncoding(credentials.clientSecret);
    const QByteArray basic = pair.toBase64();
    request.setRawHeader("Authorization", "Basic " + basic);
    request.setTransferTimeout(m_environment.timeoutMs);

    QNetworkReply *reply = m_network->post(request, QByteArrayLiteral("grant_type=client_credentials"));
    connect(reply, &QNetworkReply::finished, this, [this, reply, state, tokenUrl] {
        reply->deleteLater();
        state->fetching = false;
        const QList<QPointer<ApiOperation>> waiting = std::exchange(state->waiting, {});
        // A token reply for an environment we already left is dropped.
        if (m_tokens.value(tokenUrl) != state) {
            for (const auto &operation : waiting) {
                if (operation && !operation->m_finished)
                    start(operation);
            }
            return;
        }

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        std::optional<ApiError> error;
        if (status != 0)
            noteReachable();
        if (status == 0) {
            error = networkError(reply, reply->error() == QNetworkReply::OperationCanceledError);
        } else if (status == 200) {
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            const QString token = json.value(QStringLiteral("access_token")).toString();
            if (token.isEmpty()) {
                error = ApiError::make(ApiError::Kind::MalformedReply, QStringLiteral("token reply without access_token"));
            } else {
                state->token = token;
                const int expiresIn = json.value(QStringLiteral("expires_in")).toInt(3600);
                state->expiresAt = QDateTime::currentDateTimeUtc().addSecs(qMax(expiresIn, tokenRenewalMarginSecs + 1));
                m_connection.tokenValidUntil = state->expiresAt;
            }
        } else {
            error = ApiError::fromHttpReply(status, body).value_or(ApiError::make(ApiError::Kind::Server));
            if (status == 400 || status == 401) {
                // invalid_client / unauthorized_client: the credentials are wrong.
                error->kind = ApiError::Kind::Unauthorized;
                m_cachedCredentials.reset();
            }
            error->detail = QStringLiteral("token request refused (HTTP %1)").arg(status);
        }
        // Recorded here too: every waiting operation may have been cancelled.
        if (error)
            noteProblem(*error);
        emit connectionStateChanged();

        for (const auto &operation : waiting) {
            if (!operation || operation->m_finished)
                continue;
            if (error)
                finish(operation, *error);
            else
                dispatch(operation, state->token);
        }
    });
}

ClientCredentials ApiClient::activeCredentials() const
{
    if (m_environment.kind == EnvironmentKind::Training)
        return trainingCredentials();
    return m_cachedCredentials.value_or(ClientCredentials{});
}

QNetworkRequest ApiClient::buildRequest(const ApiOperation *operation, const QString &token) const
{
    const ApiRequest &r = operation->m_request;
    QString base = m_environment.baseUri(r.api).toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QUrl url(base + r.path);
    if (!r.query.isEmpty()) {
        QUrlQuery query;
        for (const auto &item : r.query)
            query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                               QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        url.setQuery(query);
    }

    QNetworkRequest request(url);
    applyTls(request);
    request.setRawHeader("Accept", "application/json");
    if (!r.body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (r.authentication == Authentication::ProvidedByCaller) {
        for (auto it = r.extraHeaders.constBegin(); it != r.extraHeaders.constEnd(); ++it)
            request.setRawHeader(it.key(), it.value());
        return request;
    }
    request.setRawHeader("Authorization", "Bearer " + latin1(token));

    // X-Invoker-* envelope (customers-management, security-management tables).
    const OperatorSession &s = m_session;
    request.setRawHeader("X-Invoker-User", latin1(s.user));
    request.setRawHeader("X-Invoker-BranchId", latin1(s.branchId));
    request.setRawHeader("X-Invoker-TerminalId", latin1(s.terminalId));
    if (!s.channel.isEmpty())
        request.setRawHeader("X-Invoker-Channel", latin1(s.channel));
    if (!s.subChannel.isEmpty())
        request.setRawHeader("X-Invoker-subChannel", latin1(s.subChannel));
    request.setRawHeader("X-Invoker-Country", latin1(s.country));
    request.setRawHeader("X-Invoker-UserIPAddress", latin1(s.userIpAddress));
    request.setRawHeader("X-Invoker-UserMACAddress", latin1(s.userMacAddress));
    request.setRawHeader("X-Invoker-ProcessDate", latin1(QDate::currentDate().toString(Qt::ISODate)));
    request.setRawHeader("X-Invoker-TxId", latin1(operation->m_transactionId));
    // "TOKEN del consumo al API 30 primeras posiciones".
    request.setRawHeader("X-Invoker-SessionKey", latin1(token.left(30)));

    const ClientCredentials credentials = activeCredentials();
    switch (r.security) {
    case SecurityHeaders::None:
        break;
    case SecurityHeaders::XSecurity:
        request.setRawHeader("X-Security-ClientID", latin1(credentials.clientId));
        request.setRawHeader("X-Security-ClientSecret", latin1(credentials.clientSecret));
        request.setRawHeader("X-Security-Token", latin1(token));
        break;
    case SecurityHeaders::ClientIdAndSecret:
        request.setRawHeader("client_id", latin1(credentials.clientId));
        request.setRawHeader("client_secret", latin1(credentials.clientSecret));
        break;
    }
    for (auto it = r.extraHeaders.constBegin(); it != r.extraHeaders.constEnd(); ++it)
        request.setRawHeader(it.key(), it.value());
    return request;
}

void ApiClient::dispatch(ApiOperation *operation, const QString &token)
{
    if (operation->m_finished)
        return;
    operation->m_tokenUsed = token;
    const QNetworkRequest request = buildRequest(operation, token);
    const ApiRequest &r = operation->m_request;
    const QByteArray body = r.body.isNull() ? QByteArray() : r.body.toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nullptr;
    if (r.verb == "GET") {
        reply = m_network->get(request);
    } else if (r.neverResendSilently) {
        QNetworkRequest oneShot = request;
        oneShot.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        oneShot.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(body, nullptr);
        reply = m_network->sendCustomRequest(oneShot, r.verb, device);
        device->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(request, r.verb, body);
    }
    operation->m_reply = reply;
    operation->m_timedOut = false;

    if (!operation->m_timer) {
        operation->m_timer = new QTimer(operation);
        operation->m_timer->setSingleShot(true);
        connect(operation->m_timer, &QTimer::timeout, operation, [operation] {
            operation->m_timedOut = true;
            if (operation->m_reply)
                operation->m_reply->abort();
        });
    }
    operation->m_timer->start(m_environment.timeoutMs);

    // TLS errors are recorded for support and never ignored: the handshake
    // fails and the reply finishes with an error.
    connect(reply, &QNetworkReply::sslErrors, operation, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        reply->setProperty("branchdeskTlsErrors", texts.join(QStringLiteral("; ")));
    });
    connect(reply, &QNetworkReply::uploadProgress, operation, &ApiOperation::uploadProgress);
    connect(reply, &QNetworkReply::finished, operation, [this, operation, reply] { handleReply(operation, reply); });
}

ApiError ApiClient::networkError(QNetworkReply *reply, bool timedOut)
{
    if (timedOut)
        return ApiError::make(ApiError::Kind::Timeout, reply->errorString());
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError: {
        const QString tls = reply->property("branchdeskTlsErrors").toString();
        return ApiError::make(ApiError::Kind::Tls, tls.isEmpty() ? reply->errorString() : tls);
    }
    case QNetworkReply::TimeoutError:
        return ApiError::make(ApiError::Kind::Timeout, reply->errorString());
    case QNetworkReply::OperationCanceledError:
        return ApiError::make(ApiError::Kind::Cancelled);
    default:
        return ApiError::make(ApiError::Kind::Network, reply->errorString());
    }
}

void ApiClient::handleReply(ApiOperation *operation, QNetworkReply *reply)
{
    reply->deleteLater();
    operation->m_reply = nullptr;
    if (operation->m_timer)
        operation->m_timer->stop();
    if (operation->m_finished)
        return;
    if (operation->m_cancelled) {
        finish(operation, ApiError::make(ApiError::Kind::Cancelled));
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        finish(operation, networkError(reply, operation->m_timedOut));
        return;
    }
    noteReachable();
    if (operation->m_timedOut) {
        finish(operation, ApiError::make(ApiError::Kind::Timeout));
        return;
    }
    const QByteArray body = reply->readAll();

    if (status == 401 && !operation->m_retriedAfter401
        && operation->m_request.authentication == Authentication::BankOAuth) {
        // The token may have expired or been revoked: drop it, fetch a new
        // one and send once more. Nothing was processed on a 401.
        operation->m_retriedAfter401 = true;
        const QString url = tokenUrl(operation->m_request.api);
        if (auto state = m_tokens.value(url); state && state->token == operation->m_tokenUsed)
            state->token.clear();
        start(operation);
        return;
    }

    if (status == 401 && !operation->m_retriedAfter401
        && operation->m_request.authentication == Authentication::ProvidedByCaller
        && operation->m_request.renewAuthentication) {
        // The caller's login (e.g. an OBP DirectLogin token) may have
        // expired: let it log in again once, then resend with its new headers.
        operation->m_retriedAfter401 = true;
        operation->m_request.renewAuthentication(
            operation, [this, operation, body](std::optional<QHash<QByteArray, QByteArray>> headers) {
                if (operation->m_finished)
                    return;
                if (!headers) {
                    finish(operation, ApiError::fromHttpReply(401, body).value_or(ApiError::make(ApiError::Kind::Unauthorized)));
                    return;
                }
                operation->m_request.extraHeaders = *headers;
                dispatch(operation, QString());
            });
        return;
    }

    if (std::optional<ApiError> error = ApiError::fromHttpReply(status, body)) {
        finish(operation, *error);
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument json = body.trimmed().isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError && isJsonScalar(body)) {
        // A bare JSON value (OBP answers a DELETE with `true`): valid JSON
        // (RFC 8259) that QJsonDocument cannot hold; the call succeeded.
        finish(operation, std::nullopt, QJsonDocument());
        return;
    }
    if (parseError.error != QJsonParseError::NoError) {
        ApiError error = ApiError::make(ApiError::Kind::MalformedReply, parseError.errorString());
        error.httpStatus = status;
        finish(operation, error);
        return;
    }
    finish(operation, std::nullopt, json);
}

void ApiClient::finish(ApiOperation *operation, std::optional<ApiError> error, const QJsonDocument &json)
{
    if (operation->m_finished)
        return;
    operation->m_finished = true;
    if (operation->m_timer)
        operation->m_timer->stop();
    if (error)
        error->transactionId = operation->m_transactionId;
    operation->m_error = error;
    operation->m_json = json;

    const ApiRequest &r = operation->m_request;
    if (m_journal && !r.operation.isEmpty()) {
        JournalEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.operatorId = m_session.user;
        entry.environment = m_environment.name();
        entry.operation = r.operation;
        entry.transactionId = operation->m_transactionId;
        entry.outcome = error ? error->outcomeCode() : QStringLiteral("ok");
        entry.errorCode = error ? error->code : QString();
        if (!error && r.references)
            entry.references = r.references(json);
        entry.subject = r.subject;
        m_journal->record(entry);
    }

    if (error) {
        noteProblem(*error);
    } else {
        m_connection.reachability = ConnectionState::Reachability::Reachable;
        m_connection.lastSuccessTime = QDateTime::currentDateTimeUtc();
    }
    emit connectionStateChanged();

    const QString summary = error ? error->supportReference() : QString();
    emit operationOutcome(r.operation, error ? error->outcomeCode() : QStringLiteral("ok"), summary);
    emit operationFinished(r.operation, !error, summary);
    emit operation->finished();
    operation->deleteLater();
}
