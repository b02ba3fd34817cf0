#include "ObpApi.h"

#include "ObpJson.h"

#include <QUrl>

namespace {

QString op(const char *name)
{
    return QStringLiteral("obp.") + QString::fromLatin1(name);
}

QStringList customerReferences(const QJsonDocument &json)
{
    const QJsonObject o = json.object();
    QStringList refs;
    for (const char *key : {"customer_id", "customer_number"}) {
        const QString v = o.value(QString::fromLatin1(key)).toString();
        if (!v.isEmpty())
            refs << v;
    }
    return refs;
}

QStringList idReference(const QJsonDocument &json, const char *key)
{
    const QString v = json.object().value(QString::fromLatin1(key)).toString();
    return v.isEmpty() ? QStringList() : QStringList{v};
}

ApiError refusal(const FieldIssues &issues)
{
    ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, issues.first().message);
    error.description = issues.first().message;
    return error;
}

} // namespace

ObpApi::ObpApi(ApiClient *client, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_client(client), m_credentials(credentials)
{
}

QString ObpApi::trainingConsumerKey()
{
    return QStringLiteral("branchdesk-training-consumer");
}

QList<ObpDirectLogin> ObpApi::trainingLogins()
{
    // resources/demo/obp.json: the first has every Customer role at the demo
    // bank, the second lacks CanCreateCustomer (to meet OBP-20006).
    return {{QStringLiteral("obp.adviser"), QStringLiteral("Training-OBP-1"), trainingConsumerKey()},
            {QStringLiteral("obp.reader"), QStringLiteral("Training-OBP-2"), trainingConsumerKey()}};
}

QString ObpApi::trainingBankId()
{
    return QStringLiteral("gh.29.uk");
}

QString ObpApi::environmentKey() const
{
    const Environment &env = m_client->environment();
    return env.name() + QLatin1Char('|') + env.baseUri(ApiDocument::OpenBankProject).toString();
}

bool ObpApi::isLoggedIn() const
{
    return !m_token.isEmpty() && m_tokenEnvironment == environmentKey();
}

void ObpApi::logout()
{
    const bool was = !m_token.isEmpty();
    m_token.clear();
    m_login = ObpDirectLogin();
    m_tokenEnvironment.clear();
    if (was)
        emit sessionChanged();
}

QString ObpApi::keychainKey(const QString &environment, const char *name)
{
    return CredentialStore::key(environment, QStringLiteral("obp/") + QString::fromLatin1(name));
}

void ObpApi::storeCredentials(const ObpDirectLogin &credentials, QObject *context, CredentialStore::DoneCallback done)
{
    if (!m_credentials) {
        done(Result<bool>(ApiError::make(ApiError::Kind::Credentials)));
        return;
    }
    const QString env = m_client->environment().name();
    QPointer<CredentialStore> store = m_credentials;
    // One after the other: the password last, so a stored password always
    // has its user name and consumer key beside it.
    store->write(keychainKey(env, "username"), credentials.username.trimmed(), context,
                 [store, env, credentials, context, done](const Result<bool> &r) {
                     if (!r || !store) {
                         done(r);
                         return;
                     }
                     store->write(keychainKey(env, "consumer_key"), credentials.consumerKey.trimmed(), context,
                                  [store, env, credentials, context, done](const Result<bool> &r2) {
                                      if (!r2 || !store) {
                                          done(r2);
                                          return;
                                      }
                                      store->write(keychainKey(env, "password"), credentials.password, context, done);
                                  });
                 });
}

void ObpApi::readStoredCredentials(QObject *context, std::function<void(const Result<ObpDirectLogin> &)> done)
{
    if (m_client->environment().kind == EnvironmentKind::Training) {
        // Training: the built-in demo login, like ApiClient::trainingCredentials.
        done(Result<ObpDirectLogin>(trainingLogins().first()));
        return;
    }
    if (!m_credentials) {
        done(Result<ObpDirectLogin>(ApiError::make(ApiError::Kind::Credentials)));
        return;
    }
    const QString env = m_client->environment().name();
    QPointer<CredentialStore> store = m_credentials;
    auto login = std::make_shared<ObpDirectLogin>();
    store->read(keychainKey(env, "username"), context, [=](const Result<QString> &user) {
        if (!user || !store) {
            done(Result<ObpDirectLogin>(user ? ApiError::make(ApiError::Kind::Credentials) : user.error()));
            return;
        }
        login->username = user.value();
        store->read(keychainKey(env, "consumer_key"), context, [=](const Result<QString> &key) {
            if (!key || !store) {
                done(Result<ObpDirectLogin>(key ? ApiError::make(ApiError::Kind::Credentials) : key.error()));
                return;
            }
            login->consumerKey = key.value();
            store->read(keychainKey(env, "password"), context, [=](const Result<QString> &password) {
                if (!password) {
                    done(Result<ObpDirectLogin>(password.error()));
                    return;
                }
                login->password = password.value();
                done(Result<ObpDirectLogin>(*login));
            });
        });
    });
}

PendingCall<ObpLoginToken> ObpApi::login(const ObpDirectLogin &credentials)
{
    ApiRequest request = makeRequest("POST", QString::fromLatin1(directLoginPath), op("directLogin"));
    request.extraHeaders.insert("DirectLogin", credentials.loginHeader());
    request.renewAuthentication = nullptr; // a refused login is the answer, not a reason to log in again
    const auto parser = [](const QJsonDocument &json) { return ObpLoginToken::fromJson(json.object()); };
    const FieldIssues issues = credentials.validate();
    if (!issues.isEmpty())
        return {m_client->refuse(request, refusal(issues)), parser};
    ApiOperation *operation = m_client->send(request);
    // Connected before any caller: the token is kept before they hear of it.
    const QString environment = environmentKey();
    connect(operation, &ApiOperation::finished, this, [this, operation, credentials, environment] {
        if (!operation->succeeded())
            return;
        const auto token = ObpLoginToken::fromJson(operation->json().object());
        if (!token)
            return;
        m_token = token->token;
        m_login = credentials;
        m_tokenEnvironment = environment;
        emit sessionChanged();
    });
    return {operation, parser};
}

void ObpApi::renewLogin(QObject *context, ApiRequest::Resend resend)
{
    if (m_login.username.isEmpty() || m_login.password.isEmpty() || m_tokenEnvironment != environmentKey()) {
        resend(std::nullopt);
        return;
    }
    const ObpDirectLogin credentials = m_login;
    m_token.clear();
    login(credentials).then(context, [this, resend](const Result<ObpLoginToken> &result) {
        if (!result) {
            logout();
            resend(std::nullopt);
            return;
        }
        QHash<QByteArray, QByteArray> headers;
        headers.insert("DirectLogin", ObpDirectLogin::tokenHeader(result.value().token));
        resend(headers);
    });
}

ApiRequest ObpApi::makeRequest(const QByteArray &verb, const QString &path, const QString &operation) const
{
    ApiRequest request;
    request.api = ApiDocument::OpenBankProject;
    request.verb = verb;
    request.path = path;
    request.authentication = Authentication::ProvidedByCaller;
    request.security = SecurityHeaders::None;
    request.operation = operation;
    // Non-idempotent calls are never resent by Qt behind the teller's back.
    request.neverResendSilently = verb != "GET";
    if (isLoggedIn())
        request.extraHeaders.insert("DirectLogin", ObpDirectLogin::tokenHeader(m_token));
    QPointer<ObpApi> self(const_cast<ObpApi *>(this));
    request.renewAuthentication = [self](QObject *context, ApiRequest::Resend resend) {
        if (!self) {
            resend(std::nullopt);
            return;
        }
        self->renewLogin(context, std::move(resend));
    };
    return request;
}

template <typename T>
PendingCall<T> ObpApi::call(ApiRequest request, const FieldIssues &issues,
                            std::function<std::optional<T>(const QJsonObject &)> parse)
{
    const auto parser = [parse](const QJsonDocument &json) { return parse(json.object()); };
    if (!issues.isEmpty())
        return {m_client->refuse(request, refusal(issues)), parser};
    return {m_client->send(request), parser};
}

QString ObpApi::segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id.trimmed()));
}

