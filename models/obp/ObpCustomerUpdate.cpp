#include "ObpCustomerUpdate.h"

#include "ObpJson.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

using Attribute = ObpCustomerUpdate::Attribute;

ObpCustomerUpdate make(Attribute attribute, QJsonObject body)
{
    ObpCustomerUpdate update;
    update.attribute = attribute;
    update.body = std::move(body);
    return update;
}

void tooLong(ObpCustomerUpdate &u, const char *field, const QString &value)
{
    if (value.size() > ObpJson::maxText)
        u.issues.append({QString::fromLatin1(field), ObpCustomerUpdate::tr("At most %1 characters.").arg(ObpJson::maxText)});
}

} // namespace

QString ObpCustomerUpdate::pathSegment(Attribute attribute)
{
    switch (attribute) {
    case Attribute::Branch: return QStringLiteral("branch");
    case Attribute::CreditLimit: return QStringLiteral("credit-limit");
    case Attribute::CreditRatingAndSource: return QStringLiteral("credit-rating-and-source");
    case Attribute::Email: return QStringLiteral("email");
    case Attribute::Identity: return QStringLiteral("identity");
    case Attribute::MobileNumber: return QStringLiteral("mobile-number");
    case Attribute::Number: return QStringLiteral("number");
    case Attribute::OtherData: return QStringLiteral("data");
    }
    return {};
}

std::optional<Attribute> ObpCustomerUpdate::attributeForSegment(const QString &segment)
{
    for (Attribute a : all()) {
        if (pathSegment(a) == segment)
            return a;
    }
    return std::nullopt;
}

QList<Attribute> ObpCustomerUpdate::all()
{
    return {Attribute::Branch, Attribute::CreditLimit, Attribute::CreditRatingAndSource, Attribute::Email,
            Attribute::Identity, Attribute::MobileNumber, Attribute::Number, Attribute::OtherData};
}

QString ObpCustomerUpdate::operationName(Attribute attribute)
{
    switch (attribute) {
    case Attribute::Branch: return QStringLiteral("updateCustomerBranch");
    case Attribute::CreditLimit: return QStringLiteral("updateCustomerCreditLimit");
    case Attribute::CreditRatingAndSource: return QStringLiteral("updateCustomerCreditRatingAndSource");
    case Attribute::Email: return QStringLiteral("updateCustomerEmail");
    case Attribute::Identity: return QStringLiteral("updateCustomerIdentity");
    case Attribute::MobileNumber: return QStringLiteral("updateCustomerMobileNumber");
    case Attribute::Number: return QStringLiteral("updateCustomerNumber");
    case Attribute::OtherData: return QStringLiteral("updateCustomerData");
    }
    return {};
}

QStringList ObpCustomerUpdate::requiredMembers(Attribute attribute)
{
    switch (attribute) {
    case Attribute::Branch: return {QStringLiteral("branch_id")};
    case Attribute::CreditLimit: return {QStringLiteral("credit_limit")};
    case Attribute::CreditRatingAndSource: return {QStringLiteral("credit_rating"), QStringLiteral("credit_source")};
    case Attribute::Email: return {QStringLiteral("email")};
    case Attribute::Identity:
        return {QStringLiteral("legal_name"), QStringLiteral("date_of_birth"), QStringLiteral("title"),
                QStringLiteral("name_suffix")};
    case Attribute::MobileNumber: return {QStringLiteral("mobile_phone_number")};
    case Attribute::Number: return {QStringLiteral("customer_number")};
    case Attribute::OtherData:
        return {QStringLiteral("face_image"), QStringLiteral("relationship_status"), QStringLiteral("dependants"),
                QStringLiteral("highest_education_attained"), QStringLiteral("employment_status")};
    }
    return {};
}

ObpCustomerUpdate ObpCustomerUpdate::branch(const QString &branchId)
{
    auto u = make(Attribute::Branch, {{QStringLiteral("branch_id"), branchId.trimmed()}});
    if (branchId.trimmed().isEmpty())
        u.issues.append({QStringLiteral("branch_id"), tr("Enter the branch id, e.g. DERBY6.")});
    tooLong(u, "branch_id", branchId);
    return u;
}

ObpCustomerUpdate ObpCustomerUpdate::creditLimit(const QString &currency, const QString &amount)
{
    auto u = make(Attribute::CreditLimit,
                  {{QStringLiteral("credit_limit"), QJsonObject{{QStringLiteral("currency"), currency.trimmed()},
                                                                {QStringLiteral("amount"), amount.trimmed()}}}});
    if (!ObpJson::isCurrency(currency.trimmed()))
        u.issues.append({QStringLiteral("credit_limit.currency"), tr("Enter the three-letter currency code, e.g. EUR.")});
    if (!ObpJson::isAmount(amount.trimmed()))
        u.issues.append({QStringLiteral("credit_limit.amount"), tr("Enter an amount like 10.12 (a dot for decimals).")});
    return u;
}

