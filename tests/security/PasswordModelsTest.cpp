// Password models: password status (query, response, lock/unlock) and the
// OUD password policy table.
#include "PasswordPolicy.h"
#include "PasswordStatus.h"
#include "SecurityModelsTestSupport.h"

TEST(PasswordStatusModels, ResponseExampleParses)
{
    const auto status = PasswordStatus::fromJson(parse(R"({
    "responseType": {
        "value": "OK"
    },
    "custPswdInfo": {
        "pswdStatus": "1",
        "desc": "Activo"
    },
    "contactInfo": {
        "cellPhone": "3175137626",
        "emailAddr": "s9m3b9o7@bancocajasocial.com"
    }
})"));
    ASSERT_TRUE(status);
    EXPECT_EQ(status->responseType, QStringLiteral("OK"));
    EXPECT_EQ(status->pswdStatus, QStringLiteral("1"));
    EXPECT_FALSE(status->locked());
    EXPECT_EQ(status->desc, QStringLiteral("Activo"));
    EXPECT_EQ(status->cellPhone, QStringLiteral("3175137626"));
    EXPECT_EQ(status->emailAddr, QStringLiteral("s9m3b9o7@bancocajasocial.com"));
}

TEST(PasswordStatusModels, QueryExamplesAreTheDocumentsQueryStrings)
{
    PasswordStatusQuery byId;
    byId.transactionId = QStringLiteral("4835799410");
    byId.govIssueIdentType = QStringLiteral("CC");
    byId.identSerialNum = QStringLiteral("1007641");
    EXPECT_TRUE(byId.validate().isEmpty());
    const QList<QPair<QString, QString>> expectedById{{QStringLiteral("transactionId"), QStringLiteral("4835799410")},
                                                      {QStringLiteral("nameAddrType"), QStringLiteral("N")},
                                                      {QStringLiteral("govIssueIdentType"), QStringLiteral("CC")},
                                                      {QStringLiteral("identSerialNum"), QStringLiteral("1007641")}};
    EXPECT_EQ(byId.queryItems(), expectedById);
    PasswordStatusQuery byAlias;
    byAlias.transactionId = QStringLiteral("4835799410");
    byAlias.spName = QStringLiteral("ALIAS8985");
    const QList<QPair<QString, QString>> expectedByAlias{{QStringLiteral("transactionId"), QStringLiteral("4835799410")},
                                                         {QStringLiteral("nameAddrType"), QStringLiteral("N")},
                                                         {QStringLiteral("SPName"), QStringLiteral("ALIAS8985")}};
    EXPECT_EQ(byAlias.queryItems(), expectedByAlias);
    PasswordStatusQuery empty;
    EXPECT_TRUE(hasIssueFor(empty.validate(), QStringLiteral("transactionId")));
    EXPECT_TRUE(hasIssueFor(empty.validate(), QStringLiteral("identSerialNum")));
}

TEST(PasswordStatusModels, ChangeRequestAndResponseExamples)
{
    PasswordStatusChange change;
    change.govIssueIdentType = QStringLiteral("CC");
    change.identSerialNum = QStringLiteral("1007641");
    change.lock = false;
    EXPECT_EQ(change.toJson(), parse(R"({
    "govIssueIdent": {
        "govIssueIdentType": "CC",
        "identSerialNum": "1007641"
    },
    "personName": {
        "user": ""
    },
    "custPswd": {
        "status": "Active"
    }
})"));
    const auto reply = PasswordStatusChangeReply::fromJson(parse(R"({
    "responseType": {
        "value": "OK"
    },
    "status": {
        "statusDesc": "Cambio estado clave de usuario Exitosa.",
        "endDt": "2023-06-23-12:57:48.941"
    }
})"));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->statusDesc, QStringLiteral("Cambio estado clave de usuario Exitosa."));
    EXPECT_EQ(reply->endDt, QStringLiteral("2023-06-23-12:57:48.941"));
}

TEST(PasswordPolicyTable, EveryRuleHasItsOudCode)
{
    const PasswordPolicy policy;
    struct Case { const char *password; const char *code; };
    const QList<Case> cases{
        {"Ab1", "1020"},                 // too short
        {"Abcd1234Efgh5678X", "1020"},  // too long
        {"1007641", "1008"},            // equal to the ID (also too short)
        {"aaaaaaaa", "1009"},           // all equal
        {"Casa1111x", "1019"},          // four repeated
        {"Casa1234x", "1019"},          // four consecutive
        {"Cas4dcba9", "1019"},          // four falling
        {"Casa 12x9", "1010"},          // space
        {"Casa_12x9", "1010"},          // special character
        {"0Casa12x9", "1011"},          // starts with 0
        {"83927461", "1012"},           // digits only
        {"Casablanca", "1013"},         // letters only
        {"Casablanca", "1015"},         // not alphanumeric
    };
    for (const Case &c : cases) {
        const auto violations = policy.check(QString::fromUtf8(c.password), QStringLiteral("1007641"));
        bool found = false;
        for (const auto &v : violations)
            found = found || v.code == QLatin1String(c.code);
        EXPECT_TRUE(found) << c.password << " should break " << c.code;
    }
    EXPECT_TRUE(policy.check(QStringLiteral("Casa12x9"), QStringLiteral("1007641")).isEmpty());
    const auto same = policy.check(QStringLiteral("Casa12x9"), QStringLiteral("1007641"), QStringLiteral("Casa12x9"));
    ASSERT_EQ(same.size(), 1);
    EXPECT_EQ(same.first().code, QStringLiteral("1014"));
    EXPECT_TRUE(policy.check(QStringLiteral("Cas123x9"), QStringLiteral("1")).isEmpty()); // three in a row is allowed
}
