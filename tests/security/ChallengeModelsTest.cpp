// Challenge models ("Create Transation Challenge V2 Questions"): the
// request/response examples as printed, field rules, answer protection.
#include "AnswerProtector.h"
#include "ApiError.h"
#include "ChallengeReply.h"
#include "ChallengeRequest.h"
#include "SecurityModelsTestSupport.h"

#include <QRegularExpression>

#include <functional>

namespace {

// Request Example 1 of "Create Transation Challenge V2 Questions", as printed.
const char challengeRequest1[] = R"({
    "clientType": {
      "value": "N"
    },
    "govIssueIdent": {
      "govIssueIdentType": "CC",
      "identSerialNum": "111111"
    },
    "requestType": {
      "value": "P"
    },
    "tx": {
      "id": "100090",

      "txData": [
        {
          "name": "NOMBRE_COMERCIO",
          "value": "COLEGIO JONATHAN SWIFT"
        },
        {
          "name": "TERMINAL_COMERCIO",
          "value": "5555555555555"
        },
        {
          "name": "CODIGO_COMERCIO",
          "value": "1111111111111"
        },
        {
          "name": "REFERENCIA_PAGO_PSE",
          "value": "1356978413820"
        },
        {
          "name": "CODIGO_CONVENIO",
          "value": "PSE"
        }
      ],
       "amt": "10000",
       "sourceAccountNumber": "222222"
    }
  })";

const char challengeRequest2[] = R"( {
  "clientType": {
    "value": "N"
  },
  "govIssueIdent": {
    "govIssueIdentType": "CC",
    "identSerialNum": "111111"
  },
  "requestType": {
    "value": "R"
  },
  "tx": {
    "id": "100090",

   "txData": [
        {
          "name": "NOMBRE_COMERCIO",
          "value": "COLEGIO JONATHAN SWIFT"
        },
        {
          "name": "TERMINAL_COMERCIO",
          "value": "5555555555555"
        },
        {
          "name": "CODIGO_COMERCIO",
          "value": "1111111111111"
        },
        {
          "name": "REFERENCIA_PAGO_PSE",
          "value": "1356978413820"
        },
        {
          "name": "CODIGO_CONVENIO",
          "value": "PSE"
        }
      ],
       "amt": "10000",
       "sourceAccountNumber": "222222"

  },
  "trace": {
    "iteration": {
      "value": "2"
    },
    "retry": {
      "value": "1"
    }
  },
  "question": {
    "quantity": "1"
  },
  "questionList": [
    {
      "question": {
        "type": "M",
        "id": "202410181111029014581",
        "value": "Por favor ingrese el código de 6 dígitos enviado a su correo electrónico y/o teléfono celular registrados.",
        "length": "6",
        "answer": {
          "value": "5F306FE167BF6FB2F805B0BFF3E8C020"
        }
      }
    }
  ]
})";

const char challengeRequest3[] = R"( {
  "clientType": {
    "value": "N"
  },
  "govIssueIdent": {
    "govIssueIdentType": "CC",
    "identSerialNum": "111111"
  },
  "requestType": {
    "value": "R"
  },
  "trace": {
    "iteration": {
      "value": "3"
    },
    "retry": {
      "value": "1"
    }
  },
  "tx": {
    "id": "100090",
    "amt": "10000",
    "sourceAccountNumber": "222222",
    "txData": [
        {
          "name": "NOMBRE_COMERCIO",
          "value": "COLEGIO JONATHAN SWIFT"
        },
        {
          "name": "TERMINAL_COMERCIO",
          "value": "5555555555555"
        },
        {
          "name": "CODIGO_COMERCIO",
          "value": "1111111111111"
        },
        {
          "name": "REFERENCIA_PAGO_PSE",
          "value": "1356978413820"
        },
        {
          "name": "CODIGO_CONVENIO",
          "value": "PSE"
        }
      ]
  },
  "question": {
    "quantity": "1"
  },
  "questionList": [
    {
      "question": {
        "type": "SM",
        "id": "202410181112571944582",
        "value": "¿Usted tiene tarjeta débito y es titular de la tarjeta? Seleccione una opción y digite la clave en caso de que su respuesta sea afirmativa.",
        "length": "4",
        "answer": {
          "id": "A",
          "value": "A8E6803C466D8F68B9856C0EE817D595"

        }
      }
    }
  ]
})";

