#include "CustomerBasicInfo.h"

#include "BankJson.h"

#include <QJsonArray>

using BankJson::object;
using BankJson::text;

namespace {
QJsonObject responseTypeJson(const QString &value)
{
    return QJsonObject{{QStringLiteral("value"), value}};
}
} // namespace

std::optional<CustomerBasicDataV1> CustomerBasicDataV1::fromJson(const QJsonObject &json)
{
    const QJsonValue identValue = BankJson::member(json, QStringLiteral("govIssueIdent"));
    if (!identValue.isObject())
        return std::nullopt;
    const QJsonObject ident = identValue.toObject();
    CustomerBasicDataV1 data;
    data.responseType = text(object(json, QStringLiteral("responseType")), QStringLiteral("value"));
    data.govIssueIdentType = text(ident, QStringLiteral("govIssueIdentType"));
    data.identSerialNum = text(ident, QStringLiteral("identSerialNum"));
    const QJsonObject name = object(json, QStringLiteral("personName"));
    data.fullName = text(name, QStringLiteral("fullName"));
    data.firstName = text(name, QStringLiteral("firstName"));
    data.middleName = text(name, QStringLiteral("middleName"));
    data.lastName = text(name, QStringLiteral("lastName"));
    data.secondLastName = text(name, QStringLiteral("secondLastName"));
    data.birthDt = text(object(json, QStringLiteral("personInfo")), QStringLiteral("birthDt"));
    const QJsonObject org = object(json, QStringLiteral("OrgId"));
    data.orgIdType = text(org, QStringLiteral("orgIdType"));
    data.orgIdNum = text(org, QStringLiteral("orgIdNum"));
    const QJsonObject contact = object(json, QStringLiteral("contactInfo"));
    data.emailAddr = text(contact, QStringLiteral("emailAddr"));
    data.phone = text(contact, QStringLiteral("phone"));
    data.cellPhone = text(contact, QStringLiteral("cellPhone"));
    // A list like v4; a single object is accepted too.
    const QJsonValue addresses = BankJson::member(json, QStringLiteral("postAddr"));
    QJsonArray list = addresses.isArray() ? addresses.toArray() : QJsonArray();
    if (addresses.isObject())
        list.append(addresses);
    for (const QJsonValue &value : list) {
        const QJsonObject a = value.toObject();
        data.postAddr.append({text(a, QStringLiteral("addr1")), text(a, QStringLiteral("city")),
                              text(a, QStringLiteral("stateProv")), text(a, QStringLiteral("country"))});
    }
    return data;
}

QJsonObject CustomerBasicDataV1::toJson() const
{
    QJsonArray addresses;
    for (const CustomerBasicInfoAddress &a : postAddr) {
        addresses.append(QJsonObject{{QStringLiteral("addr1"), a.addr1},
                                     {QStringLiteral("city"), a.city},
                                     {QStringLiteral("stateProv"), a.stateProv},
                                     {QStringLiteral("country"), a.country}});
    }
    return QJsonObject{
        {QStringLiteral("responseType"), responseTypeJson(responseType)},
        {QStringLiteral("personName"),
         QJsonObject{{QStringLiteral("fullName"), fullName},
                     {QStringLiteral("firstName"), firstName},
                     {QStringLiteral("middleName"), middleName},
                     {QStringLiteral("lastName"), lastName},
                     {QStringLiteral("secondLastName"), secondLastName}}},
        {QStringLiteral("personInfo"), QJsonObject{{QStringLiteral("birthDt"), birthDt}}},
        {QStringLiteral("OrgId"),
         QJsonObject{{QStringLiteral("orgIdType"), orgIdType}, {QStringLiteral("orgIdNum"), orgIdNum}}},
        {QStringLiteral("postAddr"), addresses},
        {QStringLiteral("govIssueIdent"),
         QJsonObject{{QStringLiteral("govIssueIdentType"), govIssueIdentType},
                     {QStringLiteral("identSerialNum"), identSerialNum}}},
        {QStringLiteral("contactInfo"),
         QJsonObject{{QStringLiteral("emailAddr"), emailAddr},
                     {QStringLiteral("phone"), phone},
                     {QStringLiteral("cellPhone"), cellPhone}}},
    };
}

std::optional<CustomerBasicDataV2> CustomerBasicDataV2::fromJson(const QJsonObject &json)
{
    CustomerBasicDataV2 data;
    data.responseType = text(object(json, QStringLiteral("responseType")), QStringLiteral("value"));
    data.fullName = text(json, QStringLiteral("fullName"));
    data.identSerialNum = text(json, QStringLiteral("identSerialNum"));
    if (data.fullName.isEmpty() && data.identSerialNum.isEmpty())
        return std::nullopt;
    data.firstName = text(json, QStringLiteral("firstName"));
    data.lastName = text(json, QStringLiteral("lastName"));
    data.birthDt = text(json, QStringLiteral("birthDt"));
    data.orgIdType = text(json, QStringLiteral("orgIdType"));
    data.orgIdNum = text(json, QStringLiteral("orgIdNum"));
    data.addr1 = text(json, QStringLiteral("addr1"));
    data.city = text(json, QStringLiteral("city"));
    data.stateProv = text(json, QStringLiteral("stateProv"));
    data.country = text(json, QStringLiteral("country"));
    data.govIssueIdentType = text(json, QStringLiteral("govIssueIdentType"));
    data.emailAddr = text(json, QStringLiteral("emailAddr"));
    data.phone = text(json, QStringLiteral("phone"));
    data.cellPhone = text(json, QStringLiteral("cellPhone"));
    return data;
}

QJsonObject CustomerBasicDataV2::toJson() const
{
    return QJsonObject{
        {QStringLiteral("responseType"), responseTypeJson(responseType)},
        {QStringLiteral("fullName"), fullName},
        {QStringLiteral("firstName"), firstName},
        {QStringLiteral("lastName"), lastName},
        {QStringLiteral("birthDt"), birthDt},
        {QStringLiteral("orgIdType"), orgIdType},
        {QStringLiteral("orgIdNum"), orgIdNum},
        {QStringLiteral("addr1"), addr1},
        {QStringLiteral("city"), city},
        {QStringLiteral("stateProv"), stateProv},
        {QStringLiteral("country"), country},
        {QStringLiteral("govIssueIdentType"), govIssueIdentType},
        {QStringLiteral("identSerialNum"), identSerialNum},
        {QStringLiteral("emailAddr"), emailAddr},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("cellPhone"), cellPhone},
    };
}
