#include "WithdrawalOtp.h"

#include "BankJson.h"
#include "SecurityJson.h"

FieldIssues WithdrawalOtpRequest::validate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    SecurityJson::checkDigits(QStringLiteral("acctId"), acctId, maxAccountLength, true, issues);
    SecurityJson::checkDigits(QStringLiteral("amt"), amt, maxAmountDigits, true, issues);
    if (!hasIssueFor(issues, QStringLiteral("amt")) && amt.toLongLong() <= 0)
        issues.append({QStringLiteral("amt"), tr("The amount must be greater than zero.")});
    SecurityJson::checkRequired(QStringLiteral("idOtc"), idOtc, 10, issues);
    return issues;
}

QJsonObject WithdrawalOtpRequest::toJson() const
{
    return QJsonObject{
        {QStringLiteral("govIssueIdent"), SecurityJson::govIssueIdent(govIssueIdentType, identSerialNum.trimmed())},
        {QStringLiteral("xFerInfo"),
         QJsonObject{{QStringLiteral("depAcctIdFrom"), QJsonObject{{QStringLiteral("acctId"), acctId}}},
                     {QStringLiteral("curAmt"), QJsonObject{{QStringLiteral("amt"), amt.toDouble()}}}}},
        {QStringLiteral("otc"), QJsonObject{{QStringLiteral("idOtc"), idOtc}}},
    };
}

std::optional<WithdrawalOtpReply> WithdrawalOtpReply::fromJson(const QJsonObject &json)
{
    WithdrawalOtpReply reply;
    reply.responseType = SecurityJson::responseType(json);
    reply.otpValue = BankJson::text(BankJson::object(json, QStringLiteral("otpInfo")), QStringLiteral("otpValue"));
    if (reply.otpValue.isEmpty())
        return std::nullopt;
    return reply;
}
