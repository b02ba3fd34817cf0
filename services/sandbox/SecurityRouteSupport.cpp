#include "SecurityRouteSupport.h"

#include "BankEnvelope.h"
#include "BankJson.h"

#include <QDateTime>

namespace SecurityRouteSupport {

SandboxReply json(StatusCode status, const QJsonObject &body)
{
    return SandboxReply::json(status, body);
}

SandboxReply ok(const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), QStringLiteral("OK")}});
    return json(StatusCode::Ok, body);
}

SandboxReply error(StatusCode status, const QString &code, const QString &description, const QString &type)
{
    return json(status, BankEnvelope::error(QStringLiteral("ER"), code, description, type));
}

SandboxReply capitalised(StatusCode status, const QString &code, const QString &description, const QString &type)
{
    return json(status,
                QJsonObject{{QStringLiteral("ResponseType"), QJsonObject{{QStringLiteral("value"), QStringLiteral("ER")}}},
                            {QStringLiteral("ResponseDetail"),
                             QJsonObject{{QStringLiteral("ErrorCode"), code},
                                         {QStringLiteral("ErrorDesc"), description},
                                         {QStringLiteral("ErrorType"), type}}}});
}

SandboxReply badRequest()
{
    return json(StatusCode::BadRequest, BankEnvelope::badRequest());
}

QString keyOf(const DemoCustomer &customer)
{
    return customer.basicData.govIssueIdentType + QLatin1Char(':') + customer.basicData.identSerialNum;
}

QJsonObject securityOf(const DemoCustomer &customer)
{
    return customer.record.value(QStringLiteral("security")).toObject();
}

const DemoCustomer *byIdent(SandboxContext &context, const QJsonObject &ident)
{
    return context.customers().findByIdentification(
        BankJson::text(ident, QStringLiteral("govIssueIdentType")).trimmed(),
        BankJson::text(ident, QStringLiteral("identSerialNum")).trimmed());
}

const DemoCustomer *byNumber(SandboxContext &context, const QString &number)
{
    for (const DemoCustomer &customer : context.customers().all()) {
        if (customer.basicData.identSerialNum == number)
            return &customer;
    }
    return nullptr;
}

QString nowStamp(const QString &format)
{
    return QDateTime::currentDateTime().toString(format);
}

QString unseal(const QString &sealed)
{
    return QString::fromUtf8(QByteArray::fromBase64(sealed.toLatin1()));
}

QString lastDigits(const QString &number, int count)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.rightJustified(count, QLatin1Char('0')).right(count);
}
} // namespace SecurityRouteSupport