QString ObpApi::bankPath(const QString &bankId) const
{
    return QString::fromLatin1(apiRoot) + QStringLiteral("/banks/") + segment(bankId);
}

QString ObpApi::customerPath(const QString &bankId, const QString &customerId) const
{
    return bankPath(bankId) + QStringLiteral("/customers/") + segment(customerId);
}

FieldIssues ObpApi::bankIssues(const QString &bankId)
{
    if (ObpJson::isValidBankId(bankId.trimmed()))
        return {};
    return {{QStringLiteral("BANK_ID"),
             QCoreApplication::translate("ObpApi", "The BANK_ID may contain only letters, digits, '-', '.' and '_'.")}};
}

FieldIssues ObpApi::idIssues(const char *field, const QString &id)
{
    if (!id.trimmed().isEmpty())
        return {};
    return {{QString::fromLatin1(field), QCoreApplication::translate("ObpApi", "Enter the %1.").arg(QString::fromLatin1(field))}};
}

PendingCall<ObpCustomer> ObpApi::createCustomer(const QString &bankId, const ObpCustomerCreateRequest &r)
{
    ApiRequest request = makeRequest("POST", bankPath(bankId) + QStringLiteral("/customers"), op("createCustomer"));
    request.body = QJsonDocument(r.toJson());
    request.references = customerReferences;
    return call<ObpCustomer>(request, bankIssues(bankId) + r.validate(), &ObpCustomer::fromJson);
}

