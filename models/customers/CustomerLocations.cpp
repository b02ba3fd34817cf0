#include "CustomerLocations.h"

#include "BankJson.h"

#include <QJsonArray>

using BankJson::object;
using BankJson::text;

namespace {
QString codeOf(const QJsonObject &json, const QString &key)
{
    return text(object(json, key), QStringLiteral("code"));
}

QString descOf(const QJsonObject &json, const QString &key)
{
    return text(object(json, key), QStringLiteral("desc"));
}

QJsonObject codeDesc(const QString &code, const QString &desc)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("desc"), desc}};
}

// A list member; a single object is accepted as a list of one.
QJsonArray list(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = BankJson::member(json, key);
    QJsonArray items = value.isArray() ? value.toArray() : QJsonArray();
    if (value.isObject())
        items.append(value);
    return items;
}

QList<CustomerLocationPhone> phones(const QJsonObject &json)
{
    QList<CustomerLocationPhone> result;
    for (const QJsonValue &value : list(json, QStringLiteral("phoneNum")))
        result.append(CustomerLocationPhone::fromJson(value.toObject()));
    return result;
}

QJsonArray phonesJson(const QList<CustomerLocationPhone> &phones)
{
    QJsonArray result;
    for (const CustomerLocationPhone &phone : phones)
        result.append(phone.toJson());
    return result;
}
} // namespace

CustomerLocationPhone CustomerLocationPhone::fromJson(const QJsonObject &json)
{
    CustomerLocationPhone p;
    p.typeCode = codeOf(json, QStringLiteral("phoneType"));
    p.typeDesc = descOf(json, QStringLiteral("phoneType"));
    p.cellPhone = text(json, QStringLiteral("cellPhone"));
    p.processId = text(json, QStringLiteral("processId"));
    p.idItem = text(json, QStringLiteral("idItem"));
    p.conditionCode = codeOf(json, QStringLiteral("conditionInfo"));
    p.conditionDesc = descOf(json, QStringLiteral("conditionInfo"));
    p.phoneExt = text(json, QStringLiteral("phoneExt"));
    p.mobileOperator = text(json, QStringLiteral("mobileOperator"));
    p.cityCode = codeOf(json, QStringLiteral("city"));
    p.cityDesc = descOf(json, QStringLiteral("city"));
    p.desc = text(json, QStringLiteral("desc"));
    p.role = text(json, QStringLiteral("role"));
    p.roleNew = text(json, QStringLiteral("roleNew"));
    return p;
}

QJsonObject CustomerLocationPhone::toJson() const
{
    return QJsonObject{
        {QStringLiteral("phoneType"), codeDesc(typeCode, typeDesc)},
        {QStringLiteral("cellPhone"), cellPhone},
        {QStringLiteral("processId"), processId},
        {QStringLiteral("idItem"), idItem},
        {QStringLiteral("conditionInfo"), codeDesc(conditionCode, conditionDesc)},
        {QStringLiteral("phoneExt"), phoneExt},
        {QStringLiteral("mobileOperator"), mobileOperator},
        {QStringLiteral("city"), codeDesc(cityCode, cityDesc)},
        {QStringLiteral("desc"), desc},
        {QStringLiteral("role"), role},
        {QStringLiteral("roleNew"), roleNew},
    };
}

CustomerLocation CustomerLocation::fromJson(const QJsonObject &json)
{
    CustomerLocation l;
    l.addrTypeCode = codeOf(json, QStringLiteral("addrType"));
    l.addrTypeDesc = descOf(json, QStringLiteral("addrType"));
    l.neighborhood = text(json, QStringLiteral("neighborhood"));
    l.addr1 = text(json, QStringLiteral("addr1"));
    l.cityCode = codeOf(json, QStringLiteral("city"));
    l.cityDesc = descOf(json, QStringLiteral("city"));
    l.stateProvCode = codeOf(json, QStringLiteral("stateProv"));
    l.stateProvDesc = descOf(json, QStringLiteral("stateProv"));
    l.processId = text(json, QStringLiteral("processId"));
    l.conditionCode = codeOf(json, QStringLiteral("conditionInfo"));
    l.conditionDesc = descOf(json, QStringLiteral("conditionInfo"));
    l.idItem = text(json, QStringLiteral("idItem"));
    l.phoneNum = phones(json);
    l.role = text(json, QStringLiteral("role"));
    l.roleNew = text(json, QStringLiteral("roleNew"));
    l.cardAcctAddr1 = text(object(json, QStringLiteral("cardAcctId")), QStringLiteral("addr1"));
    l.createdDt = text(json, QStringLiteral("createdDt"));
    l.upDt = text(json, QStringLiteral("upDt"));
    l.user = text(json, QStringLiteral("user"));
    l.modifierUser = text(json, QStringLiteral("modifierUser"));
    l.submitOfficeBranchId = text(object(json, QStringLiteral("submitOffice")), QStringLiteral("branchId"));
    l.administrationOfficeBranchId =
        text(object(json, QStringLiteral("administrationOffice")), QStringLiteral("branchId"));
    return l;
}

