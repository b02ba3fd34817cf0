#include "ItauCustomerApi.h"

#include "ItauAccountCode.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace {

ApiError credentialsError(const QString &message)
{
    return ApiError::make(ApiError::Kind::Credentials, message);
}

// Reads the entries one after the other; the first missing mandatory one
// stops the chain. Every callback runs on `context`'s thread, later.
struct CredentialsRead
{
    ItauCredentials credentials;
    ItauCustomerApi::CredentialsCallback callback;
};

} // namespace

ItauCustomerApi::ItauCustomerApi(ApiClient *client, CredentialStore *credentials)
    : m_client(client), m_credentials(credentials), m_flowId(defaultFlowId())
{
}

QString ItauCustomerApi::userNameKey(const QString &environment)
{
    return CredentialStore::key(environment, QStringLiteral("itau/userName"));
}

QString ItauCustomerApi::passwordKey(const QString &environment)
{
    return CredentialStore::key(environment, QStringLiteral("itau/password"));
}

QString ItauCustomerApi::apiKeyKey(const QString &environment)
{
    return CredentialStore::key(environment, QStringLiteral("itau/apiKey"));
}

ItauCredentials ItauCustomerApi::trainingCredentials()
{
    return {QStringLiteral("chat_itau_oiap"), QStringLiteral("training"), QStringLiteral("12323213")};
}

QString ItauCustomerApi::defaultFlowId()
{
    return QStringLiteral("branchdesk-customer-by-account");
}

void ItauCustomerApi::setFlowId(const QString &flowId)
{
    const QString trimmed = flowId.trimmed();
    m_flowId = trimmed.isEmpty() ? defaultFlowId() : trimmed;
}

QString ItauCustomerApi::newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ItauCustomerApi::readCredentials(QObject *context, CredentialsCallback callback) const
{
    const Environment &environment = m_client->environment();
    if (environment.kind == EnvironmentKind::Training) {
        QTimer::singleShot(0, context, [callback] { callback(Result<ItauCredentials>(trainingCredentials())); });
        return;
    }
    const QString name = environment.name();
    if (!m_credentials) {
        const ApiError error = credentialsError(tr("No keyring is available to this window; nothing was sent."));
        QTimer::singleShot(0, context, [callback, error] { callback(Result<ItauCredentials>(error)); });
        return;
    }
    const QString notStored = tr("No Itau user name and password are stored for %1.")
                                  .arg(Environment::displayName(environment.kind));
    auto state = std::make_shared<CredentialsRead>();
    state->callback = std::move(callback);
    CredentialStore *store = m_credentials;
    const QPointer<QObject> guard(context);
    store->read(userNameKey(name), context, [=](const Result<QString> &userName) {
        // The store's own message when it failed (nothing stored, no
        // keyring, locked): it says what to do; never a plaintext fallback.
        if (!userName) {
            state->callback(Result<ItauCredentials>(userName.error()));
            return;
        }
        if (userName.value().isEmpty()) {
            state->callback(Result<ItauCredentials>(credentialsError(notStored)));
            return;
        }
        state->credentials.userName = userName.value();
        if (!guard)
            return;
        store->read(passwordKey(name), guard.data(), [=](const Result<QString> &password) {
            if (!password || password.value().isEmpty()) {
                state->callback(password ? Result<ItauCredentials>(credentialsError(notStored))
                                         : Result<ItauCredentials>(password.error()));
                return;
            }
            state->credentials.password = password.value();
            if (!guard)
                return;
            store->read(apiKeyKey(name), guard.data(), [=](const Result<QString> &apiKey) {
                // Optional in the document: absent is fine.
                if (apiKey)
                    state->credentials.apiKey = apiKey.value();
                state->callback(Result<ItauCredentials>(state->credentials));
            });
        });
    });
}

void ItauCustomerApi::writeCredentials(const QString &environment, const ItauCredentials &credentials,
                                       QObject *context, CredentialStore::DoneCallback callback) const
{
    if (!m_credentials || credentials.userName.trimmed().isEmpty() || credentials.password.isEmpty()) {
        const ApiError error = credentialsError(
            m_credentials ? tr("Enter both the Itau user name and password; nothing was stored.")
                          : tr("No keyring is available to this window; nothing was stored."));
        QTimer::singleShot(0, context, [callback, error] { callback(Result<bool>(error)); });
        return;
    }
    CredentialStore *store = m_credentials;
    const QPointer<QObject> guard(context);
    const QString apiKey = credentials.apiKey.trimmed();
    store->write(userNameKey(environment), credentials.userName.trimmed(), context, [=](const Result<bool> &r1) {
        if (!r1 || !guard) {
            if (guard)
                callback(r1);
            return;
        }
        store->write(passwordKey(environment), credentials.password, guard.data(), [=](const Result<bool> &r2) {
            if (!r2 || !guard) {
                if (guard)
                    callback(r2);
                return;
            }
            const auto done = [callback](const Result<bool> &r3) { callback(r3); };
            if (apiKey.isEmpty())
                store->remove(apiKeyKey(environment), guard.data(), done);
            else
                store->write(apiKeyKey(environment), apiKey, guard.data(), done);
        });
    });
}