PendingCall<ObpCustomer> ObpApi::customerById(const QString &bankId, const QString &customerId)
{
    ApiRequest request = makeRequest("GET", customerPath(bankId, customerId), op("getCustomerByCustomerId"));
    return call<ObpCustomer>(request, bankIssues(bankId) + idIssues("CUSTOMER_ID", customerId), &ObpCustomer::fromJson);
}

PendingCall<ObpCustomer> ObpApi::customerByNumber(const QString &bankId, const QString &customerNumber)
{
    ApiRequest request =
        makeRequest("POST", bankPath(bankId) + QStringLiteral("/customers/customer-number"), op("getCustomerByCustomerNumber"));
    // A lookup: POST only because OBP takes the number in the body.
    request.neverResendSilently = false;
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("customer_number"), customerNumber.trimmed()}});
    return call<ObpCustomer>(request, bankIssues(bankId) + idIssues("customer_number", customerNumber),
                             &ObpCustomer::fromJson);
}

PendingCall<ObpCustomerList> ObpApi::customersForCurrentUser()
{
    ApiRequest request = makeRequest("GET", QString::fromLatin1(apiRoot) + QStringLiteral("/users/current/customers"),
                                     op("getCustomersForUser"));
    return call<ObpCustomerList>(request, {}, &ObpCustomerList::fromJson);
}

PendingCall<ObpCustomerList> ObpApi::customersForCurrentUserAtBank(const QString &bankId)
{
    ApiRequest request = makeRequest("GET", bankPath(bankId) + QStringLiteral("/customers"),
                                     op("getCustomersForCurrentUserAtBank"));
    return call<ObpCustomerList>(request, bankIssues(bankId), &ObpCustomerList::fromJson);
}

PendingCall<ObpCustomerList> ObpApi::firehoseCustomers(const QString &bankId, int limit, int offset)
{
    ApiRequest request = makeRequest("GET", bankPath(bankId) + QStringLiteral("/firehose/customers"),
                                     op("getFirehoseCustomers"));
    request.query = {{QStringLiteral("limit"), QString::number(limit)}, {QStringLiteral("offset"), QString::number(offset)}};
    FieldIssues issues = bankIssues(bankId);
    if (limit < 1 || offset < 0)
        issues.append({QStringLiteral("limit"), QCoreApplication::translate("ObpApi", "The page size must be at least 1.")});
    return call<ObpCustomerList>(request, issues, &ObpCustomerList::fromJson);
}

PendingCall<ObpUserCustomerLink> ObpApi::createUserCustomerLink(const QString &bankId, const ObpUserCustomerLinkRequest &r)
{
    ApiRequest request = makeRequest("POST", bankPath(bankId) + QStringLiteral("/user_customer_links"),
                                     op("createUserCustomerLinks"));
    request.body = QJsonDocument(r.toJson());
    request.references = [](const QJsonDocument &json) { return idReference(json, "user_customer_link_id"); };
    return call<ObpUserCustomerLink>(request, bankIssues(bankId) + r.validate(), &ObpUserCustomerLink::fromJson);
}

PendingCall<ObpCustomer> ObpApi::updateCustomer(const QString &bankId, const QString &customerId, const ObpCustomerUpdate &update)
{
    ApiRequest request = makeRequest("PUT", customerPath(bankId, customerId) + QLatin1Char('/') + update.pathSegment(),
                                     op(ObpCustomerUpdate::operationName(update.attribute).toLatin1().constData()));
    request.body = QJsonDocument(update.body);
    request.references = customerReferences;
    return call<ObpCustomer>(request, bankIssues(bankId) + idIssues("CUSTOMER_ID", customerId) + update.issues,
                             &ObpCustomer::fromJson);
}

PendingCall<ObpAddress> ObpApi::createAddress(const QString &bankId, const QString &customerId, const ObpAddressRequest &r)
{
    ApiRequest request = makeRequest("POST", customerPath(bankId, customerId) + QStringLiteral("/address"),
                                     op("createCustomerAddress"));
    request.body = QJsonDocument(r.toJson());
    request.references = [](const QJsonDocument &json) { return idReference(json, "customer_address_id"); };
    return call<ObpAddress>(request, bankIssues(bankId) + idIssues("CUSTOMER_ID", customerId) + r.validate(),
                            &ObpAddress::fromJson);
}

PendingCall<ObpAddressList> ObpApi::addresses(const QString &bankId, const QString &customerId)
{
    ApiRequest request = makeRequest("GET", customerPath(bankId, customerId) + QStringLiteral("/addresses"),
                                     op("getCustomerAddresses"));
    return call<ObpAddressList>(request, bankIssues(bankId) + idIssues("CUSTOMER_ID", customerId),
                                &ObpAddressList::fromJson);
}

