#pragma once

#include "ApiClient.h"
#include "CredentialStore.h"
#include "ItauCustomer.h"
#include "ItauCustomerQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QString>

#include <functional>

// What the Itau API Fabric authenticates with (seed 003 request headers).
// userName and password are mandatory; the API key (x-itau-apikey, the
// OAuth client_id) is optional in the document.
struct ItauCredentials
{
    QString userName;
    QString password;
    QString apiKey;
};

// The Itau contact-centre "query customer information by account" API
// (seed 003, chat_itau_codigo): POST {base}/apiaccess/rest/ccmessaging/v1/itau/codigo.
// Not one of the bank's own documents: no OAuth token and no X-Invoker
// envelope; it authenticates with its own headers (userName, password,
// x-itau-apikey) and is traced with x-itau-correlationID (a fresh UUID per
// request, also the operation's journal id) and x-itau-flowID (a setting).
// Those headers travel only in ApiRequest::extraHeaders, which ApiClient never
// journals or logs.
//
// The credentials come from the keychain, per environment, under
// "<Environment>/itau/userName", ".../itau/password", ".../itau/apiKey";
// Training uses built-in demo values (not secrets).
class ItauCustomerApi
{
    Q_DECLARE_TR_FUNCTIONS(ItauCustomerApi)
public:
    // `credentials` may be null (Training needs none).
    ItauCustomerApi(ApiClient *client, CredentialStore *credentials);

    static constexpr const char *path = "/apiaccess/rest/ccmessaging/v1/itau/codigo";
    static constexpr const char *operationName = "itau.customerByAccount";

    static QString userNameKey(const QString &environment);
    static QString passwordKey(const QString &environment);
    static QString apiKeyKey(const QString &environment);

    // Training's demo values: the seed example's userName and API key, and a
    // password the training server knows.
    static ItauCredentials trainingCredentials();

    // x-itau-flowID: the AppSettings value (itau/flowID), else this.
    static QString defaultFlowId();
    void setFlowId(const QString &flowId);
    QString flowId() const { return m_flowId; }

    using CredentialsCallback = std::function<void(const Result<ItauCredentials> &)>;
    // The credentials of the client's current environment (Training: the
    // demo values). A missing user name or password is a Credentials error
    // saying where to enter them; a missing API key is fine (optional).
    void readCredentials(QObject *context, CredentialsCallback callback) const;
    // Saves them in the keychain for `environment`: user name and password
    // required; an empty API key removes a stored one. Never anywhere else.
    void writeCredentials(const QString &environment, const ItauCredentials &credentials, QObject *context,
                          CredentialStore::DoneCallback callback) const;

    // Validates `query` (nothing is sent when a rule is broken: an
    // InvalidRequest refusal naming the field) and sends it with `credentials`.
    PendingCall<ItauCustomer> customerByAccount(const ItauCustomerQuery &query, const ItauCredentials &credentials);

    // The headers of one request, in the document's order of the table.
    QHash<QByteArray, QByteArray> headers(const ItauCredentials &credentials, const QString &correlationId) const;
    static QString newCorrelationId();

    // A sentence for the teller for the document's outcomes (400, 401, 404,
    // 500) and for missing credentials; other errors as ApiError says them.
    static QString userMessage(const ApiError &error);

private:
    QString requestPath() const;

    ApiClient *m_client;
    QPointer<CredentialStore> m_credentials;
    QString m_flowId;
};
