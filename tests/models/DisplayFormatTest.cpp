#include "DisplayFormat.h"

#include <gtest/gtest.h>

TEST(DisplayFormat, DatesAreDayMonthYearInEveryLanguage)
{
    EXPECT_EQ(DisplayFormat::date(QDate(1967, 8, 27)), QStringLiteral("27/08/1967"));
    EXPECT_EQ(DisplayFormat::date(QDate()), QString());
}

TEST(DisplayFormat, PesosUseColombianSeparatorsInSpanish)
{
    const QLocale esCO(QLocale::Spanish, QLocale::Colombia);
    EXPECT_EQ(DisplayFormat::money(1234567.5, QStringLiteral("COP"), esCO), QStringLiteral("$ 1.234.567,50"));
    EXPECT_EQ(DisplayFormat::money(0, QStringLiteral("COP"), esCO), QStringLiteral("$ 0,00"));
    EXPECT_EQ(DisplayFormat::money(25000000, QStringLiteral("USD"), esCO), QStringLiteral("USD 25.000.000,00"));
}

TEST(DisplayFormat, EnglishKeepsTheCurrencyCode)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(DisplayFormat::money(734683.16, QStringLiteral("COP"), en), QStringLiteral("COP 734,683.16"));
}
