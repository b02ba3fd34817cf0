#include "PolicyIssuing.h"

#include "BankJson.h"
#include "PolicyCodes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PolicyIssuing)
};

QString txt(const QJsonObject &json, const QString &key)
{
    return BankJson::text(json, key);
}
} // namespace

QJsonObject IssuingRequest::toJson() const
{
    QJsonObject product{{QStringLiteral("productIdNumber"), productIdNumber}, {QStringLiteral("freq"), freq}};
    if (channel)
        product.insert(QStringLiteral("channel"), *channel);
    QJsonObject json{{QStringLiteral("product"), product},
                     {QStringLiteral("entprAgreement"), QJsonObject{{QStringLiteral("cityId"), cityId}}},
                     {QStringLiteral("pmtReferences"),
                      QJsonObject{{QStringLiteral("pmtAuthId"), pmtAuthId}, {QStringLiteral("pmtType"), pmtType}}},
                     {QStringLiteral("coverageInfo"), QJsonObject{{QStringLiteral("coverageId"), coverageId}}},
                     {QStringLiteral("personInfo"), person.toJson()}};
    if (productIdent)
        json.insert(QStringLiteral("productIdent"), *productIdent);
    if (!home.isEmpty() || !coverages.isEmpty() || !additionalCoverages.isEmpty() || !listValidation.isEmpty()) {
        QJsonObject info;
        if (!home.isEmpty())
            home.writeTo(info);
        info.insert(QStringLiteral("coverageInfo"), coverageDetailsToJson(coverages));
        info.insert(QStringLiteral("additionalData"), coverageDetailsToJson(additionalCoverages));
        info.insert(QStringLiteral("listValidation"), coverageDetailsToJson(listValidation));
        json.insert(QStringLiteral("insuranceInfo"), info);
    }
    if (!beneficiaries.isEmpty()) {
        QJsonArray array;
        for (const Beneficiary &b : beneficiaries)
            array.append(QJsonObject{{QStringLiteral("personInfo"), b.toJson()}});
        json.insert(QStringLiteral("beneficiary"), array);
    }
    if (!identVerifyEntity.isEmpty())
        json.insert(QStringLiteral("identVerifyEntity"), identVerifyEntitiesToJson(identVerifyEntity));
    if (!additionalData.isEmpty())
        json.insert(QStringLiteral("additionalData"), keyValuesToJson(additionalData));
    return json;
}

IssuingRequest IssuingRequest::fromJson(const QJsonObject &json)
{
    IssuingRequest r;
    r.productIdent = PolicyJson::optionalText(json, QStringLiteral("productIdent"));
    const QJsonObject product = BankJson::object(json, QStringLiteral("product"));
    r.productIdNumber = txt(product, QStringLiteral("productIdNumber"));
    r.freq = txt(product, QStringLiteral("freq"));
    if (!BankJson::member(product, QStringLiteral("channel")).isUndefined())
        r.channel = int(PolicyJson::number(product, QStringLiteral("channel")));
    r.cityId = txt(BankJson::object(json, QStringLiteral("entprAgreement")), QStringLiteral("cityId"));
    const QJsonObject references = BankJson::object(json, QStringLiteral("pmtReferences"));
    r.pmtAuthId = txt(references, QStringLiteral("pmtAuthId"));
    r.pmtType = txt(references, QStringLiteral("pmtType"));
    r.coverageId = txt(BankJson::object(json, QStringLiteral("coverageInfo")), QStringLiteral("coverageId"));
    r.person = IssuingPerson::fromJson(BankJson::object(json, QStringLiteral("personInfo")));
    const QJsonObject info = BankJson::object(json, QStringLiteral("insuranceInfo"));
    r.home = HomeRisk::readFrom(info);
    r.coverages = coverageDetailsFromJson(PolicyJson::array(info, QStringLiteral("coverageInfo")));
    r.additionalCoverages = coverageDetailsFromJson(PolicyJson::array(info, QStringLiteral("additionalData")));
    r.listValidation = coverageDetailsFromJson(PolicyJson::array(info, QStringLiteral("listValidation")));
    for (const QJsonValue &value : PolicyJson::array(json, QStringLiteral("beneficiary")))
        r.beneficiaries.append(Beneficiary::fromJson(BankJson::object(value.toObject(), QStringLiteral("personInfo"))));
    r.identVerifyEntity = identVerifyEntitiesFromJson(PolicyJson::array(json, QStringLiteral("identVerifyEntity")));
    r.additionalData = keyValuesFromJson(PolicyJson::array(json, QStringLiteral("additionalData")));
    return r;
}

