#include "ApiClient.h"
#include "CustomersApi.h"
#include "Journal.h"
#include "TrainingServerFixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// Runs one basic-data lookup and waits for its result.
struct Lookup
{
    std::optional<Result<CustomerBasicData>> result;
    PendingCall<CustomerBasicData> call;

    bool wait(int msecs = 20000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, msecs);
    }
};

class ApiClientOverHttps : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_client = std::make_unique<ApiClient>(nullptr, nullptr);
        m_client->setEnvironment(TrainingServerFixture::environment());
        m_client->setOperatorSession(OperatorSession::demoOperator());
        m_api = std::make_unique<CustomersApi>(m_client.get());
    }

    std::unique_ptr<Lookup> lookup(const QString &type, const QString &number)
    {
        auto l = std::make_unique<Lookup>();
        l->call = m_api->basicData(CustomerBasicDataQuery::byIdentification(type, number));
        Lookup *raw = l.get();
        l->call.then(&m_context, [raw](const Result<CustomerBasicData> &r) { raw->result = r; });
        return l;
    }

    ApiError lookupError(const QString &number)
    {
        auto l = lookup(QStringLiteral("CC"), number);
        EXPECT_TRUE(l->wait()) << "no answer for " << number.toStdString();
        if (!l->result || l->result->ok()) {
            ADD_FAILURE() << "expected an error for " << number.toStdString();
            return {};
        }
        return l->result->error();
    }

    QObject m_context;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CustomersApi> m_api;
};

} // namespace

TEST_F(ApiClientOverHttps, LooksUpTheSeedCustomerById)
{
    auto l = lookup(QStringLiteral("CC"), QStringLiteral("1234567890"));
    ASSERT_TRUE(l->wait());
    ASSERT_TRUE(l->result->ok()) << l->result->error().supportReference().toStdString();
    const CustomerBasicData &data = l->result->value();
    EXPECT_EQ(data.fullName, QStringLiteral("JEIMY VANESSA INTENCIPA BONILLA"));
    EXPECT_EQ(data.birthDate(), QDate(1967, 8, 27));
    ASSERT_EQ(data.postAddr.size(), 1);
    EXPECT_EQ(data.postAddr.first().addr1, QStringLiteral("CL 9 A SUR 1 74 ESTE"));
}

TEST_F(ApiClientOverHttps, LooksUpByCellphone)
{
    Lookup l;
    l.call = m_api->basicData(CustomerBasicDataQuery::byCellphone(QStringLiteral("1234567890")));
    l.call.then(&m_context, [&l](const Result<CustomerBasicData> &r) { l.result = r; });
    ASSERT_TRUE(l.wait());
    ASSERT_TRUE(l.result->ok()) << l.result->error().supportReference().toStdString();
    EXPECT_EQ(l.result->value().identSerialNum, QStringLiteral("1234567890"));
}

TEST_F(ApiClientOverHttps, UnknownCustomerIsNotFoundWithTheBankCode)
{
    const ApiError error = lookupError(QStringLiteral("5550000001"));
    EXPECT_EQ(error.kind, ApiError::Kind::NotFound);
    EXPECT_EQ(error.httpStatus, 404);
    EXPECT_EQ(error.code, QStringLiteral("00001"));
    EXPECT_EQ(error.type, QStringLiteral("DAT"));
    EXPECT_FALSE(error.transactionId.isEmpty());
    EXPECT_TRUE(error.supportReference().contains(error.transactionId));
}

struct FaultCase
{
    const char *name;
    const char *number;
    ApiError::Kind kind;
    int httpStatus;
    const char *code;
};

class ApiClientFaults : public ApiClientOverHttps, public ::testing::WithParamInterface<FaultCase>
{
};

