#include "SandboxTestSupport.h"
#include "SeedExamples.h"

#include <QJsonObject>

namespace {
const char *const jeimySeedExample = SeedExamples::basicDataV4Response;

const char badRequestEnvelope[] = R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"1",
"errorDesc":"BAD REQUEST.","errorType":"BDA"}})";
const char notFoundEnvelope[] = R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"00001",
"errorDesc":"NO ENCONTRO NINGUN REGISTRO","errorType":"DAT"}})";
const char noFoundPathEnvelope[] =
    R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"1006","errorDesc":"NO FOUND","errorType":"BDA"}})";

QUrlQuery query(std::initializer_list<std::pair<const char *, const char *>> items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(QString::fromUtf8(key), QString::fromUtf8(value));
    return q;
}
} // namespace

class BasicDataTest : public SandboxSuite
{
};

TEST_F(BasicDataTest, JeimyByIdentificationEqualsTheSeedExample)
{
    const HttpResult result = lookup(identificationQuery(QStringLiteral("CC"), QStringLiteral("1234567890")));
    ASSERT_EQ(result.status, 200) << result.body.constData();
    EXPECT_TRUE(result.contentType.startsWith("application/json")) << result.contentType.constData();
    const QJsonObject expected = parseJson(jeimySeedExample);
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(result.json(), expected) << result.body.constData();
}

TEST_F(BasicDataTest, ByCellphone)
{
    const HttpResult jeimy = lookup(cellphoneQuery(QStringLiteral("1234567890")));
    ASSERT_EQ(jeimy.status, 200) << jeimy.body.constData();
    EXPECT_EQ(jeimy.json(), parseJson(jeimySeedExample));

    const HttpResult andres = lookup(cellphoneQuery(QStringLiteral("3001234567")));
    ASSERT_EQ(andres.status, 200) << andres.body.constData();
    const QJsonObject info = andres.json().value(QStringLiteral("personInfo")).toObject();
    EXPECT_EQ(info.value(QStringLiteral("cellPhone")).toString(), QStringLiteral("3001234567"));
    EXPECT_EQ(andres.json().value(QStringLiteral("responseType")).toObject().value(QStringLiteral("value")),
              QStringLiteral("OK"));
}

TEST_F(BasicDataTest, UnknownCustomerIsTheNotFoundEnvelope)
{
    for (const QUrlQuery &q : {identificationQuery(QStringLiteral("CC"), QStringLiteral("5550000001")),
                               identificationQuery(QStringLiteral("PA"), QStringLiteral("ZZ000000")),
                               cellphoneQuery(QStringLiteral("3000000000"))}) {
        const HttpResult result = lookup(q);
        EXPECT_EQ(result.status, 404) << q.toString().toStdString();
        EXPECT_EQ(result.json(), parseJson(notFoundEnvelope)) << result.body.constData();
    }
}

TEST_F(BasicDataTest, InvalidParametersAreBadRequest)
{
    const QList<QPair<QUrlQuery, const char *>> invalid{
        {query({}), "neither form"},
        {query({{"govIssueIdentType", "XX"}, {"identSerialNum", "1234567890"}}), "unknown type"},
        {query({{"govIssueIdentType", "CC"}}), "type without number"},
        {query({{"identSerialNum", "1234567890"}}), "number without type"},
        {query({{"govIssueIdentType", "CC"}, {"identSerialNum", ""}}), "empty number"},
        {query({{"govIssueIdentType", "CC"}, {"identSerialNum", "12AB"}}), "CC is digits only"},
        {query({{"govIssueIdentType", "CC"}, {"identSerialNum", "123456789012345678901"}}), "over 20 characters"},
        {query({{"cellphone", ""}}), "empty cellphone"},
        {query({{"cellphone", "300abc4567"}}), "not a phone number"},
        {query({{"govIssueIdentType", "CC"}, {"identSerialNum", "1234567890"}, {"cellphone", "1234567890"}}),
         "both forms"},
    };
    for (const auto &[q, why] : invalid) {
        const HttpResult result = lookup(q);
        EXPECT_EQ(result.status, 400) << why;
        EXPECT_EQ(result.json(), parseJson(badRequestEnvelope)) << why << ": " << result.body.constData();
    }
}

TEST_F(BasicDataTest, EveryDocumentedTypeIsAccepted)
{
    for (const char *type : {"CC", "CE", "PA", "TI", "NI", "PE"}) {
        const HttpResult result = lookup(identificationQuery(QString::fromLatin1(type), QStringLiteral("5550000002")));
        EXPECT_EQ(result.status, 404) << type << ": " << result.body.constData();
    }
}

TEST_F(BasicDataTest, UnmatchedPathsAndMethodsAreNoFound)
{
    const QString token = client().fetchToken(server());
    const HttpResult path = client().getAndWait(server().url(QStringLiteral("/customerAccountManagement/v9/nothing")),
                                                bearer(token));
    EXPECT_EQ(path.status, 404);
    EXPECT_EQ(path.json(), parseJson(noFoundPathEnvelope)) << path.body.constData();

    // The RAML-style trailing ':' of the document is not part of the path.
    const QUrlQuery jeimy = identificationQuery(QStringLiteral("CC"), QStringLiteral("1234567890"));
    const HttpResult colon = client().getAndWait(server().url(basicDataPath + QLatin1Char(':'), jeimy), bearer(token));
    EXPECT_EQ(colon.status, 404);

    const HttpResult method = client().postAndWait(server().url(basicDataPath), QByteArray(), bearer(token));
    EXPECT_EQ(method.status, 404);
    EXPECT_EQ(method.json(), parseJson(noFoundPathEnvelope)) << method.body.constData();
}

