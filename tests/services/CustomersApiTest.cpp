#include "CustomersApi.h"
#include "TrainingServerFixture.h"

#include <QTest>

#include <gtest/gtest.h>

// Every person of the seed v4 example comes back exactly as documented.
TEST(CustomersApi, BasicDataV4MatchesTheSeedExampleFieldForField)
{
    ApiClient client(nullptr, nullptr);
    client.setEnvironment(TrainingServerFixture::environment());
    client.setOperatorSession(OperatorSession::demoOperator());
    CustomersApi api(&client);
    QObject context;
    std::optional<Result<CustomerBasicData>> result;
    api.basicData(CustomerBasicDataQuery::byIdentification(QStringLiteral("CC"), QStringLiteral("1234567890")))
        .then(&context, [&result](const Result<CustomerBasicData> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 20000));
    ASSERT_TRUE(result->ok()) << result->error().supportReference().toStdString();
    const CustomerBasicData &d = result->value();
    EXPECT_EQ(d.responseType, QStringLiteral("OK"));
    EXPECT_EQ(d.cellPhone, QStringLiteral("1234567890"));
    EXPECT_EQ(d.personType, QStringLiteral("54"));
    EXPECT_EQ(d.sarlaDt, QStringLiteral("2010-02-10"));
    EXPECT_EQ(d.emailAddr, QStringLiteral("prueba11@fs.net"));
    EXPECT_EQ(d.contactCellPhone, QStringLiteral("3200000002"));
    EXPECT_EQ(d.flagAlert, QStringLiteral("N"));
    EXPECT_EQ(d.flagExist, QStringLiteral("s/"));
    ASSERT_EQ(d.postAddr.size(), 1);
    EXPECT_EQ(d.postAddr.first().postalCode, QStringLiteral("2439966"));
    EXPECT_EQ(d.postAddr.first().stateProv, QStringLiteral("63000"));
}
