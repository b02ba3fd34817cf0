#pragma once

#include "ApiClient.h"
#include "CaseStatus.h"
#include "CustomerPayee.h"
#include "InsuranceCase.h"
#include "PolicyCertificate.h"
#include "PolicyIssuing.h"
#include "PolicyQuote.h"
#include "PolicySimulation.h"

// policy-management (seed 002_99f72828180069f4.txt). One method per
// operation, at the document's path and verb. The document gives no base
// URI: Training serves it; other environments need
// environments/<Name>/policy-management configured (ApiClient refuses with a
// Configuration error otherwise).
//
// Every request is validated with its model's rules first; an invalid one is
// refused (InvalidRequest, nothing sent). Request bodies are never journaled;
// the journal gets the operation, the insured's masked identity and the
// reference numbers of the reply (quote code, policy and certificate, case).
class PolicyApi
{
public:
    explicit PolicyApi(ApiClient *client) : m_client(client) {}

    static constexpr const char *statusSubmitPath = "/policy-management/v1/status-submit";
    static constexpr const char *statusUpdatePath = "/policy-management/v1/status-update";
    static constexpr const char *insuranceCasePath = "/policy-management/v1/insurance/case";
    static constexpr const char *lifeSimulationPath = "/policy-management/v1/life/simulation";
    static constexpr const char *lifeQuotePath = "/policy-management/v1/life/quote";
    static constexpr const char *lifeIssuingPath = "/policy-management/v1/life/issuing";
    static constexpr const char *lifeCertificatePath = "/policy-management/v1/life/certificate";
    static constexpr const char *generalSimulationPath = "/policy-management/v1/general/simulation";
    static constexpr const char *generalQuotePath = "/policy-management/v1/general/quote";
    static constexpr const char *generalIssuingPath = "/policy-management/v1/general/issuing";
    static constexpr const char *customerPayeePath = "/policy-management/v1/costumer-payee";

    PendingCall<CaseStatusResult> statusSubmit(const CaseStatusRequest &request);
    PendingCall<CaseStatusResult> statusUpdate(const CaseStatusRequest &request);
    PendingCall<InsuranceCaseResult> createInsuranceCase(const InsuranceCaseRequest &request);

    PendingCall<SimulationResult> lifeSimulation(const LifeSimulationRequest &request);
    PendingCall<QuoteResult> lifeQuote(const QuoteRequest &request);
    // Not idempotent: call once per confirmed issuing; never retried here.
    PendingCall<IssuingResult> lifeIssuing(const IssuingRequest &request);
    PendingCall<CertificateResult> lifeCertificate(const CertificateRequest &request);

    PendingCall<SimulationResult> generalSimulation(const GeneralSimulationRequest &request);
    PendingCall<QuoteResult> generalQuote(const QuoteRequest &request);
    PendingCall<IssuingResult> generalIssuing(const IssuingRequest &request);

    PendingCall<CustomerPayeeResult> registerCustomerPayee(const CustomerPayeeRequest &request);

private:
    template <typename T>
    PendingCall<T> call(ApiRequest request, const FieldIssues &issues,
                        std::function<std::optional<T>(const QJsonObject &)> parse);

    ApiClient *m_client;
};
