#include "CustomersApi.h"

#include "BankJson.h"
#include "IdentificationType.h"
#include "IntakeFileCheck.h"
#include "Masking.h"

#include <QCoreApplication>
#include <QUrl>

namespace {
// The identification the mnemonic and location calls take: a known type and
// a number; the issue's message, or empty when usable.
QString identificationIssue(const QString &type, const QString &number)
{
    if (!IdentificationTypes::fromCode(type.trimmed().toUpper()))
        return QCoreApplication::translate("CustomersApi", "Unknown identification type.");
    const QString n = number.trimmed();
    if (n.isEmpty() || n.size() > 20) // seed: 1..20 characters
        return QCoreApplication::translate("CustomersApi", "The identification number must have 1 to 20 characters.");
    return {};
}

template <typename T, typename Parser>
PendingCall<T> sendOrRefuse(ApiClient *client, const ApiRequest &request, const QString &issue, Parser parser)
{
    if (!issue.isEmpty()) {
        ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, issue);
        error.description = issue;
        return {client->refuse(request, error), parser};
    }
    return {client->send(request), parser};
}

ApiRequest mnemonicRequest(const char *path, const char *operation, const QString &type, const QString &number)
{
    ApiRequest request;
    request.api = ApiDocument::CustomersManagement;
    request.verb = "GET";
    request.path = QString::fromLatin1(path);
    request.query = {{QStringLiteral("mnemonic"), type.trimmed().toUpper() + number.trimmed()}};
    request.security = SecurityHeaders::XSecurity;
    request.operation = QString::fromLatin1(operation);
    request.subject = number.trimmed();
    return request;
}
} // namespace

PendingCall<CustomerBasicDataV1> CustomersApi::basicDataV1(const QString &govIssueIdentType,
                                                           const QString &identSerialNum)
{
    const ApiRequest request = mnemonicRequest(basicDataV1Path, "customers.basicData.v1", govIssueIdentType,
                                               identSerialNum);
    const auto parser = [](const QJsonDocument &json) { return CustomerBasicDataV1::fromJson(json.object()); };
    return sendOrRefuse<CustomerBasicDataV1>(m_client, request, identificationIssue(govIssueIdentType, identSerialNum),
                                             parser);
}

PendingCall<CustomerBasicDataV2> CustomersApi::basicDataV2(const QString &govIssueIdentType,
                                                           const QString &identSerialNum)
{
    const ApiRequest request = mnemonicRequest(basicDataV2Path, "customers.basicData.v2", govIssueIdentType,
                                               identSerialNum);
    const auto parser = [](const QJsonDocument &json) { return CustomerBasicDataV2::fromJson(json.object()); };
    return sendOrRefuse<CustomerBasicDataV2>(m_client, request, identificationIssue(govIssueIdentType, identSerialNum),
                                             parser);
}

PendingCall<CustomerLocations> CustomersApi::customerLocations(const QString &govIssueIdentType,
                                                               const QString &identSerialNum, const QString &action,
                                                               const QString &condition)
{
    ApiRequest request;
    request.api = ApiDocument::CustomersManagement;
    request.verb = "GET";
    // The number is a path segment: encode it so nothing in it can change the path.
    request.path = QString::fromLatin1(locationsPath)
                   + QString::fromLatin1(QUrl::toPercentEncoding(identSerialNum.trimmed()));
    request.query = {{QStringLiteral("govIssueIdentType"), govIssueIdentType.trimmed().toUpper()},
                     {QStringLiteral("action"), action},
                     {QStringLiteral("condition"), condition}};
    request.security = SecurityHeaders::XSecurity;
    request.operation = QStringLiteral("customers.locations");
    request.subject = identSerialNum.trimmed();

    QString issue = identificationIssue(govIssueIdentType, identSerialNum);
    if (issue.isEmpty() && action != QLatin1String("I") && action != QLatin1String("T"))
        issue = QCoreApplication::translate("CustomersApi", "The action must be I or T.");
    if (issue.isEmpty() && condition != QLatin1String("1") && condition != QLatin1String("2")
        && condition != QLatin1String("3"))
        issue = QCoreApplication::translate("CustomersApi", "The condition must be 1, 2 or 3.");
    const auto parser = [](const QJsonDocument &json) { return CustomerLocations::fromJson(json.object()); };
    return sendOrRefuse<CustomerLocations>(m_client, request, issue, parser);
}