ObpCustomerUpdate ObpCustomerUpdate::creditRatingAndSource(const QString &rating, const QString &source)
{
    auto u = make(Attribute::CreditRatingAndSource,
                  {{QStringLiteral("credit_rating"), rating.trimmed()}, {QStringLiteral("credit_source"), source.trimmed()}});
    if (rating.trimmed().isEmpty())
        u.issues.append({QStringLiteral("credit_rating"), tr("Enter the credit rating.")});
    if (source.trimmed().isEmpty())
        u.issues.append({QStringLiteral("credit_source"), tr("Enter who gave the rating.")});
    tooLong(u, "credit_rating", rating);
    tooLong(u, "credit_source", source);
    return u;
}

ObpCustomerUpdate ObpCustomerUpdate::email(const QString &email)
{
    auto u = make(Attribute::Email, {{QStringLiteral("email"), email.trimmed()}});
    if (!ObpJson::isEmail(email.trimmed()))
        u.issues.append({QStringLiteral("email"), tr("Enter an e-mail address like name@example.com.")});
    tooLong(u, "email", email);
    return u;
}

ObpCustomerUpdate ObpCustomerUpdate::identity(const QString &legalName, const QDate &dateOfBirth, const QString &title,
                                              const QString &nameSuffix, const QDate &today)
{
    auto u = make(Attribute::Identity, {{QStringLiteral("legal_name"), legalName.trimmed()},
                                        {QStringLiteral("date_of_birth"), ObpJson::date(dateOfBirth)},
                                        {QStringLiteral("title"), title.trimmed()},
                                        {QStringLiteral("name_suffix"), nameSuffix.trimmed()}});
    if (legalName.trimmed().isEmpty())
        u.issues.append({QStringLiteral("legal_name"), tr("Enter the customer's legal name.")});
    if (!dateOfBirth.isValid() || dateOfBirth > today)
        u.issues.append({QStringLiteral("date_of_birth"), tr("Enter a date of birth that is not in the future.")});
    tooLong(u, "legal_name", legalName);
    tooLong(u, "title", title);
    tooLong(u, "name_suffix", nameSuffix);
    return u;
}

ObpCustomerUpdate ObpCustomerUpdate::mobileNumber(const QString &mobilePhoneNumber)
{
    auto u = make(Attribute::MobileNumber, {{QStringLiteral("mobile_phone_number"), mobilePhoneNumber.trimmed()}});
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()-]{6,}$"));
    if (!phone.match(mobilePhoneNumber.trimmed()).hasMatch())
        u.issues.append({QStringLiteral("mobile_phone_number"),
                         tr("Only digits, spaces, brackets and dashes, with an optional leading +.")});
    return u;
}

ObpCustomerUpdate ObpCustomerUpdate::number(const QString &customerNumber)
{
    auto u = make(Attribute::Number, {{QStringLiteral("customer_number"), customerNumber.trimmed()}});
    if (customerNumber.trimmed().isEmpty())
        u.issues.append({QStringLiteral("customer_number"), tr("Enter the new customer number.")});
    tooLong(u, "customer_number", customerNumber);
    return u;
}

ObpCustomerUpdate ObpCustomerUpdate::otherData(const QString &faceImageUrl, const QDate &faceImageDate,
                                               const QString &relationshipStatus, int dependants,
                                               const QString &highestEducationAttained,
                                               const QString &employmentStatus)
{
    auto u = make(Attribute::OtherData,
                  {{QStringLiteral("face_image"), QJsonObject{{QStringLiteral("url"), faceImageUrl.trimmed()},
                                                              {QStringLiteral("date"), ObpJson::date(faceImageDate)}}},
                   {QStringLiteral("relationship_status"), relationshipStatus.trimmed()},
                   {QStringLiteral("dependants"), dependants},
                   {QStringLiteral("highest_education_attained"), highestEducationAttained.trimmed()},
                   {QStringLiteral("employment_status"), employmentStatus.trimmed()}});
    if (!faceImageUrl.trimmed().isEmpty()) {
        const QUrl url(faceImageUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            u.issues.append({QStringLiteral("face_image.url"), tr("Enter a web address starting with https://.")});
    }
    if (dependants < 0 || dependants > 99)
        u.issues.append({QStringLiteral("dependants"), tr("Between 0 and 99 dependants.")});
    tooLong(u, "relationship_status", relationshipStatus);
    tooLong(u, "highest_education_attained", highestEducationAttained);
    tooLong(u, "employment_status", employmentStatus);
    return u;
}
