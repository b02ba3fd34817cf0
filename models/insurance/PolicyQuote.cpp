#include "PolicyQuote.h"

#include "BankJson.h"
#include "PolicyCodes.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PolicyQuote)
};

QString txt(const QJsonObject &json, const QString &key)
{
    return BankJson::text(json, key);
}
} // namespace

QJsonObject QuoteRequest::toJson() const
{
    QJsonObject product{{QStringLiteral("productIdNumber"), PolicyJson::code(productIdNumber, NumberStyle::Number)},
                        {QStringLiteral("freq"), PolicyJson::code(freq, NumberStyle::Number)}};
    if (productLine)
        product.insert(QStringLiteral("productLine"), *productLine);
    QJsonObject info{{QStringLiteral("channel"), channel}};
    person.writeTo(info);
    if (!home.isEmpty())
        home.writeTo(info);
    if (stipend)
        info.insert(QStringLiteral("stipend"), *stipend);
    info.insert(QStringLiteral("coverageInfo"), coverageDetailsToJson(coverages));
    info.insert(QStringLiteral("additionalData"), coverageDetailsToJson(additionalCoverages));
    info.insert(QStringLiteral("listValidation"), coverageDetailsToJson(listValidation));
    QJsonObject json{{QStringLiteral("product"), product},
                     {QStringLiteral("entprAgreement"), QJsonObject{{QStringLiteral("cityId"), cityId}}},
                     {QStringLiteral("coverageInfo"), QJsonObject{{QStringLiteral("coverageId"), coverageId}}},
                     {QStringLiteral("insuranceInfo"), info},
                     {QStringLiteral("identVerifyEntity"), identVerifyEntitiesToJson(identVerifyEntity)},
                     {QStringLiteral("additionalData"), keyValuesToJson(additionalData)}};
    if (productIdent)
        json.insert(QStringLiteral("productIdent"), *productIdent);
    return json;
}

QuoteRequest QuoteRequest::fromJson(const QJsonObject &json)
{
    QuoteRequest r;
    r.productIdent = PolicyJson::optionalText(json, QStringLiteral("productIdent"));
    const QJsonObject product = BankJson::object(json, QStringLiteral("product"));
    r.productIdNumber = txt(product, QStringLiteral("productIdNumber"));
    r.freq = txt(product, QStringLiteral("freq"));
    if (!BankJson::member(product, QStringLiteral("productLine")).isUndefined())
        r.productLine = int(PolicyJson::number(product, QStringLiteral("productLine")));
    r.cityId = txt(BankJson::object(json, QStringLiteral("entprAgreement")), QStringLiteral("cityId"));
    r.coverageId = int(PolicyJson::number(BankJson::object(json, QStringLiteral("coverageInfo")), QStringLiteral("coverageId")));
    const QJsonObject info = BankJson::object(json, QStringLiteral("insuranceInfo"));
    r.channel = int(PolicyJson::number(info, QStringLiteral("channel")));
    r.person = QuotePerson::readFrom(info);
    r.home = HomeRisk::readFrom(info);
    if (info.contains(QStringLiteral("stipend")))
        r.stipend = BankJson::object(info, QStringLiteral("stipend"));
    r.coverages = coverageDetailsFromJson(PolicyJson::array(info, QStringLiteral("coverageInfo")));
    r.additionalCoverages = coverageDetailsFromJson(PolicyJson::array(info, QStringLiteral("additionalData")));
    r.listValidation = coverageDetailsFromJson(PolicyJson::array(info, QStringLiteral("listValidation")));
    r.identVerifyEntity = identVerifyEntitiesFromJson(PolicyJson::array(json, QStringLiteral("identVerifyEntity")));
    r.additionalData = keyValuesFromJson(PolicyJson::array(json, QStringLiteral("additionalData")));
    return r;
}

