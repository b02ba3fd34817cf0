#include "CaseStatus.h"
#include "CustomerPayee.h"
#include "InsuranceCase.h"
#include "PolicyCertificate.h"
#include "PolicyCodes.h"
#include "PolicyIssuing.h"
#include "PolicyQuote.h"
#include "PolicySeedExamples.h"
#include "PolicySimulation.h"

#include "ApiError.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

std::string compact(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return document.toJson(QJsonDocument::Compact).toStdString();
}

// The model's own body equals the seed example member for member: same
// names (typos included), same value types (string or number), same values.
void expectSameJson(const QJsonValue &produced, const char *seed)
{
    const QJsonDocument expected = QJsonDocument::fromJson(QByteArray(seed));
    const QJsonValue expectedValue = expected.isArray() ? QJsonValue(expected.array()) : QJsonValue(expected.object());
    EXPECT_EQ(compact(produced), compact(expectedValue));
}

} // namespace

// ---- every request example is produced field-for-field by its model ----

TEST(PolicyRequests, LifeSimulationMatchesTheSeedExample)
{
    const auto request = LifeSimulationRequest::fromJson(QJsonDocument::fromJson(PolicySeedExamples::lifeSimulationRequest));
    ASSERT_EQ(request.items.size(), 2);
    EXPECT_EQ(request.items.at(0).birthDt, QDate(1990, 12, 30));
    expectSameJson(request.toJson().array(), PolicySeedExamples::lifeSimulationRequest);
}

TEST(PolicyRequests, LifeSimulationBuiltFromValuesSendsDayMonthYear)
{
    LifeSimulationRequest request;
    request.items.append({QStringLiteral("24297"), QStringLiteral("101"), QDate(1990, 12, 30)});
    request.items.append({QStringLiteral("31300"), QStringLiteral("109"), QDate(1980, 10, 25)});
    EXPECT_TRUE(request.validate(QDate(2026, 1, 1)).isEmpty());
    expectSameJson(request.toJson().array(), PolicySeedExamples::lifeSimulationRequest);
}

TEST(PolicyRequests, LifeQuoteMatchesTheSeedExample)
{
    const QuoteRequest request = QuoteRequest::fromJson(object(PolicySeedExamples::lifeQuoteRequest));
    EXPECT_FALSE(request.productIdent.has_value());
    EXPECT_EQ(request.person.birthDt, QDate(1970, 3, 19));
    EXPECT_EQ(request.person.govIssueIdentType, QStringLiteral("3"));
    expectSameJson(request.toJson(), PolicySeedExamples::lifeQuoteRequest);
}

TEST(PolicyRequests, LifeIssuingMatchesTheSeedExample)
{
    const IssuingRequest request = IssuingRequest::fromJson(object(PolicySeedExamples::lifeIssuingRequest));
    ASSERT_EQ(request.person.cards.size(), 1);
    EXPECT_EQ(request.person.cards.first().expDt, QStringLiteral("02/26"));
    ASSERT_EQ(request.beneficiaries.size(), 1);
    EXPECT_EQ(request.beneficiaries.first().rate, QStringLiteral("100"));
    expectSameJson(request.toJson(), PolicySeedExamples::lifeIssuingRequest);
}

TEST(PolicyRequests, LifeCertificateMatchesTheSeedExampleWithItsSpelling)
{
    const CertificateRequest request = CertificateRequest::fromJson(object(PolicySeedExamples::lifeCertificateRequest));
    EXPECT_EQ(request.productIdNumber, QStringLiteral("31300"));
    EXPECT_EQ(request.effDt, QDate(2023, 8, 24));
    expectSameJson(request.toJson(), PolicySeedExamples::lifeCertificateRequest);
    EXPECT_TRUE(request.toJson().value(QStringLiteral("product")).toObject().contains(QStringLiteral("productIdnumber")));
}

TEST(PolicyRequests, GeneralSimulationMatchesTheThreeSeedExamples)
{
    for (const char *seed : {PolicySeedExamples::generalSimulationRequest1, PolicySeedExamples::generalSimulationRequest2,
                             PolicySeedExamples::generalSimulationRequest3}) {
        const GeneralSimulationRequest request = GeneralSimulationRequest::fromJson(object(seed));
        expectSameJson(request.toJson(), seed);
    }
}

