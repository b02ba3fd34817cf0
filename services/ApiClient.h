#pragma once

#include "ApiError.h"
#include "CredentialStore.h"
#include "Environment.h"
#include "OperatorSession.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <memory>

class Journal;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

// Which security headers a document asks for besides Authorization: Bearer.
enum class SecurityHeaders {
    None,
    XSecurity,          // X-Security-ClientID / -ClientSecret / -Token
    ClientIdAndSecret,  // client_id / client_secret (Consult Owner, PILA)
};

// Who authenticates a call. The bank's own documents (customers, security,
// policy) use the OAuth 2 token and the X-Invoker envelope; the other two
// systems (Open Bank Project, Itau) have their own schemes, which their API
// classes put in `extraHeaders` (secrets there are never journaled or logged).
enum class Authentication {
    BankOAuth,        // Bearer token from /oauth2/token + X-Invoker-* + SecurityHeaders
    ProvidedByCaller, // only `extraHeaders`; no token fetch, no envelope, no 401 retry
};

// Everything an API class says about one call; ApiClient adds the rest.
struct ApiRequest
{
    ApiDocument api = ApiDocument::CustomersManagement;
    QByteArray verb = "GET";
    QString path;                              // as written in the seed, leading '/'
    QList<QPair<QString, QString>> query;
    QJsonDocument body;                        // sent when not null
    SecurityHeaders security = SecurityHeaders::XSecurity;
    Authentication authentication = Authentication::BankOAuth;
    QHash<QByteArray, QByteArray> extraHeaders;
    QString operation;                         // journal name, e.g. "customers.basicData.v4"
    QString subject;                           // identity number it concerns (journal masks it)
    // Empty: a fresh X-Invoker-TxId. Set only to resend a non-idempotent
    // operation whose outcome is unknown with its ORIGINAL id, so the bank can
    // answer with the first result instead of executing it twice.
    QString transactionId;
    // Non-idempotent operations (create): Qt must never resend the request
    // by itself after a dropped connection; the failure reaches the caller,
    // who treats the outcome as unknown.
    bool neverResendSilently = false;
    // Reference numbers of a successful reply, for the journal.
    std::function<QStringList(const QJsonDocument &)> references;
    // ProvidedByCaller only: asked once when the server answers 401. The API
    // class renews its login and calls `resend` with the headers to send the
    // request again with (nothing: give up, the 401 reaches the caller).
    using Resend = std::function<void(std::optional<QHash<QByteArray, QByteArray>>)>;
    std::function<void(QObject *context, Resend resend)> renewAuthentication;
};

// One request in flight. Emits finished() exactly once: success, error,
// timeout or cancellation. Owned by ApiClient; deletes itself later.
class ApiOperation : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    const QJsonDocument &json() const { return m_json; }
    const ApiError &error() const { return *m_error; }
    QString transactionId() const { return m_transactionId; }
    const ApiRequest &request() const { return m_request; }

    // Aborts the request; finished() follows with a Cancelled error.
    void cancel();

signals:
    void finished();
    // Bytes of the request body sent so far (QNetworkReply::uploadProgress),
    // for a progress bar on large uploads.
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);

private:
    friend class ApiClient;
    explicit ApiOperation(ApiRequest request, QObject *parent);

    ApiRequest m_request;
    QString m_transactionId;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_retriedAfter401 = false;
    QString m_tokenUsed;
    std::function<void()> m_onCancel;
    QJsonDocument m_json;
    std::optional<ApiError> m_error;
};

// The typed handle every API method returns: the one async pattern of the
// project. `then` delivers the parsed result to `context`; if the context is
// destroyed first (form closed) nothing is delivered.
template <typename T>
class PendingCall
{
public:
    using Parser = std::function<std::optional<T>(const QJsonDocument &)>;

    PendingCall() = default;
    PendingCall(ApiOperation *operation, Parser parser) : m_operation(operation), m_parser(std::move(parser)) {}

    template <typename Callback>
    void then(QObject *context, Callback callback) const
    {
        ApiOperation *operation = m_operation;
        if (!operation)
            return;
        Parser parser = m_parser;
        QObject::connect(operation, &ApiOperation::finished, context, [operation, parser, callback]() {
            if (!operation->succeeded()) {
                callback(Result<T>(operation->error()));
                return;
            }
            std::optional<T> parsed = parser(operation->json());
            if (!parsed) {
                ApiError error = ApiError::make(ApiError::Kind::MalformedReply,
                                                QStringLiteral("reply does not have the documented shape"));
                error.transactionId = operation->transactionId();
                callback(Result<T>(error));
                return;
            }
            callback(Result<T>(std::move(*parsed)));
        });
    }