namespace {
// A read by identification in the path and the type as govIssueIdentType.
ApiRequest pathIdentityRequest(const char *path, const char *operation, const QString &type, const QString &number)
{
    ApiRequest request;
    request.api = ApiDocument::CustomersManagement;
    request.verb = "GET";
    // The number is a path segment: encode it so nothing in it can change the path.
    request.path = QString::fromLatin1(path) + QString::fromLatin1(QUrl::toPercentEncoding(number.trimmed()));
    request.query = {{QStringLiteral("govIssueIdentType"), type.trimmed().toUpper()}};
    request.security = SecurityHeaders::XSecurity;
    request.operation = QString::fromLatin1(operation);
    request.subject = number.trimmed();
    return request;
}
} // namespace

PendingCall<CustomerContactData> CustomersApi::customerContactData(const QString &govIssueIdentType,
                                                                   const QString &identSerialNum)
{
    const ApiRequest request = pathIdentityRequest(contactDataPath, "customers.contactData", govIssueIdentType,
                                                   identSerialNum);
    const auto parser = [](const QJsonDocument &json) { return CustomerContactData::fromJson(json.object()); };
    return sendOrRefuse<CustomerContactData>(m_client, request, identificationIssue(govIssueIdentType, identSerialNum),
                                             parser);
}

PendingCall<RemittanceCustomer> CustomersApi::remittanceCustomer(const QString &govIssueIdentType,
                                                                 const QString &identSerialNum)
{
    // The document's query example writes the type "C.C."; its response and
    // every other operation use "CC", which is what is sent.
    const ApiRequest request = pathIdentityRequest(remittanceCustomerPath, "customers.remittanceCustomer",
                                                   govIssueIdentType, identSerialNum);
    const auto parser = [](const QJsonDocument &json) { return RemittanceCustomer::fromJson(json.object()); };
    return sendOrRefuse<RemittanceCustomer>(m_client, request, identificationIssue(govIssueIdentType, identSerialNum),
                                            parser);
}

PendingCall<CustomerBasicData> CustomersApi::basicData(const CustomerBasicDataQuery &query)
{
    ApiRequest request;
    request.api = ApiDocument::CustomersManagement;
    request.verb = "GET";
    request.path = QString::fromLatin1(basicDataV4Path);
    request.query = query.queryItems();
    request.security = SecurityHeaders::XSecurity;
    request.operation = QStringLiteral("customers.basicData.v4");
    request.subject = query.subject();

    const auto parser = [](const QJsonDocument &json) { return CustomerBasicData::fromJson(json.object()); };

    const FieldIssues issues = query.validate();
    if (!issues.isEmpty()) {
        ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, issues.first().message);
        error.description = issues.first().message;
        return {m_client->refuse(request, error), parser};
    }
    return {m_client->send(request), parser};
}

PendingCall<CustomerCreateResponse> CustomersApi::createCustomer(const CustomerCreateRequest &createRequest,
                                                                 const QString &resendTransactionId)
{
    ApiRequest request;
    request.api = ApiDocument::CustomersManagement;
    request.verb = "POST";
    request.path = QString::fromLatin1(createCustomerPath);
    request.body = QJsonDocument(createRequest.toJson());
    request.security = SecurityHeaders::XSecurity;
    request.operation = QStringLiteral("customers.create");
    request.subject = createRequest.identSerialNum();
    request.transactionId = resendTransactionId;
    request.neverResendSilently = true;
    request.references = [](const QJsonDocument &json) {
        QStringList references;
        if (const auto response = CustomerCreateResponse::fromJson(json.object())) {
            references << response->refNumber << response->acctId;
            references.removeAll(QString());
        }
        return references;
    };

    const auto parser = [](const QJsonDocument &json) { return CustomerCreateResponse::fromJson(json.object()); };

    const FieldIssues issues = createRequest.validate();
    if (!issues.isEmpty()) {
        ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, issues.first().message);
        error.description = issues.first().message;
        return {m_client->refuse(request, error), parser};
    }
    return {m_client->send(request), parser};
}

