// The security-management fault switches of the training server: each armed
// fault reaches SecurityApi as the error the forms must handle, the fault
// identities fail security operations too, and "none" disarms.
#include "SecurityApi.h"
#include "TrainingServerFixture.h"

#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace {

class SecurityFaultsTest : public ::testing::Test
{
protected:
    void SetUp() override { m_client = clientWithTimeout(10000); }

    static std::unique_ptr<ApiClient> clientWithTimeout(int timeoutMs)
    {
        auto client = std::make_unique<ApiClient>(nullptr, nullptr);
        client->setEnvironment(TrainingServerFixture::environment(timeoutMs));
        client->setOperatorSession(OperatorSession::demoOperator());
        return client;
    }

    template <typename T>
    Result<T> wait(const PendingCall<T> &call)
    {
        std::optional<Result<T>> result;
        call.then(&m_context, [&result](const Result<T> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
        if (!result)
            return Result<T>(ApiError::make(ApiError::Kind::Cancelled));
        return *result;
    }

    Result<PasswordStatus> status(ApiClient *client, const QString &number = QStringLiteral("1007641"))
    {
        SecurityApi api(client);
        PasswordStatusQuery query;
        query.transactionId = QStringLiteral("4835799410");
        query.govIssueIdentType = QStringLiteral("CC");
        query.identSerialNum = number;
        return wait(api.passwordStatus(query));
    }

    static void arm(const char *fault)
    {
        ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/security/") + QLatin1String(fault)),
                  200)
            << fault;
    }

    QObject m_context;
    std::unique_ptr<ApiClient> m_client;
};

} // namespace

TEST_F(SecurityFaultsTest, EveryArmedFaultArrivesAsItsError)
{
    struct Case
    {
        const char *fault;
        ApiError::Kind kind;
        int http;
        const char *code;
    };
    const QList<Case> cases{
        {"er500", ApiError::Kind::Server, 500, "500"},
        {"capitalised", ApiError::Kind::Server, 500, "20005"},
        {"capitalised-err", ApiError::Kind::InvalidRequest, 400, "00400"},
        {"err400", ApiError::Kind::InvalidRequest, 400, "400"},
        {"error-in-200", ApiError::Kind::Business, 200, "10"},
        {"partial-206", ApiError::Kind::Business, 206, "100"},
        {"user-not-found", ApiError::Kind::NotFound, 404, "32"},
        {"forbidden", ApiError::Kind::Forbidden, 403, "1005"},
        {"unavailable", ApiError::Kind::Server, 503, ""},
        {"malformed", ApiError::Kind::MalformedReply, 200, ""},
        // Qt tries a dropped request up to four times by itself: four drops reach the console.
        {"drop/4", ApiError::Kind::Network, 0, ""},
    };
    for (const Case &c : cases) {
        arm(c.fault);
        const auto result = status(m_client.get());
        ASSERT_FALSE(result.ok()) << c.fault;
        const ApiError &error = result.error();
        EXPECT_EQ(error.code, QString::fromLatin1(c.code)) << c.fault;
        if (c.http) {
            EXPECT_EQ(error.httpStatus, c.http) << c.fault;
        }
        if (c.kind == ApiError::Kind::Business || c.kind == ApiError::Kind::InvalidRequest) {
            // How 4xx/206 business answers are classed is ApiError's business;
            // that it is a bank refusal with the code kept is what matters here.
            EXPECT_TRUE(error.kind == ApiError::Kind::Business || error.kind == ApiError::Kind::InvalidRequest)
                << c.fault << " " << ApiError::kindName(error.kind).toStdString();
        } else {
            EXPECT_EQ(error.kind, c.kind) << c.fault << " " << ApiError::kindName(error.kind).toStdString();
        }
        // One call only: the next one is served normally.
        EXPECT_TRUE(status(m_client.get()).ok()) << "after " << c.fault;
    }
}

TEST_F(SecurityFaultsTest, CapitalisedEnvelopesKeepTheirResponseType)
{
    arm("capitalised-err");
    const auto result = status(m_client.get());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().responseType, QStringLiteral("ERR"));
    EXPECT_EQ(result.error().type, QStringLiteral("OUD"));
}

