#include "SandboxTestSupport.h"

#include <QJsonObject>

namespace {
const char unauthorizedEnvelope[] = R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"1004",
"errorDesc":"UNATHORIZED","errorType":"BDA"}})";

const QString tokenPath = QStringLiteral("/oauth2/token");
} // namespace

class OAuthTest : public SandboxSuite
{
protected:
    HttpResult token(const QByteArray &body, const QByteArray &authorization = {})
    {
        return client().postAndWait(server().url(tokenPath), body, authorization);
    }

    HttpResult jeimy(const QByteArray &authorization)
    {
        return client().getAndWait(
            server().url(basicDataPath, identificationQuery(QStringLiteral("CC"), QStringLiteral("1234567890"))),
            authorization);
    }
};

TEST_F(OAuthTest, ClientCredentialsWithHttpBasic)
{
    const HttpResult result = token(QByteArrayLiteral("grant_type=client_credentials"),
                                    basicAuthorization(QStringLiteral("training"), QStringLiteral("training")));
    ASSERT_EQ(result.status, 200) << result.body.constData();
    const QJsonObject json = result.json();
    EXPECT_GE(json.value(QStringLiteral("access_token")).toString().size(), 32);
    EXPECT_EQ(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    EXPECT_EQ(json.value(QStringLiteral("expires_in")).toInt(), 3600);
    EXPECT_EQ(result.header("Cache-Control"), QByteArray("no-store")); // RFC 6749 §5.1
}

TEST_F(OAuthTest, ClientCredentialsWithFormFields)
{
    const HttpResult result =
        token(QByteArrayLiteral("grant_type=client_credentials&client_id=training&client_secret=training"));
    ASSERT_EQ(result.status, 200) << result.body.constData();
    const QString accessToken = result.json().value(QStringLiteral("access_token")).toString();
    EXPECT_GE(accessToken.size(), 32);
    EXPECT_EQ(jeimy(bearer(accessToken)).status, 200);
}

TEST_F(OAuthTest, EveryTokenIsNew)
{
    const QString first = client().fetchToken(server());
    const QString second = client().fetchToken(server());
    EXPECT_NE(first, second);
    EXPECT_EQ(jeimy(bearer(first)).status, 200);
    EXPECT_EQ(jeimy(bearer(second)).status, 200);
}

TEST_F(OAuthTest, WrongClientIsInvalidClient)
{
    const HttpResult basic = token(QByteArrayLiteral("grant_type=client_credentials"),
                                   basicAuthorization(QStringLiteral("training"), QStringLiteral("wrong")));
    EXPECT_EQ(basic.status, 401);
    EXPECT_EQ(basic.json(), parseJson(R"({"error":"invalid_client"})")) << basic.body.constData();
    EXPECT_TRUE(basic.header("WWW-Authenticate").startsWith("Basic")); // RFC 6749 §5.2

    const HttpResult form =
        token(QByteArrayLiteral("grant_type=client_credentials&client_id=other&client_secret=training"));
    EXPECT_EQ(form.status, 401);
    EXPECT_EQ(form.json(), parseJson(R"({"error":"invalid_client"})")) << form.body.constData();

    const HttpResult none = token(QByteArrayLiteral("grant_type=client_credentials"));
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(none.json(), parseJson(R"({"error":"invalid_client"})")) << none.body.constData();
}

TEST_F(OAuthTest, OtherGrantIsUnsupportedGrantType)
{
    const QByteArray training = basicAuthorization(QStringLiteral("training"), QStringLiteral("training"));
    for (const QByteArray &body : {QByteArrayLiteral("grant_type=password&username=a&password=b"),
                                   QByteArrayLiteral("grant_type=authorization_code&code=x")}) {
        const HttpResult result = token(body, training);
        EXPECT_EQ(result.status, 400) << body.constData();
        EXPECT_EQ(result.json(), parseJson(R"({"error":"unsupported_grant_type"})")) << result.body.constData();
    }
    const HttpResult missing = token(QByteArray(), training);
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json(), parseJson(R"({"error":"invalid_request"})")) << missing.body.constData();
}

TEST_F(OAuthTest, ApiWithoutValidTokenIsTheUnauthorizedEnvelope)
{
    for (const QByteArray &authorization :
         {QByteArray(), QByteArrayLiteral("Bearer not-a-real-token-0123456789abcdef0123456789"),
          basicAuthorization(QStringLiteral("training"), QStringLiteral("training")), QByteArrayLiteral("Bearer ")}) {
        const HttpResult result = jeimy(authorization);
        EXPECT_EQ(result.status, 401) << authorization.constData();
        EXPECT_EQ(result.json(), parseJson(unauthorizedEnvelope)) << result.body.constData();
        EXPECT_TRUE(result.header("WWW-Authenticate").startsWith("Bearer")); // RFC 6750 §3
    }
}

TEST_F(OAuthTest, ExpireTokensControlInvalidatesEveryIssuedToken)
{
    const QString before = client().fetchToken(server());
    const QString alsoBefore = client().fetchToken(server());
    ASSERT_EQ(jeimy(bearer(before)).status, 200);

    const HttpResult control = client().postAndWait(server().url(QStringLiteral("/training/faults/expire-tokens")),
                                                    QByteArrayLiteral("{}"));
    ASSERT_EQ(control.status, 200) << control.body.constData();
    EXPECT_EQ(control.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    // What the client does: the call gets 401, it fetches a new token and retries once.
    const HttpResult refused = jeimy(bearer(before));
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.json(), parseJson(unauthorizedEnvelope));
    EXPECT_EQ(jeimy(bearer(alsoBefore)).status, 401);
    const QString after = client().fetchToken(server());
    EXPECT_EQ(jeimy(bearer(after)).status, 200);
}

TEST(OAuthLifetime, TokenLifetimeOptionIsHonoured)
{
    SandboxProcess server({QStringLiteral("--token-lifetime"), QStringLiteral("1")});
    ASSERT_TRUE(server.waitUntilListening()) << server.errorString().toStdString();
    HttpsClient client(server.caCertificates());
    const HttpResult issued =
        client.postAndWait(server.url(tokenPath), QByteArrayLiteral("grant_type=client_credentials"),
                           basicAuthorization(QStringLiteral("training"), QStringLiteral("training")));
    ASSERT_EQ(issued.status, 200);
    EXPECT_EQ(issued.json().value(QStringLiteral("expires_in")).toInt(), 1);
    const QByteArray authorization = bearer(issued.json().value(QStringLiteral("access_token")).toString());
    const QUrl url = server.url(basicDataPath, identificationQuery(QStringLiteral("CC"), QStringLiteral("1234567890")));
    EXPECT_EQ(client.getAndWait(url, authorization).status, 200);
    QTest::qWait(1500); // the lifetime itself is what is tested
    const HttpResult late = client.getAndWait(url, authorization);
    EXPECT_EQ(late.status, 401);
    EXPECT_EQ(late.json(), parseJson(unauthorizedEnvelope));
}
