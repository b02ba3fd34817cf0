// Models of the account reads (name by account, Consult Owner, Consult PILA)
// and of the digital-bank intake (Sync Data, Sync Data From File): the seed's
// examples parse as printed and the requests are written as printed.
#include "AccountSeedExamples.h"

#include "ApiError.h"
#include "ConsultOwner.h"
#include "ConsultPila.h"
#include "IntakeFileCheck.h"
#include "NameByAccount.h"
#include "SyncDataReply.h"
#include "SyncDataRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {
QJsonObject parse(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

// Numbers compared as JSON text writes them (1 and 1.0 are the same member).
std::string canonical(const QJsonObject &json)
{
    return QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact))
        .toJson(QJsonDocument::Indented)
        .toStdString();
}

QByteArray seedFile()
{
    return QByteArray::fromBase64(QByteArray(AccountSeedExamples::syncDataFileBinData));
}
} // namespace

TEST(NameByAccountModelTest, SeedResponseParses)
{
    const auto reply = NameByAccountReply::fromJson(parse(AccountSeedExamples::nameByAccountResponse));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->fullName, QStringLiteral("SOLANGEL BALBINA VIANCHA VIANCHA"));
    EXPECT_FALSE(NameByAccountReply::fromJson(parse(R"({"custInfo":{}})")));
}

TEST(NameByAccountModelTest, SeedErrorStructureBecomesApiError)
{
    const auto error = ApiError::fromHttpReply(404, QByteArray(AccountSeedExamples::nameByAccountError));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, QStringLiteral("00001"));
    EXPECT_EQ(nameByAccountProblem(404, error->code), NameByAccountProblem::NoCustomer);
}

TEST(NameByAccountModelTest, EachDocumentedCodeHasItsMeaning)
{
    EXPECT_EQ(nameByAccountProblem(400, QStringLiteral("05622")), NameByAccountProblem::NotHolder);
    EXPECT_EQ(nameByAccountProblem(404, QStringLiteral("05620")), NameByAccountProblem::NoAccount);
    EXPECT_EQ(nameByAccountProblem(404, QStringLiteral("05621")), NameByAccountProblem::NoHolder);
    EXPECT_EQ(nameByAccountProblem(404, QStringLiteral("SQLCODE")), NameByAccountProblem::NoCustomer);
    EXPECT_EQ(nameByAccountProblem(500, QStringLiteral("14257")), NameByAccountProblem::BankFailure);
    EXPECT_EQ(nameByAccountProblem(500, QStringLiteral("500")), NameByAccountProblem::BankFailure);
}

TEST(NameByAccountModelTest, QueryRulesAndPath)
{
    NameByAccountQuery query{QStringLiteral("CC"), QStringLiteral("23912345"), QStringLiteral("24500112233")};
    EXPECT_TRUE(query.validate().isEmpty());
    EXPECT_EQ(query.path(), QStringLiteral("/customer-management/customer/identserialnum/23912345/acctid/24500112233"));
    EXPECT_EQ(query.queryItems().first().second, QStringLiteral("CC"));

    const NameByAccountQuery bad{QStringLiteral("XX"), QStringLiteral("12A"), QStringLiteral("24-5")};
    const FieldIssues issues = bad.validate();
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("govIssueIdentType")));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("acctId")));
    const NameByAccountQuery letters{QStringLiteral("CC"), QStringLiteral("12A"), QStringLiteral("1")};
    EXPECT_TRUE(hasIssueFor(letters.validate(), QStringLiteral("identSerialNum")));
    // A passport number may have letters.
    const NameByAccountQuery passport{QStringLiteral("PA"), QStringLiteral("AS987654"), QStringLiteral("1")};
    EXPECT_TRUE(passport.validate().isEmpty());
}

namespace {
CorrespondentPoint seedPoint()
{
    CorrespondentPoint point;
    point.transactionHour = QStringLiteral("15:37:59");
    point.trnRqUID = QStringLiteral("123456");
    point.code = QStringLiteral("123456789123456");
    point.branchName = QStringLiteral("MI OFICINA BETTY");
    point.cityId = QStringLiteral("25386");
    point.city = QStringLiteral("LA MESA");
    point.stateProv = QStringLiteral("25");
    point.acctId = QStringLiteral("12321414");
    return point;
}
} // namespace