TEST(PolicyRequests, GeneralQuoteMatchesTheThreeSeedExamples)
{
    for (const char *seed : {PolicySeedExamples::generalQuoteRequest1, PolicySeedExamples::generalQuoteRequest2,
                             PolicySeedExamples::generalQuoteRequest3}) {
        const QuoteRequest request = QuoteRequest::fromJson(object(seed));
        ASSERT_TRUE(request.productIdent.has_value());
        expectSameJson(request.toJson(), seed);
    }
}

TEST(PolicyRequests, GeneralIssuingMatchesTheThreeSeedExamples)
{
    for (const char *seed : {PolicySeedExamples::generalIssuingRequest1, PolicySeedExamples::generalIssuingRequest2,
                             PolicySeedExamples::generalIssuingRequest3}) {
        const IssuingRequest request = IssuingRequest::fromJson(object(seed));
        ASSERT_TRUE(request.productIdent.has_value());
        expectSameJson(request.toJson(), seed);
    }
}

TEST(PolicyRequests, InsuranceCaseMatchesTheSeedExample)
{
    const InsuranceCaseRequest request = InsuranceCaseRequest::fromJson(object(PolicySeedExamples::caseCreateRequest));
    ASSERT_EQ(request.entities.size(), 1);
    ASSERT_EQ(request.entities.first().applicants.size(), 1);
    EXPECT_EQ(request.entities.first().applicants.first().answers.size(), 5);
    EXPECT_TRUE(request.validate().isEmpty());
    expectSameJson(request.toJson(), PolicySeedExamples::caseCreateRequest);
}

TEST(PolicyRequests, StatusUpdateMatchesTheSeedExample)
{
    const CaseStatusRequest request = CaseStatusRequest::fromJson(object(PolicySeedExamples::statusUpdateRequest));
    EXPECT_EQ(request.statusCode, QStringLiteral("AP"));
    EXPECT_EQ(request.exclude, std::optional<bool>(true));
    EXPECT_EQ(request.percentage, std::optional<QString>(QStringLiteral("10")));
    expectSameJson(request.toUpdateJson(), PolicySeedExamples::statusUpdateRequest);
}

TEST(PolicyRequests, StatusSubmitCarriesTheDocumentedFields)
{
    const CaseStatusRequest request = CaseStatusRequest::fromJson(object(PolicySeedExamples::statusUpdateRequest));
    const QJsonObject body = request.toSubmitJson();
    EXPECT_EQ(body.value(QStringLiteral("request")).toObject().value(QStringLiteral("statusCode")).toString(), QStringLiteral("AP"));
    EXPECT_EQ(body.value(QStringLiteral("covered")).toObject().value(QStringLiteral("coveredCode")).toString(), QStringLiteral("1"));
    EXPECT_TRUE(body.value(QStringLiteral("covered")).toObject().contains(QStringLiteral("insurancePremiumAmt")));
    EXPECT_EQ(CaseStatusRequest::fromJson(body).statusCode, QStringLiteral("AP"));
}

TEST(PolicyRequests, CustomerPayeeMatchesTheSeedExample)
{
    const CustomerPayeeRequest request = CustomerPayeeRequest::fromJson(object(PolicySeedExamples::payeeRequest));
    EXPECT_TRUE(request.validate().isEmpty());
    expectSameJson(request.toJson(), PolicySeedExamples::payeeRequest);
}

// ---- every response example parses as printed ----

TEST(PolicyResponses, LifeSimulationParsesWithoutResponseType)
{
    const auto result = SimulationResult::fromJson(object(PolicySeedExamples::lifeSimulationResponse));
    ASSERT_TRUE(result.has_value());
    ASSERT_EQ(result->plans.size(), 2);
    const InsurancePlan &plan = result->plans.at(1);
    EXPECT_EQ(plan.productClass, QStringLiteral("31300"));
    EXPECT_EQ(plan.idItem, 2);
    EXPECT_EQ(plan.desc, QStringLiteral("Plan 2 10 MM"));
    EXPECT_EQ(plan.freq, QStringLiteral("2"));
    EXPECT_DOUBLE_EQ(plan.totalPremium, 300);
    ASSERT_EQ(plan.coverages.size(), 2);
    EXPECT_DOUBLE_EQ(plan.coverages.first().amt, 10000000.0);
    EXPECT_DOUBLE_EQ(plan.coverages.first().annualPremium, 83880.0);
    EXPECT_EQ(result->startDt, QStringLiteral("2023-07-19T10:28:27.0131805-05:00"));
    EXPECT_FALSE(ApiError::fromHttpReply(200, PolicySeedExamples::lifeSimulationResponse).has_value());
}

