#include "PolicySimulation.h"

#include "BankJson.h"
#include "PolicyCodes.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PolicySimulation)
};

QString txt(const QJsonObject &json, const QString &key)
{
    return BankJson::text(json, key);
}

void checkBirthDate(const QDate &birthDt, const QDate &today, const QString &field, FieldIssues &issues)
{
    if (!birthDt.isValid() || birthDt > today)
        issues.append({field, Tr::tr("Enter the insured's birth date (dd/mm/yyyy), not in the future.")});
    else if (birthDt.addYears(100) < today)
        issues.append({field, Tr::tr("The insured cannot be older than 100 years.")});
}
} // namespace

QJsonDocument LifeSimulationRequest::toJson() const
{
    QJsonArray array;
    for (const LifeSimulationItem &item : items) {
        array.append(QJsonObject{
            {QStringLiteral("product"), QJsonObject{{QStringLiteral("productIdNumber"), item.productIdNumber}}},
            {QStringLiteral("insuranceInfo"),
             QJsonObject{{QStringLiteral("channel"), item.channel},
                         {QStringLiteral("personName"),
                          QJsonObject{{QStringLiteral("birthDt"), PolicyDates::dayMonthYear(item.birthDt)}}}}}});
    }
    return QJsonDocument(array);
}

LifeSimulationRequest LifeSimulationRequest::fromJson(const QJsonDocument &json)
{
    LifeSimulationRequest request;
    // Lenient: a single object is one item.
    const QJsonArray array = json.isArray() ? json.array() : QJsonArray{json.object()};
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const QJsonObject info = BankJson::object(o, QStringLiteral("insuranceInfo"));
        request.items.append({txt(BankJson::object(o, QStringLiteral("product")), QStringLiteral("productIdNumber")),
                              txt(info, QStringLiteral("channel")),
                              BankJson::date(txt(BankJson::object(info, QStringLiteral("personName")), QStringLiteral("birthDt")))});
    }
    return request;
}

FieldIssues LifeSimulationRequest::validate(const QDate &today) const
{
    FieldIssues issues;
    if (items.isEmpty())
        issues.append({QStringLiteral("product.productIdNumber"), Tr::tr("Choose a product to simulate.")});
    for (const LifeSimulationItem &item : items) {
        if (!PolicyCodes::contains(PolicyCodes::lifeProducts(), item.productIdNumber))
            issues.append({QStringLiteral("product.productIdNumber"), Tr::tr("Choose one of the life products.")});
        if (!PolicyCodes::contains(PolicyCodes::saleChannels(), item.channel))
            issues.append({QStringLiteral("insuranceInfo.channel"), Tr::tr("Choose the sale channel (101 to 121).")});
        checkBirthDate(item.birthDt, today, QStringLiteral("insuranceInfo.personName.birthDt"), issues);
    }
    return issues;
}

QJsonObject GeneralSimulationRequest::toJson() const
{
    QJsonObject info{{QStringLiteral("channel"), channel}};
    if (productIdent == QLatin1String("3"))
        home.writeTo(info);
    else
        info.insert(QStringLiteral("personName"), QJsonObject{{QStringLiteral("birthDt"), PolicyDates::dayMonthYear(birthDt)}});
    QJsonObject json{{QStringLiteral("productIdent"), productIdent},
                     {QStringLiteral("product"),
                      QJsonObject{{QStringLiteral("productIdNumber"), productIdNumber}, {QStringLiteral("freq"), freq}}},
                     {QStringLiteral("insuranceInfo"), info}};
    if (!additionalData.isEmpty())
        json.insert(QStringLiteral("additionalData"), keyValuesToJson(additionalData));
    return json;
}

GeneralSimulationRequest GeneralSimulationRequest::fromJson(const QJsonObject &json)
{
    GeneralSimulationRequest r;
    r.productIdent = txt(json, QStringLiteral("productIdent"));
    const QJsonObject product = BankJson::object(json, QStringLiteral("product"));
    r.productIdNumber = txt(product, QStringLiteral("productIdNumber"));
    r.freq = txt(product, QStringLiteral("freq"));
    const QJsonObject info = BankJson::object(json, QStringLiteral("insuranceInfo"));
    r.channel = txt(info, QStringLiteral("channel"));
    r.birthDt = BankJson::date(txt(BankJson::object(info, QStringLiteral("personName")), QStringLiteral("birthDt")));
    r.home = HomeRisk::readFrom(info);
    r.additionalData = keyValuesFromJson(PolicyJson::array(json, QStringLiteral("additionalData")));
    return r;
}

