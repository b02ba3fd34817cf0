#include "CustomerCodeTables.h"
#include "CustomerCreateRequest.h"
#include "CustomerCreateResponse.h"
#include "CustomerCreateTestData.h"
#include "NitCheckDigit.h"
#include "SecureDataConsentRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <ostream>

namespace {

const QDate today(2026, 11, 21);

QString messageFor(const FieldIssues &issues, const QString &field)
{
    for (const FieldIssue &issue : issues) {
        if (issue.field == field)
            return issue.message;
    }
    return {};
}

// ---------------------------------------------------------------- NIT

struct NitCase
{
    const char *nit;   // without the check digit
    int checkDigit;
};

std::ostream &operator<<(std::ostream &os, const NitCase &c)
{
    return os << c.nit << '-' << c.checkDigit;
}

class NitCheckDigitTest : public ::testing::TestWithParam<NitCase>
{
};

// NITs written the way they appear on invoices and RUT certificates.
INSTANTIATE_TEST_SUITE_P(RealWorldForm, NitCheckDigitTest,
                         ::testing::Values(NitCase{"900123456", 8},  // the usual example
                                           NitCase{"800197268", 4},  // DIAN
                                           NitCase{"890903938", 8},  // Bancolombia
                                           NitCase{"899999068", 1},  // Ecopetrol
                                           NitCase{"860002964", 4},  // Banco de Bogotá
                                           NitCase{"860034313", 7},  // Davivienda
                                           NitCase{"830020062", 3},
                                           NitCase{"900000009", 0}, // remainder 0 -> 0
                                           NitCase{"811000123", 1},
                                           NitCase{"1", 8}),
                         [](const auto &param) { return std::string(param.param.nit); });

TEST_P(NitCheckDigitTest, ComputesTheDianDigit)
{
    const NitCase c = GetParam();
    const QString nit = QString::fromLatin1(c.nit);
    ASSERT_TRUE(NitCheckDigit::compute(nit).has_value());
    EXPECT_EQ(*NitCheckDigit::compute(nit), c.checkDigit);
    EXPECT_TRUE(NitCheckDigit::isValid(nit + QString::number(c.checkDigit)));
    EXPECT_FALSE(NitCheckDigit::isValid(nit + QString::number((c.checkDigit + 1) % 10)));
}

TEST(NitCheckDigit, RejectsWhatIsNotANit)
{
    EXPECT_FALSE(NitCheckDigit::compute(QString()).has_value());
    EXPECT_FALSE(NitCheckDigit::compute(QStringLiteral("90012345A")).has_value());
    EXPECT_FALSE(NitCheckDigit::compute(QStringLiteral("1234567890123456")).has_value());
    EXPECT_FALSE(NitCheckDigit::isValid(QStringLiteral("8")));
    EXPECT_FALSE(NitCheckDigit::isValid(QStringLiteral("900123456X")));
}

// ---------------------------------------------------------------- rules

struct RuleCase
{
    const char *name;
    QList<QPair<const char *, const char *>> changes; // path -> value ("" clears)
    const char *field;     // where the issue must be; nullptr: no issue at all
    const char *bankCode;  // the bank rule the message names, or nullptr
};

std::ostream &operator<<(std::ostream &os, const RuleCase &c)
{
    return os << c.name;
}

class CustomerCreateRuleTest : public ::testing::TestWithParam<RuleCase>
{
};

TEST_P(CustomerCreateRuleTest, ReportsTheRuleAtItsField)
{
    const RuleCase c = GetParam();
    CustomerCreateRequest request = validCreateRequest();
    for (const auto &change : c.changes)
        request.setValue(QString::fromLatin1(change.first), QString::fromUtf8(change.second));
    const FieldIssues issues = request.validate(today);
    if (!c.field) {
        EXPECT_TRUE(issues.isEmpty()) << issues.first().field.toStdString() << ": "
                                      << issues.first().message.toStdString();
        return;
    }
    const QString message = messageFor(issues, QString::fromLatin1(c.field));
    EXPECT_FALSE(message.isEmpty()) << "no issue at " << c.field << " (" << issues.size() << " issues)";
    if (c.bankCode) {
        EXPECT_TRUE(message.contains(QString::fromLatin1(c.bankCode))) << message.toStdString();
    }
}

using P = QPair<const char *, const char *>;

std::string ruleName(const ::testing::TestParamInfo<RuleCase> &param)
{
    return param.param.name;
}

INSTANTIATE_TEST_SUITE_P(
    Good, CustomerCreateRuleTest,
    ::testing::Values(
        RuleCase{"SeedLikeRequest", {}, nullptr, nullptr},
        RuleCase{"NitWithRightCheckDigit", {P("govIssueIdent.govIssueIdentType", "NI"), P("govIssueIdent.identSerialNum", "8002572453")}, nullptr, nullptr},
        RuleCase{"NamesWithEnyeAndAccents", {P("personName.firstName", "MARÍA JOSÉ"), P("personName.lastName", "NÚÑEZ"), P("personName.secondLastName", "Peña")}, nullptr, nullptr},
        RuleCase{"OptionalNamesEmpty", {P("personName.middleName", ""), P("personName.secondLastName", "")}, nullptr, nullptr},
        RuleCase{"PassportWithLetters", {P("govIssueIdent.govIssueIdentType", "PA"), P("govIssueIdent.identSerialNum", "AB123456")}, nullptr, nullptr},
        RuleCase{"NationalLandline", {P("contactInfo.phoneNum.phone", "6012345678")}, nullptr, nullptr},
        RuleCase{"CellphoneAsMain", {P("contactInfo.phoneNum.phoneType", "C"), P("contactInfo.phoneNum.phone", "3001234567")}, nullptr, nullptr},
        RuleCase{"NoEmail", {P("personInfo.contactInfo.emailAddr", "")}, nullptr, nullptr},
        RuleCase{"ZeroAmounts", {P("personInfo.income.incomeAmt", "0"), P("personInfo.expense.amt", "0"), P("personInfo.otherIncome.amt", "0"), P("personInfo.otherIncome.name", "")}, nullptr, nullptr},
        RuleCase{"AmountWithCents", {P("personInfo.income.incomeAmt", "2500000.50")}, nullptr, nullptr},
        RuleCase{"OriginTenWithDetail", {P("personInfo.originResources", "10"), P("personInfo.originResourcesDetail", "Venta de finca")}, nullptr, nullptr},
        RuleCase{"NoOccupationNoCompany", {P("businessOcupation.ocupationCode", ""), P("entpr.govIssueIdent.identSerialNum", ""), P("businessActivity.businessType", "")}, nullptr, nullptr},
        RuleCase{"NoPocket", {P("pocketInfo.pocketType", "N"), P("pocketInfo.curAmt.amt", ""), P("pocketInfo.pocketPeriod.periodCode", "")}, nullptr, nullptr},
        RuleCase{"IssuedToday", {P("personInfo.govIssueIdent.expDt", "2026-11-21")}, nullptr, nullptr},
        RuleCase{"LeapDay", {P("personInfo.birthDt", "1992-02-29")}, nullptr, nullptr}),
    ruleName);

INSTANTIATE_TEST_SUITE_P(
    Bad, CustomerCreateRuleTest,
    ::testing::Values(
        RuleCase{"IdTypeMissing", {P("govIssueIdent.govIssueIdentType", "")}, "govIssueIdent.govIssueIdentType", nullptr},
        RuleCase{"IdTypeUnknown", {P("govIssueIdent.govIssueIdentType", "XX")}, "govIssueIdent.govIssueIdentType", nullptr},
        RuleCase{"IdNumberMissing", {P("govIssueIdent.identSerialNum", "")}, "govIssueIdent.identSerialNum", nullptr},
        RuleCase{"IdNumberTooLong", {P("govIssueIdent.identSerialNum", "123456789012345678901")}, "govIssueIdent.identSerialNum", nullptr},
        RuleCase{"CcNotNumeric", {P("govIssueIdent.identSerialNum", "12345A")}, "govIssueIdent.identSerialNum", "50555"},
        RuleCase{"IdWithSpace", {P("govIssueIdent.identSerialNum", "123 456")}, "govIssueIdent.identSerialNum", nullptr},
        RuleCase{"PassportWithPunctuation", {P("govIssueIdent.govIssueIdentType", "PA"), P("govIssueIdent.identSerialNum", "AB-123")}, "govIssueIdent.identSerialNum", nullptr},
        RuleCase{"NitWrongCheckDigit", {P("govIssueIdent.govIssueIdentType", "NI"), P("govIssueIdent.identSerialNum", "9001234567")}, "govIssueIdent.identSerialNum", "50545"},
        RuleCase{"NitTooShort", {P("govIssueIdent.govIssueIdentType", "NI"), P("govIssueIdent.identSerialNum", "90012345")}, "govIssueIdent.identSerialNum", "50609"},
        RuleCase{"NitTooLong", {P("govIssueIdent.govIssueIdentType", "NI"), P("govIssueIdent.identSerialNum", "90012345688")}, "govIssueIdent.identSerialNum", "50609"},
        RuleCase{"ClientTypeMissing", {P("clientType.value", "")}, "clientType.value", nullptr},
        RuleCase{"ClientTypeUnknown", {P("clientType.value", "X")}, "clientType.value", nullptr},
        RuleCase{"FirstNameMissing", {P("personName.firstName", "")}, "personName.firstName", nullptr},
        RuleCase{"FirstNameDigits", {P("personName.firstName", "CARL0S")}, "personName.firstName", "50503"},
        RuleCase{"MiddleNameSymbol", {P("personName.middleName", "MARIO*")}, "personName.middleName", "50504"},
        RuleCase{"LastNameUnderscore", {P("personName.lastName", "DE_FRANCISCO")}, "personName.lastName", "50505"},
        RuleCase{"LastNameMissing", {P("personName.lastName", "")}, "personName.lastName", nullptr},
        RuleCase{"SecondLastNameDoubleSpace", {P("personName.secondLastName", "LOPEZ  PEREZ")}, "personName.secondLastName", "50506"},
        RuleCase{"NameTooLong", {P("personName.firstName", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")}, "personName.firstName", nullptr},
        RuleCase{"IssueCityMissing", {P("personInfo.govIssueIdent.expCityId", "")}, "personInfo.govIssueIdent.expCityId", nullptr},
        RuleCase{"IssueCityNotDane", {P("personInfo.govIssueIdent.expCityId", "5001")}, "personInfo.govIssueIdent.expCityId", nullptr},
        RuleCase{"BirthMissing", {P("personInfo.birthDt", "")}, "personInfo.birthDt", nullptr},
        RuleCase{"BirthNotReal", {P("personInfo.birthDt", "1990-02-30")}, "personInfo.birthDt", nullptr},
        RuleCase{"BirthWrongShape", {P("personInfo.birthDt", "14/05/1990")}, "personInfo.birthDt", nullptr},
        RuleCase{"BirthInFuture", {P("personInfo.birthDt", "2027-01-01")}, "personInfo.birthDt", nullptr},
        RuleCase{"IssueInFuture", {P("personInfo.govIssueIdent.expDt", "2026-11-22")}, "personInfo.govIssueIdent.expDt", nullptr},
        RuleCase{"IssueBeforeBirth", {P("personInfo.govIssueIdent.expDt", "1989-01-01")}, "personInfo.govIssueIdent.expDt", nullptr},
        RuleCase{"IssueOnBirthDay", {P("personInfo.govIssueIdent.expDt", "1990-05-14")}, "personInfo.govIssueIdent.expDt", nullptr},
        RuleCase{"GenderMissing", {P("personInfo.gender", "")}, "personInfo.gender", nullptr},
        RuleCase{"GenderUnknown", {P("personInfo.gender", "X")}, "personInfo.gender", nullptr},
        RuleCase{"MaritalMissing", {P("personInfo.maritalStatus", "")}, "personInfo.maritalStatus", nullptr},
        RuleCase{"EmailWithoutAt", {P("personInfo.contactInfo.emailAddr", "correo.gmail.com")}, "personInfo.contactInfo.emailAddr", nullptr},
        RuleCase{"EmailWithoutDomain", {P("personInfo.contactInfo.emailAddr", "correo@gmail")}, "personInfo.contactInfo.emailAddr", nullptr},
        RuleCase{"IncomeMissing", {P("personInfo.income.incomeAmt", "")}, "personInfo.income.incomeAmt", nullptr},
        RuleCase{"IncomeNegative", {P("personInfo.income.incomeAmt", "-1")}, "personInfo.income.incomeAmt", nullptr},
        RuleCase{"IncomeWithLetters", {P("personInfo.income.incomeAmt", "2.500.000")}, "personInfo.income.incomeAmt", nullptr},
        RuleCase{"ExpenseNegative", {P("personInfo.expense.amt", "-5")}, "personInfo.expense.amt", nullptr},
        RuleCase{"AssetsMissing", {P("personInfo.finalcialAssets.amt", "")}, "personInfo.finalcialAssets.amt", nullptr},
        RuleCase{"LiabilitiesNegative", {P("personInfo.financialLiabilities.amt", "-100")}, "personInfo.financialLiabilities.amt", nullptr},
        RuleCase{"OtherIncomeWithoutDetail", {P("personInfo.otherIncome.name", "")}, "personInfo.otherIncome.name", "50542"},
        RuleCase{"OriginMissing", {P("personInfo.originResources", "")}, "personInfo.originResources", nullptr},
        RuleCase{"OriginTenWithoutDetail", {P("personInfo.originResources", "10")}, "personInfo.originResourcesDetail", "50554"},
        RuleCase{"AdminResourcesMissing", {P("personInfo.adminResources", "")}, "personInfo.adminResources", nullptr},
        RuleCase{"PhoneMissing", {P("contactInfo.phoneNum.phone", "")}, "contactInfo.phoneNum.phone", nullptr},
        RuleCase{"LandlineTooShort", {P("contactInfo.phoneNum.phone", "276788")}, "contactInfo.phoneNum.phone", "50518"},
        RuleCase{"CellphoneNotStartingWith3", {P("contactInfo.additionalPhoneNum.phone", "2105556755")}, "contactInfo.additionalPhoneNum.phone", "50529"},
        RuleCase{"ResidenceCellTooLong", {P("contactInfo.phoneNumResidence.phone", "31055567551")}, "contactInfo.phoneNumResidence.phone", "50535"},
        RuleCase{"ResidenceAdditionalLetters", {P("contactInfo.additionalPhoneNumResidence.phone", "60427A7888")}, "contactInfo.additionalPhoneNumResidence.phone", "50536"},
        RuleCase{"AgreementPhoneWrong", {P("entprAgreement.phoneNum.phone", "12")}, "entprAgreement.phoneNum.phone", "50538"},
        RuleCase{"AgreementAdditionalPhoneWrong", {P("entprAgreement.additionalPhoneNum.phone", "12")}, "entprAgreement.additionalPhoneNum.phone", "50530"},
        RuleCase{"AddressMissing", {P("contactInfo.postAddr.addr1", "")}, "contactInfo.postAddr.addr1", nullptr},
        RuleCase{"ResidenceCityMissing", {P("contactInfo.postAddr.cityId", "")}, "contactInfo.postAddr.cityId", nullptr},
        RuleCase{"CountryMissing", {P("naturalPerson.countryInfo", "")}, "naturalPerson.countryInfo", nullptr},
        RuleCase{"CountryNotIso", {P("naturalPerson.countryInfo", "COL")}, "naturalPerson.countryInfo", nullptr},
        RuleCase{"OccupationWithoutCompany", {P("entpr.govIssueIdent.identSerialNum", "")}, "entpr.govIssueIdent.identSerialNum", "50543"},
        RuleCase{"OccupationWithoutPosition", {P("businessActivity.businessType", "")}, "businessActivity.businessType", "50543"},
        RuleCase{"CompanyNitWrongDigit", {P("entpr.govIssueIdent.identSerialNum", "9001234561")}, "entpr.govIssueIdent.identSerialNum", "50545"},
        RuleCase{"GeneralProfessionShort", {P("businessProfessionGeneral.certCode", "19")}, "businessProfessionGeneral.certCode", nullptr},
        RuleCase{"SpecificProfessionLetters", {P("businessProfessionSpecific.certCode", "00A0")}, "businessProfessionSpecific.certCode", nullptr},
        RuleCase{"AgreementWithoutName", {P("entprAgreement.entprDesc", "")}, "entprAgreement.entprDesc", nullptr},
        RuleCase{"PocketWithoutAmount", {P("pocketInfo.curAmt.amt", "")}, "pocketInfo.curAmt.amt", nullptr},
        RuleCase{"PocketWithoutPeriod", {P("pocketInfo.pocketPeriod.periodCode", "")}, "pocketInfo.pocketPeriod.periodCode", nullptr},
        RuleCase{"MonthlyDay32", {P("pocketInfo.dayofDebitMonthly", "32")}, "pocketInfo.dayofDebitMonthly", nullptr},
        RuleCase{"WeeklyDay8", {P("pocketInfo.dayofDebitWeekly", "08")}, "pocketInfo.dayofDebitWeekly", nullptr},
        RuleCase{"GmfMissing", {P("product.gmf", "")}, "product.gmf", nullptr},
        RuleCase{"LedgerOneDigit", {P("product.productId.ledgerCode", "2")}, "product.productId.ledgerCode", nullptr},
        RuleCase{"SubledgerMissing", {P("product.productId.subLedgerCode", "")}, "product.productId.subLedgerCode", nullptr},
        RuleCase{"GroupMissing", {P("product.productId.groupCode", "")}, "product.productId.groupCode", nullptr},
        RuleCase{"ProductTypeMissing", {P("product.productType", "")}, "product.productType", nullptr},
        RuleCase{"StatementPeriodMissing", {P("product.extractPeriodicity", "")}, "product.extractPeriodicity", nullptr},
        RuleCase{"AdminOfficeMissing", {P("product.administrationOffice.branchId", "")}, "product.administrationOffice.branchId", nullptr},
        RuleCase{"SubmitOfficeLetters", {P("product.submitOffice.branchId", "11A")}, "product.submitOffice.branchId", nullptr},
        RuleCase{"AdviserMissing", {P("adviser.adviserId", "")}, "adviser.adviserId", nullptr}),
    ruleName);

TEST(CustomerCreateRequest, ReportsIssuesInTheBodysOrder)
{
    CustomerCreateRequest request = validCreateRequest();
    request.setValue(QStringLiteral("adviser.adviserId"), QString());
    request.setValue(QStringLiteral("personName.firstName"), QString());
    const FieldIssues issues = request.validate(today);
    ASSERT_EQ(issues.size(), 2);
    EXPECT_EQ(issues.at(0).field, QStringLiteral("personName.firstName"));
    EXPECT_EQ(issues.at(1).field, QStringLiteral("adviser.adviserId"));
}

TEST(CustomerCreateRequest, BodyHasTheSeedsShapeAndTypos)
{
    const QJsonObject body = validCreateRequest().toJson();
    EXPECT_EQ(body.value(QStringLiteral("govIssueIdent")).toObject().value(QStringLiteral("identSerialNum")).toString(),
              QStringLiteral("1034567890"));
    const QJsonObject personInfo = body.value(QStringLiteral("personInfo")).toObject();
    EXPECT_EQ(personInfo.value(QStringLiteral("finalcialAssets")).toObject().value(QStringLiteral("amt")).toString(),
              QStringLiteral("45000000"));
    EXPECT_EQ(personInfo.value(QStringLiteral("govIssueIdent")).toObject().value(QStringLiteral("expDt")).toString(),
              QStringLiteral("2008-06-01"));
    EXPECT_TRUE(body.contains(QStringLiteral("businessOcupation")));
    EXPECT_EQ(body.value(QStringLiteral("product")).toObject().value(QStringLiteral("productId")).toObject()
                  .value(QStringLiteral("ledgerCode")).toString(),
              QStringLiteral("24"));
    EXPECT_EQ(body.value(QStringLiteral("adviser")).toObject().value(QStringLiteral("adviserId")).toString(),
              QStringLiteral("A1B2ADIG"));
    // Round trip through the wire shape.
    EXPECT_EQ(CustomerCreateRequest::fromJson(body), validCreateRequest());
}

TEST(CustomerCreateRequest, LeavesOutAPhoneTypeWithoutItsPhone)
{
    CustomerCreateRequest request = validCreateRequest();
    request.setValue(QStringLiteral("contactInfo.additionalPhoneNumResidence.phone"), QString());
    const QJsonObject contact = request.toJson().value(QStringLiteral("contactInfo")).toObject();
    EXPECT_FALSE(contact.contains(QStringLiteral("additionalPhoneNumResidence")));
    EXPECT_TRUE(contact.contains(QStringLiteral("phoneNumResidence")));
}

TEST(CustomerCreateRequest, NormalisesANitTypedWithSeparators)
{
    EXPECT_EQ(CustomerCreateRequest::normalisedIdentSerialNum(QStringLiteral("NI"), QStringLiteral("900.123.456-8")),
              QStringLiteral("9001234568"));
    EXPECT_EQ(CustomerCreateRequest::normalisedIdentSerialNum(QStringLiteral("CC"), QStringLiteral(" 123-4 ")),
              QStringLiteral("123-4"));
}

TEST(CustomerCreateRequest, DraftRoundTrip)
{
    CustomerCreateRequest request = validCreateRequest();
    request.setValue(CustomerCreateRequest::originResourcesDetailPath(), QStringLiteral("Herencia"));
    EXPECT_EQ(CustomerCreateRequest::fromDraft(request.toDraft()), request);
    EXPECT_EQ(request.fullName(), QStringLiteral("CARLOS MARIO DE FRANCISCO LÓPEZ"));
}

TEST(CustomerCodeTables, EveryRuleCodePointsAtABodyField)
{
    for (const CustomerCreateRule &rule : CustomerCodeTables::createRules()) {
        EXPECT_TRUE(CustomerCreateRequest::fieldPaths().contains(rule.field)) << rule.code.toStdString();
        EXPECT_EQ(CustomerCodeTables::ruleForBankCode(rule.code)->field, rule.field);
    }
    EXPECT_EQ(CustomerCodeTables::ruleForBankCode(QStringLiteral("50099")), nullptr);
    EXPECT_EQ(CustomerCodeTables::describe(CustomerCodeTables::maritalStatuses(), QStringLiteral("S")),
              QStringLiteral("Soltero"));
}

// ---------------------------------------------------------------- response

TEST(CustomerCreateResponse, ReadsTheSeedsExample)
{
    const QByteArray seed = R"({"depAcctStmtRec":{"depAcctId":{"refNumber":"1-203123456","acctId":"24567890123",
        "gmf":"OK","gmfAccountNumber":"Marcada en otra ent","gmfDesc":"000123456"},
        "bankInfoGmf":{"bankInfoGmf":{"name":"Banco de Bogota"}}},"pocketInfo":{"pocketType":"SI"}})";
    const auto response = CustomerCreateResponse::fromJson(QJsonDocument::fromJson(seed).object());
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->refNumber, QStringLiteral("1-203123456"));
    EXPECT_EQ(response->acctId, QStringLiteral("24567890123"));
    EXPECT_EQ(response->gmf, QStringLiteral("OK"));
    EXPECT_EQ(response->gmfBankName, QStringLiteral("Banco de Bogota"));
    EXPECT_EQ(response->pocketType, QStringLiteral("SI"));
    EXPECT_EQ(CustomerCreateResponse::fromJson(response->toJson()), response);
}

