#include "SandboxTestSupport.h"

#include <QJsonDocument>

namespace {
struct EnvelopeFault
{
    const char *name;
    const char *identSerialNum;
    int status;
    const char *body;
};

void PrintTo(const EnvelopeFault &fault, std::ostream *os)
{
    *os << fault.name;
}

const char notFoundEnvelope[] = R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"00001",
"errorDesc":"NO ENCONTRO NINGUN REGISTRO","errorType":"DAT"}})";
} // namespace

class FaultIdentitiesTest : public SandboxSuite
{
protected:
    QUrl faultUrl(const char *number)
    {
        return server().url(basicDataPath, identificationQuery(QStringLiteral("CC"), QString::fromLatin1(number)));
    }
};

class EnvelopeFaultTest : public FaultIdentitiesTest, public ::testing::WithParamInterface<EnvelopeFault>
{
};

TEST_P(EnvelopeFaultTest, AnswersTheDocumentedShape)
{
    const EnvelopeFault &fault = GetParam();
    const HttpResult result =
        lookup(identificationQuery(QStringLiteral("CC"), QString::fromLatin1(fault.identSerialNum)));
    EXPECT_EQ(result.status, fault.status);
    EXPECT_TRUE(result.contentType.startsWith("application/json")) << result.contentType.constData();
    const QJsonObject expected = parseJson(fault.body);
    ASSERT_FALSE(expected.isEmpty()) << "bad expectation";
    EXPECT_EQ(result.json(), expected) << result.body.constData();
}

INSTANTIATE_TEST_SUITE_P(
    Sandbox, EnvelopeFaultTest,
    ::testing::Values(
        EnvelopeFault{"er500", "9990000500", 500,
                      R"({"responseType":{"value":"ER500"},"responseDetail":{"errorCode":"500",
                         "errorDesc":"INTERNAL SERVER ERROR","errorType":"BDA"}})"},
        EnvelopeFault{"capitalised", "9990000501", 500,
                      R"({"ResponseType":{"Value":"ER"},"ResponseDetail":{"ErrorCode":"20005",
                         "ErrorDesc":"ERROR_ID: 39081 LOS DATOS DE LA TRANSACCION NO SON VALIDOS",
                         "ErrorType":"RGN"}})"},
        EnvelopeFault{"err400_numeric_code", "9990000400", 400,
                      R"({"responseType":{"value":"ERR400"},"responseDetail":{"errorCode":400,
                         "errorDesc":"Payload not found","errorType":"Bad Request"}})"},
        EnvelopeFault{"error_in_200", "9990000200", 200,
                      R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"OSB-382505",
                         "errorDesc":"OSB Validate action failed","errorType":"EXP"}})"},
        EnvelopeFault{"forbidden", "9990000403", 403,
                      R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"1005",
                         "errorDesc":"FORBIDDEN","errorType":"BDA"}})"}),
    [](const ::testing::TestParamInfo<EnvelopeFault> &param) { return std::string(param.param.name); });

TEST_F(FaultIdentitiesTest, NumericErrorCodeStaysANumber)
{
    const HttpResult result = lookup(identificationQuery(QStringLiteral("CC"), QStringLiteral("9990000400")));
    const QJsonObject detail = result.json().value(QStringLiteral("responseDetail")).toObject();
    const QJsonValue code = detail.value(QStringLiteral("errorCode"));
    EXPECT_TRUE(code.isDouble());
}

TEST_F(FaultIdentitiesTest, ServiceUnavailableIsPlainText)
{
    const HttpResult result = lookup(identificationQuery(QStringLiteral("CC"), QStringLiteral("9990000503")));
    EXPECT_EQ(result.status, 503);
    EXPECT_TRUE(result.contentType.startsWith("text/plain")) << result.contentType.constData();
    EXPECT_EQ(result.body, QByteArray("Service Unavailable"));
}

TEST_F(FaultIdentitiesTest, MalformedBodyIsNotJson)
{
    const HttpResult result = lookup(identificationQuery(QStringLiteral("CC"), QStringLiteral("9990000502")));
    EXPECT_EQ(result.status, 200);
    EXPECT_FALSE(result.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(result.body, &error);
    EXPECT_NE(error.error, QJsonParseError::NoError) << result.body.constData();
}

TEST_F(FaultIdentitiesTest, DroppedConnectionHasNoHttpStatus)
{
    const HttpResult result = lookup(identificationQuery(QStringLiteral("CC"), QStringLiteral("9990000444")));
    EXPECT_TRUE(result.finished);
    EXPECT_EQ(result.status, 0) << result.body.constData();
    EXPECT_NE(result.error, QNetworkReply::NoError);
    EXPECT_TRUE(result.body.isEmpty());
    // The server goes on serving.
    EXPECT_EQ(client().getAndWait(server().url(QStringLiteral("/training/health"))).status, 200);
}

TEST_F(FaultIdentitiesTest, FaultsNeedAToken)
{
    const HttpResult result = client().getAndWait(faultUrl("9990000500"));
    EXPECT_EQ(result.status, 401);
}

TEST_F(FaultIdentitiesTest, OnlyAsCitizenshipCard)
{
    const HttpResult result = lookup(identificationQuery(QStringLiteral("CE"), QStringLiteral("9990000500")));
    EXPECT_EQ(result.status, 404);
    EXPECT_EQ(result.json(), parseJson(notFoundEnvelope));
}

TEST_F(FaultIdentitiesTest, SlowAnswerDoesNotBlockOtherClients)
{
    const QString token = client().fetchToken(server());
    QNetworkReply *slow = client().get(faultUrl("9990000408"), bearer(token));
    QTest::qWait(500); // lets the slow request reach the server before the health check

    QNetworkReply *health = client().get(server().url(QStringLiteral("/training/health")));

    ASSERT_TRUE(QTest::qWaitFor([health] { return health->isFinished(); }, 8000));
    EXPECT_FALSE(slow->isFinished()) << "the slow answer came before the health answer";
    const HttpResult healthResult = HttpsClient::wait(health);
    EXPECT_EQ(healthResult.status, 200);

    const HttpResult slowResult = HttpsClient::wait(slow, 30000);
    ASSERT_TRUE(slowResult.finished);
    EXPECT_EQ(slowResult.status, 404);
    EXPECT_EQ(slowResult.json(), parseJson(notFoundEnvelope)) << slowResult.body.constData();
}