FieldIssues QuoteRequest::validate() const
{
    FieldIssues issues;
    const bool general = productIdent.has_value();
    if (general) {
        if (PolicyCodes::productIdentFor(productIdNumber) != *productIdent)
            issues.append({QStringLiteral("product.productIdNumber"), Tr::tr("This product does not belong to the chosen line.")});
    } else if (!PolicyCodes::contains(PolicyCodes::lifeProducts(), productIdNumber)) {
        issues.append({QStringLiteral("product.productIdNumber"), Tr::tr("Choose one of the life products.")});
    }
    if (!PolicyCodes::contains(PolicyCodes::frequencies(), freq))
        issues.append({QStringLiteral("product.freq"), Tr::tr("Choose the payment frequency.")});
    if (!PolicyCodes::contains(PolicyCodes::offices(), cityId))
        issues.append({QStringLiteral("entprAgreement.cityId"), Tr::tr("Choose the office (city) of the sale.")});
    if (coverageId < 1 || coverageId > 16)
        issues.append({QStringLiteral("coverageInfo.coverageId"), Tr::tr("Choose a plan.")});
    if (!PolicyCodes::contains(PolicyCodes::saleChannels(), QString::number(channel)))
        issues.append({QStringLiteral("insuranceInfo.channel"), Tr::tr("Choose the sale channel (101 to 121).")});
    issues.append(person.validate());
    if (general && *productIdent == QLatin1String("3"))
        issues.append(home.validate());
    return issues;
}

std::optional<QuoteResult> QuoteResult::fromJson(const QJsonObject &json)
{
    const QJsonValue references = BankJson::member(json, QStringLiteral("pmtReferences"));
    if (!references.isObject())
        return std::nullopt;
    QuoteResult r;
    r.pmtAuthId = txt(references.toObject(), QStringLiteral("pmtAuthId"));
    const QJsonObject detail = BankJson::object(json, QStringLiteral("responseDetail"));
    r.errorCode = txt(detail, QStringLiteral("errorCode"));
    r.errorDesc = txt(detail, QStringLiteral("errorDesc"));
    r.startDt = txt(detail, QStringLiteral("startDt"));
    r.coverages = coverageDetailsFromJson(
        PolicyJson::array(BankJson::object(json, QStringLiteral("insuranceInfo")), QStringLiteral("coverageInfo")));
    const QJsonObject invoice = BankJson::object(json, QStringLiteral("invoicePremium"));
    const QJsonObject fee = BankJson::object(invoice, QStringLiteral("fee"));
    r.netPremium = PolicyJson::number(fee, QStringLiteral("totalInsurableValue"));
    r.feeAmount = PolicyJson::number(fee, QStringLiteral("amt"));
    r.billId = txt(invoice, QStringLiteral("billId"));
    r.premium = PolicyJson::number(invoice, QStringLiteral("insuranPremiumValue"));
    const QJsonObject product = BankJson::object(json, QStringLiteral("product"));
    r.planId = txt(product, QStringLiteral("idItem"));
    r.planDesc = txt(product, QStringLiteral("desc"));
    r.freq = txt(product, QStringLiteral("freq"));
    return r;
}

QJsonObject QuoteResult::toJson() const
{
    QJsonArray coverageArray;
    for (const CoverageDetail &c : coverages) {
        QJsonObject o = c.toJson();
        o.remove(QStringLiteral("role"));
        o.insert(QStringLiteral("additionalData"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), 1}, {QStringLiteral("amt"), c.insuranPremiumValue}}});
        coverageArray.append(o);
    }
    QJsonObject json{{QStringLiteral("pmtReferences"), QJsonObject{{QStringLiteral("pmtAuthId"), PolicyJson::code(pmtAuthId, NumberStyle::Number)}}},
                     {QStringLiteral("responseDetail"),
                      QJsonObject{{QStringLiteral("errorCode"), errorCode},
                                  {QStringLiteral("errorDesc"), errorDesc},
                                  {QStringLiteral("startDt"), startDt}}},
                     {QStringLiteral("insuranceInfo"), QJsonObject{{QStringLiteral("coverageInfo"), coverageArray}}},
                     {QStringLiteral("invoicePremium"),
                      QJsonObject{{QStringLiteral("fee"),
                                   QJsonObject{{QStringLiteral("totalInsurableValue"), netPremium}, {QStringLiteral("amt"), feeAmount}}},
                                  {QStringLiteral("billId"), PolicyJson::code(billId, NumberStyle::Number)},
                                  {QStringLiteral("insuranPremiumValue"), premium}}}};
    if (!planId.isEmpty()) {
        json.insert(QStringLiteral("product"),
                    QJsonObject{{QStringLiteral("idItem"), PolicyJson::code(planId, NumberStyle::Number)},
                                {QStringLiteral("desc"), planDesc},
                                {QStringLiteral("freq"), PolicyJson::code(freq, NumberStyle::Number)}});
    }
    return json;
}
