// Models of "Check Basic Customer Information" v1/v2 and "Get Customer
// Locations" (seed 000_d8e553a5968b7b38.txt). Locations is read from the
// document's example as printed; v1 and v2 have no example in the document,
// so their bodies here follow its field lists.
#include "CustomerBasicInfo.h"
#include "CustomerLocations.h"
#include "CustomerLocationsSeedExample.h"

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
} // namespace

TEST(CustomerLocationsTest, ReadsTheSeedExampleAsPrinted)
{
    const auto locations = CustomerLocations::fromJson(parse(customerLocationsSeedExample));
    ASSERT_TRUE(locations.has_value());
    EXPECT_EQ(locations->responseType, QStringLiteral("OK"));
    EXPECT_EQ(locations->fullName, QStringLiteral("JOAQUIN MARIO DUARTE IREGUI"));
    EXPECT_EQ(locations->personType, QStringLiteral("N"));
    ASSERT_EQ(locations->postAddr.size(), 2);

    const CustomerLocation &first = locations->postAddr.at(0);
    EXPECT_EQ(first.addrTypeCode, QStringLiteral("01"));
    EXPECT_EQ(first.neighborhood, QStringLiteral("SANTA BARBARA ORIENT"));
    EXPECT_EQ(first.addr1, QStringLiteral("CL 126 7 C 23"));
    EXPECT_EQ(first.cityCode, QStringLiteral("11001"));
    EXPECT_EQ(first.stateProvCode, QStringLiteral("11000"));
    EXPECT_EQ(first.processId, QStringLiteral("AAAMEuAAMAABJXdAAn"));
    EXPECT_TRUE(first.isCurrent());
    EXPECT_EQ(first.idItem, QStringLiteral("69808125"));
    ASSERT_EQ(first.phoneNum.size(), 2);
    EXPECT_EQ(first.phoneNum.at(0).cellPhone, QStringLiteral("4309903"));
    EXPECT_EQ(first.phoneNum.at(1).processId, QStringLiteral("AAALWvAAMAABKSsAAI"));
    EXPECT_EQ(first.createdDt, QStringLiteral("20170323"));
    EXPECT_EQ(first.upDt, QStringLiteral("20230302"));
    EXPECT_EQ(first.user, QStringLiteral("L4R7F6O5"));
    EXPECT_EQ(first.modifierUser, QStringLiteral("BGRQA084"));
    EXPECT_EQ(first.submitOfficeBranchId, QStringLiteral("320020"));
    EXPECT_EQ(first.administrationOfficeBranchId, QStringLiteral("320166"));

    const CustomerLocation &office = locations->postAddr.at(1);
    EXPECT_EQ(office.addrTypeCode, QStringLiteral("04"));
    EXPECT_EQ(office.neighborhood, QStringLiteral("LA PEPITA"));
    EXPECT_EQ(office.addr1, QStringLiteral("KR 22 06 32"));
    // The example's second phone is all empty strings: kept, not dropped.
    ASSERT_EQ(office.phoneNum.size(), 2);
    EXPECT_TRUE(office.phoneNum.at(1).cellPhone.isEmpty());

    ASSERT_EQ(locations->emails.size(), 2);
    EXPECT_EQ(locations->emails.at(0).emailAddr, QStringLiteral("j7l8a5o1@bancocajasocial.com"));
    EXPECT_EQ(locations->emails.at(0).condition, QStringLiteral("V"));
    ASSERT_EQ(locations->phoneNum.size(), 2);
    EXPECT_EQ(locations->phoneNum.at(0).typeCode, QStringLiteral("ADI"));
    EXPECT_EQ(locations->phoneNum.at(1).typeCode, QStringLiteral("CEL"));
    EXPECT_EQ(locations->phoneNum.at(1).cellPhone, QStringLiteral("3124567891"));
    EXPECT_EQ(locations->phoneNum.at(1).idItem, QStringLiteral("69539616"));
    EXPECT_EQ(locations->phoneNum.at(1).conditionCode, QStringLiteral("V"));
}

