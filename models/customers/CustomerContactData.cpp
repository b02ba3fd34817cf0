#include "CustomerContactData.h"

#include "BankJson.h"
#include "ProfileCodes.h"

using BankJson::member;
using BankJson::object;
using BankJson::text;

namespace {
ContactAddress addressFrom(const QJsonObject &json)
{
    ContactAddress a;
    a.cityId = text(json, QStringLiteral("cityId"));
    a.neighborhood = text(json, QStringLiteral("neighborhood"));
    a.addr1 = text(json, QStringLiteral("addr1"));
    const QJsonObject phone = object(json, QStringLiteral("phoneNum"));
    a.phone = text(phone, QStringLiteral("phone"));
    a.phoneExt = text(phone, QStringLiteral("phoneExt"));
    return a;
}

QJsonObject addressJson(const ContactAddress &a, bool withExtension)
{
    QJsonObject phone{{QStringLiteral("phone"), a.phone}};
    if (withExtension)
        phone.insert(QStringLiteral("phoneExt"), a.phoneExt);
    return QJsonObject{{QStringLiteral("cityId"), a.cityId},
                       {QStringLiteral("neighborhood"), a.neighborhood},
                       {QStringLiteral("addr1"), a.addr1},
                       {QStringLiteral("phoneNum"), phone}};
}

QString codeOf(const QJsonObject &json, const QString &key)
{
    return text(object(json, key), QStringLiteral("code"));
}

QString amountOf(const QJsonObject &json, const QString &key, const QString &field = QStringLiteral("amt"))
{
    return text(object(json, key), field);
}
} // namespace

QDate CustomerContactData::birthDate() const
{
    return BankJson::date(birthDt);
}

QDate CustomerContactData::sarlaftOn() const
{
    return BankJson::date(sarlaftDate);
}

std::optional<double> CustomerContactData::amount(const QString &asSent)
{
    return BankJson::number(QJsonValue(asSent));
}

std::optional<CustomerContactData> CustomerContactData::fromJson(const QJsonObject &json)
{
    static const char *const sections[] = {"postAddr", "orgInfo", "personInfo", "incomeInfo",
                                           "businessOccupation", "financialAssets", "finalcialAssets"};
    bool any = false;
    for (const char *section : sections)
        any = any || member(json, QString::fromLatin1(section)).isObject();
    if (!any)
        return std::nullopt;

    CustomerContactData d;
    d.responseType = text(object(json, QStringLiteral("responseType")), QStringLiteral("value"));
    d.residence = addressFrom(object(json, QStringLiteral("postAddr")));
    d.office = addressFrom(object(json, QStringLiteral("orgInfo")));
    d.businessOccupationCode = codeOf(json, QStringLiteral("businessOccupation"));
    d.businessProfessionGeneralCode = codeOf(json, QStringLiteral("businessProfessionGeneral"));
    d.businessProfessionSpecificCode = codeOf(json, QStringLiteral("businessProfessionSpecific"));
    d.incomeAmt = amountOf(json, QStringLiteral("incomeInfo"), QStringLiteral("incomeAmt"));
    d.expensesAmt = amountOf(json, QStringLiteral("expenses"));
    // The Sync Data section of the same document spells it "finalcialAssets".
    d.assetsAmt = amountOf(json, QStringLiteral("financialAssets"));
    if (d.assetsAmt.isEmpty())
        d.assetsAmt = amountOf(json, QStringLiteral("finalcialAssets"));
    d.liabilitiesAmt = amountOf(json, QStringLiteral("financialLiabilities"));
    d.familyHeritageAmt = amountOf(json, QStringLiteral("familyHeritage"));
    const QJsonObject person = object(json, QStringLiteral("personInfo"));
    d.birthDt = text(person, QStringLiteral("birthDt"));
    d.gender = text(person, QStringLiteral("gender"));
    d.sarlaftDate = text(person, QStringLiteral("sarlaftDate"));
    const QJsonValue bindable = member(person, QStringLiteral("flagBindable"));
    const QJsonValue notBindable = member(person, QStringLiteral("flagNoBindable"));
    if (const auto flag = ProfileCodes::flag(bindable))
        d.bindable = *flag;
    else if (const auto inverse = ProfileCodes::flag(notBindable))
        d.bindable = !*inverse;
    return d;
}

QJsonObject CustomerContactData::toJson() const
{
    QJsonObject person{{QStringLiteral("birthDt"), birthDt},
                       {QStringLiteral("gender"), gender},
                       {QStringLiteral("sarlaftDate"), sarlaftDate}};
    if (bindable)
        person.insert(QStringLiteral("flagBindable"), *bindable);
    const auto amt = [](const QString &value) { return QJsonObject{{QStringLiteral("amt"), value}}; };
    const auto code = [](const QString &value) { return QJsonObject{{QStringLiteral("code"), value}}; };
    return QJsonObject{
        {QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), responseType}}},
        {QStringLiteral("postAddr"), addressJson(residence, false)},
        {QStringLiteral("orgInfo"), addressJson(office, true)},
        {QStringLiteral("businessOccupation"), code(businessOccupationCode)},
        {QStringLiteral("businessProfessionGeneral"), code(businessProfessionGeneralCode)},
        {QStringLiteral("businessProfessionSpecific"), code(businessProfessionSpecificCode)},
        {QStringLiteral("incomeInfo"), QJsonObject{{QStringLiteral("incomeAmt"), incomeAmt}}},
        {QStringLiteral("expenses"), amt(expensesAmt)},
        {QStringLiteral("financialAssets"), amt(assetsAmt)},
        {QStringLiteral("financialLiabilities"), amt(liabilitiesAmt)},
        {QStringLiteral("familyHeritage"), amt(familyHeritageAmt)},
        {QStringLiteral("personInfo"), person},
    };
}
