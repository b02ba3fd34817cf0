// "Get Customer Data Information" and "Remittances - Consult customer": the
// seed examples parse as printed, the quirks are absorbed, the documented
// codes get their meaning, and the tables show what the teller reads.
#include "ApiError.h"
#include "CustomerContactData.h"
#include "CustomerProfileSeedExamples.h"
#include "ProfileCodes.h"
#include "ProfileTableModels.h"
#include "RemittanceCustomer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {
QJsonObject parse(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}
} // namespace

TEST(CustomerContactData, SeedExampleParsesAsPrinted)
{
    const auto data = CustomerContactData::fromJson(parse(customerContactDataSeedExample));
    ASSERT_TRUE(data);
    EXPECT_EQ(data->responseType, QStringLiteral("OK"));
    EXPECT_EQ(data->residence.cityId, QStringLiteral("68307"));
    EXPECT_EQ(data->residence.neighborhood, QStringLiteral("CHAPINERO CENTRAL"));
    EXPECT_EQ(data->residence.addr1, QStringLiteral("CL 43 23 57"));
    EXPECT_EQ(data->residence.phone, QStringLiteral("2000002"));
    EXPECT_EQ(data->office.cityId, QStringLiteral("41551"));
    EXPECT_EQ(data->office.addr1, QStringLiteral("PITALITO OF"));
    EXPECT_EQ(data->office.phone, QStringLiteral("3000002"));
    EXPECT_EQ(data->office.phoneExt, QStringLiteral("123"));
    EXPECT_EQ(data->businessOccupationCode, QStringLiteral("04"));
    EXPECT_EQ(data->businessProfessionGeneralCode, QStringLiteral("010"));
    EXPECT_EQ(data->businessProfessionSpecificCode, QStringLiteral("6513"));
    EXPECT_EQ(data->incomeAmt, QStringLiteral("4510000.00"));
    EXPECT_EQ(CustomerContactData::amount(data->incomeAmt), 4510000.0);
    EXPECT_EQ(data->expensesAmt, QStringLiteral("651000.00"));
    EXPECT_EQ(data->assetsAmt, QStringLiteral("6100000.00"));
    EXPECT_EQ(data->liabilitiesAmt, QStringLiteral("6200000.00"));
    EXPECT_EQ(data->familyHeritageAmt, QStringLiteral("6300000.00"));
    EXPECT_EQ(data->birthDate(), QDate(1971, 11, 22));
    EXPECT_EQ(data->gender, QStringLiteral("M"));
    EXPECT_EQ(data->sarlaftOn(), QDate(2023, 5, 12));
    ASSERT_TRUE(data->bindable.has_value());
    EXPECT_FALSE(*data->bindable);
}

TEST(CustomerContactData, QuirksAreAbsorbed)
{
    // Numbers as numbers, the Sync Data spelling "finalcialAssets", the field
    // table's inverted flagNoBindable as text, capitalised keys, nulls.
    const QJsonObject json = parse(R"({"ResponseType":{"Value":"OK"},
        "PostAddr":{"cityId":11001,"addr1":null,"phoneNum":{"phone":6012345678}},
        "incomeInfo":{"incomeAmt":734683.16},"finalcialAssets":{"amt":"25000000"},
        "personInfo":{"flagNoBindable":"S","gender":null}})");
    const auto data = CustomerContactData::fromJson(json);
    ASSERT_TRUE(data);
    EXPECT_EQ(data->responseType, QStringLiteral("OK"));
    EXPECT_EQ(data->residence.cityId, QStringLiteral("11001"));
    EXPECT_EQ(data->residence.addr1, QString());
    EXPECT_EQ(data->residence.phone, QStringLiteral("6012345678"));
    EXPECT_EQ(data->incomeAmt, QStringLiteral("734683.16"));
    EXPECT_EQ(data->assetsAmt, QStringLiteral("25000000"));
    ASSERT_TRUE(data->bindable.has_value());
    EXPECT_FALSE(*data->bindable);
    EXPECT_EQ(data->gender, QString());
    EXPECT_FALSE(data->office.phoneExt.size());
}