TEST(ConsultOwnerModelTest, RequestIsTheSeedExample)
{
    ConsultOwnerRequest request;
    request.point = seedPoint();
    request.acctId = QStringLiteral("12321414");
    EXPECT_TRUE(request.validate().isEmpty());
    EXPECT_EQ(canonical(request.toJson()), canonical(parse(AccountSeedExamples::ownerRequest)));
}

TEST(ConsultOwnerModelTest, SeedResponseParses)
{
    const auto reply = ConsultOwnerReply::fromJson(parse(AccountSeedExamples::ownerResponse));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->responseType, QStringLiteral("OK"));
    EXPECT_EQ(reply->fullName, QStringLiteral("full name"));
    EXPECT_EQ(reply->acctId, QStringLiteral("12321414"));
}

TEST(ConsultOwnerModelTest, PointRulesNameTheirWirePaths)
{
    ConsultOwnerRequest request;
    request.point = seedPoint();
    request.point.stateProv = QStringLiteral("CUNDINAMARCA");
    request.point.transactionHour = QStringLiteral("25:00:00");
    const FieldIssues issues = request.validate();
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("trn.stateProv")));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("trn.transactionHour")));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("trn.depAcctIdTo.acctId")));
    CorrespondentPoint stamped = seedPoint();
    stamped.stamp(QTime(9, 5, 7));
    EXPECT_EQ(stamped.transactionHour, QStringLiteral("09:05:07"));
    EXPECT_EQ(stamped.trnRqUID.size(), 6);
}

TEST(ConsultPilaModelTest, RequestIsTheSeedExample)
{
    PilaQuery query;
    query.point = seedPoint();
    query.creditAcctId = QStringLiteral("12321414");
    query.invoiceNum = QStringLiteral("12321414");
    query.identSerialNum = QStringLiteral("12321414");
    EXPECT_TRUE(query.validate().isEmpty());
    EXPECT_EQ(canonical(query.toJson()), canonical(parse(AccountSeedExamples::pilaRequest)));
}

TEST(ConsultPilaModelTest, SeedResponseParsesAsPrinted)
{
    const auto form = PilaForm::fromJson(parse(AccountSeedExamples::pilaResponse));
    ASSERT_TRUE(form);
    EXPECT_EQ(form->approvalId, QString());
    EXPECT_EQ(form->identSerialNum, QStringLiteral("12321414"));
    EXPECT_EQ(form->validityPeriod, QStringLiteral("12321414"));
    EXPECT_EQ(form->periodForDisplay(), QStringLiteral("12321414")); // not a period: shown as sent
    EXPECT_TRUE(form->dueDtText.isEmpty());
    EXPECT_FALSE(form->dueDt.isValid());
    ASSERT_TRUE(form->amount);
    EXPECT_DOUBLE_EQ(*form->amount, 24);
}

TEST(ConsultPilaModelTest, AmountAsTextAndPeriods)
{
    const auto form = PilaForm::fromJson(parse(
        R"({"trn":{"validityPeriodInfo":{"validityPeriod":"202405"},"dueDt":"2024-06-14","curAmt":{"amt":"1250300"}}})"));
    ASSERT_TRUE(form);
    EXPECT_DOUBLE_EQ(form->amount.value_or(0), 1250300);
    EXPECT_EQ(form->periodForDisplay(), QStringLiteral("05/2024"));
    EXPECT_EQ(form->dueDt, QDate(2024, 6, 14));
    PilaForm dashed;
    dashed.validityPeriod = QStringLiteral("2024-05");
    EXPECT_EQ(dashed.periodForDisplay(), QStringLiteral("05/2024"));
}

TEST(SyncDataModelTest, SeedRequestRoundTripsFieldForField)
{
    const QJsonObject example = parse(AccountSeedExamples::syncDataRequest);
    const auto request = SyncDataRequest::fromJson(example);
    ASSERT_TRUE(request);
    EXPECT_EQ(request->mnemonic(), QStringLiteral("CC123456789"));
    EXPECT_EQ(request->fullName, QStringLiteral("Sara Jones"));
    ASSERT_EQ(request->listAccounts.size(), 1);
    EXPECT_EQ(request->listAccounts.first().acctType, QStringLiteral("CIA"));
    EXPECT_DOUBLE_EQ(request->listAccounts.first().limit, 734683.16);
    EXPECT_TRUE(request->listAccounts.first().immediateXfer);
    EXPECT_TRUE(request->validate().isEmpty());
    EXPECT_EQ(canonical(request->toJson()), canonical(example));
}

