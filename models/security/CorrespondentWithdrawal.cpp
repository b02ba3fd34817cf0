#include "CorrespondentWithdrawal.h"

#include "BankJson.h"
#include "SecurityJson.h"

FieldIssues CorrespondentWithdrawalRequest::validate() const
{
    FieldIssues issues;
    SecurityJson::checkRequired(QStringLiteral("trn.transactionHour"), transactionHour, 8, issues);
    SecurityJson::checkDigits(QStringLiteral("trn.trnRqUID"), trnRqUID, 12, true, issues);
    SecurityJson::checkRequired(QStringLiteral("trn.code"), code, 20, issues);
    SecurityJson::checkDigits(QStringLiteral("trn.depAcctIdFrom.acctId"), acctId, 20, true, issues);
    if (otpType != QLatin1String("Normal") && otpType != QLatin1String("Reverse"))
        issues.append({QStringLiteral("trn.otp.type"), tr("Normal or Reverse.")});
    SecurityJson::checkDigits(QStringLiteral("trn.otp.curAmt.amt"), amt, 14, true, issues);
    SecurityJson::checkRequired(QStringLiteral("trn.otp.otpValue"), sealedOtp, 200, issues);
    SecurityJson::checkDigits(QStringLiteral("trn.otp.govIssueIdent.identSerialNum"), identSerialNum, 30, true, issues);
    return issues;
}

QJsonObject CorrespondentWithdrawalRequest::toJson() const
{
    const QJsonObject otp{
        {QStringLiteral("type"), otpType},
        {QStringLiteral("curAmt"), QJsonObject{{QStringLiteral("amt"), amt.toDouble()}}},
        {QStringLiteral("otpValue"), sealedOtp},
        {QStringLiteral("govIssueIdent"), QJsonObject{{QStringLiteral("identSerialNum"), identSerialNum}}},
    };
    const QJsonObject trn{
        {QStringLiteral("transactionHour"), transactionHour},
        {QStringLiteral("trnRqUID"), trnRqUID},
        {QStringLiteral("code"), code},
        {QStringLiteral("branchName"), branchName},
        {QStringLiteral("cityId"), cityId},
        {QStringLiteral("city"), city},
        {QStringLiteral("stateProv"), stateProv},
        {QStringLiteral("depAcctIdFrom"), QJsonObject{{QStringLiteral("acctId"), acctId}}},
        {QStringLiteral("otp"), otp},
    };
    return QJsonObject{{QStringLiteral("trn"), trn}};
}

std::optional<CorrespondentWithdrawal> CorrespondentWithdrawal::fromJson(const QJsonObject &json)
{
    CorrespondentWithdrawal reply;
    reply.responseType = SecurityJson::responseType(json);
    const QJsonObject trn = BankJson::object(json, QStringLiteral("trn"));
    reply.approvalId = BankJson::text(trn, QStringLiteral("approvalId"));
    const QJsonObject acct = BankJson::object(trn, QStringLiteral("depAcctId"));
    reply.acctId = BankJson::text(acct, QStringLiteral("acctId"));
    reply.acctType = BankJson::text(acct, QStringLiteral("acctType"));
    if (reply.approvalId.isEmpty())
        return std::nullopt;
    return reply;
}