TEST(CustomerContactData, RoundTripsThroughTheTrainingShape)
{
    const auto data = CustomerContactData::fromJson(parse(customerContactDataSeedExample));
    ASSERT_TRUE(data);
    const auto again = CustomerContactData::fromJson(data->toJson());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->toJson(), data->toJson());
    EXPECT_EQ(data->toJson(), parse(customerContactDataSeedExample));
}

TEST(CustomerContactData, ErrorEnvelopeIsNotData)
{
    EXPECT_FALSE(CustomerContactData::fromJson(parse(customerContactDataSeedError)));
    const auto error = ApiError::fromHttpReply(400, QByteArray(customerContactDataSeedError));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, ApiError::Kind::InvalidRequest); // what HTTP 400 alone says
    const ApiError explained = ProfileCodes::explain(*error, ProfileCodes::Read::ContactData);
    EXPECT_EQ(explained.kind, ApiError::Kind::NotFound);
    EXPECT_EQ(explained.code, QStringLiteral("51011"));
    EXPECT_EQ(explained.description, QStringLiteral("CLIENTE NO EXISTE BCSC"));
    EXPECT_FALSE(ProfileCodes::advice(*error, ProfileCodes::Read::ContactData).isEmpty());
}

TEST(ProfileCodes, DocumentedCodesGetTheirKind)
{
    const auto withCode = [](int status, const char *code) {
        const QByteArray body = QByteArrayLiteral(R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":")")
                                + code + QByteArrayLiteral(R"(","errorDesc":"X","errorType":"STA"}})");
        return ProfileCodes::explain(*ApiError::fromHttpReply(status, body), ProfileCodes::Read::ContactData);
    };
    EXPECT_EQ(withCode(400, "50001").kind, ApiError::Kind::NotFound);
    EXPECT_EQ(withCode(400, "50004").kind, ApiError::Kind::NotFound);
    EXPECT_EQ(withCode(400, "50002").kind, ApiError::Kind::Business);
    EXPECT_EQ(withCode(400, "50003").kind, ApiError::Kind::Business);
    EXPECT_EQ(withCode(400, "51041").kind, ApiError::Kind::Business);
    EXPECT_EQ(withCode(500, "50099").kind, ApiError::Kind::Server);
    EXPECT_EQ(withCode(404, "50555").kind, ApiError::Kind::InvalidRequest); // documented with HTTP 404
    EXPECT_EQ(withCode(400, "99999").kind, ApiError::Kind::InvalidRequest); // unknown: as the status says
}

