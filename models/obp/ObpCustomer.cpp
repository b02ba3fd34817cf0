#include "ObpCustomer.h"

#include "BankJson.h"
#include "ObpJson.h"

#include <QJsonArray>

namespace {

QString text(const QJsonObject &json, const char *key)
{
    return BankJson::text(json, QString::fromLatin1(key));
}

} // namespace

QDate ObpCustomer::dateOfBirthDate() const
{
    return BankJson::date(dateOfBirth);
}

std::optional<ObpCustomer> ObpCustomer::fromJson(const QJsonObject &json)
{
    // A customer without its id is not the documented shape.
    if (text(json, "customer_id").isEmpty())
        return std::nullopt;
    ObpCustomer c;
    c.receivedKeys = json.keys();
    c.bankId = text(json, "bank_id");
    c.customerId = text(json, "customer_id");
    c.customerNumber = text(json, "customer_number");
    c.legalName = text(json, "legal_name");
    c.mobilePhoneNumber = text(json, "mobile_phone_number");
    c.email = text(json, "email");
    const QJsonObject face = json.value(QStringLiteral("face_image")).toObject();
    c.faceImageUrl = text(face, "url");
    c.faceImageDate = text(face, "date");
    c.dateOfBirth = text(json, "date_of_birth");
    c.relationshipStatus = text(json, "relationship_status");
    c.dependants = int(BankJson::number(json.value(QStringLiteral("dependants"))).value_or(0));
    c.dobOfDependants = ObpJson::strings(json.value(QStringLiteral("dob_of_dependants")));
    const QJsonObject rating = json.value(QStringLiteral("credit_rating")).toObject();
    c.creditRating = text(rating, "rating");
    c.creditSource = text(rating, "source");
    const QJsonObject limit = json.value(QStringLiteral("credit_limit")).toObject();
    c.creditLimitCurrency = text(limit, "currency");
    c.creditLimitAmount = text(limit, "amount");
    c.highestEducationAttained = text(json, "highest_education_attained");
    c.employmentStatus = text(json, "employment_status");
    const QJsonValue kyc = json.value(QStringLiteral("kyc_status"));
    c.kycStatus = kyc.isBool() ? kyc.toBool() : BankJson::text(kyc).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    c.lastOkDate = text(json, "last_ok_date");
    c.title = text(json, "title");
    c.branchId = text(json, "branch_id");
    c.nameSuffix = text(json, "name_suffix");
    for (const QJsonValue &item : json.value(QStringLiteral("customer_attributes")).toArray()) {
        const QJsonObject a = item.toObject();
        c.customerAttributes.append({text(a, "customer_attribute_id"), text(a, "name"), text(a, "type"), text(a, "value")});
    }
    return c;
}

QJsonObject ObpCustomer::toJson() const
{
    QJsonArray attributes;
    for (const ObpCustomerAttribute &a : customerAttributes) {
        attributes.append(QJsonObject{{QStringLiteral("customer_attribute_id"), a.customerAttributeId},
                                      {QStringLiteral("name"), a.name},
                                      {QStringLiteral("type"), a.type},
                                      {QStringLiteral("value"), a.value}});
    }
    const QJsonObject json{
        {QStringLiteral("bank_id"), bankId},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("customer_number"), customerNumber},
        {QStringLiteral("legal_name"), legalName},
        {QStringLiteral("mobile_phone_number"), mobilePhoneNumber},
        {QStringLiteral("email"), email},
        {QStringLiteral("face_image"), QJsonObject{{QStringLiteral("url"), faceImageUrl}, {QStringLiteral("date"), faceImageDate}}},
        {QStringLiteral("date_of_birth"), dateOfBirth},
        {QStringLiteral("relationship_status"), relationshipStatus},
        {QStringLiteral("dependants"), dependants},
        {QStringLiteral("dob_of_dependants"), ObpJson::array(dobOfDependants)},
        {QStringLiteral("credit_rating"), QJsonObject{{QStringLiteral("rating"), creditRating}, {QStringLiteral("source"), creditSource}}},
        {QStringLiteral("credit_limit"), QJsonObject{{QStringLiteral("currency"), creditLimitCurrency}, {QStringLiteral("amount"), creditLimitAmount}}},
        {QStringLiteral("highest_education_attained"), highestEducationAttained},
        {QStringLiteral("employment_status"), employmentStatus},
        {QStringLiteral("kyc_status"), kycStatus},
        {QStringLiteral("last_ok_date"), lastOkDate},
        {QStringLiteral("title"), title},
        {QStringLiteral("branch_id"), branchId},
        {QStringLiteral("name_suffix"), nameSuffix},
        {QStringLiteral("customer_attributes"), attributes},
    };
    if (receivedKeys.isEmpty()) {
        // Built here (training server): the attributes only when there are some.
        QJsonObject built = json;
        if (customerAttributes.isEmpty())
            built.remove(QStringLiteral("customer_attributes"));
        return built;
    }
    return ObpJson::onlyKeys(json, receivedKeys);
}

std::optional<ObpCustomerList> ObpCustomerList::fromJson(const QJsonObject &json)
{
    const QJsonValue customers = json.value(QStringLiteral("customers"));
    if (!customers.isArray())
        return std::nullopt;
    ObpCustomerList list;
    for (const QJsonValue &item : customers.toArray()) {
        if (auto customer = ObpCustomer::fromJson(item.toObject()))
            list.customers.append(*customer);
    }
    return list;
}

QJsonObject ObpCustomerList::toJson() const
{
    QJsonArray array;
    for (const ObpCustomer &c : customers)
        array.append(c.toJson());
    return QJsonObject{{QStringLiteral("customers"), array}};
}