PendingCall<bool> CustomersApi::updateSecureData(const SecureDataConsentRequest &consent)
{
    ApiRequest request;
    request.api = ApiDocument::CustomersManagement;
    request.verb = "PUT";
    request.path = QString::fromLatin1(secureDataPath);
    request.body = QJsonDocument(consent.toJson());
    request.security = SecurityHeaders::XSecurity;
    request.operation = QStringLiteral("customers.secureData.update");
    request.subject = consent.identSerialNum;

    // The documented success is {"responseType":{"value":"OK"}}; an error
    // envelope never reaches the parser (ApiClient turns it into an ApiError).
    const auto parser = [](const QJsonDocument &json) -> std::optional<bool> {
        const QString value = BankJson::text(BankJson::object(json.object(), QStringLiteral("responseType")),
                                             QStringLiteral("value"));
        if (value.compare(QLatin1String("OK"), Qt::CaseInsensitive) != 0)
            return std::nullopt;
        return true;
    };

    const FieldIssues issues = consent.validate();
    if (!issues.isEmpty()) {
        ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, issues.first().message);
        error.description = issues.first().message;
        return {m_client->refuse(request, error), parser};
    }
    return {m_client->send(request), parser};
}

bool CustomersApi::outcomeUnknown(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::MalformedReply:
        return true;
    case ApiError::Kind::Server:
        // A 5xx with the bank's own envelope is the bank saying it failed; a
        // bare 5xx (proxy, gateway) says nothing about the back end.
        return error.code.isEmpty();
    case ApiError::Kind::Cancelled:
        // Cancelling aborts the reply; the request may already be out.
        return true;
    case ApiError::Kind::Tls:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::InvalidRequest:
    case ApiError::Kind::Business:
    case ApiError::Kind::Credentials:
    case ApiError::Kind::Configuration:
        return false;
    }
    return true;
}

namespace {
template <typename T>
PendingCall<T> sendUnlessIssues(ApiClient *client, const ApiRequest &request, const FieldIssues &issues,
                                typename PendingCall<T>::Parser parser)
{
    if (!issues.isEmpty()) {
        ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, issues.first().message);
        error.description = issues.first().message;
        return {client->refuse(request, error), parser};
    }
    return {client->send(request), parser};
}

// The fixed envelope values the correspondent-banking tables give.
void addCorrespondentHeaders(ApiRequest &request)
{
    request.security = SecurityHeaders::ClientIdAndSecret;
    request.extraHeaders.insert("X-Invoker-Channel", "13");     // Corresponsal bancario
    request.extraHeaders.insert("X-Invoker-subChannel", "07");
    request.extraHeaders.insert("X-Invoker-Source", "18");
    request.extraHeaders.insert("X-Invoker-Action", "R");       // Read (Consulta)
    request.extraHeaders.insert("X-Ident-DeviceFingerPrint", " "); // "Enviar espacios"
}

ApiRequest intakeRequest(const char *path, const char *operation)
{
    ApiRequest request;
    request.api = ApiDocument::CustomersManagement;
    request.verb = "POST";
    request.path = QString::fromLatin1(path);
    request.security = SecurityHeaders::ClientIdAndSecret;
    request.operation = QString::fromLatin1(operation);
    request.neverResendSilently = true;
    request.references = [](const QJsonDocument &json) {
        const auto reply = SyncDataReply::fromJson(json.object());
        return reply ? QStringList{reply->message} : QStringList();
    };
    return request;
}
} // namespace

