#include "SyncDataRequest.h"

#include "BankJson.h"
#include "IntakeFileCheck.h"

#include <QJsonArray>

using BankJson::member;
using BankJson::object;
using BankJson::text;

const QList<IntakeAccountType> &IntakeAccountTypes::all()
{
    // The document's descriptions, as written (Spanish).
    static const QList<IntakeAccountType> types{
        {QStringLiteral("CCA"), QStringLiteral("Tarjeta de crédito")},
        {QStringLiteral("CDA"), QStringLiteral("CDT")},
        {QStringLiteral("CLA"), QStringLiteral("Crédito empresarial")},
        {QStringLiteral("DDA"), QStringLiteral("Cuenta corriente")},
        {QStringLiteral("EQU"), QStringLiteral("Crédito Hipotecario")},
        {QStringLiteral("ILA"), QStringLiteral("Crédito")},
        {QStringLiteral("LOC"), QStringLiteral("Crédito de consumo")},
        {QStringLiteral("LOP"), QStringLiteral("Puntos de fidelización")},
        {QStringLiteral("SDA"), QStringLiteral("Cuenta de ahorros")},
        {QStringLiteral("SPA"), QStringLiteral("Bolsillo de ahorro")},
        {QStringLiteral("RLA"), QStringLiteral("Créditos Rotativos")},
        {QStringLiteral("CPA"), QStringLiteral("Producto Cruzado – Títulos de capitalizació")},
        {QStringLiteral("DBC"), QStringLiteral("Debito")},
        {QStringLiteral("LIA"), QStringLiteral("Seguros Liberty")},
        {QStringLiteral("CIA"), QStringLiteral("Seguros Colmena")},
        {QStringLiteral("OFA"), QStringLiteral("Encargos Fiduciarios")},
    };
    return types;
}

bool IntakeAccountTypes::isKnown(const QString &code)
{
    for (const IntakeAccountType &type : all()) {
        if (type.code == code)
            return true;
    }
    return false;
}

QString IntakeAccountTypes::description(const QString &code)
{
    for (const IntakeAccountType &type : all()) {
        if (type.code == code)
            return type.description;
    }
    return {};
}

