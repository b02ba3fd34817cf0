// security-management models: every example printed in seed 001 parses (or
// is produced) as printed, and the field rules reject what the document
// rejects.
#include "AnswerProtector.h"
#include "ApiError.h"
#include "AuthenticationChannel.h"
#include "AuthenticationLevel.h"
#include "ChallengeReply.h"
#include "ChallengeRequest.h"
#include "ChannelHolds.h"
#include "CorrespondentWithdrawal.h"
#include "PasswordPolicy.h"
#include "PasswordStatus.h"
#include "WithdrawalOtp.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QJsonObject parse(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

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

TEST(WithdrawalOtpModels, RequestAndResponseExamples)
{
    WithdrawalOtpRequest r;
    r.govIssueIdentType = QStringLiteral("CC");
    r.identSerialNum = QStringLiteral("235435435");
    r.acctId = QStringLiteral("2343454353");
    r.amt = QStringLiteral("20000");
    r.idOtc = QStringLiteral("001");
    EXPECT_TRUE(r.validate().isEmpty());
    EXPECT_EQ(r.toJson(), parse(R"({
  "govIssueIdent": {
    "govIssueIdentType": "CC",
    "identSerialNum": "235435435"
  },
  "xFerInfo": {
    "depAcctIdFrom": {
      "acctId": "2343454353"
    },
    "curAmt": {
      "amt": 20000
    }
  },
  "otc": {
    "idOtc": "001"
  }
})"));
    const auto reply = WithdrawalOtpReply::fromJson(parse(R"( {
  "responseType":{
      "value":"OK"
  },
  "otpInfo":{
      "otpValue":"455667"
  }
})"));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->otpValue, QStringLiteral("455667"));
    WithdrawalOtpRequest bad = r;
    bad.amt = QStringLiteral("0");
    EXPECT_TRUE(hasIssueFor(bad.validate(), QStringLiteral("amt")));
    bad.amt = QStringLiteral("20.000");
    EXPECT_TRUE(hasIssueFor(bad.validate(), QStringLiteral("amt")));
    bad = r;
    bad.acctId = QStringLiteral("ABC");
    EXPECT_TRUE(hasIssueFor(bad.validate(), QStringLiteral("acctId")));
}

TEST(CorrespondentWithdrawalModels, RequestAndResponseExamples)
{
    CorrespondentWithdrawalRequest r;
    r.transactionHour = QStringLiteral("15:37:59");
    r.trnRqUID = QStringLiteral("017269");
    r.code = QStringLiteral("0000000059");
    r.branchName = QStringLiteral("MI OFICINA BETTY");
    r.cityId = QStringLiteral("25386");
    r.city = QStringLiteral("LA MESA");
    r.stateProv = QStringLiteral("25");
    r.acctId = QStringLiteral("83000109863");
    r.amt = QStringLiteral("1000000");
    r.sealedOtp = QStringLiteral("f3TCdCsRp8MO/VjFQ==");
    r.identSerialNum = QStringLiteral("1028780657");
    EXPECT_TRUE(r.validate().isEmpty());
    EXPECT_EQ(r.toJson(), parse(R"({
  "trn": {
    "transactionHour": "15:37:59",
    "trnRqUID": "017269",
    "code": "0000000059",
    "branchName": "MI OFICINA BETTY",
    "cityId": "25386",
    "city": "LA MESA",
    "stateProv": "25",
    "depAcctIdFrom": {
      "acctId": "83000109863"
    },
    "otp": {
      "type": "Normal",
      "curAmt": {
        "amt": 1000000
      },
      "otpValue": "f3TCdCsRp8MO/VjFQ==",
      "govIssueIdent": {
        "identSerialNum": "1028780657"
      }
    }
  }
})"));
    const auto reply = CorrespondentWithdrawal::fromJson(parse(R"({
  "responseType": {
    "value": "OK"
  },
  "trn": {
    "approvalId":"224671",
    "depAcctId": {
      "acctId": "26500084997",
      "acctType": "AHORROS"
    }
  }
})"));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->approvalId, QStringLiteral("224671"));
    EXPECT_EQ(reply->acctType, QStringLiteral("AHORROS"));
}