FieldIssues GeneralSimulationRequest::validate(const QDate &today) const
{
    FieldIssues issues;
    if (productIdent != QLatin1String("1") && productIdent != QLatin1String("2") && productIdent != QLatin1String("3"))
        issues.append({QStringLiteral("productIdent"), Tr::tr("Choose the product line: 1 life, 2 card protection, 3 home.")});
    else if (PolicyCodes::productIdentFor(productIdNumber) != productIdent)
        issues.append({QStringLiteral("product.productIdNumber"), Tr::tr("This product does not belong to the chosen line.")});
    if (!PolicyCodes::contains(PolicyCodes::frequencies(), freq))
        issues.append({QStringLiteral("product.freq"), Tr::tr("Choose the payment frequency.")});
    if (!PolicyCodes::contains(PolicyCodes::saleChannels(), channel))
        issues.append({QStringLiteral("insuranceInfo.channel"), Tr::tr("Choose the sale channel (101 to 121).")});
    if (productIdent == QLatin1String("3"))
        issues.append(home.validate());
    else
        checkBirthDate(birthDt, today, QStringLiteral("insuranceInfo.personName.birthDt"), issues);
    return issues;
}

double InsurancePlan::insuredAmount() const
{
    double total = 0;
    for (const PlanCoverage &coverage : coverages)
        total += coverage.amt;
    return total;
}

std::optional<SimulationResult> SimulationResult::fromJson(const QJsonObject &json)
{
    const QJsonValue plans = BankJson::member(json, QStringLiteral("insuranceInfo"));
    if (!plans.isArray())
        return std::nullopt;
    SimulationResult result;
    const QJsonObject detail = BankJson::object(json, QStringLiteral("responseDetail"));
    result.errorCode = txt(detail, QStringLiteral("errorCode"));
    result.errorDesc = txt(detail, QStringLiteral("errorDesc"));
    result.startDt = txt(detail, QStringLiteral("startDt"));
    for (const QJsonValue &value : plans.toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonObject product = BankJson::object(o, QStringLiteral("product"));
        InsurancePlan plan;
        plan.productLine = int(PolicyJson::number(product, QStringLiteral("productLine")));
        plan.productClass = txt(product, QStringLiteral("productClass"));
        plan.idItem = int(PolicyJson::number(product, QStringLiteral("idItem")));
        plan.desc = txt(product, QStringLiteral("desc"));
        plan.totalPremium = PolicyJson::number(BankJson::object(product, QStringLiteral("fee")), QStringLiteral("totalInsurableValue"));
        plan.freq = txt(product, QStringLiteral("freq"));
        for (const QJsonValue &c : PolicyJson::array(o, QStringLiteral("coverageInfo"))) {
            const QJsonObject co = c.toObject();
            plan.coverages.append({int(PolicyJson::number(co, QStringLiteral("coverageId"))), txt(co, QStringLiteral("desc")),
                                   PolicyJson::number(co, QStringLiteral("amt")),
                                   PolicyJson::number(BankJson::object(co, QStringLiteral("fee")), QStringLiteral("insuranPremiumValue")),
                                   PolicyJson::number(co, QStringLiteral("insuranPremiumValue"))});
        }
        result.plans.append(plan);
    }
    return result;
}

QJsonObject SimulationResult::toJson() const
{
    QJsonArray plansJson;
    for (const InsurancePlan &plan : plans) {
        QJsonArray coverages;
        for (const PlanCoverage &c : plan.coverages) {
            coverages.append(QJsonObject{{QStringLiteral("coverageId"), c.coverageId},
                                         {QStringLiteral("desc"), c.desc},
                                         {QStringLiteral("amt"), c.amt},
                                         {QStringLiteral("fee"), QJsonObject{{QStringLiteral("insuranPremiumValue"), c.fixedPremium}}},
                                         {QStringLiteral("insuranPremiumValue"), c.annualPremium}});
        }
        plansJson.append(QJsonObject{
            {QStringLiteral("product"),
             QJsonObject{{QStringLiteral("productLine"), plan.productLine},
                         {QStringLiteral("productClass"), PolicyJson::code(plan.productClass, NumberStyle::Number)},
                         {QStringLiteral("idItem"), plan.idItem},
                         {QStringLiteral("desc"), plan.desc},
                         {QStringLiteral("fee"), QJsonObject{{QStringLiteral("totalInsurableValue"), plan.totalPremium}}},
                         {QStringLiteral("freq"), PolicyJson::code(plan.freq, NumberStyle::Number)}}},
            {QStringLiteral("coverageInfo"), coverages}});
    }
    return {{QStringLiteral("responseDetail"),
             QJsonObject{{QStringLiteral("errorCode"), errorCode},
                         {QStringLiteral("errorDesc"), errorDesc},
                         {QStringLiteral("startDt"), startDt}}},
            {QStringLiteral("insuranceInfo"), plansJson}};
}