TEST(RemittanceCustomer, SeedExampleParsesAsPrinted)
{
    const auto r = RemittanceCustomer::fromJson(parse(remittanceCustomerSeedExample));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->responseType, QStringLiteral("OK"));
    ASSERT_EQ(r->addresses.size(), 1);
    const RemittanceAddress &a = r->addresses.first();
    EXPECT_EQ(a.phone, QStringLiteral("3105556755"));
    EXPECT_EQ(a.cellPhone, QStringLiteral("3105556755"));
    EXPECT_EQ(a.idItem, QStringLiteral("2")); // a number in the example
    EXPECT_EQ(a.cspRefId, QStringLiteral("2"));
    EXPECT_EQ(a.addrType, QStringLiteral("RESI"));
    EXPECT_EQ(a.addr1, QStringLiteral("calle 30 #10-15"));
    EXPECT_EQ(a.city, QStringLiteral("Bogota"));
    EXPECT_EQ(a.country, QStringLiteral("Colombia"));
    EXPECT_EQ(a.postalCode, QStringLiteral("730001"));
    EXPECT_EQ(a.cityId, QStringLiteral("0112"));
    EXPECT_EQ(a.stateProv, QStringLiteral("calle 30 #10-15"));
    ASSERT_EQ(r->beneficiaries.size(), 1);
    const RemittanceBeneficiary &b = r->beneficiaries.first();
    EXPECT_EQ(b.identSerialNum, QStringLiteral("1234567890"));
    EXPECT_EQ(b.emailAddr, QStringLiteral("correo@gmail.com"));
    EXPECT_EQ(b.fullName(), QStringLiteral("CARLOS MARIO DE_FRANCISCO LOPEZ"));
    ASSERT_EQ(r->concepts.size(), 1);
    EXPECT_EQ(r->concepts.first().type, QStringLiteral("VLRING"));
    EXPECT_EQ(r->concepts.first().rank, QStringLiteral("VLRING"));
    EXPECT_EQ(r->concepts.first().cspRefId, QStringLiteral("2"));
    EXPECT_EQ(r->fullName(), QStringLiteral("DIEGO MARIO CAPERA PAZ"));
    EXPECT_EQ(r->upDt, QStringLiteral("2022-12-11"));
    EXPECT_EQ(r->clientTerminalSeqId, QStringLiteral("0"));
    EXPECT_EQ(r->birthDt, QStringLiteral("2022-12-11"));
    EXPECT_EQ(r->birthCountry, QStringLiteral("CO"));
    EXPECT_EQ(r->emailAddr, QStringLiteral("correo@gmail.com"));
    EXPECT_EQ(r->certCode, QStringLiteral("086712"));
    EXPECT_EQ(r->jobTitle, QStringLiteral("PARREG"));
    EXPECT_EQ(r->employmentRank, QStringLiteral("NIV1"));
    EXPECT_TRUE(r->publiclyExposed);
    EXPECT_EQ(r->companyName, QString());
    EXPECT_EQ(r->cspRefId, QStringLiteral("2"));
    EXPECT_EQ(r->gender, QStringLiteral("F"));
    EXPECT_EQ(r->status, QStringLiteral("Activo"));
    EXPECT_FALSE(r->isInactive());
    EXPECT_EQ(r->govIssueIdentType, QStringLiteral("CC"));
    EXPECT_EQ(r->identSerialNum, QStringLiteral("1234567890"));
    EXPECT_EQ(r->expCityId, QStringLiteral("05001"));
    EXPECT_EQ(r->issDt, QStringLiteral("2022-12-11"));
    EXPECT_EQ(r->expDt, QString()); // absent: a CC does not expire
    EXPECT_EQ(r->expCity, QStringLiteral("Bogota D.C"));
    EXPECT_EQ(r->nationality, QStringLiteral("CO"));
    EXPECT_EQ(r->updateRefId, QStringLiteral("SUPGIR"));
    EXPECT_EQ(r->updateBranchId, QStringLiteral("SUPGIR_01"));
    EXPECT_EQ(r->termsConditions, std::optional<bool>(true));
    EXPECT_EQ(r->personDataProcessing, std::optional<bool>(true));
}

TEST(RemittanceCustomer, RoundTripsAndReadsTheTableShapes)
{
    const auto r = RemittanceCustomer::fromJson(parse(remittanceCustomerSeedExample));
    ASSERT_TRUE(r);
    const auto again = RemittanceCustomer::fromJson(r->toJson());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->toJson(), r->toJson());

    // The field table: PEP as 1/0, status as a letter, ids as text, one
    // object where a list is documented.
    const auto table = RemittanceCustomer::fromJson(parse(R"({"personInfo":{"status":"I",
        "businessActivity":{"flagPubExpPerson":"0"},"govIssueIdent":{"identSerialNum":"52123456"}},
        "beneficiary":{"personInfo":{"idItem":"7","firstName":"ANA"}},
        "compliance":{"termsConditions":"false"}})"));
    ASSERT_TRUE(table);
    EXPECT_TRUE(table->isInactive());
    EXPECT_FALSE(table->publiclyExposed);
    ASSERT_EQ(table->beneficiaries.size(), 1);
    EXPECT_EQ(table->beneficiaries.first().idItem, QStringLiteral("7"));
    EXPECT_EQ(table->termsConditions, std::optional<bool>(false));
    EXPECT_FALSE(table->personDataProcessing.has_value());
}