TEST(ChannelHoldsModels, ConsultExampleParsesWithItsSwappedWords)
{
    const auto holds = ChannelHolds::fromJson(parse(R"({
    "responseType": {
        "value": "OK"
    },
    "trnSrcInfo": {
        "resultsPagesGeneric": {
            "totalRecords": "0000",
            "recordsXPage": "02"
        },
        "blockingInfo": [
            {
                "channel": "007",
                "subChannel": "00",
                "type": "Unlock",
                "status": "Product",
                "acctId": "1354164141",
                "user": "INTERNET",
                "branchId": "321102",
                "establishDt": "2024-05-20 11.24.21 AM",
                "unblockingInfo": {
                    "user": "INTERNET",
                    "branchId": "321102",
                    "establishDt": "2024-05-22 01.05.59 AM"
                }
            },
            {
                "channel": "015",
                "subChannel": "00",
                "type": "Unlock",
                "status": "Product",
                "acctId": "1354164141",
                "user": "INTERNET",
                "branchId": "321102",
                "establishDt": "2024-05-07 08.44.40 AM",
                "unblockingInfo": {
                    "user": "",
                    "branchId": "",
                    "establishDt": ""
                }
            }
        ]
    }
})"));
    ASSERT_TRUE(holds);
    EXPECT_EQ(holds->recordsXPage, 2);
    EXPECT_EQ(holds->totalRecords, 2); // "0000" while listing two
    ASSERT_EQ(holds->holds.size(), 2);
    const ChannelHold &first = holds->holds.first();
    EXPECT_EQ(first.channel, QStringLiteral("007"));
    EXPECT_EQ(first.type, QStringLiteral("Product"));
    EXPECT_EQ(first.status, QStringLiteral("Unlock"));
    EXPECT_TRUE(first.byProduct());
    EXPECT_FALSE(first.locked());
    EXPECT_EQ(first.unblockingEstablishDt, QStringLiteral("2024-05-22 01.05.59 AM"));
}

TEST(ChannelHoldsModels, BothLockUnlockSuccessShapesParse)
{
    const auto echoed = ChannelHoldChangeReply::fromJson(parse(R"({
    "trnSrcInfo": {
        "blockingInfo": {
            "identSerialNum": "38250250",
            "govIssueIdentType": "CC",
            "channel": "007",
            "subChannel": "00",
            "acctId": "1354164141",
            "channelDesc": "",
            "action": "Unlock",
            "type": "Product",
            "user": "INTERNET",
            "branchId": "321102"
        }
    }
})"));
    ASSERT_TRUE(echoed);
    EXPECT_EQ(echoed->action, QStringLiteral("Unlock"));
    const auto plain = ChannelHoldChangeReply::fromJson(parse(R"({
    "responseType": {
        "value": "OK"
    }
})"));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->responseType, QStringLiteral("OK"));
    const auto error = ApiError::fromHttpReply(500, QByteArray(R"({
    "responseType": {
        "value": "ER500"
    },
    "responseDetail": {
        "errorCode": "",
        "errorDesc": "",
        "errorType": ""
    }
})"));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->responseType, QStringLiteral("ER500"));
}

TEST(ChannelHoldsModels, LockRequestIsTheDocumentsBody)
{
    ChannelHoldChange change;
    change.identSerialNum = QStringLiteral("38250250");
    change.govIssueIdentType = QStringLiteral("CC");
    change.channel = QStringLiteral("007");
    change.subChannel = QStringLiteral("00");
    change.acctId = QStringLiteral("1354164141");
    change.lock = false;
    change.byProduct = true;
    change.user = QStringLiteral("INTERNET");
    change.branchId = QStringLiteral("321102");
    EXPECT_TRUE(change.validate().isEmpty());
    EXPECT_EQ(change.toJson(), parse(R"({
    "trnSrcInfo": {
        "blockingInfo": {
            "identSerialNum": "38250250",
            "govIssueIdentType": "CC",
            "channel": "007",
            "subChannel": "00",
            "acctId": "1354164141",
            "channelDesc": "",
            "action": "Unlock",
            "type": "Product",
            "user": "INTERNET",
            "branchId": "321102"
        }
    }
})"));
    EXPECT_TRUE(change.describe().contains(QStringLiteral("1354164141")));
    ChannelHoldChange both = change;
    both.channelDesc = QStringLiteral("INTERNET");
    EXPECT_TRUE(hasIssueFor(both.validate(), QStringLiteral("ChannelDesc")));
    ChannelHoldChange neither = change;
    neither.channel.clear();
    neither.subChannel.clear();
    EXPECT_TRUE(hasIssueFor(neither.validate(), QStringLiteral("Channel")));
    ChannelHoldChange noProduct = change;
    noProduct.acctId.clear();
    EXPECT_TRUE(hasIssueFor(noProduct.validate(), QStringLiteral("AcctId")));
}

