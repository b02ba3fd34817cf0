#include "PolicyApi.h"

#include "Masking.h"

namespace {

ApiRequest post(const char *path, const QString &operation, const QJsonDocument &body)
{
    ApiRequest request;
    request.api = ApiDocument::PolicyManagement;
    request.verb = "POST";
    request.path = QString::fromLatin1(path);
    request.body = body;
    request.security = SecurityHeaders::XSecurity;
    request.operation = operation;
    return request;
}

QStringList nonEmpty(std::initializer_list<QString> values)
{
    QStringList result;
    for (const QString &value : values) {
        if (!value.isEmpty())
            result.append(value);
    }
    return result;
}

QStringList quoteReferences(const QJsonDocument &json)
{
    const auto result = QuoteResult::fromJson(json.object());
    return result ? nonEmpty({QStringLiteral("quote ") + result->pmtAuthId}) : QStringList();
}

QStringList issuingReferences(const QJsonDocument &json)
{
    const auto result = IssuingResult::fromJson(json.object());
    if (!result)
        return {};
    return {QStringLiteral("policy ") + result->policyId, QStringLiteral("certificate ") + result->certCode};
}

QStringList statusReferences(const QJsonDocument &json)
{
    const auto result = CaseStatusResult::fromJson(json.object());
    return result ? QStringList{QStringLiteral("application ") + result->refNumber} : QStringList();
}

} // namespace

template <typename T>
PendingCall<T> PolicyApi::call(ApiRequest request, const FieldIssues &issues,
                               std::function<std::optional<T>(const QJsonObject &)> parse)
{
    const auto parser = [parse](const QJsonDocument &json) { return parse(json.object()); };
    if (!issues.isEmpty()) {
        ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, issues.first().message);
        error.description = issues.first().message;
        return {m_client->refuse(request, error), parser};
    }
    return {m_client->send(request), parser};
}

PendingCall<CaseStatusResult> PolicyApi::statusSubmit(const CaseStatusRequest &request)
{
    ApiRequest r = post(statusSubmitPath, QStringLiteral("policy.status.submit"), QJsonDocument(request.toSubmitJson()));
    r.subject = request.identSerialNum;
    r.references = [code = request.statusCode](const QJsonDocument &json) {
        return QStringList{QStringLiteral("status ") + code} + statusReferences(json);
    };
    return call<CaseStatusResult>(r, request.validate(), &CaseStatusResult::fromJson);
}

PendingCall<CaseStatusResult> PolicyApi::statusUpdate(const CaseStatusRequest &request)
{
    ApiRequest r = post(statusUpdatePath, QStringLiteral("policy.status.update"), QJsonDocument(request.toUpdateJson()));
    r.verb = "PUT";
    r.subject = request.identSerialNum;
    r.references = [code = request.statusCode, caseNumber = request.coveredCode](const QJsonDocument &json) {
        return QStringList{QStringLiteral("case ") + caseNumber, QStringLiteral("status ") + code} + statusReferences(json);
    };
    return call<CaseStatusResult>(r, request.validate(), &CaseStatusResult::fromJson);
}

PendingCall<InsuranceCaseResult> PolicyApi::createInsuranceCase(const InsuranceCaseRequest &request)
{
    ApiRequest r = post(insuranceCasePath, QStringLiteral("policy.insuranceCase.create"), QJsonDocument(request.toJson()));
    if (!request.entities.isEmpty() && !request.entities.first().applicants.isEmpty())
        r.subject = QString::number(request.entities.first().applicants.first().identSerialNum);
    r.references = [](const QJsonDocument &json) {
        const auto result = InsuranceCaseResult::fromJson(json.object());
        return result ? nonEmpty({QStringLiteral("case ") + result->caseId}) : QStringList();
    };
    return call<InsuranceCaseResult>(r, request.validate(), &InsuranceCaseResult::fromJson);
}

