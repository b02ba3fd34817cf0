// security-management: identity checks outside the challenge engine:
// challenge V1, debit/credit card validation, authentication level and
// authentication channel.
#include "SecurityRoutes.h"
#include "SecurityRouteSupport.h"

#include "BankEnvelope.h"
#include "BankJson.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QUrlQuery>

#include <algorithm>

using namespace SecurityRouteSupport;

SandboxReply SecurityRoutes::challengeV1(const QJsonObject &body, SandboxContext &context)
{
    const DemoCustomer *customer = byIdent(context, BankJson::object(body, QStringLiteral("govIssueIdent")));
    const QJsonObject tx = BankJson::object(body, QStringLiteral("tx"));
    if (!customer || BankJson::text(tx, QStringLiteral("id")).isEmpty())
        return capitalised(StatusCode::BadRequest, QStringLiteral("20005"),
                           QStringLiteral("ERROR_ID: 39081 LOS DATOS DE LA TRANSACCION NO SON VALIDOS"),
                           QStringLiteral("RGN"));
    const QString code = QString::fromLatin1(
        QCryptographicHash::hash((customer->basicData.identSerialNum + QString::number(++m_counter)).toUtf8(),
                                 QCryptographicHash::Md5).toHex().toUpper());
    return ok(QJsonObject{{QStringLiteral("authorization"),
                           QJsonObject{{QStringLiteral("value"), QStringLiteral("SI")}, {QStringLiteral("code"), code}}}});
}

SandboxReply SecurityRoutes::cardValidation(const QHttpServerRequest &request, const QString &identSerialNum,
                                            SandboxContext &context)
{
    const QUrlQuery query = request.query();
    const QString type = query.queryItemValue(QStringLiteral("govIssueIdentType"));
    const QString acctType = query.queryItemValue(QStringLiteral("acctType"));
    const QString secret = query.queryItemValue(QStringLiteral("secretId"));
    const QString acctId = query.queryItemValue(QStringLiteral("acctId"));
    if (type.isEmpty())
        return capitalised(StatusCode::BadRequest, QStringLiteral("45"), QStringLiteral("Tipo de identificacion invalido"),
                           QStringLiteral("VAL"));
    const DemoCustomer *customer = context.customers().findByIdentification(type, identSerialNum);
    if (!customer)
        return capitalised(StatusCode::NotFound, QStringLiteral("00097"), QStringLiteral("No se encontraron datos del cliente"),
                           QStringLiteral("OCP"));
    // Training cards: last six digits = last six of the ID; PIN = the last
    // four of the ID read backwards, CVV = the last three backwards (README),
    // so a masked ID in the journal never spells a PIN.
    const QString number = customer->basicData.identSerialNum;
    const auto backwards = [](QString digits) {
        std::reverse(digits.begin(), digits.end());
        return digits;
    };
    if (acctType == QLatin1String("DBC")) {
        if (acctId != lastDigits(number, 6))
            return capitalised(StatusCode::BadRequest, QStringLiteral("00403"),
                               QStringLiteral("El n\u00famero de tarjeta no coincide con las tarjetas de d\u00e9bito"),
                               QStringLiteral("RGN"));
        if (secret != backwards(lastDigits(number, 4)))
            return capitalised(StatusCode::BadRequest, QStringLiteral("00301"),
                               QStringLiteral("La clave no coincide con el registrada"), QStringLiteral("RGN"));
        return ok();
    }
    if (acctType == QLatin1String("CCA")) {
        if (acctId != lastDigits(number, 6))
            return capitalised(StatusCode::NotFound, QStringLiteral("00103"),
                               QStringLiteral("El n\u00famero de tarjeta no coincide con las tarjetas de cr\u00e9dito"),
                               QStringLiteral("RGN"));
        if (secret != backwards(lastDigits(number, 3)))
            return capitalised(StatusCode::BadRequest, QStringLiteral("00201"),
                               QStringLiteral("El CVV no coincide con el registrado"), QStringLiteral("RGN"));
        return ok();
    }
    return capitalised(StatusCode::BadRequest, QStringLiteral("00400"),
                       QStringLiteral("Bad Request Hay un error en la estructuraci\u00f3n del JSON de entrada"),
                       QStringLiteral("OUD"));
}

