#include "CustomersApi.h"

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
