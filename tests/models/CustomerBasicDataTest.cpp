#include "CustomerBasicData.h"
#include "SeedExamples.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

const char *const seedExample = SeedExamples::basicDataV4Response;

QJsonObject parse(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

} // namespace

TEST(CustomerBasicData, ReadsEveryFieldOfTheSeedExample)
{
    const auto data = CustomerBasicData::fromJson(parse(seedExample));
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->responseType, QStringLiteral("OK"));
    EXPECT_EQ(data->govIssueIdentType, QStringLiteral("CC"));
    EXPECT_EQ(data->identSerialNum, QStringLiteral("1234567890"));
    EXPECT_EQ(data->fullName, QStringLiteral("JEIMY VANESSA INTENCIPA BONILLA"));
    EXPECT_EQ(data->firstName, QStringLiteral("JEIMY"));
    EXPECT_EQ(data->secondLastName, QStringLiteral("BONILLA"));
    EXPECT_EQ(data->birthDate(), QDate(1967, 8, 27));
    EXPECT_EQ(data->createdOn(), QDate(2003, 2, 22));
    EXPECT_EQ(data->updatedOn(), QDate(2010, 9, 26));
    EXPECT_EQ(data->sarlaftDate(), QDate(2010, 2, 10));
    EXPECT_FALSE(data->deceasedOn().isValid());
    EXPECT_EQ(data->emailAddr, QStringLiteral("prueba11@fs.net"));
    EXPECT_EQ(data->contactCellPhone, QStringLiteral("3200000002"));
    EXPECT_EQ(data->flagExist, QStringLiteral("s/"));
    ASSERT_EQ(data->postAddr.size(), 1);
    EXPECT_EQ(data->postAddr.first().addr1, QStringLiteral("CL 9 A SUR 1 74 ESTE"));
    EXPECT_EQ(data->postAddr.first().cityId, QStringLiteral("63401"));
}

TEST(CustomerBasicData, RoundTripReproducesTheSeedExample)
{
    const QJsonObject original = parse(seedExample);
    const auto data = CustomerBasicData::fromJson(original);
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->toJson(), original);
}

TEST(CustomerBasicData, AcceptsNumbersAndNullsWhereTextIsDocumented)
{
    const auto data = CustomerBasicData::fromJson(parse(R"({"personInfo": {
        "govIssueIdent": {"govIssueIdentType": "CC", "identSerialNum": 1234567890},
        "fullName": null, "personName": {"firstName": "ANA", "lastName": "RUIZ"},
        "postAddr": {"addr1": "KR 7 12 34", "cityId": 11001}}})"));
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->identSerialNum, QStringLiteral("1234567890"));
    EXPECT_EQ(data->fullName, QString());
    EXPECT_EQ(data->displayName(), QStringLiteral("ANA RUIZ"));
    ASSERT_EQ(data->postAddr.size(), 1);
    EXPECT_EQ(data->postAddr.first().cityId, QStringLiteral("11001"));
}

TEST(CustomerBasicData, RejectsABodyWithoutPersonInfo)
{
    EXPECT_FALSE(CustomerBasicData::fromJson(parse(R"({"responseType": {"value": "OK"}})")).has_value());
    EXPECT_FALSE(CustomerBasicData::fromJson(parse(R"({"personInfo": "JEIMY"})")).has_value());
}
