#include "PasswordStatus.h"

#include "BankJson.h"
#include "SecurityJson.h"

FieldIssues PasswordStatusQuery::validate() const
{
    FieldIssues issues;
    SecurityJson::checkRequired(QStringLiteral("transactionId"), transactionId, 30, issues);
    if (nameAddrType != QLatin1String("N") && nameAddrType != QLatin1String("J"))
        issues.append({QStringLiteral("nameAddrType"), tr("Choose natural or legal person.")});
    if (byAlias())
        SecurityJson::checkRequired(QStringLiteral("SPName"), spName.trimmed(), 30, issues);
    else
        SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    return issues;
}

QList<QPair<QString, QString>> PasswordStatusQuery::queryItems() const
{
    QList<QPair<QString, QString>> items{{QStringLiteral("transactionId"), transactionId},
                                         {QStringLiteral("nameAddrType"), nameAddrType}};
    if (byAlias()) {
        items.append({QStringLiteral("SPName"), spName.trimmed()});
    } else {
        items.append({QStringLiteral("govIssueIdentType"), govIssueIdentType});
        items.append({QStringLiteral("identSerialNum"), identSerialNum.trimmed()});
    }
    return items;
}

std::optional<PasswordStatus> PasswordStatus::fromJson(const QJsonObject &json)
{
    PasswordStatus status;
    status.responseType = SecurityJson::responseType(json);
    const QJsonObject info = BankJson::object(json, QStringLiteral("custPswdInfo"));
    if (info.isEmpty())
        return std::nullopt;
    status.pswdStatus = BankJson::text(info, QStringLiteral("pswdStatus"));
    status.desc = BankJson::text(info, QStringLiteral("desc"));
    const QJsonObject contact = BankJson::object(json, QStringLiteral("contactInfo"));
    status.cellPhone = BankJson::text(contact, QStringLiteral("cellPhone"));
    status.emailAddr = BankJson::text(contact, QStringLiteral("emailAddr"));
    return status;
}

FieldIssues PasswordStatusChange::validate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    if (user.size() > 30)
        issues.append({QStringLiteral("personName.user"), tr("At most %1 characters.").arg(30)});
    return issues;
}

QJsonObject PasswordStatusChange::toJson() const
{
    return QJsonObject{
        {QStringLiteral("govIssueIdent"), SecurityJson::govIssueIdent(govIssueIdentType, identSerialNum.trimmed())},
        {QStringLiteral("personName"), QJsonObject{{QStringLiteral("user"), user}}},
        {QStringLiteral("custPswd"), QJsonObject{{QStringLiteral("status"), statusText()}}},
    };
}

std::optional<PasswordStatusChangeReply> PasswordStatusChangeReply::fromJson(const QJsonObject &json)
{
    PasswordStatusChangeReply reply;
    reply.responseType = SecurityJson::responseType(json);
    const QJsonObject status = BankJson::object(json, QStringLiteral("status"));
    reply.statusDesc = BankJson::text(status, QStringLiteral("statusDesc"));
    reply.endDt = BankJson::text(status, QStringLiteral("endDt"));
    return reply;
}