    void cancel() const
    {
        if (m_operation)
            m_operation->cancel();
    }
    bool isRunning() const { return m_operation && !m_operation->isFinished(); }
    QString transactionId() const { return m_operation ? m_operation->transactionId() : QString(); }
    ApiOperation *operation() const { return m_operation; }

private:
    QPointer<ApiOperation> m_operation;
    Parser m_parser;
};

// What the console knows about its link to the bank, for the status bar.
// Updated by every finished operation and token request.
struct ConnectionState
{
    enum class Reachability { Unknown, Reachable, Unreachable };

    Reachability reachability = Reachability::Unknown;
    // When the newest access token expires (UTC); invalid: no usable token.
    QDateTime tokenValidUntil;
    // The last failure that concerns the link itself (network, timeout, TLS,
    // credentials, server errors, configuration). The bank's answers to the
    // teller's input (not found, refused) and cancellations are not kept here.
    QString lastError;        // short, translated ("no answer in time")
    QString lastErrorDetail;  // support reference, for a tooltip
    QDateTime lastErrorTime;  // UTC
    QDateTime lastSuccessTime; // UTC, last operation answered by the server

    bool tokenValid() const;
};

// The one HTTP client of the console: base URI per environment and document,
// X-Invoker-* envelope from the operator session, security headers, OAuth 2
// client-credentials token (cached in memory, refreshed once on 401),
// timeout, cancellation, TLS verified against the environment's CA set
// (never ignored), every error turned into one ApiError, every outcome
// journaled.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    // `credentials` may be null in Training (demo credentials are built in);
    // `journal` may be null (then nothing is journaled).
    ApiClient(CredentialStore *credentials, Journal *journal, QObject *parent = nullptr);
    ~ApiClient() override;

    void setEnvironment(const Environment &environment);
    const Environment &environment() const { return m_environment; }
    void setOperatorSession(const OperatorSession &session);
    const OperatorSession &operatorSession() const { return m_session; }

    // Starts the request (asynchronously: connect to the operation, or use
    // PendingCall::then, right after this returns).
    ApiOperation *send(const ApiRequest &request);
    // An operation that sends nothing and finishes with `error` (input the
    // documents' rules reject); same async pattern as send().
    ApiOperation *refuse(const ApiRequest &request, const ApiError &error);

    // A fresh transaction id: 16 characters, "BD" + Julian date (yDDD) + 10
    // random digits, following the correspondent-banking tables' shape.
    static QString newTransactionId();

    // Forgets the cached tokens (e.g. after the credentials change).
    void clearTokens();

    // The Training environment's demo client id/secret; not secrets.
    static ClientCredentials trainingCredentials();

    const ConnectionState &connectionState() const { return m_connection; }
    // A short phrase for `error` in the connection state ("no answer in time").
    static QString connectionProblem(const ApiError &error);

signals:
    // After every finished operation (for the status bar's connection state).
    void operationFinished(const QString &operation, bool ok, const QString &errorSummary);
    // Emitted just before operationFinished, with the journal's outcome word:
    // "ok", "cancelled" (the operator stopped it) or ApiError::outcomeCode().
    void operationOutcome(const QString &operation, const QString &outcome, const QString &errorSummary);
    void connectionStateChanged();

private:
    struct TokenState;
    void start(ApiOperation *operation);
    void continueWithCredentials(ApiOperation *operation, const ClientCredentials &credentials);
    void fetchToken(const QString &tokenUrl, const ClientCredentials &credentials);
    void cancelOperation(ApiOperation *operation);
    void dispatch(ApiOperation *operation, const QString &token);
    void handleReply(ApiOperation *operation, QNetworkReply *reply);
    void finish(ApiOperation *operation, std::optional<ApiError> error, const QJsonDocument &json = {});
    QNetworkRequest buildRequest(const ApiOperation *operation, const QString &token) const;
    QString tokenUrl(ApiDocument api) const;
    void applyTls(QNetworkRequest &request) const;
    static ApiError networkError(QNetworkReply *reply, bool timedOut);
    ClientCredentials activeCredentials() const;
    void noteReachable();
    void noteProblem(const ApiError &error);
    void resetConnectionState();

    CredentialStore *m_credentials;
    QPointer<Journal> m_journal;
    QNetworkAccessManager *m_network;
    Environment m_environment;
    OperatorSession m_session;
    std::optional<ClientCredentials> m_cachedCredentials;
    QHash<QString, std::shared_ptr<TokenState>> m_tokens; // by token URL
    ConnectionState m_connection;
};
