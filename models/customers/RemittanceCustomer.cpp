#include "RemittanceCustomer.h"

#include "BankJson.h"
#include "ProfileCodes.h"

#include <QJsonArray>
#include <QStringList>

using BankJson::member;
using BankJson::object;
using BankJson::text;

namespace {
// A list member; a single object is accepted as a list of one.
QJsonArray list(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = member(json, key);
    QJsonArray items = value.isArray() ? value.toArray() : QJsonArray();
    if (value.isObject())
        items.append(value);
    return items;
}

QString joined(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            nonEmpty << part.trimmed();
    }
    return nonEmpty.join(QLatin1Char(' '));
}

// Ids are documented as numbers; a number goes back as a number.
QJsonValue idValue(const QString &id)
{
    bool ok = false;
    const qlonglong n = id.toLongLong(&ok);
    return ok ? QJsonValue(double(n)) : QJsonValue(id);
}

void insertIfSet(QJsonObject &json, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}
} // namespace

QString RemittanceBeneficiary::fullName() const
{
    return joined({firstName, middleName, lastName, secondLastName});
}

QString RemittanceCustomer::fullName() const
{
    return joined({firstName, middleName, lastName, secondLastName});
}

bool RemittanceCustomer::isInactive() const
{
    return ProfileCodes::remittanceStatus(status) == ProfileCodes::Status::Inactive;
}