TEST(PolicyResponses, GeneralSimulationParses)
{
    const auto result = SimulationResult::fromJson(object(PolicySeedExamples::generalSimulationResponse));
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->plans.size(), 2);
}

TEST(PolicyResponses, LifeQuoteParsesTheZeroedExample)
{
    const auto result = QuoteResult::fromJson(object(PolicySeedExamples::lifeQuoteResponse));
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->pmtAuthId, QStringLiteral("0"));
    EXPECT_EQ(result->coverages.size(), 1);
    EXPECT_FALSE(ApiError::fromHttpReply(200, PolicySeedExamples::lifeQuoteResponse).has_value());
}

TEST(PolicyResponses, GeneralQuoteParses)
{
    const auto result = QuoteResult::fromJson(object(PolicySeedExamples::generalQuoteResponse));
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->pmtAuthId, QStringLiteral("1221"));
    EXPECT_DOUBLE_EQ(result->netPremium, 27775);
    EXPECT_DOUBLE_EQ(result->feeAmount, 2409);
    EXPECT_EQ(result->billId, QStringLiteral("1111"));
    EXPECT_DOUBLE_EQ(result->premium, 25366);
    EXPECT_EQ(result->planDesc, QStringLiteral("XXXXXXXXXXXXX"));
    ASSERT_EQ(result->coverages.size(), 1);
    EXPECT_DOUBLE_EQ(result->coverages.first().insuranPremiumValue, 152200);
}

TEST(PolicyResponses, LifeAndGeneralIssuingParse)
{
    for (const char *seed : {PolicySeedExamples::lifeIssuingResponse, PolicySeedExamples::generalIssuingResponse}) {
        const auto result = IssuingResult::fromJson(object(seed));
        ASSERT_TRUE(result.has_value());
        EXPECT_EQ(result->policyId, QStringLiteral("960"));
        EXPECT_EQ(result->certCode, QStringLiteral("21344545"));
        EXPECT_EQ(result->cSpRefId, QStringLiteral("Emisión"));
        EXPECT_EQ(result->effDt, QDate(2022, 12, 11));
        EXPECT_DOUBLE_EQ(result->taxes, 90998.136986);
        EXPECT_EQ(result->quoteNumber, QStringLiteral("960"));
        EXPECT_FALSE(ApiError::fromHttpReply(200, seed).has_value());
    }
}

TEST(PolicyResponses, CertificateParsesAndDecodesTheBase64)
{
    const auto result = CertificateResult::fromJson(object(PolicySeedExamples::lifeCertificateResponse));
    ASSERT_TRUE(result.has_value());
    EXPECT_TRUE(result->pdf.startsWith("%PDF-1.3"));
    EXPECT_TRUE(result->looksLikePdf());
    EXPECT_EQ(CertificateResult::defaultFileName(QStringLiteral("960"), QStringLiteral("21344545")),
              QStringLiteral("Certificate-960-21344545.pdf"));
    EXPECT_EQ(CertificateResult::defaultFileName(QStringLiteral("9/60"), QStringLiteral("..")),
              QStringLiteral("Certificate-960-.pdf"));
}

TEST(PolicyResponses, InsuranceCaseParsesTheNestedResponseType)
{
    const auto result = InsuranceCaseResult::fromJson(object(PolicySeedExamples::caseCreateResponse));
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->caseId, QStringLiteral("23032220"));
    EXPECT_EQ(result->responseType, QStringLiteral("OK"));
    EXPECT_TRUE(result->accepted());
    EXPECT_EQ(result->statusDesc, QStringLiteral("Inactive"));
    EXPECT_EQ(result->taskName, QStringLiteral("CancelarCaso"));
    EXPECT_EQ(result->workflowTitle, QStringLiteral("Gestión de exámenes médicos"));
    EXPECT_EQ(result->requestNumber, QStringLiteral("14516"));
}