const char challengeResponse1[] = R"({
    "authorization": {
        "value": "TV",
        "code": null
    },
    "trace": {
        "iteration": {
            "value": "2"
        },
        "retry": {
            "value": "1"
        }
    },
    "questionList": [
        {
            "question": {
                "type": "M",
                "id": "202410181111029014581",
                "value": "Por favor ingrese el código de 6 dígitos enviado a su correo electrónico y/o teléfono celular registrados.",
                "desc": null,
                "length": "6",
                "format": "N",
                "answerList": [
                    {
                        "answer": {
                            "id": null,
                            "value": null
                        }
                    }
                ]
            }
        }
    ]
})";

const char challengeResponse2[] = R"({
    "authorization": {
        "value": "TV",
        "code": null
    },
    "trace": {
        "iteration": {
            "value": "3"
        },
        "retry": {
            "value": "1"
        }
    },
    "questionList": [
        {
            "question": {
                "type": "SM",
                "id": "202410181112571944582",
                "value": "¿Usted tiene tarjeta débito y es titular de la tarjeta? Seleccione una opción y digite la clave en caso de que su respuesta sea afirmativa. ",
                "desc": null,
                "length": "4",
                "format": "N",
                "answerList": [
                    {
                        "answer": {
                            "id": "A",
                            "value": " Sí tengo tarjeta débito "
                        }
                    },
                    {
                        "answer": {
                            "id": "B",
                            "value": " No tengo tarjeta débito"
                        }
                    }
                ]
            }
        }
    ]
})";

const char challengeResponse3[] = R"({
    "authorization": {
        "value": "SI",
        "code": "13581DA3A42EF77CA4ED35BA7BD022E8D6B480F5100090APII427032263281789 20241018111456456"
    }
})";

ChallengeRequest pseRequest()
{
    ChallengeRequest r;
    r.clientType = QStringLiteral("N");
    r.govIssueIdentType = QStringLiteral("CC");
    r.identSerialNum = QStringLiteral("111111");
    r.requestType = QStringLiteral("P");
    r.txId = QStringLiteral("100090");
    r.txData = {{QStringLiteral("NOMBRE_COMERCIO"), QStringLiteral("COLEGIO JONATHAN SWIFT")},
                {QStringLiteral("TERMINAL_COMERCIO"), QStringLiteral("5555555555555")},
                {QStringLiteral("CODIGO_COMERCIO"), QStringLiteral("1111111111111")},
                {QStringLiteral("REFERENCIA_PAGO_PSE"), QStringLiteral("1356978413820")},
                {QStringLiteral("CODIGO_CONVENIO"), QStringLiteral("PSE")}};
    r.amt = QStringLiteral("10000");
    r.sourceAccountNumber = QStringLiteral("222222");
    return r;
}

} // namespace

TEST(ChallengeModels, RequestExample1IsWhatTheStartRequestSends)
{
    const ChallengeRequest r = pseRequest();
    EXPECT_TRUE(r.validate().isEmpty());
    EXPECT_EQ(r.toJson(), parse(challengeRequest1));
}

TEST(ChallengeModels, ResponseExample1ParsesAsACodeQuestion)
{
    const auto reply = ChallengeReply::fromJson(parse(challengeResponse1));
    ASSERT_TRUE(reply);
    EXPECT_TRUE(reply->needsAnswers());
    EXPECT_EQ(reply->authorizationCode, QString());
    EXPECT_EQ(reply->iteration, QStringLiteral("2"));
    EXPECT_EQ(reply->retry, QStringLiteral("1"));
    ASSERT_EQ(reply->questions.size(), 1);
    const ChallengeQuestion &q = reply->questions.first();
    EXPECT_EQ(q.kind(), ChallengeQuestion::Kind::Code);
    EXPECT_EQ(q.id, QStringLiteral("202410181111029014581"));
    EXPECT_EQ(q.answerLength(), 6);
    EXPECT_TRUE(q.numeric());
    EXPECT_TRUE(q.answerList.isEmpty()); // the null placeholder is not an option
    EXPECT_TRUE(q.needsSecret(QString()));
}

