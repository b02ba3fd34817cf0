#include "ConsultOwner.h"

#include "BankJson.h"

#include <QRegularExpression>

using BankJson::object;
using BankJson::text;

FieldIssues ConsultOwnerRequest::validate() const
{
    FieldIssues issues = point.validate();
    if (!QRegularExpression(QStringLiteral("^[0-9]{1,20}$")).match(acctId.trimmed()).hasMatch())
        issues.append({QStringLiteral("trn.depAcctIdTo.acctId"), tr("Enter the account number (digits only).")});
    return issues;
}

QJsonObject ConsultOwnerRequest::toJson() const
{
    QJsonObject trn;
    point.writeTo(trn);
    trn.insert(QStringLiteral("depAcctIdFrom"), QJsonObject{{QStringLiteral("acctId"), point.acctId.trimmed()}});
    trn.insert(QStringLiteral("depAcctIdTo"), QJsonObject{{QStringLiteral("acctId"), acctId.trimmed()}});
    return QJsonObject{{QStringLiteral("trn"), trn}};
}

ConsultOwnerRequest ConsultOwnerRequest::fromJson(const QJsonObject &json)
{
    const QJsonObject trn = object(json, QStringLiteral("trn"));
    ConsultOwnerRequest request;
    request.point = CorrespondentPoint::readFrom(trn);
    request.acctId = text(object(trn, QStringLiteral("depAcctIdTo")), QStringLiteral("acctId"));
    return request;
}

std::optional<ConsultOwnerReply> ConsultOwnerReply::fromJson(const QJsonObject &json)
{
    if (!BankJson::member(json, QStringLiteral("trn")).isObject())
        return std::nullopt;
    const QJsonObject trn = object(json, QStringLiteral("trn"));
    ConsultOwnerReply reply;
    reply.responseType = text(object(json, QStringLiteral("responseType")), QStringLiteral("value"));
    reply.fullName = text(object(trn, QStringLiteral("personName")), QStringLiteral("fullName")).trimmed();
    reply.acctId = text(object(trn, QStringLiteral("depAcctId")), QStringLiteral("acctId"));
    return reply;
}

QJsonObject ConsultOwnerReply::toJson() const
{
    return QJsonObject{
        {QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), responseType}}},
        {QStringLiteral("trn"),
         QJsonObject{{QStringLiteral("personName"), QJsonObject{{QStringLiteral("fullName"), fullName}}},
                     {QStringLiteral("depAcctId"), QJsonObject{{QStringLiteral("acctId"), acctId}}}}},
    };
}
