#include "BankJson.h"

#include <QJsonObject>

#include <gtest/gtest.h>

TEST(BankJson, NumbersBecomeTextWithoutExponentOrTrailingZeros)
{
    EXPECT_EQ(BankJson::text(QJsonValue(25000000.0)), QStringLiteral("25000000"));
    EXPECT_EQ(BankJson::text(QJsonValue(734683.16)), QStringLiteral("734683.16"));
    EXPECT_EQ(BankJson::text(QJsonValue(400)), QStringLiteral("400"));
    EXPECT_EQ(BankJson::text(QJsonValue(0.0)), QStringLiteral("0"));
    EXPECT_EQ(BankJson::text(QJsonValue(QStringLiteral("00001"))), QStringLiteral("00001"));
    EXPECT_EQ(BankJson::text(QJsonValue(QJsonValue::Null)), QString());
    EXPECT_EQ(BankJson::text(QJsonValue(true)), QStringLiteral("true"));
}

TEST(BankJson, MemberFallsBackToCaseInsensitiveName)
{
    const QJsonObject o{{QStringLiteral("ResponseType"), QJsonObject{{QStringLiteral("Value"), QStringLiteral("ER")}}}};
    EXPECT_EQ(BankJson::text(BankJson::object(o, QStringLiteral("responseType")), QStringLiteral("value")),
              QStringLiteral("ER"));
    EXPECT_TRUE(BankJson::member(o, QStringLiteral("missing")).isUndefined());
}

TEST(BankJson, NumberFromStringOrNumber)
{
    EXPECT_EQ(BankJson::number(QJsonValue(QStringLiteral("2"))), 2.0);
    EXPECT_EQ(BankJson::number(QJsonValue(4)), 4.0);
    EXPECT_FALSE(BankJson::number(QJsonValue(QStringLiteral("n/a"))).has_value());
    EXPECT_FALSE(BankJson::number(QJsonValue(QJsonValue::Null)).has_value());
}

TEST(BankJson, DatesInEveryDocumentedShape)
{
    const QDate expected(2023, 9, 18);
    EXPECT_EQ(BankJson::date(QStringLiteral("2023-09-18")), expected);
    EXPECT_EQ(BankJson::date(QStringLiteral("18-09-2023")), expected);
    EXPECT_EQ(BankJson::date(QStringLiteral("20230918")), expected);
    EXPECT_EQ(BankJson::date(QStringLiteral("2023-09-18 10.15.30 AM")), expected);
    EXPECT_EQ(BankJson::date(QStringLiteral("2023-09-18T23:08:00Z")), expected);
    EXPECT_EQ(BankJson::date(QStringLiteral("2023-09-18T23:08:00-05:00")), expected);
    EXPECT_FALSE(BankJson::date(QString()).isValid());
    EXPECT_FALSE(BankJson::date(QStringLiteral("s/")).isValid());
    EXPECT_FALSE(BankJson::date(QStringLiteral("2023-02-30")).isValid());
}