TEST_F(SecurityFaultsTest, UnauthorizedOnceIsRecoveredWithAFreshToken)
{
    arm("unauthorized");
    EXPECT_TRUE(status(m_client.get()).ok());
}

TEST_F(SecurityFaultsTest, TimeoutFaultEndsAsATimeout)
{
    auto impatient = clientWithTimeout(800);
    arm("timeout");
    const auto result = status(impatient.get());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::Timeout) << ApiError::kindName(result.error().kind).toStdString();
}

TEST_F(SecurityFaultsTest, ACountArmsSeveralCalls)
{
    arm("forbidden/3");
    for (int i = 0; i < 3; ++i) {
        const auto result = status(m_client.get());
        ASSERT_FALSE(result.ok()) << i;
        EXPECT_EQ(result.error().kind, ApiError::Kind::Forbidden);
    }
    EXPECT_TRUE(status(m_client.get()).ok());
}

TEST_F(SecurityFaultsTest, NoneDisarmsAndUnknownNamesAreRefused)
{
    arm("er500");
    arm("none");
    EXPECT_TRUE(status(m_client.get()).ok());
    EXPECT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/security/no-such-fault")), 404);
    EXPECT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/security/er500/21")), 404);
    EXPECT_TRUE(status(m_client.get()).ok());
}

TEST_F(SecurityFaultsTest, FaultIdentitiesFailSecurityOperationsWhereverTheyCarryTheIdentification)
{
    SecurityApi api(m_client.get());
    // Query parameters.
    auto byQuery = status(m_client.get(), QStringLiteral("9990000403"));
    ASSERT_FALSE(byQuery.ok());
    EXPECT_EQ(byQuery.error().kind, ApiError::Kind::Forbidden);

    // Path segment, with the capitalised envelope.
    EnrollmentValidationQuery card;
    card.identSerialNum = QStringLiteral("9990000501");
    card.govIssueIdentType = QStringLiteral("CC");
    card.acctType = QStringLiteral("DBC");
    card.secretId = QStringLiteral("1234");
    card.acctId = QStringLiteral("000501");
    const auto byPath = wait(api.validateEnrollment(card));
    ASSERT_FALSE(byPath.ok());
    EXPECT_EQ(byPath.error().code, QStringLiteral("20005"));

    // Body (govIssueIdent).
    OneTimeCodeRequest otc;
    otc.govIssueIdentType = QStringLiteral("CC");
    otc.identSerialNum = QStringLiteral("9990000500");
    otc.otcIssue = QStringLiteral("RETIRO");
    otc.cellPhone = QStringLiteral("3001234567");
    const auto byBody = wait(api.generateOtc(otc, SecurityApi::OtcVersion::V1));
    ASSERT_FALSE(byBody.ok());
    EXPECT_EQ(byBody.error().responseType, QStringLiteral("ER500"));
}

// A POST changes something or counts an attempt: after a dropped connection
// the outcome is unknown and the console says so at once. Qt must not send
// it again by itself (one drop is enough to reach the adviser, where a GET
// needs four).
TEST_F(SecurityFaultsTest, ADroppedPostIsNeverSentAgainSilently)
{
    SecurityApi api(m_client.get());
    OneTimeCodeRequest request;
    request.govIssueIdentType = QStringLiteral("CC");
    request.identSerialNum = QStringLiteral("1007641");
    request.otcIssue = QStringLiteral("RETIRO");
    request.cellPhone = QStringLiteral("3001234567");
    arm("drop");
    const auto dropped = wait(api.generateOtc(request, SecurityApi::OtcVersion::V3));
    ASSERT_FALSE(dropped.ok());
    EXPECT_EQ(dropped.error().kind, ApiError::Kind::Network) << ApiError::kindName(dropped.error().kind).toStdString();
    // The fault was used up by that single attempt: the next call is served.
    EXPECT_TRUE(wait(api.generateOtc(request, SecurityApi::OtcVersion::V3)).ok());
}