FieldIssues IssuingRequest::validate(const QDate &today) const
{
    FieldIssues issues;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (productIdent) {
        if (PolicyCodes::productIdentFor(productIdNumber) != *productIdent)
            issues.append({QStringLiteral("product.productIdNumber"), Tr::tr("This product does not belong to the chosen line.")});
    } else if (!PolicyCodes::contains(PolicyCodes::lifeProducts(), productIdNumber)) {
        issues.append({QStringLiteral("product.productIdNumber"), Tr::tr("Choose one of the life products.")});
    }
    if (!PolicyCodes::contains(PolicyCodes::frequencies(), freq))
        issues.append({QStringLiteral("product.freq"), Tr::tr("Choose the payment frequency.")});
    if (!PolicyCodes::contains(PolicyCodes::offices(), cityId))
        issues.append({QStringLiteral("entprAgreement.cityId"), Tr::tr("Choose the office (city) of the sale.")});
    if (!digits.match(pmtAuthId).hasMatch())
        issues.append({QStringLiteral("pmtReferences.pmtAuthId"), Tr::tr("Quote first: issuing needs the quote code.")});
    if (coverageId.isEmpty())
        issues.append({QStringLiteral("coverageInfo.coverageId"), Tr::tr("Choose a plan.")});
    if (!PolicyCodes::contains(PolicyCodes::identificationTypes(), person.govIssueIdentType))
        issues.append({QStringLiteral("personInfo.govIssueIdentType"), Tr::tr("Choose the identification type.")});
    if (person.identSerialNum.isEmpty())
        issues.append({QStringLiteral("personInfo.identSerialNum"), Tr::tr("Enter the identification number.")});
    if (person.firstName.trimmed().isEmpty() || person.lastName.trimmed().isEmpty())
        issues.append({QStringLiteral("personInfo.lastName"), Tr::tr("Enter the insured's names.")});
    if (!person.birthDt.isValid())
        issues.append({QStringLiteral("personInfo.birthDt"), Tr::tr("Enter the insured's birth date.")});
    if (person.postAddr.isEmpty() || person.postAddr.first().addr1.trimmed().isEmpty())
        issues.append({QStringLiteral("personInfo.contactInfo.postAddr.addr1"), Tr::tr("Enter the insured's address.")});
    if (person.postAddr.isEmpty() || !digits.match(person.postAddr.first().cityId).hasMatch())
        issues.append({QStringLiteral("personInfo.contactInfo.postAddr.cityId"), Tr::tr("Enter the city code of the address.")});
    if (person.cards.isEmpty() && person.accounts.isEmpty())
        issues.append({QStringLiteral("pmtReferences.pmtType"), Tr::tr("Choose how the premium is paid: card or account.")});
    for (const CardPayment &card : person.cards)
        issues.append(card.validate(today));
    for (const AccountPayment &account : person.accounts)
        issues.append(account.validate());
    // Home policies name no beneficiaries in the document.
    if (!productIdent || *productIdent != QLatin1String("3") || !beneficiaries.isEmpty())
        issues.append(validateBeneficiaries(beneficiaries));
    return issues;
}

std::optional<IssuingResult> IssuingResult::fromJson(const QJsonObject &json)
{
    const QJsonValue infoValue = BankJson::member(json, QStringLiteral("insuranceInfo"));
    if (!infoValue.isObject())
        return std::nullopt;
    const QJsonObject info = infoValue.toObject();
    IssuingResult r;
    r.cSpRefId = txt(info, QStringLiteral("cSpRefId"));
    r.trnRquId = txt(info, QStringLiteral("trnRquId"));
    r.operationType = txt(info, QStringLiteral("operationType"));
    r.effDt = BankJson::date(txt(info, QStringLiteral("effDt")));
    r.endDt = BankJson::date(txt(info, QStringLiteral("endDt")));
    r.insuranPremiumValue = PolicyJson::number(info, QStringLiteral("insuranPremiumValue"));
    r.taxes = PolicyJson::number(BankJson::object(info, QStringLiteral("fee")), QStringLiteral("amt"));
    r.commission = PolicyJson::number(info, QStringLiteral("rate"));
    r.policyId = txt(info, QStringLiteral("policyId"));
    r.certCode = txt(info, QStringLiteral("certCode"));
    r.quoteNumber = txt(BankJson::object(info, QStringLiteral("forExRateInqRq")), QStringLiteral("depAcctId"));
    const QJsonObject detail = BankJson::object(json, QStringLiteral("responseDetail"));
    r.errorCode = txt(detail, QStringLiteral("errorCode"));
    r.errorDesc = txt(detail, QStringLiteral("errorDesc"));
    if (r.policyId.isEmpty())
        return std::nullopt;
    return r;
}

QJsonObject IssuingResult::toJson() const
{
    return {{QStringLiteral("insuranceInfo"),
             QJsonObject{{QStringLiteral("cSpRefId"), cSpRefId},
                         {QStringLiteral("trnRquId"), trnRquId},
                         {QStringLiteral("operationType"), operationType},
                         {QStringLiteral("effDt"), PolicyDates::iso(effDt)},
                         {QStringLiteral("endDt"), PolicyDates::iso(endDt)},
                         {QStringLiteral("insuranPremiumValue"), insuranPremiumValue},
                         {QStringLiteral("fee"), QJsonObject{{QStringLiteral("amt"), taxes}}},
                         {QStringLiteral("rate"), commission},
                         {QStringLiteral("policyId"), policyId},
                         {QStringLiteral("certCode"), certCode},
                         {QStringLiteral("forExRateInqRq"), QJsonObject{{QStringLiteral("depAcctId"), quoteNumber}}}}}};
}
