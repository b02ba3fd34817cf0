#include "SyncDataReply.h"

#include "BankJson.h"

using BankJson::member;
using BankJson::object;
using BankJson::text;

std::optional<SyncDataReply> SyncDataReply::fromJson(const QJsonObject &json)
{
    SyncDataReply reply;
    reply.responseType = text(object(json, QStringLiteral("responseType")), QStringLiteral("value"));
    const QJsonValue transaction = member(object(json, QStringLiteral("transaction")), QStringLiteral("message"));
    const QJsonValue file = member(object(json, QStringLiteral("file")), QStringLiteral("desc"));
    if (transaction.isUndefined() && file.isUndefined())
        return std::nullopt;
    reply.message = text(transaction.isUndefined() ? file : transaction);
    return reply;
}

QJsonObject SyncDataReply::toTransactionJson() const
{
    return QJsonObject{{QStringLiteral("transaction"), QJsonObject{{QStringLiteral("message"), message}}},
                       {QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), responseType}}}};
}

QJsonObject SyncDataReply::toFileJson() const
{
    return QJsonObject{{QStringLiteral("file"), QJsonObject{{QStringLiteral("desc"), message}}},
                       {QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), responseType}}}};
}

QJsonObject SyncDataFileRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("file"),
                        QJsonObject{{QStringLiteral("binData"), QString::fromLatin1(content.toBase64())}}}};
}

std::optional<SyncDataFileRequest> SyncDataFileRequest::fromJson(const QJsonObject &json)
{
    const QJsonValue data = member(object(json, QStringLiteral("file")), QStringLiteral("binData"));
    if (!data.isString())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return SyncDataFileRequest{*decoded};
}