TEST(PolicyResponses, StatusSubmitAndUpdateParse)
{
    const auto submit = CaseStatusResult::fromJson(object(PolicySeedExamples::statusSubmitResponse));
    ASSERT_TRUE(submit.has_value());
    EXPECT_EQ(submit->refNumber, QStringLiteral("550100000001028"));
    EXPECT_EQ(submit->responseType, QStringLiteral("OK"));
    const auto update = CaseStatusResult::fromJson(object(PolicySeedExamples::statusUpdateResponse));
    ASSERT_TRUE(update.has_value());
    EXPECT_EQ(update->govIssueIdentType, QStringLiteral("CC"));
    EXPECT_TRUE(update->responseType.isEmpty());
}

TEST(PolicyResponses, CustomerPayeeParses)
{
    const auto result = CustomerPayeeResult::fromJson(object(PolicySeedExamples::payeeResponse));
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->responseType, QStringLiteral("OK"));
}

TEST(PolicyResponses, EveryErrorEnvelopeBecomesAnApiError)
{
    const auto err400 = ApiError::fromHttpReply(400, PolicySeedExamples::generalIssuingError);
    ASSERT_TRUE(err400.has_value());
    EXPECT_EQ(err400->responseType, QStringLiteral("ERR400"));
    EXPECT_EQ(err400->code, QStringLiteral("400")); // numeric errorCode in the document
    EXPECT_EQ(err400->description, QStringLiteral("Payload not found"));
    for (const char *seed : {PolicySeedExamples::statusSubmitError, PolicySeedExamples::statusUpdateError,
                             PolicySeedExamples::caseCreateError, PolicySeedExamples::payeeError}) {
        const auto error = ApiError::fromHttpReply(400, seed);
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->responseType, QStringLiteral("ER"));
        EXPECT_FALSE(error->code.isEmpty());
    }
    // The life pages print an ER envelope with empty fields.
    for (const char *seed : {PolicySeedExamples::lifeSimulationError, PolicySeedExamples::lifeQuoteError,
                             PolicySeedExamples::generalSimulationError, PolicySeedExamples::generalQuoteError}) {
        EXPECT_TRUE(ApiError::fromHttpReply(400, seed).has_value());
    }
    // Even with HTTP 200, an ER envelope is an error.
    EXPECT_TRUE(ApiError::fromHttpReply(200, PolicySeedExamples::payeeError).has_value());
}

// ---- rules ----

TEST(PolicyRules, DatesUseEachOperationsFormat)
{
    EXPECT_EQ(PolicyDates::dayMonthYear(QDate(1970, 3, 19)), QStringLiteral("19-03-1970"));
    EXPECT_EQ(PolicyDates::iso(QDate(1970, 3, 19)), QStringLiteral("1970-03-19"));
    QuoteRequest quote;
    quote.person.birthDt = QDate(1970, 3, 19);
    EXPECT_EQ(quote.toJson()[QStringLiteral("insuranceInfo")][QStringLiteral("personName")][QStringLiteral("birthDt")].toString(),
              QStringLiteral("19-03-1970"));
    IssuingRequest issuing;
    issuing.person.birthDt = QDate(1970, 3, 19);
    EXPECT_EQ(issuing.toJson()[QStringLiteral("personInfo")][QStringLiteral("birthDt")].toString(), QStringLiteral("1970-03-19"));
}

