// Authentication level and authentication channel models: the examples as
// printed and the 206 "not parameterised" error.
#include "ApiError.h"
#include "AuthenticationChannel.h"
#include "AuthenticationLevel.h"
#include "SecurityModelsTestSupport.h"

#include <QDateTime>

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