TEST(RemittanceCustomer, ErrorExampleIsNotAProfile)
{
    EXPECT_FALSE(RemittanceCustomer::fromJson(parse(remittanceCustomerSeedError)));
    const auto error = ApiError::fromHttpReply(400, QByteArray(remittanceCustomerSeedError));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->responseType, QStringLiteral("ER400"));
    EXPECT_EQ(error->code, QString());
    EXPECT_EQ(ProfileCodes::explain(*error, ProfileCodes::Read::Remittance).kind, ApiError::Kind::InvalidRequest);
}

TEST(ProfileCodes, MeaningsOfTheRemittanceCodes)
{
    EXPECT_EQ(ProfileCodes::conceptDescription(QStringLiteral("VLRING")), QStringLiteral("Income"));
    EXPECT_EQ(ProfileCodes::conceptDescription(QStringLiteral("VLRPAS")), QStringLiteral("Liabilities"));
    EXPECT_EQ(ProfileCodes::conceptDescription(QStringLiteral("VLREGR")), QStringLiteral("Expenses"));
    EXPECT_EQ(ProfileCodes::conceptDescription(QStringLiteral("VLRACT")), QStringLiteral("Assets"));
    EXPECT_EQ(ProfileCodes::conceptDescription(QStringLiteral("OTHER")), QStringLiteral("OTHER"));
    EXPECT_EQ(ProfileCodes::remittanceStatus(QStringLiteral("A")), ProfileCodes::Status::Active);
    EXPECT_EQ(ProfileCodes::remittanceStatus(QStringLiteral("Activo")), ProfileCodes::Status::Active);
    EXPECT_EQ(ProfileCodes::remittanceStatus(QStringLiteral("Inactivo")), ProfileCodes::Status::Inactive);
    EXPECT_EQ(ProfileCodes::remittanceStatus(QStringLiteral("X")), ProfileCodes::Status::Unknown);
    EXPECT_EQ(ProfileCodes::remittanceAddressType(QStringLiteral("EMPR")), QStringLiteral("Company"));
}

TEST(ProfileTables, RemittanceTablesShowCodesWithMeanings)
{
    const auto r = RemittanceCustomer::fromJson(parse(remittanceCustomerSeedExample));
    ASSERT_TRUE(r);
    RemittanceAddressTableModel addresses;
    addresses.setAddresses(r->addresses);
    ASSERT_EQ(addresses.rowCount(), 1);
    EXPECT_EQ(addresses.data(addresses.index(0, RemittanceAddressTableModel::Type)).toString(),
              QStringLiteral("RESI Residence"));
    EXPECT_EQ(addresses.data(addresses.index(0, RemittanceAddressTableModel::City)).toString(),
              QStringLiteral("Bogota (0112)"));
    RemittanceBeneficiaryTableModel beneficiaries;
    beneficiaries.setBeneficiaries(r->beneficiaries);
    ASSERT_EQ(beneficiaries.rowCount(), 1);
    EXPECT_EQ(beneficiaries.data(beneficiaries.index(0, RemittanceBeneficiaryTableModel::Name)).toString(),
              QStringLiteral("CARLOS MARIO DE_FRANCISCO LOPEZ"));
}

TEST(ProfileTables, LocationDatesShowColombianAndSortByDate)
{
    CustomerLocation newer;
    newer.addr1 = QStringLiteral("CL 1");
    newer.createdDt = QStringLiteral("20230102");
    newer.user = QStringLiteral("JPEREZ");
    newer.submitOfficeBranchId = QStringLiteral("320020");
    newer.conditionCode = QStringLiteral("V");
    CustomerLocation older;
    older.createdDt = QStringLiteral("2022-12-31");
    CustomerLocationTableModel model;
    model.setLocations({newer, older});
    EXPECT_EQ(model.data(model.index(0, CustomerLocationTableModel::Created)).toString(),
              QStringLiteral("02/01/2023 by JPEREZ, office 320020"));
    EXPECT_EQ(model.data(model.index(0, CustomerLocationTableModel::Status)).toString(), QStringLiteral("Current"));
    EXPECT_LT(model.data(model.index(1, CustomerLocationTableModel::Created), ProfileTables::sortRole).toString(),
              model.data(model.index(0, CustomerLocationTableModel::Created), ProfileTables::sortRole).toString());
}