// Built from values (not parsed from the examples): every operation's dates
// in the format its document gives.
TEST(PolicyRules, EveryOperationSendsItsDocumentedDateFormat)
{
    const QDate birth(1993, 12, 30);
    LifeSimulationRequest life;
    life.items.append({QStringLiteral("24297"), QStringLiteral("101"), birth});
    EXPECT_EQ(life.toJson().array().at(0)[QStringLiteral("insuranceInfo")][QStringLiteral("personName")][QStringLiteral("birthDt")]
                  .toString(),
              QStringLiteral("30-12-1993"));

    GeneralSimulationRequest general;
    general.productIdent = QStringLiteral("1");
    general.productIdNumber = QStringLiteral("31300");
    general.freq = QStringLiteral("1");
    general.channel = QStringLiteral("101");
    general.birthDt = birth;
    EXPECT_EQ(general.toJson()[QStringLiteral("insuranceInfo")][QStringLiteral("personName")][QStringLiteral("birthDt")].toString(),
              QStringLiteral("30-12-1993"));

    // The home quote example is the one quote that writes YYYY-MM-DD.
    QuoteRequest homeQuote;
    homeQuote.productIdent = QStringLiteral("3");
    homeQuote.person.birthDt = birth;
    homeQuote.person.birthDateIso = true;
    EXPECT_EQ(homeQuote.toJson()[QStringLiteral("insuranceInfo")][QStringLiteral("personName")][QStringLiteral("birthDt")].toString(),
              QStringLiteral("1993-12-30"));

    IssuingRequest issuing;
    issuing.productIdent = QStringLiteral("2");
    issuing.person.birthDt = birth;
    Beneficiary beneficiary;
    beneficiary.birthDt = QDate(2010, 1, 5);
    issuing.beneficiaries = {beneficiary};
    const QJsonObject issuingJson = issuing.toJson();
    EXPECT_EQ(issuingJson[QStringLiteral("personInfo")][QStringLiteral("birthDt")].toString(), QStringLiteral("1993-12-30"));
    EXPECT_EQ(issuingJson[QStringLiteral("beneficiary")][0][QStringLiteral("personInfo")][QStringLiteral("birthDt")].toString(),
              QStringLiteral("2010-01-05"));

    const CertificateRequest certificate{QStringLiteral("31300"), QStringLiteral("960"), QDate(2023, 8, 24), QStringLiteral("1")};
    EXPECT_EQ(certificate.toJson()[QStringLiteral("insuranceInfo")][QStringLiteral("effDt")].toString(), QStringLiteral("2023-08-24"));
}

TEST(PolicyRules, CardExpiryIsMonthSlashYearAndNotPast)
{
    const QDate today(2026, 11, 21);
    EXPECT_TRUE(PolicyDates::isValidCardExpiry(QStringLiteral("11/26"), today));
    EXPECT_TRUE(PolicyDates::isValidCardExpiry(QStringLiteral("02/29"), today));
    EXPECT_FALSE(PolicyDates::isValidCardExpiry(QStringLiteral("10/26"), today));
    EXPECT_FALSE(PolicyDates::isValidCardExpiry(QStringLiteral("13/27"), today));
    EXPECT_FALSE(PolicyDates::isValidCardExpiry(QStringLiteral("00/27"), today));
    EXPECT_FALSE(PolicyDates::isValidCardExpiry(QStringLiteral("2/27"), today));
    EXPECT_FALSE(PolicyDates::isValidCardExpiry(QStringLiteral("02/2027"), today));
    EXPECT_FALSE(PolicyDates::isValidCardExpiry(QString(), today));
}

TEST(PolicyRules, BeneficiaryPercentagesMustAddUpToOneHundred)
{
    Beneficiary first;
    first.personType = QStringLiteral("1");
    first.govIssueIdentType = QStringLiteral("2");
    first.identSerialNum = QStringLiteral("52433530");
    first.firstName = QStringLiteral("FERNANDO");
    first.lastName = QStringLiteral("SUAREZ");
    first.relationshipType = QStringLiteral("3");
    first.rate = QStringLiteral("50");
    Beneficiary second = first;
    second.identSerialNum = QStringLiteral("456456");
    second.rate = QStringLiteral("50");
    EXPECT_TRUE(validateBeneficiaries({first, second}).isEmpty());

    second.rate = QStringLiteral("40");
    const FieldIssues ninety = validateBeneficiaries({first, second});
    ASSERT_EQ(ninety.size(), 1);
    EXPECT_EQ(ninety.first().field, QStringLiteral("beneficiary.rate"));
    EXPECT_TRUE(ninety.first().message.contains(QStringLiteral("90")));

    second.rate = QStringLiteral("60");
    EXPECT_TRUE(hasIssueFor(validateBeneficiaries({first, second}), QStringLiteral("beneficiary.rate")));
    second.rate = QStringLiteral("abc");
    EXPECT_TRUE(hasIssueFor(validateBeneficiaries({first, second}), QStringLiteral("beneficiary[1].rate")));
    EXPECT_TRUE(hasIssueFor(validateBeneficiaries({}), QStringLiteral("beneficiary")));
    second.rate = QStringLiteral("50");
    second.firstName.clear();
    EXPECT_TRUE(hasIssueFor(validateBeneficiaries({first, second}), QStringLiteral("beneficiary[1].firstName")));
}