TEST(ChallengeModels, RequestExample2IsTheAnswerToResponse1)
{
    const auto reply = ChallengeReply::fromJson(parse(challengeResponse1));
    ASSERT_TRUE(reply);
    const ChallengeRequest answer = pseRequest().answering(
        *reply, {{QStringLiteral("202410181111029014581"), QString(), QStringLiteral("5F306FE167BF6FB2F805B0BFF3E8C020")}});
    EXPECT_EQ(answer.toJson(), parse(challengeRequest2));
}

TEST(ChallengeModels, ResponseExample2ParsesAsAChoiceWithSecret)
{
    const auto reply = ChallengeReply::fromJson(parse(challengeResponse2));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->iteration, QStringLiteral("3"));
    ASSERT_EQ(reply->questions.size(), 1);
    const ChallengeQuestion &q = reply->questions.first();
    EXPECT_EQ(q.kind(), ChallengeQuestion::Kind::ChoiceWithSecret);
    ASSERT_EQ(q.answerList.size(), 2);
    EXPECT_EQ(q.answerList.at(0).id, QStringLiteral("A"));
    EXPECT_EQ(q.answerList.at(0).value, QStringLiteral("Sí tengo tarjeta débito"));
    EXPECT_TRUE(q.needsSecret(QStringLiteral("A")));
    EXPECT_FALSE(q.needsSecret(QStringLiteral("B")));
    EXPECT_EQ(q.answerLength(), 4);
}

TEST(ChallengeModels, RequestExample3IsTheAnswerToResponse2)
{
    const auto reply = ChallengeReply::fromJson(parse(challengeResponse2));
    ASSERT_TRUE(reply);
    const ChallengeRequest answer = pseRequest().answering(
        *reply, {{QStringLiteral("202410181112571944582"), QStringLiteral("A"),
                  QStringLiteral("A8E6803C466D8F68B9856C0EE817D595")}});
    EXPECT_EQ(answer.toJson(), parse(challengeRequest3));
}

TEST(ChallengeModels, ResponseExample3IsTheAuthorization)
{
    const auto reply = ChallengeReply::fromJson(parse(challengeResponse3));
    ASSERT_TRUE(reply);
    EXPECT_TRUE(reply->authorized());
    EXPECT_EQ(reply->authorizationCode,
              QStringLiteral("13581DA3A42EF77CA4ED35BA7BD022E8D6B480F5100090APII427032263281789 20241018111456456"));
    EXPECT_TRUE(reply->questions.isEmpty());
}

TEST(ChallengeModels, AnyOtherAuthorizationValueIsARefusal)
{
    const auto reply = ChallengeReply::fromJson(parse(R"({"authorization":{"value":"NO","code":null}})"));
    ASSERT_TRUE(reply);
    EXPECT_TRUE(reply->refused());
    EXPECT_FALSE(ChallengeReply::fromJson(parse(R"({"trace":{}})")));
    // TV without a question cannot go on.
    EXPECT_FALSE(ChallengeReply::fromJson(parse(R"({"authorization":{"value":"TV","code":null}})")));
}

TEST(ChallengeModels, CapitalisedErrorEnvelopeKeepsTheBankCode)
{
    const auto error = ApiError::fromHttpReply(400, QByteArray(R"({
 "ResponseType": {
 "value": "ER"
 },
 "ResponseDetail": {
 "ErrorCode": "20005",
 "ErrorDesc": "ERROR_ID: 39081 LOS DATOS DE LA TRANSACCION NO SON VALIDOS",
 "ErrorType": "RGN"
 }
})"));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, QStringLiteral("20005"));
    EXPECT_EQ(error->type, QStringLiteral("RGN"));
    EXPECT_TRUE(error->supportReference().contains(QStringLiteral("20005")));
}

