#include "BankEnvelope.h"

namespace BankEnvelope {

QJsonObject error(const QString &responseType, const QJsonValue &code, const QString &description,
                  const QString &type)
{
    return QJsonObject{
        {QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), responseType}}},
        {QStringLiteral("responseDetail"),
         QJsonObject{{QStringLiteral("errorCode"), code},
                     {QStringLiteral("errorDesc"), description},
                     {QStringLiteral("errorType"), type}}},
    };
}

QJsonObject capitalisedError(const QString &responseType, const QJsonValue &code, const QString &description,
                             const QString &type)
{
    return QJsonObject{
        {QStringLiteral("ResponseType"), QJsonObject{{QStringLiteral("Value"), responseType}}},
        {QStringLiteral("ResponseDetail"),
         QJsonObject{{QStringLiteral("ErrorCode"), code},
                     {QStringLiteral("ErrorDesc"), description},
                     {QStringLiteral("ErrorType"), type}}},
    };
}

QJsonObject badRequest()
{
    return error(QStringLiteral("ER"), QStringLiteral("1"), QStringLiteral("BAD REQUEST."), QStringLiteral("BDA"));
}

QJsonObject unauthorized()
{
    return error(QStringLiteral("ER"), QStringLiteral("1004"), QStringLiteral("UNATHORIZED"), QStringLiteral("BDA"));
}

QJsonObject forbidden()
{
    return error(QStringLiteral("ER"), QStringLiteral("1005"), QStringLiteral("FORBIDDEN"), QStringLiteral("BDA"));
}

QJsonObject pathNotFound()
{
    return error(QStringLiteral("ER"), QStringLiteral("1006"), QStringLiteral("NO FOUND"), QStringLiteral("BDA"));
}

QJsonObject noRecordFound()
{
    return error(QStringLiteral("ER"), QStringLiteral("00001"), QStringLiteral("NO ENCONTRO NINGUN REGISTRO"),
                 QStringLiteral("DAT"));
}

QJsonObject internalError()
{
    return error(QStringLiteral("ER500"), QStringLiteral("500"), QStringLiteral("INTERNAL SERVER ERROR"),
                 QStringLiteral("BDA"));
}

} // namespace BankEnvelope