TEST_F(BasicDataTest, HealthNeedsNoToken)
{
    const HttpResult health = client().getAndWait(server().url(QStringLiteral("/training/health")));
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.json(), parseJson(R"({"status":"ok"})"));
}

TEST(SandboxLogging, VerboseLogsOneLinePerRequestWithoutSecrets)
{
    SandboxProcess server({QStringLiteral("--verbose")});
    ASSERT_TRUE(server.waitUntilListening()) << server.errorString().toStdString();
    HttpsClient client(server.caCertificates());
    const QString token = client.fetchToken(server);
    ASSERT_FALSE(token.isEmpty());
    const QUrl jeimy =
        server.url(basicDataPath, identificationQuery(QStringLiteral("CC"), QStringLiteral("1234567890")));
    const HttpResult found = client.getAndWait(jeimy, bearer(token));
    ASSERT_EQ(found.status, 200);
    const HttpResult refused = client.getAndWait(jeimy, bearer(QStringLiteral("not-a-token")));
    ASSERT_EQ(refused.status, 401);

    QByteArray log;
    const bool logged = QTest::qWaitFor(
        [&] {
            log = server.standardError();
            return log.count('\n') >= 3;
        },
        10000);
    EXPECT_TRUE(logged);
    EXPECT_EQ(log, QByteArray("POST /oauth2/token 200\n"
                              "GET /customerAccountManagement/v4/basicData 200\n"
                              "GET /customerAccountManagement/v4/basicData 401\n"));
    EXPECT_FALSE(log.contains(token.toLatin1()));
    EXPECT_FALSE(log.contains("Bearer"));
    EXPECT_FALSE(log.contains("1234567890")) << "the query carries an identity number";
    EXPECT_EQ(server.standardOutput().count('\n'), 1) << "stdout holds only the listening line";
}

TEST(SandboxLogging, QtHttpServerDebugLoggingStaysOff)
{
    // Qt HttpServer's debug output would print the Authorization header.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.httpserver*=true"));
    SandboxProcess server({}, {}, environment);
    ASSERT_TRUE(server.waitUntilListening()) << server.errorString().toStdString();
    HttpsClient client(server.caCertificates());
    const QString token = client.fetchToken(server);
    const QUrl jeimy =
        server.url(basicDataPath, identificationQuery(QStringLiteral("CC"), QStringLiteral("1234567890")));
    EXPECT_EQ(client.getAndWait(jeimy, bearer(token)).status, 200);
    EXPECT_EQ(client.getAndWait(jeimy, bearer(QStringLiteral("SECRET-TOKEN-FOR-THE-LOG-TEST"))).status, 401);
    QTest::qWait(200);
    const QByteArray log = server.standardError();
    EXPECT_FALSE(log.contains(token.toLatin1()));
    EXPECT_FALSE(log.contains("SECRET-TOKEN-FOR-THE-LOG-TEST"));
    EXPECT_FALSE(log.contains("Authorization")) << log.constData();
}

TEST(SandboxLogging, QuietWithoutVerbose)
{
    SandboxProcess server;
    ASSERT_TRUE(server.waitUntilListening()) << server.errorString().toStdString();
    HttpsClient client(server.caCertificates());
    EXPECT_EQ(client.getAndWait(server.url(QStringLiteral("/training/health"))).status, 200);
    EXPECT_FALSE(client.fetchToken(server).isEmpty());
    QTest::qWait(200);
    EXPECT_TRUE(server.standardError().isEmpty()) << server.standardError().constData();
}

TEST_F(BasicDataTest, AnIncompleteInvokerEnvelopeIsRefused)
{
    const QString token = client().fetchToken(server());
    QUrl url = server().url(basicDataPath);
    url.setQuery(identificationQuery(QStringLiteral("CC"), QStringLiteral("1234567890")));

    // Without the envelope: refused, and the reason names the header.
    client().setSendInvokerEnvelope(false);
    const HttpResult bare = client().getAndWait(url, bearer(token));
    client().setSendInvokerEnvelope(true);
    EXPECT_EQ(bare.status, 400);
    EXPECT_TRUE(bare.body.contains("Missing header X-Invoker-")) << bare.body.constData();

    // A session key that is not the token's first 30 characters: refused.
    QNetworkRequest wrongKey = client().request(url, bearer(token));
    wrongKey.setRawHeader("X-Invoker-SessionKey", "not-the-token");
    const HttpResult mismatch = client().wait(client().network().get(wrongKey));
    EXPECT_EQ(mismatch.status, 400);
    EXPECT_TRUE(mismatch.body.contains("X-Invoker-SessionKey")) << mismatch.body.constData();

    // With it: served.
    EXPECT_EQ(client().getAndWait(url, bearer(token)).status, 200);
}