TEST_P(ApiClientFaults, EveryErrorShapeOfTheServerBecomesOneApiError)
{
    const FaultCase &c = GetParam();
    const ApiError error = lookupError(QString::fromLatin1(c.number));
    EXPECT_EQ(error.kind, c.kind) << ApiError::kindName(error.kind).toStdString();
    EXPECT_EQ(error.httpStatus, c.httpStatus);
    EXPECT_EQ(error.code, QString::fromLatin1(c.code));
    EXPECT_FALSE(error.userMessage().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    FaultIdentities, ApiClientFaults,
    ::testing::Values(FaultCase{"er500", "9990000500", ApiError::Kind::Server, 500, "500"},
                      FaultCase{"capitalised_envelope", "9990000501", ApiError::Kind::Server, 500, "20005"},
                      FaultCase{"err400_numeric_code", "9990000400", ApiError::Kind::InvalidRequest, 400, "400"},
                      FaultCase{"error_envelope_in_200", "9990000200", ApiError::Kind::Business, 200, "OSB-382505"},
                      FaultCase{"forbidden", "9990000403", ApiError::Kind::Forbidden, 403, "1005"},
                      FaultCase{"no_envelope_503", "9990000503", ApiError::Kind::Server, 503, ""},
                      FaultCase{"malformed_body", "9990000502", ApiError::Kind::MalformedReply, 200, ""},
                      FaultCase{"dropped_connection", "9990000444", ApiError::Kind::Network, 0, ""}),
    [](const ::testing::TestParamInfo<FaultCase> &p) { return std::string(p.param.name); });

TEST_F(ApiClientOverHttps, ExpiredTokenIsRefreshedOnceAndTheCallSucceeds)
{
    auto first = lookup(QStringLiteral("CC"), QStringLiteral("1234567890"));
    ASSERT_TRUE(first->wait());
    ASSERT_TRUE(first->result->ok());

    // The server forgets every token: the cached one now gets a 401.
    ASSERT_EQ(TrainingServerFixture::postControl(QStringLiteral("/training/faults/expire-tokens")), 200);

    auto second = lookup(QStringLiteral("CC"), QStringLiteral("1234567890"));
    ASSERT_TRUE(second->wait());
    EXPECT_TRUE(second->result->ok()) << second->result->error().supportReference().toStdString();
}

TEST_F(ApiClientOverHttps, SlowServerTimesOut)
{
    Environment env = TrainingServerFixture::environment(1500);
    m_client->setEnvironment(env);
    const ApiError error = lookupError(QStringLiteral("9990000408"));
    EXPECT_EQ(error.kind, ApiError::Kind::Timeout);
}

TEST_F(ApiClientOverHttps, CancelStopsARunningCall)
{
    auto l = lookup(QStringLiteral("CC"), QStringLiteral("9990000408"));
    // Let it reach the server, then cancel.
    QTest::qWait(300);
    EXPECT_TRUE(l->call.isRunning());
    l->call.cancel();
    ASSERT_TRUE(l->wait(3000)) << "cancel must finish the call at once, not after the server's delay";
    ASSERT_FALSE(l->result->ok());
    EXPECT_EQ(l->result->error().kind, ApiError::Kind::Cancelled);
}

TEST_F(ApiClientOverHttps, CancelBeforeAnythingWasSent)
{
    auto l = lookup(QStringLiteral("CC"), QStringLiteral("1234567890"));
    l->call.cancel();
    ASSERT_TRUE(l->wait(3000));
    ASSERT_FALSE(l->result->ok());
    EXPECT_EQ(l->result->error().kind, ApiError::Kind::Cancelled);
}

TEST_F(ApiClientOverHttps, ServerNotTrustedWithoutItsCa)
{
    Environment env = TrainingServerFixture::environment();
    env.caCertificates.clear(); // the system CA set does not know the training CA
    m_client->setEnvironment(env);
    const ApiError error = lookupError(QStringLiteral("1234567890"));
    EXPECT_EQ(error.kind, ApiError::Kind::Tls);
}

TEST_F(ApiClientOverHttps, AnotherCaIsRefused)
{
    // A second training server has its own, different CA.
    TrainingServer other;
    other.start();
    ASSERT_TRUE(other.waitForStarted(60000)) << other.errorString().toStdString();
    Environment env = TrainingServerFixture::environment();
    env.caCertificates = other.caCertificates();
    m_client->setEnvironment(env);
    const ApiError error = lookupError(QStringLiteral("1234567890"));
    EXPECT_EQ(error.kind, ApiError::Kind::Tls);
}

TEST_F(ApiClientOverHttps, TrustChangesWithTheEnvironment)
{
    // Trusted first; then the same host:port with no trust must fail, not
    // reuse the cached TLS session (QNetworkAccessManager connection cache).
    auto ok = lookup(QStringLiteral("CC"), QStringLiteral("1234567890"));
    ASSERT_TRUE(ok->wait());
    ASSERT_TRUE(ok->result->ok());
    Environment env = TrainingServerFixture::environment();
    env.caCertificates.clear();
    m_client->setEnvironment(env);
    EXPECT_EQ(lookupError(QStringLiteral("1234567890")).kind, ApiError::Kind::Tls);
}

TEST_F(ApiClientOverHttps, MissingBaseUriIsAConfigurationErrorAndNothingIsSent)
{
    Environment env = TrainingServerFixture::environment();
    env.baseUris.remove(ApiDocument::CustomersManagement);
    m_client->setEnvironment(env);
    const ApiError error = lookupError(QStringLiteral("1234567890"));
    EXPECT_EQ(error.kind, ApiError::Kind::Configuration);
    EXPECT_EQ(error.httpStatus, 0);
}

TEST_F(ApiClientOverHttps, PlainHttpIsRefused)
{
    Environment env = TrainingServerFixture::environment();
    QUrl url = env.baseUri(ApiDocument::CustomersManagement);
    url.setScheme(QStringLiteral("http"));
    env.baseUris.insert(ApiDocument::CustomersManagement, url);
    m_client->setEnvironment(env);
    EXPECT_EQ(lookupError(QStringLiteral("1234567890")).kind, ApiError::Kind::Configuration);
}

TEST_F(ApiClientOverHttps, InvalidQueryIsRefusedWithoutSending)
{
    auto l = lookup(QStringLiteral("CC"), QStringLiteral("12AB"));
    ASSERT_TRUE(l->wait());
    ASSERT_FALSE(l->result->ok());
    EXPECT_EQ(l->result->error().kind, ApiError::Kind::InvalidRequest);
    EXPECT_EQ(l->result->error().httpStatus, 0) << "refused locally";
}

TEST_F(ApiClientOverHttps, ResultToADestroyedContextIsDropped)
{
    bool delivered = false;
    auto context = std::make_unique<QObject>();
    auto call = m_api->basicData(CustomerBasicDataQuery::byIdentification(QStringLiteral("CC"), QStringLiteral("1234567890")));
    call.then(context.get(), [&delivered](const Result<CustomerBasicData> &) { delivered = true; });
    context.reset();
    QSignalSpy finished(m_client.get(), &ApiClient::operationFinished);
    ASSERT_TRUE(finished.wait(20000));
    QTest::qWait(50);
    EXPECT_FALSE(delivered);
}

TEST_F(ApiClientOverHttps, EachRequestGetsItsOwnTransactionId)
{
    QSet<QString> ids;
    for (int i = 0; i < 200; ++i)
        ids.insert(ApiClient::newTransactionId());
    EXPECT_EQ(ids.size(), 200);
    const QString id = *ids.begin();
    EXPECT_EQ(id.size(), 16);
    EXPECT_TRUE(id.startsWith(QStringLiteral("BD")));
}

TEST_F(ApiClientOverHttps, ALookupWritesOneMaskedJournalRow)
{
    QTemporaryDir dir;
    Journal journal;
    ASSERT_TRUE(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
    ApiClient client(nullptr, &journal);
    client.setEnvironment(TrainingServerFixture::environment());
    client.setOperatorSession(OperatorSession::demoOperator());
    CustomersApi api(&client);

    std::optional<Result<CustomerBasicData>> result;
    auto call = api.basicData(CustomerBasicDataQuery::byIdentification(QStringLiteral("CC"), QStringLiteral("1234567890")));
    const QString txId = call.transactionId();
    call.then(&m_context, [&result](const Result<CustomerBasicData> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 20000));

    const QList<JournalEntry> rows = journal.entries();
    ASSERT_EQ(rows.size(), 1);
    const JournalEntry &row = rows.first();
    EXPECT_EQ(row.operation, QStringLiteral("customers.basicData.v4"));
    EXPECT_EQ(row.outcome, QStringLiteral("ok"));
    EXPECT_EQ(row.transactionId, txId);
    EXPECT_EQ(row.operatorId, QStringLiteral("DEMO01"));
    EXPECT_EQ(row.environment, QStringLiteral("Training"));
    EXPECT_EQ(row.subject, QStringLiteral("******7890"));

    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(journal.filePath() + suffix);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    EXPECT_FALSE(bytes.contains("1234567890")) << "identity number stored unmasked";
    EXPECT_FALSE(bytes.contains("Bearer"));
}

// The OBP and Itau connectors authenticate themselves: the client must send
// only their headers, no bank token (none is fetched) and no X-Invoker
// envelope. The training server's bank routes then refuse the call as
// unauthenticated, once: a caller-provided scheme is never "refreshed".
TEST_F(ApiClientOverHttps, CallerProvidedAuthenticationSendsNoBankTokenOrEnvelope)
{
    ApiRequest request;
    request.api = ApiDocument::CustomersManagement;
    request.path = QStringLiteral("/customerAccountManagement/v4/basicData");
    request.query = {{QStringLiteral("govIssueIdentType"), QStringLiteral("CC")},
                     {QStringLiteral("identSerialNum"), QStringLiteral("1234567890")}};
    request.authentication = Authentication::ProvidedByCaller;
    request.extraHeaders.insert("x-test-scheme", "provided");
    ApiOperation *operation = m_client->send(request);
    QSignalSpy finished(operation, &ApiOperation::finished);
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_FALSE(operation->succeeded());
    EXPECT_EQ(operation->error().httpStatus, 401) << operation->error().supportReference().toStdString();
    EXPECT_FALSE(m_client->connectionState().tokenValid());
}