TEST(ChannelHoldsModels, PagingMath)
{
    EXPECT_EQ(ChannelHoldsQuery::initialRecordOfPage(1, 20), 1);
    EXPECT_EQ(ChannelHoldsQuery::initialRecordOfPage(2, 20), 21);
    EXPECT_EQ(ChannelHoldsQuery::initialRecordOfPage(3, 2), 5);
    EXPECT_EQ(ChannelHoldsQuery::initialRecordOfPage(0, 2), 1);
    EXPECT_EQ(ChannelHolds::pageCount(0, 20), 1);
    EXPECT_EQ(ChannelHolds::pageCount(20, 20), 1);
    EXPECT_EQ(ChannelHolds::pageCount(21, 20), 2);
    EXPECT_EQ(ChannelHolds::pageCount(5, 2), 3);
    ChannelHoldsQuery query;
    query.govIssueIdentType = QStringLiteral("CC");
    query.identSerialNum = QStringLiteral("38250250");
    query.recordsPerPage = 21;
    EXPECT_TRUE(hasIssueFor(query.validate(), QStringLiteral("RecordsXPage")));
    query.recordsPerPage = 0;
    EXPECT_TRUE(hasIssueFor(query.validate(), QStringLiteral("RecordsXPage")));
    query.recordsPerPage = 20;
    query.lockedOnly = true;
    query.initialRecord = 21;
    EXPECT_TRUE(query.validate().isEmpty());
    const QList<QPair<QString, QString>> expected{{QStringLiteral("GovIssueIdentType"), QStringLiteral("CC")},
                                                  {QStringLiteral("status"), QStringLiteral("Locked")},
                                                  {QStringLiteral("initialRecord"), QStringLiteral("21")},
                                                  {QStringLiteral("RecordsXPage"), QStringLiteral("20")}};
    EXPECT_EQ(query.queryItems(), expected);
}

TEST(AuthenticationModels, LevelRequestAndResponseExamples)
{
    AuthenticationLevelRequest r;
    r.processDate = QStringLiteral("020-05-26 14:23:12.713290"); // the document's year, as printed
    r.workingDayFrame = QStringLiteral("N");
    r.govIssueIdentType = QStringLiteral("CC");
    r.identSerialNum = QStringLiteral("1030");
    r.requestNumber = QStringLiteral("257896");
    r.adviserIdentType = QStringLiteral("CC");
    r.adviserIdentSerialNum = QStringLiteral("1025");
    r.trnRqUID = QStringLiteral("101261");
    r.authSystem = QStringLiteral("SIEBEL");
    EXPECT_TRUE(r.validate().isEmpty());
    EXPECT_EQ(r.toJson(), parse(R"({
  "transaction": {
    "processDate": "020-05-26 14:23:12.713290",
    "workingDayFrame": "N",
    "govIssueIdent": {
      "govIssueIdentType": "CC",
      "identSerialNum": "1030"
    },
    "requestNumber": "257896",
    "adviser": {
      "govIssueIdentType": "CC",
      "identSerialNum": "1025"
    },
    "trnRqUID": "101261",
    "authSystem": "SIEBEL"
  }
})"));
    const auto level = AuthenticationLevel::fromJson(parse(R"({
  "responseType": {
      "value": "OK"
  },
  "transaction": {
    "govIssueIdent": {
      "govIssueIdentType": "CC",
      "identSerialNum": "1030"
    },
    "requestNumber": "257896",
    "desc": "CANCELACI¿¿N TARJETA CR¿¿DITO",
    "trnRqUID": "101261",
    "authLevel": "3"
  }
})"));
    ASSERT_TRUE(level);
    EXPECT_EQ(level->authLevel, QStringLiteral("3"));
    EXPECT_EQ(level->desc, QStringLiteral("CANCELACI¿¿N TARJETA CR¿¿DITO"));
    EXPECT_EQ(AuthenticationLevelRequest::processDateText(QDateTime(QDate(2020, 5, 26), QTime(14, 23, 12, 713))),
              QStringLiteral("2020-05-26 14:23:12.713000"));
}