SandboxReply SecurityRoutes::authenticationLevel(const QJsonObject &body, SandboxContext &context)
{
    const QJsonObject t = BankJson::object(body, QStringLiteral("transaction"));
    const QJsonObject ident = BankJson::object(t, QStringLiteral("govIssueIdent"));
    const QString trnRqUID = BankJson::text(t, QStringLiteral("trnRqUID"));
    // Training table of transactions; anything else is "not parameterised".
    static const QHash<QString, QPair<QString, QString>> levels{
        {QStringLiteral("101261"), {QStringLiteral("CANCELACI\u00bf\u00bfN TARJETA CR\u00bf\u00bfDITO"), QStringLiteral("3")}},
        {QStringLiteral("100090"), {QStringLiteral("PAGO PSE"), QStringLiteral("2")}},
        {QStringLiteral("900006"), {QStringLiteral("RETIRO SIN TARJETA"), QStringLiteral("2")}},
        {QStringLiteral("100001"), {QStringLiteral("CONSULTA DE SALDO"), QStringLiteral("1")}},
    };
    if (!byIdent(context, ident))
        return badRequest();
    if (!levels.contains(trnRqUID))
        return SandboxReply::json(StatusCode::PartialContent,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("100"),
                                                      QStringLiteral("TX NO PARAMETRIZADA"), QString()));
    return ok(QJsonObject{{QStringLiteral("transaction"),
                           QJsonObject{{QStringLiteral("govIssueIdent"), ident},
                                       {QStringLiteral("requestNumber"), BankJson::text(t, QStringLiteral("requestNumber"))},
                                       {QStringLiteral("desc"), levels.value(trnRqUID).first},
                                       {QStringLiteral("trnRqUID"), trnRqUID},
                                       {QStringLiteral("authLevel"), levels.value(trnRqUID).second}}}});
}

SandboxReply SecurityRoutes::authenticationChannel(const QJsonObject &body, SandboxContext &context)
{
    const QJsonObject t = BankJson::object(body, QStringLiteral("transaction"));
    const QJsonObject ident = BankJson::object(t, QStringLiteral("govIssueIdent"));
    const QString trnRqUID = BankJson::text(t, QStringLiteral("trnRqUID"));
    const QString txId = BankJson::text(t, QStringLiteral("txId"));
    if (!byIdent(context, ident) || trnRqUID.isEmpty() || txId.isEmpty())
        return SandboxReply::json(StatusCode::PartialContent,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("100"),
                                                      QStringLiteral("TX NO PARAMETRIZADA"), QString()));
    const QString code =
        QString::fromLatin1(QCryptographicHash::hash((trnRqUID + txId + QString::number(++m_counter)).toUtf8(),
                                                     QCryptographicHash::Sha1).toHex().toUpper())
        + trnRqUID + txId.leftJustified(10, QLatin1Char(' ')) + nowStamp(QStringLiteral("yyyyMMddHHmmsszzz")) + QStringLiteral("000");
    return ok(QJsonObject{{QStringLiteral("transaction"),
                           QJsonObject{{QStringLiteral("govIssueIdent"), ident},
                                       {QStringLiteral("trnSrcInfo"),
                                        QJsonObject{{QStringLiteral("requestNumber"),
                                                     BankJson::text(BankJson::object(t, QStringLiteral("trnSrcInfo")),
                                                                    QStringLiteral("requestNumber"))}}},
                                       {QStringLiteral("question"), QJsonObject{{QStringLiteral("quantity"), 0}}},
                                       {QStringLiteral("trace"),
                                        QJsonObject{{QStringLiteral("iteration"), QJsonObject{{QStringLiteral("value"), 0}}},
                                                    {QStringLiteral("retry"), QJsonObject{{QStringLiteral("value"), 0}}}}},
                                       {QStringLiteral("authorization"),
                                        QJsonObject{{QStringLiteral("value"), QStringLiteral("SI")}, {QStringLiteral("code"), code}}},
                                       {QStringLiteral("reason"), QString()},
                                       {QStringLiteral("questionList"), BankJson::member(t, QStringLiteral("questionList"))}}}});
}
