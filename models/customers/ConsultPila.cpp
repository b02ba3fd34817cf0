#include "ConsultPila.h"

#include "BankJson.h"

#include <QRegularExpression>

using BankJson::object;
using BankJson::text;

FieldIssues PilaQuery::validate() const
{
    FieldIssues issues = point.validate();
    const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!digits.match(creditAcctId.trimmed()).hasMatch())
        issues.append({QStringLiteral("trn.depAcctIdTo.acctId"), tr("Enter the account to credit (digits only).")});
    if (!digits.match(invoiceNum.trimmed()).hasMatch())
        issues.append({QStringLiteral("trn.invoiceInfo.invoiceNum"), tr("Enter the form number (digits only).")});
    if (!digits.match(identSerialNum.trimmed()).hasMatch())
        issues.append({QStringLiteral("trn.invoiceInfo.identSerialNum"),
                       tr("Enter the contributor's NIT (digits only, without the check digit).")});
    return issues;
}

QJsonObject PilaQuery::toJson() const
{
    QJsonObject trn;
    point.writeTo(trn);
    trn.insert(QStringLiteral("depAcctIdTo"), QJsonObject{{QStringLiteral("acctId"), creditAcctId.trimmed()}});
    trn.insert(QStringLiteral("depAcctIdFrom"), QJsonObject{{QStringLiteral("acctId"), point.acctId.trimmed()}});
    trn.insert(QStringLiteral("invoiceInfo"), QJsonObject{{QStringLiteral("invoiceNum"), invoiceNum.trimmed()},
                                                          {QStringLiteral("identSerialNum"), identSerialNum.trimmed()}});
    return QJsonObject{{QStringLiteral("trn"), trn}};
}

PilaQuery PilaQuery::fromJson(const QJsonObject &json)
{
    const QJsonObject trn = object(json, QStringLiteral("trn"));
    PilaQuery query;
    query.point = CorrespondentPoint::readFrom(trn);
    query.creditAcctId = text(object(trn, QStringLiteral("depAcctIdTo")), QStringLiteral("acctId"));
    const QJsonObject invoice = object(trn, QStringLiteral("invoiceInfo"));
    query.invoiceNum = text(invoice, QStringLiteral("invoiceNum"));
    query.identSerialNum = text(invoice, QStringLiteral("identSerialNum"));
    return query;
}

QString PilaForm::periodForDisplay() const
{
    const QString p = validityPeriod.trimmed();
    const auto match = QRegularExpression(QStringLiteral("^(\\d{4})-?(\\d{2})$")).match(p);
    if (match.hasMatch()) {
        const int month = match.captured(2).toInt();
        if (month >= 1 && month <= 12)
            return match.captured(2) + QLatin1Char('/') + match.captured(1);
    }
    return p;
}

std::optional<PilaForm> PilaForm::fromJson(const QJsonObject &json)
{
    if (!BankJson::member(json, QStringLiteral("trn")).isObject())
        return std::nullopt;
    const QJsonObject trn = object(json, QStringLiteral("trn"));
    PilaForm form;
    form.responseType = text(object(json, QStringLiteral("responseType")), QStringLiteral("value"));
    form.approvalId = text(trn, QStringLiteral("approvalId"));
    form.identSerialNum = text(object(trn, QStringLiteral("invoiceInfo")), QStringLiteral("identSerialNum"));
    form.validityPeriod = text(object(trn, QStringLiteral("validityPeriodInfo")), QStringLiteral("validityPeriod"));
    form.dueDtText = text(trn, QStringLiteral("dueDt"));
    form.dueDt = BankJson::date(form.dueDtText);
    form.amount = BankJson::number(BankJson::member(object(trn, QStringLiteral("curAmt")), QStringLiteral("amt")));
    return form;
}

QJsonObject PilaForm::toJson() const
{
    return QJsonObject{
        {QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), responseType}}},
        {QStringLiteral("trn"),
         QJsonObject{
             {QStringLiteral("approvalId"), approvalId},
             {QStringLiteral("invoiceInfo"), QJsonObject{{QStringLiteral("identSerialNum"), identSerialNum}}},
             {QStringLiteral("validityPeriodInfo"), QJsonObject{{QStringLiteral("validityPeriod"), validityPeriod}}},
             {QStringLiteral("dueDt"), dueDtText},
             {QStringLiteral("curAmt"), QJsonObject{{QStringLiteral("amt"), amount ? QJsonValue(*amount) : QJsonValue()}}},
         }},
    };
}
