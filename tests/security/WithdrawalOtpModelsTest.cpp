// One-time password models: the cardless withdrawal OTP and its payout at a
// correspondent.
#include "CorrespondentWithdrawal.h"
#include "SecurityModelsTestSupport.h"
#include "WithdrawalOtp.h"

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
