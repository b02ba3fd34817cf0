// "Check Basic Customer Information" v1/v2, "Get Customer Locations" and the
// late-answer create fault, over HTTPS against the real training server.
#include "CustomerCreateTestData.h"
#include "CustomersApi.h"
#include "OperatorSession.h"
#include "TrainingServerFixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

// The training server is shut down by the environment CustomersCreateApiTest.cpp registers.

namespace {

QString freshLookupNumber()
{
    static int counter = 0;
    return QStringLiteral("11%1%2").arg(QDateTime::currentMSecsSinceEpoch() % 100000, 5, 10, QLatin1Char('0'))
        .arg(++counter, 3, 10, QLatin1Char('0'));
}

template <typename T>
Result<T> waitFor(const PendingCall<T> &call)
{
    std::optional<Result<T>> result;
    QObject context;
    call.then(&context, [&result](const Result<T> &r) { result = r; });
    EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
    if (!result)
        return Result<T>(ApiError::make(ApiError::Kind::Timeout));
    return *result;
}

QPair<int, int> createCount(const QString &txId)
{
    TrainingServer &s = TrainingServerFixture::server();
    QNetworkAccessManager network;
    QUrl url = s.url();
    url.setPath(QStringLiteral("/training/customers/creates"));
    url.setQuery(QStringLiteral("txId=") + txId);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(s.caCertificates());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    EXPECT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return {json.value(QStringLiteral("received")).toInt(-1), json.value(QStringLiteral("executed")).toInt(-1)};
}

class CustomersLookupApiTest : public ::testing::Test
{
protected:
    void SetUp() override { useTimeout(10000); }

    void useTimeout(int timeoutMs)
    {
        m_api.reset();
        m_client = std::make_unique<ApiClient>(nullptr, nullptr);
        m_client->setEnvironment(TrainingServerFixture::environment(timeoutMs));
        m_client->setOperatorSession(OperatorSession::demoOperator());
        m_api = std::make_unique<CustomersApi>(m_client.get());
    }

    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CustomersApi> m_api;
};

const QString cc = QStringLiteral("CC");
const QString jeimy = QStringLiteral("1234567890");

} // namespace

TEST_F(CustomersLookupApiTest, V1FindsJeimyByMnemonic)
{
    const auto result = waitFor(m_api->basicDataV1(cc, jeimy));
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    EXPECT_EQ(result.value().responseType, QStringLiteral("OK"));
    EXPECT_EQ(result.value().govIssueIdentType, cc);
    EXPECT_EQ(result.value().identSerialNum, jeimy);
    EXPECT_EQ(result.value().fullName, QStringLiteral("JEIMY VANESSA INTENCIPA BONILLA"));
    EXPECT_EQ(result.value().birthDt, QStringLiteral("1967-08-27"));
    ASSERT_FALSE(result.value().postAddr.isEmpty());
    EXPECT_EQ(result.value().postAddr.first().addr1, QStringLiteral("CL 9 A SUR 1 74 ESTE"));
}

TEST_F(CustomersLookupApiTest, V2FindsJeimyByMnemonic)
{
    const auto result = waitFor(m_api->basicDataV2(cc, jeimy));
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    EXPECT_EQ(result.value().fullName, QStringLiteral("JEIMY VANESSA INTENCIPA BONILLA"));
    EXPECT_EQ(result.value().identSerialNum, jeimy);
    EXPECT_EQ(result.value().addr1, QStringLiteral("CL 9 A SUR 1 74 ESTE"));
    EXPECT_EQ(result.value().emailAddr, QStringLiteral("prueba11@fs.net"));
}

TEST_F(CustomersLookupApiTest, LocationsOfJeimyComeFromHerAddress)
{
    const auto result = waitFor(m_api->customerLocations(cc, jeimy));
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    EXPECT_EQ(result.value().fullName, QStringLiteral("JEIMY VANESSA INTENCIPA BONILLA"));
    EXPECT_EQ(result.value().personType, QStringLiteral("N"));
    ASSERT_EQ(result.value().postAddr.size(), 1);
    const CustomerLocation &home = result.value().postAddr.first();
    EXPECT_EQ(home.addrTypeCode, QStringLiteral("03"));
    EXPECT_EQ(home.addr1, QStringLiteral("CL 9 A SUR 1 74 ESTE"));
    EXPECT_EQ(home.cityCode, QStringLiteral("63401"));
    EXPECT_TRUE(home.isCurrent());
    EXPECT_FALSE(home.neighborhood.isEmpty());

    // Deterministic: the same answer every time.
    const auto again = waitFor(m_api->customerLocations(cc, jeimy));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().toJson(), result.value().toJson());
}