TEST(SyncDataModelTest, BuiltFieldByFieldGivesTheSeedExample)
{
    SyncDataRequest r;
    r.firstName = QStringLiteral("SARA");
    r.identSerialNum = QStringLiteral("123456789");
    r.fullName = QStringLiteral("Sara Jones");
    r.titlePrefix = QStringLiteral("Miss");
    r.gender = QStringLiteral("F");
    r.birthDt = QStringLiteral("2022-12-11");
    r.emailAddr = QStringLiteral("sara@email.com");
    r.phoneNumber = QStringLiteral("3105556755");
    r.postAddress = {IntakeAddress{QStringLiteral("XXXXXXXXXXXX"), QStringLiteral("Cundinamarca")}};
    r.additionalEmails = {QStringLiteral("sara33@email.com")};
    r.additionalPhones = {QStringLiteral("3105556755")};
    IntakeProduct p;
    p.acctType = QStringLiteral("CIA");
    p.externalId = QStringLiteral("21002776223-DDA-CTA");
    p.acctId = QStringLiteral("21002776223");
    p.nickname = p.name = QStringLiteral("Cuenta Corriente");
    p.productType = QStringLiteral("21-02-00");
    p.bankId = QStringLiteral("111000025");
    p.externalXferRec = p.immediateXfer = p.flagDebit = p.flagCredit = true;
    p.balance = p.limit = p.otherIncome = 734683.16;
    p.curRate = QStringLiteral("1");
    p.termUnits = QStringLiteral("Monthly");
    p.minPmtAmt = 1;
    p.minPmtDueDt = QStringLiteral("2022-10-14");
    r.listAccounts = {p};
    EXPECT_EQ(canonical(r.toJson()), canonical(parse(AccountSeedExamples::syncDataRequest)));
}

TEST(SyncDataModelTest, AccountTypesAreTheDocumentsSixteen)
{
    QStringList codes;
    for (const IntakeAccountType &type : IntakeAccountTypes::all())
        codes << type.code;
    EXPECT_EQ(codes.join(QLatin1Char(' ')),
              QStringLiteral("CCA CDA CLA DDA EQU ILA LOC LOP SDA SPA RLA CPA DBC LIA CIA OFA"));
    EXPECT_EQ(IntakeAccountTypes::description(QStringLiteral("SDA")), QStringLiteral("Cuenta de ahorros"));
    EXPECT_FALSE(IntakeAccountTypes::isKnown(QStringLiteral("XYZ")));
}

TEST(SyncDataModelTest, RepliesOfBothOperationsParse)
{
    const auto transaction = SyncDataReply::fromJson(parse(AccountSeedExamples::syncDataResponse));
    ASSERT_TRUE(transaction);
    EXPECT_EQ(transaction->message, QStringLiteral("added successfully"));
    EXPECT_EQ(transaction->responseType, QStringLiteral("OK"));
    const auto file = SyncDataReply::fromJson(parse(AccountSeedExamples::syncDataFileResponse));
    ASSERT_TRUE(file);
    EXPECT_EQ(file->message, QStringLiteral("added successfully"));
    EXPECT_FALSE(SyncDataReply::fromJson(parse(R"({"responseType":{"value":"OK"}})")));

    const auto error = ApiError::fromHttpReply(500, QByteArray(AccountSeedExamples::syncDataErrorResponse));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, QStringLiteral("common.api.shoesize"));
    EXPECT_EQ(error->responseType, QStringLiteral("ER500"));
}

TEST(SyncDataFileModelTest, SeedFileRequestIsTheBase64OfTheFile)
{
    const QByteArray file = seedFile();
    ASSERT_TRUE(file.startsWith("{\r\n"));
    const QJsonObject body = SyncDataFileRequest{file}.toJson();
    EXPECT_EQ(body.value(QStringLiteral("file")).toObject().value(QStringLiteral("binData")).toString(),
              QString::fromLatin1(AccountSeedExamples::syncDataFileBinData));
    const auto decoded = SyncDataFileRequest::fromJson(body);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->content, file);
    EXPECT_FALSE(SyncDataFileRequest::fromJson(parse(R"({"file":{"binData":"not base64!"}})")));
}

