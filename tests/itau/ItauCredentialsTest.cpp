// The Itau credentials in the real keychain (Secret Service): written and
// read back per environment under "<Environment>/itau/...", nothing stored
// means a clear Credentials error, and Training needs none.
#include "ItauCustomerApi.h"

#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

namespace {

class ItauCredentialsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // A throwaway environment name keeps runs apart; QA is the kind.
        m_client.setEnvironment(Environment::defaults(EnvironmentKind::QA));
        m_store.setRetryDelay(-1);
    }
    void TearDown() override
    {
        for (const QString &key : {ItauCustomerApi::userNameKey(QStringLiteral("QA")),
                                   ItauCustomerApi::passwordKey(QStringLiteral("QA")),
                                   ItauCustomerApi::apiKeyKey(QStringLiteral("QA"))}) {
            bool done = false;
            m_store.remove(key, &m_context, [&done](const Result<bool> &) { done = true; });
            EXPECT_TRUE(QTest::qWaitFor([&done] { return done; }, 10000));
        }
    }

    Result<ItauCredentials> read(const ItauCustomerApi &api)
    {
        std::optional<Result<ItauCredentials>> result;
        api.readCredentials(&m_context, [&result](const Result<ItauCredentials> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 20000));
        return result ? *result : Result<ItauCredentials>(ApiError::make(ApiError::Kind::Timeout));
    }

    Result<bool> write(const ItauCustomerApi &api, const ItauCredentials &credentials)
    {
        std::optional<Result<bool>> result;
        api.writeCredentials(QStringLiteral("QA"), credentials, &m_context,
                             [&result](const Result<bool> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 20000));
        return result ? *result : Result<bool>(ApiError::make(ApiError::Kind::Timeout));
    }

    QObject m_context;
    CredentialStore m_store{QStringLiteral("BranchDeskTests")};
    ApiClient m_client{nullptr, nullptr};
};

} // namespace

TEST_F(ItauCredentialsTest, SavedCredentialsAreReadBackForTheirEnvironment)
{
    ItauCustomerApi api(&m_client, &m_store);
    const QString password = QUuid::createUuid().toString();
    ASSERT_TRUE(write(api, {QStringLiteral("chat_itau_qa"), password, QStringLiteral("4455")}).ok());
    const Result<ItauCredentials> read1 = read(api);
    ASSERT_TRUE(read1.ok()) << read1.error().detail.toStdString();
    EXPECT_EQ(read1.value().userName, QStringLiteral("chat_itau_qa"));
    EXPECT_EQ(read1.value().password, password);
    EXPECT_EQ(read1.value().apiKey, QStringLiteral("4455"));

    // An empty API key removes the stored one (it is optional).
    ASSERT_TRUE(write(api, {QStringLiteral("chat_itau_qa"), password, QString()}).ok());
    const Result<ItauCredentials> read2 = read(api);
    ASSERT_TRUE(read2.ok());
    EXPECT_TRUE(read2.value().apiKey.isEmpty());
}

TEST_F(ItauCredentialsTest, NothingStoredIsACredentialsErrorAndNothingIsSent)
{
    ItauCustomerApi api(&m_client, &m_store);
    const Result<ItauCredentials> result = read(api);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::Credentials);
    EXPECT_TRUE(ItauCustomerApi::userMessage(result.error()).startsWith(QStringLiteral("The Itau credentials")));
}

TEST_F(ItauCredentialsTest, UserNameAndPasswordAreRequiredToSave)
{
    ItauCustomerApi api(&m_client, &m_store);
    const Result<bool> result = write(api, {QStringLiteral("chat_itau_qa"), QString(), QStringLiteral("1")});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::Credentials);
    EXPECT_FALSE(read(api).ok()) << "something was stored";
}

TEST_F(ItauCredentialsTest, TrainingUsesTheBuiltInDemoValues)
{
    ApiClient training(nullptr, nullptr); // defaults to the Training kind
    ItauCustomerApi api(&training, nullptr);
    const Result<ItauCredentials> result = read(api);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().userName, ItauCustomerApi::trainingCredentials().userName);
}
