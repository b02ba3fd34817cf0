// ItauCustomerApi against the real training server over HTTPS: the seed's
// client, every documented outcome (400, 401, 404, 500), the document's
// headers on the wire (seen through the server's /training/itau/last-request
// control), and no secret in the journal or the log.
#include "ItauCustomerApi.h"
#include "ItauSeedExamples.h"
#include "Journal.h"
#include "TrainingServerFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace {

const QString marianaAccount = QStringLiteral("001 341 1501 0009879 7"); // the seed's example client
const QString unknownAccount = QStringLiteral("001341999900000010");
const QString failureAccount = QStringLiteral("999999999900000500");

// What the training server saw in the last Itau query (never the secrets).
QJsonObject lastRequest()
{
    TrainingServer &server = TrainingServerFixture::server();
    QNetworkAccessManager network;
    QUrl url = server.url();
    url.setPath(QStringLiteral("/training/itau/last-request"));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(server.caCertificates());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    EXPECT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return json;
}

int queriesSoFar()
{
    return lastRequest().value(QStringLiteral("queries")).toInt();
}

ItauCustomerQuery queryFor(const QString &account)
{
    ItauCustomerQuery query;
    query.codigoConta = account;
    return query;
}

class ItauCustomerApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_client = std::make_unique<ApiClient>(nullptr, nullptr);
        m_client->setEnvironment(TrainingServerFixture::environment());
        m_client->setOperatorSession(OperatorSession::demoOperator());
        m_api = std::make_unique<ItauCustomerApi>(m_client.get(), nullptr);
    }

    template <typename T>
    Result<T> wait(const PendingCall<T> &call)
    {
        std::optional<Result<T>> result;
        call.then(&m_context, [&result](const Result<T> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 20000));
        if (!result)
            return Result<T>(ApiError::make(ApiError::Kind::Timeout));
        return *result;
    }

    Result<ItauCustomer> lookUp(const QString &account,
                                const ItauCredentials &credentials = ItauCustomerApi::trainingCredentials())
    {
        return wait(m_api->customerByAccount(queryFor(account), credentials));
    }

    QObject m_context;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ItauCustomerApi> m_api;
};

} // namespace

TEST_F(ItauCustomerApiTest, TheSeedsExampleClientIsFoundByItsAccountCode)
{
    const Result<ItauCustomer> result = lookUp(marianaAccount);
    ASSERT_TRUE(result.ok()) << result.error().supportReference().toStdString();
    const ItauCustomer &c = result.value();
    // The values the seed's response example prints.
    EXPECT_EQ(c.idCliente, QStringLiteral("b26e641a-71f5-4117-ad0d-4d753faebb16"));
    EXPECT_EQ(c.identificado, QStringLiteral("Identificado"));
    EXPECT_EQ(c.agencia, QStringLiteral("1501"));
    EXPECT_EQ(c.contaCorrente, QStringLiteral("098797"));
    ASSERT_EQ(c.gerentes.size(), 1);
    EXPECT_EQ(c.gerentes.first().emailGerente, QStringLiteral("gerente@itau-unibanco.com.br"));
    // ...and the demo person the training data gives them.
    EXPECT_EQ(c.nomeCompleto, QStringLiteral("MARIANA ISABEL QUINTERO SALAZAR"));
    EXPECT_EQ(c.personType(), ItauCustomer::PersonType::Individual);
    EXPECT_EQ(c.birthOrFoundationDate(), QDate(1992, 1, 25));
    EXPECT_EQ(c.mainEmail(), QStringLiteral("mariana.quintero@example.com"));
}

TEST_F(ItauCustomerApiTest, TheDocumentsHeadersReachTheServer)
{
    m_api->setFlowId(QStringLiteral("flow-test-7"));
    auto call = m_api->customerByAccount(queryFor(marianaAccount), ItauCustomerApi::trainingCredentials());
    const QString correlationId = call.transactionId();
    ASSERT_TRUE(wait(call).ok());
    const QJsonObject seen = lastRequest();
    EXPECT_EQ(seen.value(QStringLiteral("correlationID")).toString(), correlationId);
    EXPECT_EQ(seen.value(QStringLiteral("flowID")).toString(), QStringLiteral("flow-test-7"));
    EXPECT_EQ(seen.value(QStringLiteral("userName")).toString(), QString::fromLatin1(ItauSeedExamples::userName));
    EXPECT_TRUE(seen.value(QStringLiteral("passwordPresent")).toBool());
    EXPECT_TRUE(seen.value(QStringLiteral("apiKeyPresent")).toBool());
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    EXPECT_TRUE(uuid.match(correlationId).hasMatch()) << correlationId.toStdString();
}

