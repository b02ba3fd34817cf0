#include "CustomerBasicData.h"

#include "BankJson.h"

#include <QJsonArray>
#include <QStringList>

using BankJson::object;
using BankJson::text;

QDate CustomerBasicData::createdOn() const { return BankJson::date(createDt); }
QDate CustomerBasicData::updatedOn() const { return BankJson::date(upDt); }
QDate CustomerBasicData::birthDate() const { return BankJson::date(birthDt); }
QDate CustomerBasicData::sarlaftDate() const { return BankJson::date(sarlaDt); }
QDate CustomerBasicData::deceasedOn() const { return BankJson::date(deceasedDt); }

QString CustomerBasicData::displayName() const
{
    if (!fullName.trimmed().isEmpty())
        return fullName.trimmed();
    QStringList parts;
    for (const QString &part : {firstName, middleName, lastName, secondLastName}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

std::optional<CustomerBasicData> CustomerBasicData::fromJson(const QJsonObject &json)
{
    const QJsonValue personInfoValue = BankJson::member(json, QStringLiteral("personInfo"));
    if (!personInfoValue.isObject())
        return std::nullopt;
    const QJsonObject info = personInfoValue.toObject();

    CustomerBasicData data;
    data.responseType = text(object(json, QStringLiteral("responseType")), QStringLiteral("value"));
    const QJsonObject ident = object(info, QStringLiteral("govIssueIdent"));
    data.govIssueIdentType = text(ident, QStringLiteral("govIssueIdentType"));
    data.identSerialNum = text(ident, QStringLiteral("identSerialNum"));
    data.fullName = text(info, QStringLiteral("fullName"));
    data.cellPhone = text(info, QStringLiteral("cellPhone"));
    const QJsonObject name = object(info, QStringLiteral("personName"));
    data.firstName = text(name, QStringLiteral("firstName"));
    data.middleName = text(name, QStringLiteral("middleName"));
    data.lastName = text(name, QStringLiteral("lastName"));
    data.secondLastName = text(name, QStringLiteral("secondLastName"));
    data.createDt = text(info, QStringLiteral("createDt"));
    data.upDt = text(info, QStringLiteral("upDt"));
    data.personType = text(info, QStringLiteral("personType"));
    data.sarlaDt = text(info, QStringLiteral("sarlaDt"));
    data.deceasedDt = text(info, QStringLiteral("deceasedDt"));
    data.birthDt = text(info, QStringLiteral("birthDt"));
    const QJsonObject contact = object(info, QStringLiteral("contactInfo"));
    data.emailAddr = text(contact, QStringLiteral("emailAddr"));
    data.contactCellPhone = text(contact, QStringLiteral("cellPhone"));
    data.flagAlert = text(info, QStringLiteral("flagAlert"));
    data.flagExist = text(info, QStringLiteral("flagExist"));
    data.status = text(info, QStringLiteral("status"));

    // postAddr is a list in v4; accept a single object too.
    const QJsonValue addresses = BankJson::member(info, QStringLiteral("postAddr"));
    QJsonArray list = addresses.isArray() ? addresses.toArray() : QJsonArray();
    if (addresses.isObject())
        list.append(addresses);
    for (const QJsonValue &value : list) {
        const QJsonObject a = value.toObject();
        data.postAddr.append({text(a, QStringLiteral("postalCode")), text(a, QStringLiteral("addrType")),
                              text(a, QStringLiteral("addr1")), text(a, QStringLiteral("stateProv")),
                              text(a, QStringLiteral("cityId"))});
    }
    return data;
}

QJsonObject CustomerBasicData::toJson() const
{
    QJsonArray addresses;
    for (const CustomerPostalAddress &a : postAddr) {
        addresses.append(QJsonObject{{QStringLiteral("postalCode"), a.postalCode},
                                     {QStringLiteral("addrType"), a.addrType},
                                     {QStringLiteral("addr1"), a.addr1},
                                     {QStringLiteral("stateProv"), a.stateProv},
                                     {QStringLiteral("cityId"), a.cityId}});
    }
    const QJsonObject info{
        {QStringLiteral("govIssueIdent"),
         QJsonObject{{QStringLiteral("govIssueIdentType"), govIssueIdentType},
                     {QStringLiteral("identSerialNum"), identSerialNum}}},
        {QStringLiteral("fullName"), fullName},
        {QStringLiteral("cellPhone"), cellPhone},
        {QStringLiteral("personName"),
         QJsonObject{{QStringLiteral("firstName"), firstName},
                     {QStringLiteral("middleName"), middleName},
                     {QStringLiteral("lastName"), lastName},
                     {QStringLiteral("secondLastName"), secondLastName}}},
        {QStringLiteral("createDt"), createDt},
        {QStringLiteral("upDt"), upDt},
        {QStringLiteral("personType"), personType},
        {QStringLiteral("sarlaDt"), sarlaDt},
        {QStringLiteral("deceasedDt"), deceasedDt},
        {QStringLiteral("birthDt"), birthDt},
        {QStringLiteral("contactInfo"),
         QJsonObject{{QStringLiteral("emailAddr"), emailAddr}, {QStringLiteral("cellPhone"), contactCellPhone}}},
        {QStringLiteral("flagAlert"), flagAlert},
        {QStringLiteral("flagExist"), flagExist},
        {QStringLiteral("status"), status},
        {QStringLiteral("postAddr"), addresses},
    };
    return QJsonObject{{QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), responseType}}},
                       {QStringLiteral("personInfo"), info}};
}
