#include "ObpCustomerCreateRequest.h"

#include "BankJson.h"
#include "ObpJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace {

void checkLength(FieldIssues &issues, const char *field, const QString &value)
{
    if (value.size() > ObpJson::maxText)
        issues.append({QString::fromLatin1(field),
                       ObpCustomerCreateRequest::tr("At most %1 characters.").arg(ObpJson::maxText)});
}

} // namespace

FieldIssues ObpCustomerCreateRequest::validate(const QDate &today) const
{
    FieldIssues issues;
    if (legalName.trimmed().isEmpty())
        issues.append({QStringLiteral("legal_name"), tr("Enter the customer's legal name.")});
    checkLength(issues, "legal_name", legalName);
    if (mobilePhoneNumber.trimmed().isEmpty())
        issues.append({QStringLiteral("mobile_phone_number"), tr("Enter a mobile phone number.")});
    else if (!QRegularExpression(QStringLiteral("^\\+?[0-9 ()-]{6,}$")).match(mobilePhoneNumber.trimmed()).hasMatch())
        issues.append({QStringLiteral("mobile_phone_number"),
                       tr("Only digits, spaces, brackets and dashes, with an optional leading +.")});
    if (!email.trimmed().isEmpty() && !ObpJson::isEmail(email.trimmed()))
        issues.append({QStringLiteral("email"), tr("Enter an e-mail address like name@example.com.")});
    checkLength(issues, "email", email);
    if (!faceImageUrl.trimmed().isEmpty()) {
        const QUrl url(faceImageUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            issues.append({QStringLiteral("face_image.url"), tr("Enter a web address starting with https://.")});
    }
    checkLength(issues, "face_image.url", faceImageUrl);
    if (faceImageDate.isValid() && faceImageDate > today)
        issues.append({QStringLiteral("face_image.date"), tr("The picture date cannot be in the future.")});
    if (!dateOfBirth.isValid())
        issues.append({QStringLiteral("date_of_birth"), tr("Enter the date of birth.")});
    else if (dateOfBirth > today)
        issues.append({QStringLiteral("date_of_birth"), tr("The date of birth cannot be in the future.")});
    for (const QDate &dob : dobOfDependants) {
        if (!dob.isValid() || dob > today) {
            issues.append({QStringLiteral("dob_of_dependants"),
                           tr("Every dependant needs a date of birth that is not in the future.")});
            break;
        }
    }
    if (!creditLimitAmount.trimmed().isEmpty() && !ObpJson::isAmount(creditLimitAmount.trimmed()))
        issues.append({QStringLiteral("credit_limit.amount"), tr("Enter an amount like 10.12 (a dot for decimals).")});
    if (!creditLimitAmount.trimmed().isEmpty() && !ObpJson::isCurrency(creditLimitCurrency.trimmed()))
        issues.append({QStringLiteral("credit_limit.currency"), tr("Enter the three-letter currency code, e.g. EUR.")});
    else if (!creditLimitCurrency.trimmed().isEmpty() && !ObpJson::isCurrency(creditLimitCurrency.trimmed()))
        issues.append({QStringLiteral("credit_limit.currency"), tr("Enter the three-letter currency code, e.g. EUR.")});
    if (lastOkDate.isValid() && lastOkDate.date() > today)
        issues.append({QStringLiteral("last_ok_date"), tr("The last OK date cannot be in the future.")});
    checkLength(issues, "title", title);
    checkLength(issues, "branch_id", branchId);
    checkLength(issues, "name_suffix", nameSuffix);
    checkLength(issues, "relationship_status", relationshipStatus);
    checkLength(issues, "highest_education_attained", highestEducationAttained);
    checkLength(issues, "employment_status", employmentStatus);
    checkLength(issues, "credit_rating.rating", creditRating);
    checkLength(issues, "credit_rating.source", creditSource);
    return issues;
}

QJsonObject ObpCustomerCreateRequest::toJson() const
{
    QJsonArray dobs;
    for (const QDate &d : dobOfDependants)
        dobs.append(ObpJson::date(d));
    return QJsonObject{
        {QStringLiteral("legal_name"), legalName.trimmed()},
        {QStringLiteral("mobile_phone_number"), mobilePhoneNumber.trimmed()},
        {QStringLiteral("email"), email.trimmed()},
        {QStringLiteral("face_image"), QJsonObject{{QStringLiteral("url"), faceImageUrl.trimmed()},
                                                   {QStringLiteral("date"), ObpJson::date(faceImageDate)}}},
        {QStringLiteral("date_of_birth"), ObpJson::date(dateOfBirth)},
        {QStringLiteral("relationship_status"), relationshipStatus},
        {QStringLiteral("dependants"), dependants()},
        {QStringLiteral("dob_of_dependants"), dobs},
        {QStringLiteral("credit_rating"), QJsonObject{{QStringLiteral("rating"), creditRating.trimmed()},
                                                      {QStringLiteral("source"), creditSource.trimmed()}}},
        {QStringLiteral("credit_limit"), QJsonObject{{QStringLiteral("currency"), creditLimitCurrency.trimmed()},
                                                     {QStringLiteral("amount"), creditLimitAmount.trimmed()}}},
        {QStringLiteral("highest_education_attained"), highestEducationAttained},
        {QStringLiteral("employment_status"), employmentStatus},
        {QStringLiteral("kyc_status"), kycStatus},
        {QStringLiteral("last_ok_date"), ObpJson::dateTime(lastOkDate)},
        {QStringLiteral("title"), title.trimmed()},
        {QStringLiteral("branch_id"), branchId.trimmed()},
        {QStringLiteral("name_suffix"), nameSuffix.trimmed()},
    };
}

std::optional<ObpCustomerCreateRequest> ObpCustomerCreateRequest::fromJson(const QJsonObject &json, QString *problem)
{
    static const QStringList required{
        QStringLiteral("legal_name"), QStringLiteral("mobile_phone_number"), QStringLiteral("email"),
        QStringLiteral("face_image"), QStringLiteral("date_of_birth"), QStringLiteral("relationship_status"),
        QStringLiteral("dependants"), QStringLiteral("dob_of_dependants"), QStringLiteral("credit_rating"),
        QStringLiteral("credit_limit"), QStringLiteral("highest_education_attained"),
        QStringLiteral("employment_status"), QStringLiteral("kyc_status"), QStringLiteral("last_ok_date"),
        QStringLiteral("title"), QStringLiteral("branch_id"), QStringLiteral("name_suffix")};
    for (const QString &key : required) {
        if (!json.contains(key)) {
            if (problem)
                *problem = QStringLiteral("missing %1").arg(key);
            return std::nullopt;
        }
    }
    ObpCustomerCreateRequest r;
    r.legalName = BankJson::text(json, QStringLiteral("legal_name"));
    r.mobilePhoneNumber = BankJson::text(json, QStringLiteral("mobile_phone_number"));
    r.email = BankJson::text(json, QStringLiteral("email"));
    const QJsonObject face = json.value(QStringLiteral("face_image")).toObject();
    r.faceImageUrl = BankJson::text(face, QStringLiteral("url"));
    r.faceImageDate = BankJson::date(BankJson::text(face, QStringLiteral("date")));
    r.dateOfBirth = BankJson::date(BankJson::text(json, QStringLiteral("date_of_birth")));
    r.relationshipStatus = BankJson::text(json, QStringLiteral("relationship_status"));
    for (const QString &d : ObpJson::strings(json.value(QStringLiteral("dob_of_dependants"))))
        r.dobOfDependants.append(BankJson::date(d));
    const int dependants = int(BankJson::number(json.value(QStringLiteral("dependants"))).value_or(-1));
    if (dependants != r.dependants()) {
        if (problem)
            *problem = QStringLiteral("The field dependants(%1) not equal the length(%2) of dob_of_dependants array")
                           .arg(dependants)
                           .arg(r.dependants());
        return std::nullopt;
    }
    const QJsonObject rating = json.value(QStringLiteral("credit_rating")).toObject();
    r.creditRating = BankJson::text(rating, QStringLiteral("rating"));
    r.creditSource = BankJson::text(rating, QStringLiteral("source"));
    const QJsonObject limit = json.value(QStringLiteral("credit_limit")).toObject();
    r.creditLimitCurrency = BankJson::text(limit, QStringLiteral("currency"));
    r.creditLimitAmount = BankJson::text(limit, QStringLiteral("amount"));
    r.highestEducationAttained = BankJson::text(json, QStringLiteral("highest_education_attained"));
    r.employmentStatus = BankJson::text(json, QStringLiteral("employment_status"));
    r.kycStatus = json.value(QStringLiteral("kyc_status")).toBool();
    r.lastOkDate = QDateTime::fromString(BankJson::text(json, QStringLiteral("last_ok_date")), Qt::ISODate);
    r.title = BankJson::text(json, QStringLiteral("title"));
    r.branchId = BankJson::text(json, QStringLiteral("branch_id"));
    r.nameSuffix = BankJson::text(json, QStringLiteral("name_suffix"));
    return r;
}