TEST_F(ItauCustomerApiTest, TheFlowIdHasADefaultAndABlankSettingKeepsIt)
{
    EXPECT_EQ(m_api->flowId(), ItauCustomerApi::defaultFlowId());
    m_api->setFlowId(QStringLiteral("  "));
    EXPECT_EQ(m_api->flowId(), ItauCustomerApi::defaultFlowId());
    ASSERT_TRUE(lookUp(marianaAccount).ok());
    EXPECT_EQ(lastRequest().value(QStringLiteral("flowID")).toString(), ItauCustomerApi::defaultFlowId());
}

TEST_F(ItauCustomerApiTest, EachRequestHasItsOwnCorrelationId)
{
    ASSERT_TRUE(lookUp(marianaAccount).ok());
    const QString first = lastRequest().value(QStringLiteral("correlationID")).toString();
    ASSERT_TRUE(lookUp(marianaAccount).ok());
    const QString second = lastRequest().value(QStringLiteral("correlationID")).toString();
    EXPECT_FALSE(first.isEmpty());
    EXPECT_FALSE(second.isEmpty());
    EXPECT_NE(first, second);
}

TEST_F(ItauCustomerApiTest, WrongCredentialsAre401OnceAndNeverRetried)
{
    const int before = queriesSoFar();
    ItauCredentials wrong = ItauCustomerApi::trainingCredentials();
    wrong.password = QStringLiteral("not-the-password");
    const Result<ItauCustomer> result = lookUp(marianaAccount, wrong);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(result.error().httpStatus, 401);
    EXPECT_EQ(result.error().code, QStringLiteral("401"));
    EXPECT_TRUE(ItauCustomerApi::userMessage(result.error()).contains(QStringLiteral("401")));
    EXPECT_EQ(queriesSoFar(), before + 1);

    ItauCredentials wrongKey = ItauCustomerApi::trainingCredentials();
    wrongKey.apiKey = QStringLiteral("99999999");
    EXPECT_EQ(lookUp(marianaAccount, wrongKey).error().kind, ApiError::Kind::Unauthorized);
    // The API key is optional in the document: without it the query works.
    ItauCredentials noKey = ItauCustomerApi::trainingCredentials();
    noKey.apiKey.clear();
    EXPECT_TRUE(lookUp(marianaAccount, noKey).ok());
    EXPECT_FALSE(lastRequest().value(QStringLiteral("apiKeyPresent")).toBool());
}

TEST_F(ItauCustomerApiTest, MissingCredentialHeadersAre401)
{
    // What a client without the API class would send: no userName/password.
    ApiRequest request;
    request.api = ApiDocument::ItauCustomerByAccount;
    request.verb = "POST";
    request.path = QString::fromLatin1(ItauCustomerApi::path);
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("codigo_conta"), QStringLiteral("001341150100098797")}});
    request.authentication = Authentication::ProvidedByCaller;
    request.security = SecurityHeaders::None;
    const Result<ItauCustomer> result =
        wait(PendingCall<ItauCustomer>(m_client->send(request), [](const QJsonDocument &json) {
            return ItauCustomer::fromJson(json.object());
        }));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().httpStatus, 401);
    EXPECT_EQ(result.error().kind, ApiError::Kind::Unauthorized);
}

TEST_F(ItauCustomerApiTest, AMalformedAccountCodeIsRefusedBeforeSending)
{
    const int before = queriesSoFar();
    const Result<ItauCustomer> result = lookUp(QStringLiteral("001 341 15"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::InvalidRequest);
    EXPECT_EQ(result.error().httpStatus, 0);
    EXPECT_EQ(result.error().detail, QStringLiteral("codigo_conta"));
    EXPECT_TRUE(ItauCustomerApi::userMessage(result.error()).contains(QStringLiteral("Agency")))
        << ItauCustomerApi::userMessage(result.error()).toStdString();
    EXPECT_EQ(queriesSoFar(), before) << "a refused account code reached the server";
}

TEST_F(ItauCustomerApiTest, TheServerAnswers400ForAMalformedAccountCode)
{
    // The seed's own request example, sent as printed, bypassing the rules.
    ApiRequest request;
    request.api = ApiDocument::ItauCustomerByAccount;
    request.verb = "POST";
    request.path = QString::fromLatin1(ItauCustomerApi::path);
    request.body = QJsonDocument::fromJson(ItauSeedExamples::request);
    request.authentication = Authentication::ProvidedByCaller;
    request.security = SecurityHeaders::None;
    request.extraHeaders = m_api->headers(ItauCustomerApi::trainingCredentials(), ItauCustomerApi::newCorrelationId());
    const Result<ItauCustomer> result =
        wait(PendingCall<ItauCustomer>(m_client->send(request), [](const QJsonDocument &json) {
            return ItauCustomer::fromJson(json.object());
        }));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().httpStatus, 400);
    EXPECT_EQ(result.error().kind, ApiError::Kind::InvalidRequest);
    EXPECT_EQ(result.error().code, QStringLiteral("400"));
    EXPECT_TRUE(result.error().description.contains(QStringLiteral("codigo_conta")));
    EXPECT_TRUE(ItauCustomerApi::userMessage(result.error()).contains(QStringLiteral("400")));
}