PendingCall<ObpAddress> ObpApi::updateAddress(const QString &bankId, const QString &customerId, const QString &addressId,
                                              const ObpAddressRequest &r)
{
    ApiRequest request = makeRequest("PUT", customerPath(bankId, customerId) + QStringLiteral("/addresses/") + segment(addressId),
                                     op("updateCustomerAddress"));
    request.body = QJsonDocument(r.toJson());
    request.references = [](const QJsonDocument &json) { return idReference(json, "customer_address_id"); };
    return call<ObpAddress>(request,
                            bankIssues(bankId) + idIssues("CUSTOMER_ID", customerId)
                                + idIssues("CUSTOMER_ADDRESS_ID", addressId) + r.validate(),
                            &ObpAddress::fromJson);
}

PendingCall<bool> ObpApi::deleteAddress(const QString &bankId, const QString &customerId, const QString &addressId)
{
    ApiRequest request = makeRequest("DELETE", customerPath(bankId, customerId) + QStringLiteral("/addresses/") + segment(addressId),
                                     op("deleteCustomerAddress"));
    return call<bool>(request,
                      bankIssues(bankId) + idIssues("CUSTOMER_ID", customerId) + idIssues("CUSTOMER_ADDRESS_ID", addressId),
                      [](const QJsonObject &) { return std::optional<bool>(true); });
}

PendingCall<ObpTaxResidence> ObpApi::createTaxResidence(const QString &bankId, const QString &customerId,
                                                        const ObpTaxResidenceRequest &r)
{
    ApiRequest request = makeRequest("POST", customerPath(bankId, customerId) + QStringLiteral("/tax-residence"),
                                     op("createTaxResidence"));
    request.body = QJsonDocument(r.toJson());
    request.references = [](const QJsonDocument &json) { return idReference(json, "tax_residence_id"); };
    return call<ObpTaxResidence>(request, bankIssues(bankId) + idIssues("CUSTOMER_ID", customerId) + r.validate(),
                                 &ObpTaxResidence::fromJson);
}

PendingCall<ObpTaxResidenceList> ObpApi::taxResidences(const QString &bankId, const QString &customerId)
{
    ApiRequest request = makeRequest("GET", customerPath(bankId, customerId) + QStringLiteral("/tax-residences"),
                                     op("getTaxResidence"));
    return call<ObpTaxResidenceList>(request, bankIssues(bankId) + idIssues("CUSTOMER_ID", customerId),
                                     &ObpTaxResidenceList::fromJson);
}

PendingCall<bool> ObpApi::deleteTaxResidence(const QString &bankId, const QString &customerId, const QString &taxResidenceId)
{
    ApiRequest request =
        makeRequest("DELETE", customerPath(bankId, customerId) + QStringLiteral("/tax_residencies/") + segment(taxResidenceId),
                    op("deleteTaxResidence"));
    return call<bool>(request,
                      bankIssues(bankId) + idIssues("CUSTOMER_ID", customerId) + idIssues("TAX_RESIDENCE_ID", taxResidenceId),
                      [](const QJsonObject &) { return std::optional<bool>(true); });
}

PendingCall<ObpSuccess> ObpApi::addSocialMediaHandle(const QString &bankId, const QString &customerId,
                                                     const ObpSocialMediaHandle &handle)
{
    ApiRequest request = makeRequest("POST", customerPath(bankId, customerId) + QStringLiteral("/social_media_handles"),
                                     op("addSocialMediaHandle"));
    request.body = QJsonDocument(handle.toJson());
    return call<ObpSuccess>(request, bankIssues(bankId) + idIssues("CUSTOMER_ID", customerId) + handle.validate(),
                            &ObpSuccess::fromJson);
}

PendingCall<ObpSocialMediaHandleList> ObpApi::socialMediaHandles(const QString &bankId, const QString &customerId)
{
    ApiRequest request = makeRequest("GET", customerPath(bankId, customerId) + QStringLiteral("/social_media_handles"),
                                     op("getSocialMediaHandles"));
    return call<ObpSocialMediaHandleList>(request, bankIssues(bankId) + idIssues("CUSTOMER_ID", customerId),
                                          &ObpSocialMediaHandleList::fromJson);
}

PendingCall<ObpCrmEventList> ObpApi::crmEvents(const QString &bankId)
{
    ApiRequest request = makeRequest("GET", bankPath(bankId) + QStringLiteral("/crm-events"), op("getCrmEvents"));
    return call<ObpCrmEventList>(request, bankIssues(bankId), &ObpCrmEventList::fromJson);
}
