// OBP's error replies ({"code": 401, "message": "OBP-20001: ..."}) through the
// one ApiError parser: the OBP code kept as the bank code, and advice the
// teller can act on.
#include "ApiError.h"

#include <gtest/gtest.h>

namespace {

ApiError parse(int status, const char *body)
{
    const auto error = ApiError::fromHttpReply(status, QByteArray(body));
    EXPECT_TRUE(error.has_value()) << body;
    return error.value_or(ApiError());
}

} // namespace

TEST(ObpErrors, NotLoggedInKeepsTheCodeAndSaysToLogIn)
{
    const ApiError e = parse(401, R"({"code":401,"message":"OBP-20001: User not logged in. Authentication is required!"})");
    EXPECT_EQ(e.kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(e.code, QStringLiteral("OBP-20001"));
    EXPECT_TRUE(e.isObp());
    EXPECT_TRUE(e.userMessage().contains(QStringLiteral("Log in"))) << e.userMessage().toStdString();
    EXPECT_TRUE(e.userMessage().contains(QStringLiteral("User not logged in")));
    EXPECT_TRUE(e.supportReference().contains(QStringLiteral("OBP-20001")));
    EXPECT_TRUE(e.supportReference().contains(QStringLiteral("HTTP 401")));
}

TEST(ObpErrors, MissingRolesNamesEveryRole)
{
    const ApiError e = parse(403, R"({"code":403,"message":"OBP-20006: User is missing one or more roles: CanCreateCustomer or CanCreateCustomerAtAnyBank"})");
    EXPECT_EQ(e.kind, ApiError::Kind::Forbidden);
    EXPECT_EQ(e.code, QStringLiteral("OBP-20006"));
    EXPECT_EQ(e.obpMissingRoles(), (QStringList{QStringLiteral("CanCreateCustomer"), QStringLiteral("CanCreateCustomerAtAnyBank")}));
    const QString message = e.userMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("CanCreateCustomer or CanCreateCustomerAtAnyBank"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("administrator")));

    // The seed prints the message without roles: still advice, no roles invented.
    const ApiError bare = parse(403, R"({"code":403,"message":"OBP-20006: User is missing one or more roles:"})");
    EXPECT_TRUE(bare.obpMissingRoles().isEmpty());
    EXPECT_TRUE(bare.userMessage().contains(QStringLiteral("role")));
}

TEST(ObpErrors, CustomerNumberTakenBankAndCustomerNotFound)
{
    const ApiError taken = parse(400, R"({"code":400,"message":"OBP-30006: Customer Number already exists. Please specify a different value for BANK_ID or CUSTOMER_NUMBER."})");
    EXPECT_EQ(taken.kind, ApiError::Kind::InvalidRequest);
    EXPECT_EQ(taken.code, QStringLiteral("OBP-30006"));
    EXPECT_TRUE(taken.userMessage().contains(QStringLiteral("already used")));

    const ApiError bank = parse(404, R"({"code":404,"message":"OBP-30001: Bank not found. Please specify a valid value for BANK_ID."})");
    EXPECT_EQ(bank.kind, ApiError::Kind::NotFound);
    EXPECT_TRUE(bank.userMessage().contains(QStringLiteral("BANK_ID")));

    const ApiError customer = parse(404, R"({"code":404,"message":"OBP-30046: Customer not found. Please specify a valid value for CUSTOMER_ID."})");
    EXPECT_EQ(customer.code, QStringLiteral("OBP-30046"));
    EXPECT_TRUE(customer.userMessage().contains(QStringLiteral("No customer was found")));
}

TEST(ObpErrors, BankCodesKeepTheirOwnMessages)
{
    // Not an OBP code: the bank's usual advice, unchanged.
    const ApiError e = parse(404, R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"00001","errorDesc":"NO EXISTE"}})");
    EXPECT_FALSE(e.isObp());
    EXPECT_TRUE(e.obpMissingRoles().isEmpty());
    EXPECT_TRUE(e.userMessage().contains(QStringLiteral("Bank says")));
}