std::optional<RemittanceCustomer> RemittanceCustomer::fromJson(const QJsonObject &json)
{
    const QJsonValue personValue = member(json, QStringLiteral("personInfo"));
    if (!personValue.isObject())
        return std::nullopt;
    const QJsonObject person = personValue.toObject();

    RemittanceCustomer r;
    r.responseType = text(object(json, QStringLiteral("responseType")), QStringLiteral("value"));
    for (const QJsonValue &value : list(json, QStringLiteral("listAddress"))) {
        const QJsonObject item = value.toObject();
        const QJsonObject post = object(item, QStringLiteral("postAddr"));
        const QJsonObject phone = object(item, QStringLiteral("phoneNum"));
        RemittanceAddress a;
        a.idItem = text(post, QStringLiteral("idItem"));
        a.cspRefId = text(post, QStringLiteral("cspRefId"));
        a.addrType = text(post, QStringLiteral("addrType"));
        a.addr1 = text(post, QStringLiteral("addr1"));
        a.city = text(post, QStringLiteral("city"));
        a.country = text(post, QStringLiteral("country"));
        a.postalCode = text(post, QStringLiteral("postalCode"));
        a.cityId = text(post, QStringLiteral("cityId"));
        a.stateProv = text(post, QStringLiteral("stateProv"));
        a.phone = text(phone, QStringLiteral("phone"));
        a.cellPhone = text(phone, QStringLiteral("cellPhone"));
        r.addresses.append(a);
    }
    for (const QJsonValue &value : list(json, QStringLiteral("beneficiary"))) {
        const QJsonObject b = object(value.toObject(), QStringLiteral("personInfo"));
        RemittanceBeneficiary beneficiary;
        beneficiary.idItem = text(b, QStringLiteral("idItem"));
        beneficiary.cspRefId = text(b, QStringLiteral("cspRefId"));
        beneficiary.identSerialNum = text(b, QStringLiteral("identSerialNum"));
        beneficiary.emailAddr = text(b, QStringLiteral("emailAddr"));
        beneficiary.firstName = text(b, QStringLiteral("firstName"));
        beneficiary.middleName = text(b, QStringLiteral("middleName"));
        beneficiary.lastName = text(b, QStringLiteral("lastName"));
        beneficiary.secondLastName = text(b, QStringLiteral("secondLastName"));
        r.beneficiaries.append(beneficiary);
    }
    for (const QJsonValue &value : list(json, QStringLiteral("senderPmtInfo"))) {
        const QJsonObject c = value.toObject();
        r.concepts.append({text(c, QStringLiteral("idItem")), text(c, QStringLiteral("cspRefId")),
                           text(c, QStringLiteral("type")), text(c, QStringLiteral("rank"))});
    }

    const QJsonObject ident = object(person, QStringLiteral("govIssueIdent"));
    const QJsonObject name = object(person, QStringLiteral("personName"));
    const QJsonObject activity = object(person, QStringLiteral("businessActivity"));
    r.cspRefId = text(person, QStringLiteral("cspRefId"));
    r.clientTerminalSeqId = text(person, QStringLiteral("clientTerminalSeqId"));
    r.govIssueIdentType = text(ident, QStringLiteral("govIssueIdentType"));
    r.identSerialNum = text(ident, QStringLiteral("identSerialNum"));
    r.issDt = text(ident, QStringLiteral("issDt"));
    r.expDt = text(ident, QStringLiteral("expDt"));
    r.expCityId = text(ident, QStringLiteral("expCityId"));
    r.expCity = text(ident, QStringLiteral("city"));
    r.nationality = text(ident, QStringLiteral("country"));
    r.firstName = text(name, QStringLiteral("firstName"));
    r.middleName = text(name, QStringLiteral("middleName"));
    r.lastName = text(name, QStringLiteral("lastName"));
    r.secondLastName = text(name, QStringLiteral("secondLastName"));
    r.emailAddr = text(person, QStringLiteral("emailAddr"));
    r.birthDt = text(person, QStringLiteral("birthDt"));
    r.gender = text(person, QStringLiteral("gender"));
    r.birthCountry = text(person, QStringLiteral("country"));
    r.certCode = text(activity, QStringLiteral("certCode"));
    r.jobTitle = text(activity, QStringLiteral("jobTitle"));
    r.employmentRank = text(activity, QStringLiteral("rank"));
    // "1=YES,0=NO" in the table, a boolean in the example.
    r.publiclyExposed = ProfileCodes::flag(member(activity, QStringLiteral("flagPubExpPerson"))).value_or(false);
    r.companyName = text(activity, QStringLiteral("branchName"));
    r.status = text(person, QStringLiteral("status"));
    r.upDt = text(person, QStringLiteral("upDt"));

    const QJsonObject references = object(json, QStringLiteral("pmtReferences"));
    const QJsonObject updated = object(references, QStringLiteral("actualizeStatus"));
    r.createRefId = text(references, QStringLiteral("createRefId"));
    r.createBranchId = text(references, QStringLiteral("branchId"));
    r.updateRefId = text(updated, QStringLiteral("updateRefId"));
    r.updateBranchId = text(updated, QStringLiteral("branchId"));

    const QJsonObject compliance = object(json, QStringLiteral("compliance"));
    r.termsConditions = ProfileCodes::flag(member(compliance, QStringLiteral("termsConditions")));
    r.personDataProcessing = ProfileCodes::flag(member(compliance, QStringLiteral("personDataProcessing")));
    return r;
}