TEST(PolicyRules, CardPaymentIsValidatedAtTheField)
{
    CardPayment card{QStringLiteral("32"), QStringLiteral("1"), QStringLiteral("4704371043791074"), QStringLiteral("12/27"),
                     std::nullopt, 5, std::nullopt};
    EXPECT_TRUE(card.validate(QDate(2026, 11, 21)).isEmpty());
    card.acctId = QStringLiteral("4704-3710");
    card.expDt = QStringLiteral("12/24");
    card.dayofDebitMonthly = 32;
    const FieldIssues issues = card.validate(QDate(2026, 11, 21));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("ccAcctRec.acctId")));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("ccAcctRec.expDt")));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("ccAcctRec.dayofDebitMonthly")));
}

TEST(PolicyRules, SimulationChecksProductChannelAndBirthDate)
{
    LifeSimulationRequest request;
    request.items.append({QStringLiteral("99999"), QStringLiteral("100"), QDate(2030, 1, 1)});
    const FieldIssues issues = request.validate(QDate(2026, 11, 21));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("product.productIdNumber")));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("insuranceInfo.channel")));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("insuranceInfo.personName.birthDt")));
}

TEST(PolicyRules, StatusCodesFollowTheTable)
{
    EXPECT_EQ(PolicyCodes::caseStatusCodes().size(), 17);
    EXPECT_TRUE(PolicyCodes::isCaseStatus(QStringLiteral("AE")));
    EXPECT_FALSE(PolicyCodes::isCaseStatus(QStringLiteral("XX")));
    EXPECT_TRUE(PolicyCodes::isClientStatus(QStringLiteral("NR")));
    EXPECT_FALSE(PolicyCodes::isClientStatus(QStringLiteral("AG")));
    CaseStatusRequest request = CaseStatusRequest::fromJson(object(PolicySeedExamples::statusUpdateRequest));
    EXPECT_TRUE(request.validate().isEmpty());
    request.statusCode = QStringLiteral("ZZ");
    request.percentage = QStringLiteral("1x");
    EXPECT_TRUE(hasIssueFor(request.validate(), QStringLiteral("request.statusCode")));
    EXPECT_TRUE(hasIssueFor(request.validate(), QStringLiteral("personInfo.policy.percentage")));
}

TEST(PolicyRules, BankIdentificationTypesMapToTheInsurersCodes)
{
    EXPECT_EQ(PolicyCodes::insurerIdentificationType(QStringLiteral("CC")), QStringLiteral("2"));
    EXPECT_EQ(PolicyCodes::insurerIdentificationType(QStringLiteral("CE")), QStringLiteral("3"));
    EXPECT_EQ(PolicyCodes::insurerIdentificationType(QStringLiteral("TI")), QStringLiteral("4"));
    EXPECT_EQ(PolicyCodes::insurerIdentificationType(QStringLiteral("PA")), QStringLiteral("5"));
    EXPECT_EQ(PolicyCodes::insurerIdentificationType(QStringLiteral("NI")), QStringLiteral("1"));
    EXPECT_EQ(PolicyCodes::insurerIdentificationType(QStringLiteral("PE")), QStringLiteral("12"));
    EXPECT_TRUE(PolicyCodes::insurerIdentificationType(QStringLiteral("XX")).isEmpty());
    EXPECT_EQ(PolicyCodes::saleChannels().size(), 21);
    EXPECT_EQ(PolicyCodes::offices().size(), 23);
    EXPECT_EQ(PolicyCodes::productIdentFor(QStringLiteral("67307")), QStringLiteral("3"));
    EXPECT_EQ(PolicyCodes::productIdentFor(QStringLiteral("69308")), QStringLiteral("2"));
    EXPECT_EQ(PolicyCodes::productIdentFor(QStringLiteral("34299")), QStringLiteral("1"));
}
