// The training server's "Check Basic Customer Information" v1/v2 and "Get
// Customer Locations", checked on the wire (envelopes exactly as the seed's
// tables write them).
#include "SandboxTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QUrlQuery query(std::initializer_list<std::pair<const char *, const char *>> items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(QString::fromUtf8(key), QString::fromUtf8(value));
    return q;
}

QJsonObject envelope(const char *code, const char *description, const char *type)
{
    return QJsonObject{{QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), QStringLiteral("ER")}}},
                       {QStringLiteral("responseDetail"),
                        QJsonObject{{QStringLiteral("errorCode"), QString::fromUtf8(code)},
                                    {QStringLiteral("errorDesc"), QString::fromUtf8(description)},
                                    {QStringLiteral("errorType"), QString::fromUtf8(type)}}}};
}
} // namespace

class BasicDataByMnemonicTest : public SandboxSuite
{
protected:
    HttpResult get(const QString &path, const QUrlQuery &q)
    {
        const QString token = client().fetchToken(server());
        return client().getAndWait(server().url(path, q), bearer(token));
    }
};

TEST_F(BasicDataByMnemonicTest, V1AndV2AnswerForJeimyAndTheDocumentedErrorsOtherwise)
{
    for (const QString &path : {QStringLiteral("/customerAccountManagement/v1/BasicData"),
                               QStringLiteral("/customerAccountManagement/v2/basicData")}) {
        const HttpResult jeimy = get(path, query({{"mnemonic", "CC1234567890"}}));
        ASSERT_EQ(jeimy.status, 200) << jeimy.body.constData();
        EXPECT_EQ(jeimy.json().value(QStringLiteral("responseType")).toObject().value(QStringLiteral("value")),
                  QStringLiteral("OK"));

        const HttpResult unknown = get(path, query({{"mnemonic", "CC5550000001"}}));
        EXPECT_EQ(unknown.status, 404);
        EXPECT_EQ(unknown.json(), envelope("1006", "NO FOUND", "BDA")) << unknown.body.constData();

        const HttpResult missing = get(path, {});
        EXPECT_EQ(missing.status, 400);
        EXPECT_EQ(missing.json(), envelope("00001", "User required fields are missing.", "DAT"));

        const HttpResult malformed = get(path, query({{"mnemonic", "XX12"}}));
        EXPECT_EQ(malformed.status, 400);
        EXPECT_EQ(malformed.json(), envelope("1", "BAD REQUEST.", "BDA"));
    }
}

TEST_F(BasicDataByMnemonicTest, LocationsOfTheSeedsExamplePersonFollowHisAddresses)
{
    // Joaquín Duarte is the person of the seed's locations example.
    const HttpResult result = get(QStringLiteral("/customer-management/v1/location/79512345"),
                                  query({{"govIssueIdentType", "CC"}, {"action", "I"}, {"condition", "1"}}));
    ASSERT_EQ(result.status, 200) << result.body.constData();
    const QJsonObject ident = result.json().value(QStringLiteral("govIssueIdent")).toObject();
    EXPECT_EQ(ident.value(QStringLiteral("fullName")).toString(), QStringLiteral("JOAQUIN MARIO DUARTE IREGUI"));
    EXPECT_EQ(ident.value(QStringLiteral("personType")).toString(), QStringLiteral("N"));
    const QJsonArray addresses = ident.value(QStringLiteral("postAddr")).toArray();
    ASSERT_EQ(addresses.size(), 2);
    EXPECT_EQ(addresses.at(0).toObject().value(QStringLiteral("addr1")).toString(), QStringLiteral("CL 126 7 C 23"));
    EXPECT_EQ(addresses.at(1).toObject().value(QStringLiteral("addr1")).toString(), QStringLiteral("KR 22 06 32"));
    EXPECT_EQ(addresses.at(1).toObject().value(QStringLiteral("addrType")).toObject().value(QStringLiteral("code")),
              QStringLiteral("04"));
}

TEST_F(BasicDataByMnemonicTest, LocationsErrors)
{
    const HttpResult unknown = get(QStringLiteral("/customer-management/v1/location/5550000001"),
                                   query({{"govIssueIdentType", "CC"}}));
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(unknown.json(), envelope("51011", "CC5550000001 CLIENTE NO EXISTE BCSC", "STA"))
        << unknown.body.constData();

    const HttpResult badAction = get(QStringLiteral("/customer-management/v1/location/1234567890"),
                                     query({{"govIssueIdentType", "CC"}, {"action", "X"}}));
    EXPECT_EQ(badAction.status, 404);
    EXPECT_EQ(badAction.json(), envelope("50005", "OPCION DE ACCION INVALIDA", "STA"));

    const HttpResult noType = get(QStringLiteral("/customer-management/v1/location/1234567890"), {});
    EXPECT_EQ(noType.status, 400);
    EXPECT_EQ(noType.json(), envelope("1", "BAD REQUEST.", "BDA"));
}