QJsonObject CustomerLocation::toJson() const
{
    return QJsonObject{
        {QStringLiteral("addrType"), codeDesc(addrTypeCode, addrTypeDesc)},
        {QStringLiteral("neighborhood"), neighborhood},
        {QStringLiteral("addr1"), addr1},
        {QStringLiteral("city"), codeDesc(cityCode, cityDesc)},
        {QStringLiteral("stateProv"), codeDesc(stateProvCode, stateProvDesc)},
        {QStringLiteral("processId"), processId},
        {QStringLiteral("conditionInfo"), codeDesc(conditionCode, conditionDesc)},
        {QStringLiteral("idItem"), idItem},
        {QStringLiteral("phoneNum"), phonesJson(phoneNum)},
        {QStringLiteral("role"), role},
        {QStringLiteral("roleNew"), roleNew},
        {QStringLiteral("cardAcctId"), QJsonObject{{QStringLiteral("addr1"), cardAcctAddr1}}},
        {QStringLiteral("createdDt"), createdDt},
        {QStringLiteral("upDt"), upDt},
        {QStringLiteral("user"), user},
        {QStringLiteral("modifierUser"), modifierUser},
        {QStringLiteral("submitOffice"), QJsonObject{{QStringLiteral("branchId"), submitOfficeBranchId}}},
        {QStringLiteral("administrationOffice"),
         QJsonObject{{QStringLiteral("branchId"), administrationOfficeBranchId}}},
    };
}

std::optional<CustomerLocations> CustomerLocations::fromJson(const QJsonObject &json)
{
    const QJsonValue identValue = BankJson::member(json, QStringLiteral("govIssueIdent"));
    if (!identValue.isObject())
        return std::nullopt;
    const QJsonObject ident = identValue.toObject();
    CustomerLocations result;
    result.responseType = text(object(json, QStringLiteral("responseType")), QStringLiteral("value"));
    result.fullName = text(ident, QStringLiteral("fullName"));
    result.personType = text(ident, QStringLiteral("personType"));
    for (const QJsonValue &value : list(ident, QStringLiteral("postAddr")))
        result.postAddr.append(CustomerLocation::fromJson(value.toObject()));
    for (const QJsonValue &value : list(ident, QStringLiteral("emailFromInfo"))) {
        const QJsonObject e = value.toObject();
        result.emails.append({text(e, QStringLiteral("idItem")), text(e, QStringLiteral("processId")),
                              text(e, QStringLiteral("emailAddr")), text(e, QStringLiteral("condition"))});
    }
    result.phoneNum = phones(ident);
    return result;
}

QJsonObject CustomerLocations::toJson() const
{
    QJsonArray addresses;
    for (const CustomerLocation &location : postAddr)
        addresses.append(location.toJson());
    QJsonArray emailList;
    for (const CustomerLocationEmail &e : emails) {
        emailList.append(QJsonObject{{QStringLiteral("idItem"), e.idItem},
                                     {QStringLiteral("processId"), e.processId},
                                     {QStringLiteral("emailAddr"), e.emailAddr},
                                     {QStringLiteral("condition"), e.condition}});
    }
    return QJsonObject{
        {QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), responseType}}},
        {QStringLiteral("govIssueIdent"),
         QJsonObject{{QStringLiteral("fullName"), fullName},
                     {QStringLiteral("personType"), personType},
                     {QStringLiteral("postAddr"), addresses},
                     {QStringLiteral("emailFromInfo"), emailList},
                     {QStringLiteral("phoneNum"), phonesJson(phoneNum)}}},
    };
}