TEST_F(CustomersLookupApiTest, UnknownIdentificationsGetTheDocumentedErrors)
{
    const QString nobody = QStringLiteral("1000000001");
    for (const bool v1 : {true, false}) {
        const auto result = v1 ? waitFor(m_api->basicDataV1(cc, nobody)).error()
                               : waitFor(m_api->basicDataV2(cc, nobody)).error();
        EXPECT_EQ(result.kind, ApiError::Kind::NotFound) << result.supportReference().toStdString();
        EXPECT_EQ(result.code, QStringLiteral("1006"));
    }
    const auto locations = waitFor(m_api->customerLocations(cc, nobody));
    ASSERT_FALSE(locations.ok());
    EXPECT_EQ(locations.error().code, QStringLiteral("51011"));
}

TEST_F(CustomersLookupApiTest, AnInvalidIdentificationIsRefusedBeforeSending)
{
    const auto result = waitFor(m_api->basicDataV1(QStringLiteral("XX"), jeimy));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::InvalidRequest);
    const auto locations = waitFor(m_api->customerLocations(cc, jeimy, QStringLiteral("Z")));
    ASSERT_FALSE(locations.ok());
    EXPECT_EQ(locations.error().kind, ApiError::Kind::InvalidRequest);
}

TEST_F(CustomersLookupApiTest, ACreatedCustomerIsFoundByV1V2AndLocations)
{
    const QString number = freshLookupNumber();
    ASSERT_FALSE(waitFor(m_api->basicDataV1(cc, number)).ok());

    const CustomerCreateRequest request = validCreateRequest(number);
    const auto created = waitFor(m_api->createCustomer(request));
    ASSERT_TRUE(created.ok()) << created.error().supportReference().toStdString();

    const auto v1 = waitFor(m_api->basicDataV1(cc, number));
    ASSERT_TRUE(v1.ok()) << v1.error().supportReference().toStdString();
    EXPECT_EQ(v1.value().fullName, QStringLiteral("CARLOS MARIO DE FRANCISCO LÓPEZ"));
    EXPECT_EQ(v1.value().birthDt, QStringLiteral("1990-05-14"));

    const auto v2 = waitFor(m_api->basicDataV2(cc, number));
    ASSERT_TRUE(v2.ok()) << v2.error().supportReference().toStdString();
    EXPECT_EQ(v2.value().identSerialNum, number);
    EXPECT_EQ(v2.value().addr1, request.value(QStringLiteral("contactInfo.postAddr.addr1")));

    const auto locations = waitFor(m_api->customerLocations(cc, number));
    ASSERT_TRUE(locations.ok()) << locations.error().supportReference().toStdString();
    ASSERT_EQ(locations.value().postAddr.size(), 1);
    EXPECT_EQ(locations.value().postAddr.first().addr1, request.value(QStringLiteral("contactInfo.postAddr.addr1")));
    EXPECT_EQ(locations.value().postAddr.first().cityCode, request.value(QStringLiteral("contactInfo.postAddr.cityId")));
}

TEST_F(CustomersLookupApiTest, ALateAnswerIsATimeoutWithTheCustomerCreatedAndAResendIsAnsweredOnce)
{
    // The server answers after --slow-seconds (10 by default); the client gives up after 2.
    useTimeout(2000);
    const QString number = freshLookupNumber();
    ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/slow-next-create")), 200);
    const auto first = m_api->createCustomer(validCreateRequest(number));
    const QString txId = first.transactionId();
    const auto late = waitFor(first);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().kind, ApiError::Kind::Timeout) << late.error().supportReference().toStdString();
    EXPECT_TRUE(CustomersApi::outcomeUnknown(late.error()));
    EXPECT_EQ(createCount(txId), qMakePair(1, 1));

    // The customer exists although the console timed out.
    EXPECT_TRUE(waitFor(m_api->basicDataV1(cc, number)).ok());

    // A resend with the original TxId gets the first result, not a second execution.
    useTimeout(10000);
    const auto resend = m_api->createCustomer(validCreateRequest(number), txId);
    EXPECT_EQ(resend.transactionId(), txId);
    const auto replayed = waitFor(resend);
    ASSERT_TRUE(replayed.ok()) << replayed.error().supportReference().toStdString();
    EXPECT_FALSE(replayed.value().acctId.isEmpty());
    EXPECT_EQ(createCount(txId), qMakePair(2, 1));
}