QJsonObject RemittanceCustomer::toJson() const
{
    QJsonArray addressList;
    for (const RemittanceAddress &a : addresses) {
        addressList.append(QJsonObject{
            {QStringLiteral("phoneNum"),
             QJsonObject{{QStringLiteral("phone"), a.phone}, {QStringLiteral("cellPhone"), a.cellPhone}}},
            {QStringLiteral("postAddr"),
             QJsonObject{{QStringLiteral("idItem"), idValue(a.idItem)},
                         {QStringLiteral("cspRefId"), idValue(a.cspRefId)},
                         {QStringLiteral("addrType"), a.addrType},
                         {QStringLiteral("addr1"), a.addr1},
                         {QStringLiteral("city"), a.city},
                         {QStringLiteral("country"), a.country},
                         {QStringLiteral("postalCode"), a.postalCode},
                         {QStringLiteral("cityId"), a.cityId},
                         {QStringLiteral("stateProv"), a.stateProv}}}});
    }
    QJsonArray beneficiaryList;
    for (const RemittanceBeneficiary &b : beneficiaries) {
        beneficiaryList.append(QJsonObject{
            {QStringLiteral("personInfo"),
             QJsonObject{{QStringLiteral("idItem"), idValue(b.idItem)},
                         {QStringLiteral("cspRefId"), idValue(b.cspRefId)},
                         {QStringLiteral("identSerialNum"), b.identSerialNum},
                         {QStringLiteral("emailAddr"), b.emailAddr},
                         {QStringLiteral("lastName"), b.lastName},
                         {QStringLiteral("secondLastName"), b.secondLastName},
                         {QStringLiteral("firstName"), b.firstName},
                         {QStringLiteral("middleName"), b.middleName}}}});
    }
    QJsonArray conceptList;
    for (const RemittanceFinancialConcept &c : concepts) {
        QJsonObject item{{QStringLiteral("cspRefId"), idValue(c.cspRefId)},
                         {QStringLiteral("type"), c.type},
                         {QStringLiteral("rank"), c.rank}};
        insertIfSet(item, QStringLiteral("idItem"), c.idItem);
        conceptList.append(item);
    }
    QJsonObject ident{{QStringLiteral("govIssueIdentType"), govIssueIdentType},
                      {QStringLiteral("identSerialNum"), identSerialNum},
                      {QStringLiteral("expCityId"), expCityId},
                      {QStringLiteral("issDt"), issDt},
                      {QStringLiteral("city"), expCity},
                      {QStringLiteral("country"), nationality}};
    insertIfSet(ident, QStringLiteral("expDt"), expDt); // absent for types that do not expire
    const QJsonObject person{
        {QStringLiteral("personName"),
         QJsonObject{{QStringLiteral("lastName"), lastName},
                     {QStringLiteral("secondLastName"), secondLastName},
                     {QStringLiteral("firstName"), firstName},
                     {QStringLiteral("middleName"), middleName}}},
        {QStringLiteral("upDt"), upDt},
        {QStringLiteral("clientTerminalSeqId"), idValue(clientTerminalSeqId)},
        {QStringLiteral("birthDt"), birthDt},
        {QStringLiteral("country"), birthCountry},
        {QStringLiteral("emailAddr"), emailAddr},
        {QStringLiteral("businessActivity"),
         QJsonObject{{QStringLiteral("certCode"), certCode},
                     {QStringLiteral("jobTitle"), jobTitle},
                     {QStringLiteral("rank"), employmentRank},
                     {QStringLiteral("flagPubExpPerson"), publiclyExposed},
                     {QStringLiteral("branchName"), companyName}}},
        {QStringLiteral("cspRefId"), idValue(cspRefId)},
        {QStringLiteral("gender"), gender},
        {QStringLiteral("status"), status},
        {QStringLiteral("govIssueIdent"), ident},
    };
    QJsonObject references{{QStringLiteral("actualizeStatus"),
                            QJsonObject{{QStringLiteral("updateRefId"), updateRefId},
                                        {QStringLiteral("branchId"), updateBranchId}}}};
    insertIfSet(references, QStringLiteral("createRefId"), createRefId);
    insertIfSet(references, QStringLiteral("branchId"), createBranchId);
    QJsonObject compliance;
    if (termsConditions)
        compliance.insert(QStringLiteral("termsConditions"), *termsConditions);
    if (personDataProcessing)
        compliance.insert(QStringLiteral("personDataProcessing"), *personDataProcessing);
    return QJsonObject{
        {QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), responseType}}},
        {QStringLiteral("listAddress"), addressList},
        {QStringLiteral("beneficiary"), beneficiaryList},
        {QStringLiteral("senderPmtInfo"), conceptList},
        {QStringLiteral("personInfo"), person},
        {QStringLiteral("pmtReferences"), references},
        {QStringLiteral("compliance"), compliance},
    };
}