TEST_F(ItauCustomerApiTest, AnUnknownAccountIs404)
{
    auto call = m_api->customerByAccount(queryFor(unknownAccount), ItauCustomerApi::trainingCredentials());
    const QString correlationId = call.transactionId();
    const Result<ItauCustomer> result = wait(call);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::NotFound);
    EXPECT_EQ(result.error().httpStatus, 404);
    EXPECT_EQ(result.error().code, QStringLiteral("404"));
    // The correlation id is the reference the support desk and Itau share.
    EXPECT_EQ(result.error().transactionId, correlationId);
    EXPECT_TRUE(result.error().supportReference().contains(correlationId));
}

TEST_F(ItauCustomerApiTest, TheFaultAccountIsABusinessFailure500)
{
    const Result<ItauCustomer> result = lookUp(failureAccount);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::Server);
    EXPECT_EQ(result.error().httpStatus, 500);
    EXPECT_EQ(result.error().code, QStringLiteral("500"));
    EXPECT_TRUE(ItauCustomerApi::userMessage(result.error()).contains(QStringLiteral("500")));
}

TEST_F(ItauCustomerApiTest, AWholeUrlAsTheBaseIsNotExtendedTwice)
{
    Environment env = TrainingServerFixture::environment();
    QUrl whole = env.baseUri(ApiDocument::ItauCustomerByAccount);
    whole.setPath(QString::fromLatin1(ItauCustomerApi::path));
    env.baseUris.insert(ApiDocument::ItauCustomerByAccount, whole);
    m_client->setEnvironment(env);
    EXPECT_TRUE(lookUp(marianaAccount).ok());
}

namespace {
QMutex g_logMutex;
QByteArray g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log += message.toUtf8() + '\n';
}
} // namespace

TEST_F(ItauCustomerApiTest, ThePasswordAndApiKeyNeverReachTheJournalOrTheLog)
{
    QTemporaryDir dir;
    Journal journal;
    ASSERT_TRUE(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
    ApiClient client(nullptr, &journal);
    client.setEnvironment(TrainingServerFixture::environment());
    client.setOperatorSession(OperatorSession::demoOperator());
    ItauCustomerApi api(&client, nullptr);

    // Values that cannot appear anywhere by chance.
    ItauCredentials refused = ItauCustomerApi::trainingCredentials();
    refused.password = QStringLiteral("pw-1f7c93-never-journaled");
    refused.apiKey = QStringLiteral("key-8d2e41-never-journaled");

    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    std::optional<Result<ItauCustomer>> first;
    std::optional<Result<ItauCustomer>> second;
    api.customerByAccount(queryFor(marianaAccount), refused).then(&m_context, [&first](const Result<ItauCustomer> &r) {
        first = r;
    });
    api.customerByAccount(queryFor(marianaAccount), ItauCustomerApi::trainingCredentials())
        .then(&m_context, [&second](const Result<ItauCustomer> &r) { second = r; });
    const bool answered = QTest::qWaitFor([&] { return first.has_value() && second.has_value(); }, 20000);
    qInstallMessageHandler(previous);
    ASSERT_TRUE(answered);
    EXPECT_EQ(first->error().kind, ApiError::Kind::Unauthorized);
    ASSERT_TRUE(second->ok());

    const QList<JournalEntry> rows = journal.entries();
    ASSERT_EQ(rows.size(), 2);
    for (const JournalEntry &row : rows) {
        EXPECT_EQ(row.operation, QStringLiteral("itau.customerByAccount"));
        EXPECT_TRUE(row.subject.endsWith(QStringLiteral("8797"))) << row.subject.toStdString();
        EXPECT_FALSE(row.subject.contains(QStringLiteral("1501"))) << "account code stored unmasked";
    }

    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile f(journal.filePath() + suffix);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    ASSERT_TRUE(bytes.contains("itau.customerByAccount")) << "the journal file was not where the test reads";
    for (const QByteArray &secret : {QByteArray("pw-1f7c93-never-journaled"), QByteArray("key-8d2e41-never-journaled"),
                                     QByteArray(ItauSeedExamples::apiKey), QByteArray("001341150100098797")}) {
        EXPECT_FALSE(bytes.contains(secret)) << "journal file holds " << secret.constData();
        EXPECT_FALSE(g_log.contains(secret)) << "log holds " << secret.constData();
    }
}
