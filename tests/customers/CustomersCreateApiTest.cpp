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
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <optional>

namespace {

class TrainingServerEnvironment : public ::testing::Environment
{
public:
    void TearDown() override { TrainingServerFixture::shutdown(); }
};

[[maybe_unused]] ::testing::Environment *const g_trainingServer =
    ::testing::AddGlobalTestEnvironment(new TrainingServerEnvironment);

// A number no other test (or earlier create in this server) has used.
QString freshNumber()
{
    static int counter = 0;
    return QStringLiteral("10%1%2").arg(QDateTime::currentMSecsSinceEpoch() % 100000, 5, 10, QLatin1Char('0'))
        .arg(++counter, 3, 10, QLatin1Char('0'));
}

template <typename T>
Result<T> wait(const PendingCall<T> &call)
{
    std::optional<Result<T>> result;
    QObject context;
    call.then(&context, [&result](const Result<T> &r) { result = r; });
    EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
    if (!result)
        return Result<T>(ApiError::make(ApiError::Kind::Timeout));
    return *result;
}

QJsonObject getControl(const QString &path, const QString &query)
{
    TrainingServer &s = TrainingServerFixture::server();
    QNetworkAccessManager network;
    QUrl url = s.url();
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(s.caCertificates());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    EXPECT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return json;
}

// How often the training server received and executed a create with `txId`.
QPair<int, int> createsFor(const QString &txId)
{
    const QJsonObject json = getControl(QStringLiteral("/training/customers/creates"),
                                        QStringLiteral("txId=") + txId);
    return {json.value(QStringLiteral("received")).toInt(-1), json.value(QStringLiteral("executed")).toInt(-1)};
}

class CustomersCreateApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_client = std::make_unique<ApiClient>(nullptr, nullptr);
        m_client->setEnvironment(TrainingServerFixture::environment());
        m_client->setOperatorSession(OperatorSession::demoOperator());
        m_api = std::make_unique<CustomersApi>(m_client.get());
    }

    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CustomersApi> m_api;
};

TEST_F(CustomersCreateApiTest, CreatesTheCustomerWhoIsThenFoundByBasicDataV4)
{
    const QString number = freshNumber();
    const auto before = wait(m_api->basicData(CustomerBasicDataQuery::byIdentification(QStringLiteral("CC"), number)));
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(before.error().kind, ApiError::Kind::NotFound);

    CustomerCreateRequest request = validCreateRequest(number);
    request.setValue(QStringLiteral("product.gmf"), QStringLiteral("S"));
    const auto created = wait(m_api->createCustomer(request));
    ASSERT_TRUE(created.ok()) << created.error().supportReference().toStdString();
    EXPECT_FALSE(created.value().acctId.isEmpty());
    EXPECT_FALSE(created.value().refNumber.isEmpty());
    EXPECT_EQ(created.value().gmf, QStringLiteral("OK"));
    EXPECT_FALSE(created.value().gmfBankName.isEmpty());
    EXPECT_EQ(created.value().pocketType, QStringLiteral("SI"));

    const auto after = wait(m_api->basicData(CustomerBasicDataQuery::byIdentification(QStringLiteral("CC"), number)));
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.value().fullName, QStringLiteral("CARLOS MARIO DE FRANCISCO LÓPEZ"));
    EXPECT_EQ(after.value().birthDt, QStringLiteral("1990-05-14"));
}

TEST_F(CustomersCreateApiTest, AnExistingCustomerIsRefusedWithTheBankCode)
{
    // CARLOS MARIO DE_FRANCISCO LOPEZ of the demo data.
    const auto result = wait(m_api->createCustomer(validCreateRequest(QStringLiteral("1234567891"))));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("50002"));
    EXPECT_EQ(result.error().httpStatus, 400);
}

TEST_F(CustomersCreateApiTest, InvalidInputIsRefusedBeforeSending)
{
    CustomerCreateRequest request = validCreateRequest(freshNumber());
    request.setValue(QStringLiteral("personName.firstName"), QStringLiteral("C4RLOS"));
    int finished = 0;
    QObject counter;
    QObject::connect(m_client.get(), &ApiClient::operationFinished, &counter, [&finished] { ++finished; });
    const auto call = m_api->createCustomer(request);
    const QString txId = call.transactionId();
    const auto result = wait(call);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::InvalidRequest);
    EXPECT_EQ(createsFor(txId).first, 0);
}

TEST_F(CustomersCreateApiTest, TheServerStillAnswersWithTheSeedsRuleCodes)
{
    // 99900 + code: the training bank refuses with that code.
    const auto result = wait(m_api->createCustomer(validCreateRequest(QStringLiteral("9990050503"))));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("50503"));
    EXPECT_EQ(result.error().type, QStringLiteral("STA"));
    EXPECT_EQ(result.error().description, QStringLiteral("EL PRIMER NOMBRE CONTIENE CARACTERES INVALIDOS"));
}