TEST(AuthenticationModels, ChannelRequestAndResponseExamples)
{
    AuthenticationChannelRequest r;
    r.trnRqUID = QStringLiteral("900006");
    r.txId = QStringLiteral("API429");
    r.govIssueIdentType = QStringLiteral("CC");
    r.identSerialNum = QStringLiteral("51901591");
    r.requestNumber = QStringLiteral("1234");
    r.firstName = QStringLiteral("ROSA");
    r.middleName = QStringLiteral("GRICELDA");
    r.iteration = 4;
    r.retry = 1;
    ChallengeQuestion q;
    q.type = QStringLiteral("S");
    q.id = QStringLiteral("202010081614324767771");
    q.value = QStringLiteral("Usted como titular de su tarjeta debito tiene asignada una tarjeta amparada vigente a alguna persona");
    q.length = QStringLiteral("2");
    q.format = QStringLiteral("N");
    q.answerList = {{QStringLiteral("A"), QStringLiteral("SI")}};
    r.questions = {q};
    EXPECT_TRUE(r.validate().isEmpty());
    QJsonObject expected = parse(R"({
  "transaction": {
    "workingDayFrame": "N",
    "cityId": "",
    "type": "R",
    "trnRqUID": "900006",
    "productId": "",
    "txId": "API429",
    "govIssueIdent": {
      "govIssueIdentType": "CC",
      "identSerialNum": "51901591"
    },
    "trnSrcInfo": {
      "requestNumber": "1234",
      "requestType": ""
    },
    "personInfo": {
      "firstName": "ROSA",
      "middleName": "GRICELDA",
      "lastName": "",
      "secondLastName": "",
      "personType": "N"
    },
    "question": {
      "quantity": 0
    },
    "trace": {
      "iteration": {
        "value": 4
      },
      "retry": {
        "value": 1
      }
    },
    "questionList": [
      {
        "type": "S",
        "code": "202010081614324767771",
        "value": "Usted como titular de su tarjeta debito tiene asignada una tarjeta amparada vigente a alguna persona",
        "desc": "",
        "length": 2,
        "format": "N",
        "answerList": [
          {
            "statusCode": "A",
            "value": "SI"
          }
        ]
      }
    ]
  }
})");
    // The document's example counts 0 questions while listing one; we send the count.
    QJsonObject produced = r.toJson();
    QJsonObject t = produced.value(QStringLiteral("transaction")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("question")).toObject().value(QStringLiteral("quantity")).toInt(), 1);
    t.insert(QStringLiteral("question"), QJsonObject{{QStringLiteral("quantity"), 0}});
    produced.insert(QStringLiteral("transaction"), t);
    EXPECT_EQ(produced, expected);

    const auto channel = AuthenticationChannel::fromJson(parse(R"({
  "responseType": {
    "value": "OK"
  },
  "transaction": {
    "govIssueIdent": {
      "govIssueIdentType": "CC",
      "identSerialNum": "51901591"
    },
    "trnSrcInfo": {
      "requestNumber": "1234"
    },
    "question": {
      "quantity": 0
    },
    "trace": {
      "iteration": {
        "value": 0
      },
      "retry": {
        "value": 0
      }
    },
    "authorization": {
      "value": "SI",
      "code": "23F3D2C7BE98187C6D8F417AE243D0DCCE2DFBF0900006API429        20240530095353959000"
    },
    "reason": "",
    "questionList": [
      {
        "type": "S",
        "code": "202007161835353254834",
        "value": "?Tiene usted cuenta corriente vigente con el banco caja social?",
        "desc": "",
        "length": 2,
        "format": "N",
        "answerList": [
          {
            "statusCode": "A",
            "value": "SI"
          }
        ]
      }
    ]
  }
})"));
    ASSERT_TRUE(channel);
    EXPECT_EQ(channel->authorizationValue, QStringLiteral("SI"));
    EXPECT_TRUE(channel->authorizationCode.startsWith(QStringLiteral("23F3D2C7")));
    EXPECT_EQ(channel->iteration, QStringLiteral("0"));
    EXPECT_EQ(channel->quantity, QStringLiteral("0"));
    ASSERT_EQ(channel->questions.size(), 1);
    EXPECT_EQ(channel->questions.first().id, QStringLiteral("202007161835353254834"));
    EXPECT_EQ(channel->questions.first().answerLength(), 2);
    EXPECT_EQ(channel->questions.first().answerList.first().id, QStringLiteral("A"));
}

TEST(AuthenticationModels, TxNotParameterisedErrorIn206)
{
    const auto error = ApiError::fromHttpReply(206, QByteArray(R"({
    "responseType": {
        "value": "ER"
    },
    "responseDetail": {
        "errorCode": "100",
        "errorDesc": "TX NO PARAMETRIZADA",
        "errorType": ""
    }
})"));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, QStringLiteral("100"));
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