PendingCall<NameByAccountReply> CustomersApi::nameByAccount(const NameByAccountQuery &query)
{
    ApiRequest request;
    request.api = ApiDocument::CustomersManagement;
    request.verb = "GET";
    request.path = query.path();
    request.query = query.queryItems();
    request.security = SecurityHeaders::XSecurity;
    request.operation = QStringLiteral("customers.nameByAccount");
    request.subject = query.identSerialNum.trimmed();
    // The account, masked like an identity: the journal keeps which one.
    const QString account = Masking::identity(query.acctId);
    request.references = [account](const QJsonDocument &) { return QStringList{account}; };
    return sendUnlessIssues<NameByAccountReply>(
        m_client, request, query.validate(),
        [](const QJsonDocument &json) { return NameByAccountReply::fromJson(json.object()); });
}

PendingCall<ConsultOwnerReply> CustomersApi::consultOwner(const ConsultOwnerRequest &owner)
{
    ApiRequest request;
    request.api = ApiDocument::CustomersManagement;
    request.verb = "POST";
    request.path = QString::fromLatin1(statusBasicDataPath);
    request.body = QJsonDocument(owner.toJson());
    request.operation = QStringLiteral("customers.correspondent.owner");
    request.subject = owner.acctId.trimmed();
    addCorrespondentHeaders(request);
    const QString audit = owner.point.trnRqUID;
    request.references = [audit](const QJsonDocument &) { return QStringList{QStringLiteral("trnRqUID ") + audit}; };
    return sendUnlessIssues<ConsultOwnerReply>(
        m_client, request, owner.validate(),
        [](const QJsonDocument &json) { return ConsultOwnerReply::fromJson(json.object()); });
}

PendingCall<PilaForm> CustomersApi::consultPila(const PilaQuery &query)
{
    ApiRequest request;
    request.api = ApiDocument::CustomersManagement;
    request.verb = "POST";
    request.path = QString::fromLatin1(queryPilaPath);
    request.body = QJsonDocument(query.toJson());
    request.operation = QStringLiteral("customers.correspondent.pila");
    request.subject = query.identSerialNum.trimmed();
    addCorrespondentHeaders(request);
    const QString invoice = query.invoiceNum.trimmed();
    request.references = [invoice](const QJsonDocument &json) {
        QStringList references{QStringLiteral("planilla ") + invoice};
        if (const auto form = PilaForm::fromJson(json.object()); form && !form->approvalId.isEmpty())
            references << form->approvalId;
        return references;
    };
    return sendUnlessIssues<PilaForm>(m_client, request, query.validate(),
                                      [](const QJsonDocument &json) { return PilaForm::fromJson(json.object()); });
}

PendingCall<SyncDataReply> CustomersApi::syncData(const SyncDataRequest &intake)
{
    ApiRequest request = intakeRequest(syncDataPath, "customers.syncData");
    request.body = QJsonDocument(intake.toJson());
    request.subject = intake.identSerialNum.trimmed();
    return sendUnlessIssues<SyncDataReply>(m_client, request, intake.validate(),
                                           [](const QJsonDocument &json) { return SyncDataReply::fromJson(json.object()); });
}

PendingCall<SyncDataReply> CustomersApi::syncDataFile(const QByteArray &fileContent)
{
    ApiRequest request = intakeRequest(syncDataFilePath, "customers.syncDataFile");
    const IntakeFileReport report = IntakeFileCheck::checkFile(fileContent);
    // The identity inside the file, for the masked journal subject.
    request.subject = report.mnemonic.mid(2);
    FieldIssues issues;
    for (const IntakeFileIssue &issue : report.issues)
        issues.append({issue.place(), issue.message});
    if (issues.isEmpty())
        request.body = QJsonDocument(SyncDataFileRequest{fileContent}.toJson());
    return sendUnlessIssues<SyncDataReply>(m_client, request, issues,
                                           [](const QJsonDocument &json) { return SyncDataReply::fromJson(json.object()); });
}
