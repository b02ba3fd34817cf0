#include "Masking.h"

#include <gtest/gtest.h>

TEST(Masking, KeepsOnlyTheLastFourCharacters)
{
    EXPECT_EQ(Masking::identity(QStringLiteral("1234567890")), QStringLiteral("******7890"));
    EXPECT_EQ(Masking::identity(QStringLiteral("AB123456")), QStringLiteral("****3456"));
    EXPECT_EQ(Masking::identity(QStringLiteral(" 900123456 ")), QStringLiteral("*****3456"));
}

TEST(Masking, ShortNumbersAreFullyMasked)
{
    EXPECT_EQ(Masking::identity(QStringLiteral("1234")), QStringLiteral("****"));
    EXPECT_EQ(Masking::identity(QStringLiteral("12")), QStringLiteral("**"));
    EXPECT_EQ(Masking::identity(QString()), QString());
}