namespace {
QJsonObject amount(const QString &curCode, double amt)
{
    return QJsonObject{{QStringLiteral("curCode"), curCode}, {QStringLiteral("amt"), amt}};
}

double amountOf(const QJsonObject &json, const QString &key)
{
    return BankJson::number(member(object(json, key), QStringLiteral("amt"))).value_or(0);
}

bool flag(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = member(json, key);
    if (value.isBool())
        return value.toBool();
    return text(value).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QJsonArray array(const QJsonObject &json, const QString &key)
{
    return member(json, key).toArray();
}
} // namespace

QJsonObject IntakeProduct::toJson() const
{
    return QJsonObject{
        {QStringLiteral("acctType"), acctType},
        {QStringLiteral("externalId"), externalId},
        {QStringLiteral("depAcctId"), QJsonObject{{QStringLiteral("acctId"), acctId}}},
        {QStringLiteral("cardAcctId"),
         QJsonObject{{QStringLiteral("acctId"), cardAcctId}, {QStringLiteral("lastDigits"), cardLastDigits}}},
        {QStringLiteral("nickname"), nickname},
        {QStringLiteral("name"), name},
        {QStringLiteral("product"), QJsonObject{{QStringLiteral("productType"), productType}}},
        {QStringLiteral("curCode"), curCode},
        {QStringLiteral("bankId"), bankId},
        {QStringLiteral("xferRec"), QJsonObject{{QStringLiteral("externalXferRec"), externalXferRec},
                                                {QStringLiteral("immediateXfer"), immediateXfer},
                                                {QStringLiteral("flagDebit"), flagDebit},
                                                {QStringLiteral("flagCredit"), flagCredit}}},
        {QStringLiteral("acctBal"), amount(curCode, balance)},
        {QStringLiteral("LOCLimit"), amount(curCode, limit)},
        {QStringLiteral("otherIncome"), amount(curCode, otherIncome)},
        {QStringLiteral("curRate"), curRate},
        {QStringLiteral("termUnits"), termUnits},
        {QStringLiteral("minPmtCurAmt"),
         QJsonObject{{QStringLiteral("amt"), minPmtAmt}, {QStringLiteral("dueDt"), minPmtDueDt}}},
    };
}

IntakeProduct IntakeProduct::fromJson(const QJsonObject &json)
{
    IntakeProduct p;
    p.acctType = text(json, QStringLiteral("acctType")).trimmed().toUpper();
    p.externalId = text(json, QStringLiteral("externalId"));
    p.acctId = text(object(json, QStringLiteral("depAcctId")), QStringLiteral("acctId"));
    const QJsonObject card = object(json, QStringLiteral("cardAcctId"));
    p.cardAcctId = text(card, QStringLiteral("acctId"));
    p.cardLastDigits = text(card, QStringLiteral("lastDigits"));
    p.nickname = text(json, QStringLiteral("nickname"));
    p.name = text(json, QStringLiteral("name"));
    p.productType = text(object(json, QStringLiteral("product")), QStringLiteral("productType"));
    p.curCode = text(json, QStringLiteral("curCode"));
    p.bankId = text(json, QStringLiteral("bankId"));
    const QJsonObject xfer = object(json, QStringLiteral("xferRec"));
    p.externalXferRec = flag(xfer, QStringLiteral("externalXferRec"));
    p.immediateXfer = flag(xfer, QStringLiteral("immediateXfer"));
    p.flagDebit = flag(xfer, QStringLiteral("flagDebit"));
    p.flagCredit = flag(xfer, QStringLiteral("flagCredit"));
    p.balance = amountOf(json, QStringLiteral("acctBal"));
    p.limit = amountOf(json, QStringLiteral("LOCLimit"));
    p.otherIncome = amountOf(json, QStringLiteral("otherIncome"));
    p.curRate = text(json, QStringLiteral("curRate"));
    p.termUnits = text(json, QStringLiteral("termUnits"));
    const QJsonObject minPmt = object(json, QStringLiteral("minPmtCurAmt"));
    p.minPmtAmt = BankJson::number(member(minPmt, QStringLiteral("amt"))).value_or(0);
    p.minPmtDueDt = text(minPmt, QStringLiteral("dueDt"));
    return p;
}

FieldIssues SyncDataRequest::validate() const
{
    return IntakeFileCheck::checkShape(toJson());
}

QJsonObject SyncDataRequest::toJson() const
{
    QJsonArray addresses;
    for (const IntakeAddress &a : postAddress) {
        addresses.append(QJsonObject{{QStringLiteral("addr1"), a.addr1},
                                     {QStringLiteral("stateProv"), a.stateProv},
                                     {QStringLiteral("country"), a.country},
                                     {QStringLiteral("addrType"), a.addrType},
                                     {QStringLiteral("priority"), a.priority}});
    }
    QJsonArray emails;
    for (const QString &e : additionalEmails)
        emails.append(QJsonObject{{QStringLiteral("emailAddr"), e}});
    QJsonArray phones;
    for (const QString &p : additionalPhones)
        phones.append(QJsonObject{{QStringLiteral("phoneNumber"), p}});
    QJsonArray products;
    for (const IntakeProduct &p : listAccounts)
        products.append(p.toJson());

    const QJsonObject person{
        {QStringLiteral("personName"), QJsonObject{{QStringLiteral("fullName"), fullName},
                                                   {QStringLiteral("titlePrefix"), titlePrefix},
                                                   {QStringLiteral("gender"), gender},
                                                   {QStringLiteral("birthDt"), birthDt},
                                                   {QStringLiteral("country"), country},
                                                   {QStringLiteral("language"), language}}},
        {QStringLiteral("contactInfo"), QJsonObject{{QStringLiteral("emailAddr"), emailAddr},
                                                    {QStringLiteral("phoneNumber"), phoneNumber}}},
        {QStringLiteral("postAddress"), addresses},
        {QStringLiteral("strategies"), QJsonObject{{QStringLiteral("strategyType"), strategyType}}},
        {QStringLiteral("additionalEmaillAddr"), emails},
        {QStringLiteral("additionalPhoneNum"), phones},
        {QStringLiteral("invoker"), QJsonObject{{QStringLiteral("role"), role}}},
    };
    return QJsonObject{
        {QStringLiteral("personName"), QJsonObject{{QStringLiteral("firstName"), firstName}}},
        {QStringLiteral("invoker"), QJsonObject{{QStringLiteral("refType"), refType}, {QStringLiteral("channel"), channel}}},
        {QStringLiteral("govIssueIdent"), QJsonObject{{QStringLiteral("mNemonic"), mnemonic()}}},
        {QStringLiteral("custInfo"), QJsonArray{person}},
        {QStringLiteral("listAccounts"), products},
    };
}

std::optional<SyncDataRequest> SyncDataRequest::fromJson(const QJsonObject &json)
{
    const QJsonArray custInfo = array(json, QStringLiteral("custInfo"));
    if (custInfo.isEmpty() || !custInfo.first().isObject())
        return std::nullopt;
    SyncDataRequest r;
    r.firstName = text(object(json, QStringLiteral("personName")), QStringLiteral("firstName"));
    const QJsonObject invoker = object(json, QStringLiteral("invoker"));
    r.refType = text(invoker, QStringLiteral("refType"));
    r.channel = text(invoker, QStringLiteral("channel"));
    const QString mnemonic = text(object(json, QStringLiteral("govIssueIdent")), QStringLiteral("mNemonic")).trimmed();
    r.govIssueIdentType = mnemonic.left(2).toUpper();
    r.identSerialNum = mnemonic.mid(2);

    const QJsonObject person = custInfo.first().toObject();
    const QJsonObject name = object(person, QStringLiteral("personName"));
    r.fullName = text(name, QStringLiteral("fullName"));
    r.titlePrefix = text(name, QStringLiteral("titlePrefix"));
    r.gender = text(name, QStringLiteral("gender"));
    r.birthDt = text(name, QStringLiteral("birthDt"));
    r.country = text(name, QStringLiteral("country"));
    r.language = text(name, QStringLiteral("language"));
    const QJsonObject contact = object(person, QStringLiteral("contactInfo"));
    r.emailAddr = text(contact, QStringLiteral("emailAddr"));
    r.phoneNumber = text(contact, QStringLiteral("phoneNumber"));
    r.postAddress.clear();
    for (const QJsonValue &value : array(person, QStringLiteral("postAddress"))) {
        const QJsonObject a = value.toObject();
        IntakeAddress address;
        address.addr1 = text(a, QStringLiteral("addr1"));
        address.stateProv = text(a, QStringLiteral("stateProv"));
        address.country = text(a, QStringLiteral("country"));
        address.addrType = text(a, QStringLiteral("addrType"));
        address.priority = flag(a, QStringLiteral("priority"));
        r.postAddress.append(address);
    }
    r.strategyType = text(object(person, QStringLiteral("strategies")), QStringLiteral("strategyType"));
    for (const QJsonValue &value : array(person, QStringLiteral("additionalEmaillAddr")))
        r.additionalEmails.append(text(value.toObject(), QStringLiteral("emailAddr")));
    for (const QJsonValue &value : array(person, QStringLiteral("additionalPhoneNum")))
        r.additionalPhones.append(text(value.toObject(), QStringLiteral("phoneNumber")));
    r.role = text(object(person, QStringLiteral("invoker")), QStringLiteral("role"));
    for (const QJsonValue &value : array(json, QStringLiteral("listAccounts")))
        r.listAccounts.append(IntakeProduct::fromJson(value.toObject()));
    return r;
}