QHash<QByteArray, QByteArray> ItauCustomerApi::headers(const ItauCredentials &credentials,
                                                       const QString &correlationId) const
{
    QHash<QByteArray, QByteArray> h;
    if (!credentials.apiKey.isEmpty())
        h.insert("x-itau-apikey", credentials.apiKey.toUtf8());
    h.insert("x-itau-correlationID", correlationId.toLatin1());
    h.insert("x-itau-flowID", m_flowId.toUtf8());
    h.insert("userName", credentials.userName.toUtf8());
    h.insert("password", credentials.password.toUtf8());
    return h;
}

QString ItauCustomerApi::requestPath() const
{
    // IT may configure the document's whole URL as the base: then nothing is
    // appended.
    const QString base = m_client->environment().baseUri(ApiDocument::ItauCustomerByAccount).path();
    QString p = base;
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p.endsWith(QLatin1String("/itau/codigo")) ? QString() : QString::fromLatin1(path);
}

PendingCall<ItauCustomer> ItauCustomerApi::customerByAccount(const ItauCustomerQuery &query,
                                                            const ItauCredentials &credentials)
{
    ItauCustomerQuery body = query;
    body.codigoConta = ItauAccountCode::normalized(query.codigoConta.trimmed());
    const QString correlationId = newCorrelationId();

    ApiRequest request;
    request.api = ApiDocument::ItauCustomerByAccount;
    request.verb = "POST";
    request.path = requestPath();
    request.body = QJsonDocument(body.toJson());
    request.authentication = Authentication::ProvidedByCaller;
    request.security = SecurityHeaders::None;
    request.extraHeaders = headers(credentials, correlationId);
    request.operation = QString::fromLatin1(operationName);
    request.subject = body.codigoConta; // journaled masked (last 4)
    // No X-Invoker-TxId here: the correlation id is what Itau's audit trail
    // knows, so it is this operation's id in the journal and in messages.
    request.transactionId = correlationId;
    request.references = [](const QJsonDocument &json) {
        const auto customer = ItauCustomer::fromJson(json.object());
        return customer && !customer->idCliente.isEmpty() ? QStringList{customer->idCliente} : QStringList{};
    };

    const auto parser = [](const QJsonDocument &json) { return ItauCustomer::fromJson(json.object()); };
    const FieldIssues issues = body.validate();
    if (!issues.isEmpty()) {
        ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, issues.first().field);
        error.description = issues.first().message;
        return {m_client->refuse(request, error), parser};
    }
    if (credentials.userName.isEmpty() || credentials.password.isEmpty())
        return {m_client->refuse(request, credentialsError(tr("The Itau user name and password are required."))),
                parser};
    return {m_client->send(request), parser};
}

QString ItauCustomerApi::userMessage(const ApiError &error)
{
    QString message;
    switch (error.kind) {
    case ApiError::Kind::InvalidRequest:
        message = error.httpStatus == 0
                      ? tr("The request was not sent: %1").arg(error.description)
                      : tr("Itau rejected the request as incorrect (400). Check the account code and the optional "
                           "fields, then search again.");
        break;
    case ApiError::Kind::Unauthorized:
        message = tr("Itau did not authorise this workstation (401). Check the Itau user name, password and API key "
                     "(\"Itau credentials\"); if they are right, the contact-centre service may not be contracted "
                     "or the account may be blocked: call the support desk.");
        break;
    case ApiError::Kind::NotFound:
        message = tr("Itau found no customer for this account code (404). Check the code and search again.");
        break;
    case ApiError::Kind::Server:
        message = error.httpStatus == 500
                      ? tr("Itau reported a business failure (500). Check the values sent (account code, structure "
                           "type, segment, digital service); if they are right, try again later or call the support "
                           "desk with the reference below.")
                      : error.userMessage();
        break;
    case ApiError::Kind::Credentials:
        // The keyring's own words, then where to put things right.
        return tr("The Itau credentials are not available. %1 Enter them with \"Itau credentials\" on this page.")
            .arg(error.detail);
    default:
        return error.userMessage();
    }
    QString said = error.description.trimmed();
    while (said.endsWith(QLatin1Char('.')))
        said.chop(1);
    if (!said.isEmpty() && error.httpStatus != 0)
        message += QLatin1Char(' ') + tr("Itau says: \"%1\".").arg(said);
    return message;
}
