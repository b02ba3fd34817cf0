// security-management: one-time codes (generate / validate OTC), the
// cardless withdrawal OTP and its payout at a correspondent.
#include "SecurityRoutes.h"
#include "SecurityRouteSupport.h"

#include "BankJson.h"

#include <QCryptographicHash>
#include <QDateTime>

using namespace SecurityRouteSupport;

SandboxReply SecurityRoutes::generateOtc(const QJsonObject &body, SandboxContext &context)
{
    const DemoCustomer *customer = byIdent(context, BankJson::object(body, QStringLiteral("govIssueIdent")));
    const QString issue = BankJson::text(BankJson::object(body, QStringLiteral("otc")), QStringLiteral("otcIssue"));
    if (issue.isEmpty())
        return badRequest();
    if (!customer)
        return error(StatusCode::NotFound, QStringLiteral("1006"), QStringLiteral("NO FOUND"), QStringLiteral("BDA"));
    // The code "sent" to the customer: last 6 digits of the ID (README).
    m_oneTimeCodes.insert(keyOf(*customer) + QLatin1Char('|') + issue, lastDigits(customer->basicData.identSerialNum, 6));
    return ok(QJsonObject{{QStringLiteral("otc"),
                           QJsonObject{{QStringLiteral("idOtc"), QString::number(++m_counter).rightJustified(3, QLatin1Char('0'))}}}});
}

SandboxReply SecurityRoutes::validateOtc(const QJsonObject &body, SandboxContext &context)
{
    const DemoCustomer *customer = byIdent(context, BankJson::object(body, QStringLiteral("govIssueIdent")));
    const QJsonObject otc = BankJson::object(body, QStringLiteral("otc"));
    const QString issue = BankJson::text(otc, QStringLiteral("otcIssue"));
    const QString value = BankJson::text(otc, QStringLiteral("otcValue"));
    if (!customer || issue.isEmpty() || value.isEmpty())
        return badRequest();
    const QString key = keyOf(*customer) + QLatin1Char('|') + issue;
    if (m_oneTimeCodes.value(key) != value)
        return error(StatusCode::Ok, QStringLiteral("10"), QStringLiteral("Error en validar Otc"), QStringLiteral("BDA"));
    m_oneTimeCodes.remove(key); // a code validates once
    return ok();
}

SandboxReply SecurityRoutes::withdrawalOtp(const QJsonObject &body, SandboxContext &context)
{
    const QJsonObject ident = BankJson::object(body, QStringLiteral("govIssueIdent"));
    const QJsonObject xfer = BankJson::object(body, QStringLiteral("xFerInfo"));
    const QString acctId = BankJson::text(BankJson::object(xfer, QStringLiteral("depAcctIdFrom")), QStringLiteral("acctId"));
    const auto amount = BankJson::number(BankJson::member(BankJson::object(xfer, QStringLiteral("curAmt")), QStringLiteral("amt")));
    const QString idOtc = BankJson::text(BankJson::object(body, QStringLiteral("otc")), QStringLiteral("idOtc"));
    if (acctId.isEmpty() || !amount || *amount <= 0 || idOtc.isEmpty())
        return error(StatusCode::BadRequest, QStringLiteral("OSB-382505"),
                     QStringLiteral("OSB Validate action failed validation"), QStringLiteral("EXP"));
    const DemoCustomer *customer = byIdent(context, ident);
    if (!customer)
        return error(StatusCode::NotFound, QStringLiteral("00001"), QStringLiteral("NO EXISTE NUMERO DE PRESTAMO"),
                     QStringLiteral("RGN"));
    // Six digits, different every time, valid for one withdrawal.
    const QByteArray seed = (customer->basicData.identSerialNum + acctId + QString::number(++m_counter)
                             + QString::number(QDateTime::currentMSecsSinceEpoch()))
                                .toUtf8();
    const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    const quint32 n = (quint32(quint8(hash[0])) << 16) | (quint32(quint8(hash[1])) << 8) | quint8(hash[2]);
    const QString otp = QString::number(n % 1000000).rightJustified(6, QLatin1Char('0'));
    m_withdrawalOtps.insert(customer->basicData.identSerialNum, {otp, qint64(*amount)});
    return json(StatusCode::Created,
                QJsonObject{{QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), QStringLiteral("OK")}}},
                            {QStringLiteral("otpInfo"), QJsonObject{{QStringLiteral("otpValue"), otp}}}});
}

SandboxReply SecurityRoutes::correspondentWithdrawal(const QJsonObject &body, SandboxContext &context)
{
    const QJsonObject trn = BankJson::object(body, QStringLiteral("trn"));
    const QJsonObject otp = BankJson::object(trn, QStringLiteral("otp"));
    const QString acctId = BankJson::text(BankJson::object(trn, QStringLiteral("depAcctIdFrom")), QStringLiteral("acctId"));
    const QString number =
        BankJson::text(BankJson::object(otp, QStringLiteral("govIssueIdent")), QStringLiteral("identSerialNum"));
    const auto amount = BankJson::number(BankJson::member(BankJson::object(otp, QStringLiteral("curAmt")), QStringLiteral("amt")));
    if (acctId.isEmpty())
        return error(StatusCode::BadRequest, QStringLiteral("05620"), QStringLiteral("NO EXISTE NMERO DE CUENTA"),
                     QStringLiteral("RGN"));
    if (!byNumber(context, number) || !amount)
        return error(StatusCode::BadRequest, QStringLiteral("00001"), QStringLiteral("NO EXISTE NUMERO DE PRESTAMO"),
                     QStringLiteral("RGN"));
    const auto it = m_withdrawalOtps.constFind(number);
    const QString given = unseal(BankJson::text(otp, QStringLiteral("otpValue")));
    if (it == m_withdrawalOtps.constEnd() || it->otp != given || it->amount != qint64(*amount))
        return error(StatusCode::BadRequest, QStringLiteral("00404"), QStringLiteral("OTP INVALIDA O YA UTILIZADA"),
                     QStringLiteral("RGN"));
    m_withdrawalOtps.remove(number); // an OTP pays out once
    return ok(QJsonObject{{QStringLiteral("trn"),
                           QJsonObject{{QStringLiteral("approvalId"), QString::number(224670 + ++m_counter)},
                                       {QStringLiteral("depAcctId"),
                                        QJsonObject{{QStringLiteral("acctId"), acctId},
                                                    {QStringLiteral("acctType"), QStringLiteral("AHORROS")}}}}}});
}