TEST(IntakeFileCheckTest, SeedFileIsValidWithItsQuirks)
{
    // "mnemonic" in lower case, masked card numbers, empty dates, nl-NL.
    const IntakeFileReport report = IntakeFileCheck::checkFile(seedFile());
    for (const IntakeFileIssue &issue : report.issues)
        ADD_FAILURE() << issue.place().toStdString() << ": " << issue.message.toStdString();
    EXPECT_EQ(report.products, 4);
    EXPECT_EQ(report.mnemonic, QStringLiteral("CC8783172"));
    const auto request = SyncDataRequest::fromJson(QJsonDocument::fromJson(seedFile()).object());
    ASSERT_TRUE(request);
    EXPECT_EQ(request->identSerialNum, QStringLiteral("8783172"));
    EXPECT_EQ(request->listAccounts.at(1).cardLastDigits, QStringLiteral("9850"));
}

TEST(IntakeFileCheckTest, SyntaxErrorHasLineAndColumn)
{
    const QByteArray broken = "{\n  \"personName\": {\n    \"firstName\": \"ANA\",\n  }\n  \"x\": 1\n}";
    const IntakeFileReport report = IntakeFileCheck::checkFile(broken);
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_TRUE(report.issues.first().path.isEmpty());
    EXPECT_EQ(report.issues.first().line, 4);
    EXPECT_GT(report.issues.first().column, 0);
    EXPECT_TRUE(report.issues.first().place().startsWith(QStringLiteral("line 4")));
}

TEST(IntakeFileCheckTest, EachProblemHasItsJsonPath)
{
    QJsonObject json = parse(AccountSeedExamples::syncDataRequest);
    QJsonArray products = json.value(QStringLiteral("listAccounts")).toArray();
    QJsonObject second = products.first().toObject();
    second.insert(QStringLiteral("acctType"), QStringLiteral("XYZ"));
    second.insert(QStringLiteral("xferRec"), QJsonObject{{QStringLiteral("flagDebit"), QStringLiteral("yes")}});
    second.insert(QStringLiteral("acctBal"), QJsonObject{{QStringLiteral("amt"), QStringLiteral("a lot")}});
    products.append(second);
    json.insert(QStringLiteral("listAccounts"), products);
    QJsonArray custInfo = json.value(QStringLiteral("custInfo")).toArray();
    QJsonObject person = custInfo.first().toObject();
    person.insert(QStringLiteral("contactInfo"), QJsonObject{{QStringLiteral("emailAddr"), QStringLiteral("sara-at-email")}});
    custInfo.replace(0, person);
    json.insert(QStringLiteral("custInfo"), custInfo);
    json.insert(QStringLiteral("govIssueIdent"), QJsonObject{{QStringLiteral("mNemonic"), QStringLiteral("XX1")}});

    const IntakeFileReport report = IntakeFileCheck::checkFile(QJsonDocument(json).toJson());
    QStringList places;
    for (const IntakeFileIssue &issue : report.issues)
        places << issue.place();
    EXPECT_EQ(places, (QStringList{QStringLiteral("govIssueIdent.mNemonic"),
                                   QStringLiteral("custInfo[0].contactInfo.emailAddr"),
                                   QStringLiteral("listAccounts[1].acctType"),
                                   QStringLiteral("listAccounts[1].xferRec.flagDebit"),
                                   QStringLiteral("listAccounts[1].acctBal.amt")}));
}

TEST(IntakeFileCheckTest, NotAnObjectEmptyOrTooLarge)
{
    EXPECT_FALSE(IntakeFileCheck::checkFile("[1,2]").ok());
    EXPECT_FALSE(IntakeFileCheck::checkFile("  ").ok());
    EXPECT_FALSE(IntakeFileCheck::checkFile(QByteArray(IntakeFileCheck::maxFileBytes + 1, ' ')).ok());
    const IntakeFileReport missing = IntakeFileCheck::checkFile("{}");
    QStringList places;
    for (const IntakeFileIssue &issue : missing.issues)
        places << issue.place();
    EXPECT_TRUE(places.contains(QStringLiteral("custInfo")));
    EXPECT_TRUE(places.contains(QStringLiteral("listAccounts")));
    EXPECT_TRUE(places.contains(QStringLiteral("govIssueIdent")));
}