TEST(CustomerLocationsTest, WritesTheShapeItReads)
{
    const QJsonObject seed = parse(customerLocationsSeedExample);
    const auto locations = CustomerLocations::fromJson(seed);
    ASSERT_TRUE(locations.has_value());
    // Every member of the example survives a round trip.
    EXPECT_EQ(locations->toJson(), seed);
}

TEST(CustomerLocationsTest, RefusesABodyWithoutGovIssueIdent)
{
    EXPECT_FALSE(CustomerLocations::fromJson(parse(R"({"responseType":{"value":"OK"}})")).has_value());
}

TEST(CustomerBasicInfoTest, V1ReadsTheNestedFieldsLeniently)
{
    // Numbers where text is expected, key casing of the document ("OrgId").
    const auto v1 = CustomerBasicDataV1::fromJson(parse(R"({
        "responseType": {"value": "OK"},
        "personName": {"fullName": "JEIMY VANESSA INTENCIPA BONILLA", "firstName": "JEIMY", "lastName": "INTENCIPA"},
        "personInfo": {"birthDt": "1967-08-27"},
        "OrgId": {"orgIdType": "", "orgIdNum": ""},
        "postAddr": {"addr1": "CL 9 A SUR 1 74 ESTE", "city": 63401, "stateProv": "63000", "country": "CO"},
        "govIssueIdent": {"govIssueIdentType": "CC", "identSerialNum": 1234567890},
        "contactInfo": {"emailAddr": "prueba11@fs.net", "cellPhone": "1234567890"}
    })"));
    ASSERT_TRUE(v1.has_value());
    EXPECT_EQ(v1->identSerialNum, QStringLiteral("1234567890"));
    EXPECT_EQ(v1->fullName, QStringLiteral("JEIMY VANESSA INTENCIPA BONILLA"));
    EXPECT_EQ(v1->birthDt, QStringLiteral("1967-08-27"));
    ASSERT_EQ(v1->postAddr.size(), 1);
    EXPECT_EQ(v1->postAddr.first().city, QStringLiteral("63401"));
    EXPECT_EQ(v1->emailAddr, QStringLiteral("prueba11@fs.net"));
    const auto again = CustomerBasicDataV1::fromJson(v1->toJson());
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->toJson(), v1->toJson());
    EXPECT_FALSE(CustomerBasicDataV1::fromJson(parse(R"({"responseType":{"value":"OK"}})")).has_value());
}

TEST(CustomerBasicInfoTest, V2ReadsTheFlatFields)
{
    const auto v2 = CustomerBasicDataV2::fromJson(parse(R"({
        "responseType": {"value": "OK"}, "fullName": "JEIMY VANESSA INTENCIPA BONILLA",
        "firstName": "JEIMY VANESSA", "lastName": "INTENCIPA BONILLA", "birthDt": "1967-08-27",
        "addr1": "CL 9 A SUR 1 74 ESTE", "city": "63401", "stateProv": "63000", "country": "CO",
        "govIssueIdentType": "CC", "identSerialNum": "1234567890", "emailAddr": "prueba11@fs.net",
        "phone": "", "cellPhone": "1234567890"
    })"));
    ASSERT_TRUE(v2.has_value());
    EXPECT_EQ(v2->lastName, QStringLiteral("INTENCIPA BONILLA"));
    EXPECT_EQ(v2->addr1, QStringLiteral("CL 9 A SUR 1 74 ESTE"));
    EXPECT_EQ(v2->cellPhone, QStringLiteral("1234567890"));
    const auto again = CustomerBasicDataV2::fromJson(v2->toJson());
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->toJson(), v2->toJson());
    // The document's error envelope is not a v2 body.
    EXPECT_FALSE(CustomerBasicDataV2::fromJson(parse(R"({"responseType":{"value":"ER"},
        "responseDetail":{"errorCode":"00001","errorDesc":"NO ENCONTRO NINGUN REGISTRO","errorType":"DAT"}})"))
                     .has_value());
}