TEST(ChallengeModels, StartRequestRules)
{
    struct Case { const char *name; std::function<void(ChallengeRequest &)> change; const char *field; };
    const QList<Case> cases{
        {"unknown identification type", [](ChallengeRequest &r) { r.govIssueIdentType = QStringLiteral("XX"); }, "govIssueIdentType"},
        {"no identification number", [](ChallengeRequest &r) { r.identSerialNum.clear(); }, "identSerialNum"},
        {"letters in a CC", [](ChallengeRequest &r) { r.identSerialNum = QStringLiteral("12A4"); }, "identSerialNum"},
        {"identification over 30", [](ChallengeRequest &r) { r.identSerialNum = QString(31, QLatin1Char('1')); }, "identSerialNum"},
        {"no transaction code", [](ChallengeRequest &r) { r.txId.clear(); }, "tx.id"},
        {"transaction code over 6", [](ChallengeRequest &r) { r.txId = QStringLiteral("1000900"); }, "tx.id"},
        {"no transaction data", [](ChallengeRequest &r) { r.txData.clear(); }, "tx.txData"},
        {"data without value", [](ChallengeRequest &r) { r.txData.first().value.clear(); }, "tx.txData"},
        {"data name over 30", [](ChallengeRequest &r) { r.txData.first().name = QString(31, QLatin1Char('N')); }, "tx.txData"},
        {"amount with letters", [](ChallengeRequest &r) { r.amt = QStringLiteral("10.000"); }, "tx.amt"},
        {"amount over 14", [](ChallengeRequest &r) { r.amt = QString(15, QLatin1Char('9')); }, "tx.amt"},
        {"client type of two letters", [](ChallengeRequest &r) { r.clientType = QStringLiteral("NN"); }, "clientType"},
        {"source over 30", [](ChallengeRequest &r) { r.sourceAccountNumber = QString(31, QLatin1Char('2')); }, "tx.sourceAccountNumber"},
    };
    for (const Case &c : cases) {
        ChallengeRequest r = pseRequest();
        c.change(r);
        EXPECT_TRUE(hasIssueFor(r.validate(), QString::fromLatin1(c.field))) << c.name;
    }
}

TEST(ChallengeModels, SecretAnswerRules)
{
    const auto reply = ChallengeReply::fromJson(parse(challengeResponse1));
    ASSERT_TRUE(reply);
    const ChallengeQuestion &q = reply->questions.first();
    EXPECT_FALSE(q.secretProblem(QString()).isEmpty());
    EXPECT_FALSE(q.secretProblem(QStringLiteral("12345")).isEmpty());
    EXPECT_FALSE(q.secretProblem(QStringLiteral("1234567")).isEmpty());
    EXPECT_FALSE(q.secretProblem(QStringLiteral("12345a")).isEmpty());
    EXPECT_TRUE(q.secretProblem(QStringLiteral("123456")).isEmpty());
}

TEST(AnswerProtection, TrainingSchemeGives32UppercaseHexSaltedByQuestion)
{
    const TrainingAnswerProtector protector;
    const QString a = protector.protect(QStringLiteral("111111"), QStringLiteral("202410181111029014581"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9A-F]{32}$")).match(a).hasMatch()) << a.toStdString();
    EXPECT_EQ(a, protector.protect(QStringLiteral("111111"), QStringLiteral("202410181111029014581")));
    EXPECT_NE(a, protector.protect(QStringLiteral("111111"), QStringLiteral("202410181111029014582")));
    EXPECT_NE(a, protector.protect(QStringLiteral("111112"), QStringLiteral("202410181111029014581")));
    EXPECT_FALSE(a.contains(QStringLiteral("111111")));
    // Another key (production material) gives another value: the seam works.
    const TrainingAnswerProtector other(QByteArrayLiteral("another key"));
    EXPECT_NE(a, other.protect(QStringLiteral("111111"), QStringLiteral("202410181111029014581")));
}