PendingCall<SimulationResult> PolicyApi::lifeSimulation(const LifeSimulationRequest &request)
{
    ApiRequest r = post(lifeSimulationPath, QStringLiteral("policy.life.simulation"), request.toJson());
    return call<SimulationResult>(r, request.validate(), &SimulationResult::fromJson);
}

PendingCall<QuoteResult> PolicyApi::lifeQuote(const QuoteRequest &request)
{
    ApiRequest r = post(lifeQuotePath, QStringLiteral("policy.life.quote"), QJsonDocument(request.toJson()));
    r.subject = request.person.identSerialNum;
    r.references = quoteReferences;
    FieldIssues issues = request.validate();
    if (request.productIdent)
        issues.prepend({QStringLiteral("productIdent"), QStringLiteral("productIdent belongs to the general quote")});
    return call<QuoteResult>(r, issues, &QuoteResult::fromJson);
}

PendingCall<IssuingResult> PolicyApi::lifeIssuing(const IssuingRequest &request)
{
    ApiRequest r = post(lifeIssuingPath, QStringLiteral("policy.life.issuing"), QJsonDocument(request.toJson()));
    r.subject = request.subject();
    r.references = issuingReferences;
    return call<IssuingResult>(r, request.validate(), &IssuingResult::fromJson);
}

PendingCall<CertificateResult> PolicyApi::lifeCertificate(const CertificateRequest &request)
{
    ApiRequest r = post(lifeCertificatePath, QStringLiteral("policy.life.certificate"), QJsonDocument(request.toJson()));
    r.references = [policy = request.policyId, certificate = request.certCode](const QJsonDocument &) {
        return QStringList{QStringLiteral("policy ") + policy, QStringLiteral("certificate ") + certificate};
    };
    FieldIssues issues;
    if (!request.isComplete())
        issues.append({QStringLiteral("insuranceInfo.policyId"), QStringLiteral("the certificate needs the product and the policy number")});
    return call<CertificateResult>(r, issues, &CertificateResult::fromJson);
}

PendingCall<SimulationResult> PolicyApi::generalSimulation(const GeneralSimulationRequest &request)
{
    ApiRequest r = post(generalSimulationPath, QStringLiteral("policy.general.simulation"), QJsonDocument(request.toJson()));
    return call<SimulationResult>(r, request.validate(), &SimulationResult::fromJson);
}

PendingCall<QuoteResult> PolicyApi::generalQuote(const QuoteRequest &request)
{
    ApiRequest r = post(generalQuotePath, QStringLiteral("policy.general.quote"), QJsonDocument(request.toJson()));
    r.subject = request.person.identSerialNum;
    r.references = quoteReferences;
    FieldIssues issues = request.validate();
    if (!request.productIdent)
        issues.prepend({QStringLiteral("productIdent"), QStringLiteral("the general quote needs productIdent")});
    return call<QuoteResult>(r, issues, &QuoteResult::fromJson);
}

PendingCall<IssuingResult> PolicyApi::generalIssuing(const IssuingRequest &request)
{
    ApiRequest r = post(generalIssuingPath, QStringLiteral("policy.general.issuing"), QJsonDocument(request.toJson()));
    r.subject = request.subject();
    r.references = issuingReferences;
    FieldIssues issues = request.validate();
    if (!request.productIdent)
        issues.prepend({QStringLiteral("productIdent"), QStringLiteral("general issuing needs productIdent")});
    return call<IssuingResult>(r, issues, &IssuingResult::fromJson);
}

PendingCall<CustomerPayeeResult> PolicyApi::registerCustomerPayee(const CustomerPayeeRequest &request)
{
    ApiRequest r = post(customerPayeePath, QStringLiteral("policy.customerPayee.create"), QJsonDocument(request.toJson()));
    r.subject = request.identSerialNum;
    r.references = [payee = request.payeeIdentSerialNum](const QJsonDocument &) {
        return QStringList{QStringLiteral("payee ") + Masking::identity(payee)};
    };
    return call<CustomerPayeeResult>(r, request.validate(), &CustomerPayeeResult::fromJson);
}
