#include "CustomersApi.h"

#include "BankJson.h"

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