TEST(CustomerCreateResponse, WithoutAccountNumberIsNotASuccess)
{
    EXPECT_FALSE(CustomerCreateResponse::fromJson(QJsonObject{}).has_value());
    // Numbers sent as numbers are read as text.
    const auto numeric = CustomerCreateResponse::fromJson(
        QJsonDocument::fromJson(R"({"depAcctStmtRec":{"depAcctId":{"acctId":24567890123}}})").object());
    ASSERT_TRUE(numeric.has_value());
    EXPECT_EQ(numeric->acctId, QStringLiteral("24567890123"));
}

// ---------------------------------------------------------------- consent

TEST(SecureDataConsentRequest, EveryQuestionNeedsAnAnswer)
{
    SecureDataConsentRequest consent;
    consent.govIssueIdentType = QStringLiteral("CC");
    consent.identSerialNum = QStringLiteral("1034567890");
    consent.administrationOfficeBranchId = QStringLiteral("1102");
    consent.submitOfficeBranchId = QStringLiteral("112");
    consent.answers = {true, false, std::nullopt};
    const FieldIssues issues = consent.validate();
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().field, QStringLiteral("preguntaATDP003"));

    consent.answers[2] = true;
    EXPECT_TRUE(consent.validate().isEmpty());
    const QJsonObject body = consent.toJson();
    const QJsonArray compliance = body.value(QStringLiteral("compliance")).toArray();
    ASSERT_EQ(compliance.size(), 3);
    EXPECT_EQ(compliance.at(1).toObject().value(QStringLiteral("question")).toString(), QStringLiteral("preguntaATDP002"));
    EXPECT_EQ(compliance.at(1).toObject().value(QStringLiteral("answer")), QJsonValue(false));
    const auto back = SecureDataConsentRequest::fromJson(body);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->answers, consent.answers);
    EXPECT_EQ(back->identSerialNum, consent.identSerialNum);
}

} // namespace
