#include "OneTimeCode.h"

#include "BankJson.h"
#include "SecurityJson.h"

FieldIssues OneTimeCodeRequest::validateForGenerate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    SecurityJson::checkRequired(QStringLiteral("otcIssue"), otcIssue, 30, issues);
    if (cellPhone.isEmpty() && emailAddr.isEmpty())
        issues.append({QStringLiteral("contactInfo"), tr("Give the cellphone or the email the code goes to.")});
    SecurityJson::checkDigits(QStringLiteral("contactInfo.cellPhone"), cellPhone, 15, false, issues);
    return issues;
}

FieldIssues OneTimeCodeRequest::validateForValidate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    SecurityJson::checkRequired(QStringLiteral("otcIssue"), otcIssue, 30, issues);
    SecurityJson::checkDigits(QStringLiteral("otc.otcValue"), otcValue, 8, true, issues);
    return issues;
}

QJsonObject OneTimeCodeRequest::toJson() const
{
    QJsonObject otc{{QStringLiteral("otcIssue"), otcIssue}};
    if (!otcValue.isEmpty())
        otc.insert(QStringLiteral("otcValue"), otcValue);
    QJsonObject json{
        {QStringLiteral("govIssueIdent"), SecurityJson::govIssueIdent(govIssueIdentType, identSerialNum.trimmed())},
        {QStringLiteral("otc"), otc},
    };
    if (!cellPhone.isEmpty() || !emailAddr.isEmpty()) {
        json.insert(QStringLiteral("contactInfo"),
                    QJsonObject{{QStringLiteral("cellPhone"), cellPhone}, {QStringLiteral("emailAddr"), emailAddr}});
    }
    return json;
}

std::optional<OneTimeCodeReply> OneTimeCodeReply::fromJson(const QJsonObject &json)
{
    OneTimeCodeReply reply;
    reply.responseType = SecurityJson::responseType(json);
    reply.idOtc = BankJson::text(BankJson::object(json, QStringLiteral("otc")), QStringLiteral("idOtc"));
    return reply;
}