TEST_F(CustomersCreateApiTest, DroppedAfterExecutingIsAnUnknownOutcomeAndAResendIsAnsweredOnce)
{
    const QString number = freshNumber();
    ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/drop-next-create")), 200);
    const auto first = m_api->createCustomer(validCreateRequest(number));
    const QString txId = first.transactionId();
    const auto dropped = wait(first);
    ASSERT_FALSE(dropped.ok());
    EXPECT_TRUE(CustomersApi::outcomeUnknown(dropped.error())) << dropped.error().supportReference().toStdString();
    EXPECT_EQ(createsFor(txId), qMakePair(1, 1));

    // The customer exists although the console never heard back.
    const auto status = wait(m_api->basicData(CustomerBasicDataQuery::byIdentification(QStringLiteral("CC"), number)));
    EXPECT_TRUE(status.ok());

    // The adviser decides to send again: same TxId, the first result, no second execution.
    const auto resend = m_api->createCustomer(validCreateRequest(number), txId);
    EXPECT_EQ(resend.transactionId(), txId);
    const auto replayed = wait(resend);
    ASSERT_TRUE(replayed.ok()) << replayed.error().supportReference().toStdString();
    EXPECT_FALSE(replayed.value().acctId.isEmpty());
    EXPECT_EQ(createsFor(txId), qMakePair(2, 1));

    // A NEW transaction for the same person is a duplicate, not a second account.
    const auto again = wait(m_api->createCustomer(validCreateRequest(number)));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("50002"));
}

TEST_F(CustomersCreateApiTest, TheClassroomIdentityDropsOnlyTheFirstAttempt)
{
    const auto first = m_api->createCustomer(validCreateRequest(QStringLiteral("9990000445")));
    const QString txId = first.transactionId();
    const auto dropped = wait(first);
    ASSERT_FALSE(dropped.ok());
    EXPECT_TRUE(CustomersApi::outcomeUnknown(dropped.error()));
    const auto replayed = wait(m_api->createCustomer(validCreateRequest(QStringLiteral("9990000445")), txId));
    ASSERT_TRUE(replayed.ok()) << replayed.error().supportReference().toStdString();
    EXPECT_EQ(createsFor(txId), qMakePair(2, 1));
}

// Why ApiRequest::neverResendSilently exists: without it Qt's HTTP layer
// resends a POST whose connection closed before the answer, and only the
// bank's transaction-id check stands between the operator and a second
// customer.
TEST_F(CustomersCreateApiTest, WithoutTheFlagQtResendsByItself)
{
    ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/drop-next-create")), 200);
    ApiRequest request;
    request.verb = "POST";
    request.path = QString::fromLatin1(CustomersApi::createCustomerPath);
    request.body = QJsonDocument(validCreateRequest(freshNumber()).toJson());
    ApiOperation *operation = m_client->send(request);
    const QString txId = operation->transactionId();
    bool finished = false;
    QObject context;
    QObject::connect(operation, &ApiOperation::finished, &context, [&finished] { finished = true; });
    ASSERT_TRUE(QTest::qWaitFor([&finished] { return finished; }, 30000));
    EXPECT_EQ(createsFor(txId), qMakePair(2, 1));
}

TEST_F(CustomersCreateApiTest, UnknownOutcomeClassification)
{
    EXPECT_TRUE(CustomersApi::outcomeUnknown(ApiError::make(ApiError::Kind::Timeout)));
    EXPECT_TRUE(CustomersApi::outcomeUnknown(ApiError::make(ApiError::Kind::Network)));
    EXPECT_TRUE(CustomersApi::outcomeUnknown(ApiError::make(ApiError::Kind::MalformedReply)));
    EXPECT_TRUE(CustomersApi::outcomeUnknown(ApiError::make(ApiError::Kind::Server)));
    ApiError withEnvelope = ApiError::make(ApiError::Kind::Server);
    withEnvelope.code = QStringLiteral("50099");
    EXPECT_FALSE(CustomersApi::outcomeUnknown(withEnvelope));
    EXPECT_FALSE(CustomersApi::outcomeUnknown(ApiError::make(ApiError::Kind::InvalidRequest)));
    EXPECT_FALSE(CustomersApi::outcomeUnknown(ApiError::make(ApiError::Kind::Tls)));
    EXPECT_FALSE(CustomersApi::outcomeUnknown(ApiError::make(ApiError::Kind::Business)));
}

TEST_F(CustomersCreateApiTest, ConsentIsStoredForTheNewCustomer)
{
    const QString number = freshNumber();
    ASSERT_TRUE(wait(m_api->createCustomer(validCreateRequest(number))).ok());
    SecureDataConsentRequest consent;
    consent.govIssueIdentType = QStringLiteral("CC");
    consent.identSerialNum = number;
    consent.administrationOfficeBranchId = QStringLiteral("1102");
    consent.submitOfficeBranchId = QStringLiteral("112");
    consent.answers = {true, false, true};
    const auto result = wait(m_api->updateSecureData(consent));
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    EXPECT_TRUE(result.value());

    consent.identSerialNum = QStringLiteral("7999999999");
    const auto unknown = wait(m_api->updateSecureData(consent));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, QStringLiteral("51011"));

    consent.answers = {true, std::nullopt, true};
    const auto unanswered = wait(m_api->updateSecureData(consent));
    ASSERT_FALSE(unanswered.ok());
    EXPECT_EQ(unanswered.error().kind, ApiError::Kind::InvalidRequest);
}

} // namespace
