#include "CustomerPayee.h"

#include "BankJson.h"
#include "PolicyCodes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CustomerPayee)
};

QString txt(const QJsonObject &json, const QString &key)
{
    return BankJson::text(json, key);
}
} // namespace

QJsonObject CustomerPayeeRequest::toJson() const
{
    return {{QStringLiteral("govIssueIdent"),
             QJsonObject{{QStringLiteral("govIssueIdentType"), govIssueIdentType},
                         {QStringLiteral("identSerialNum"), identSerialNum}}},
            {QStringLiteral("beneficiary"),
             QJsonObject{{QStringLiteral("personName"),
                          QJsonObject{{QStringLiteral("firstName"), firstName},
                                      {QStringLiteral("middleName"), middleName},
                                      {QStringLiteral("lastName"), lastName},
                                      {QStringLiteral("secondLastName"), secondLastName}}},
                         {QStringLiteral("personInfo"),
                          QJsonObject{{QStringLiteral("country"), nationality}, {QStringLiteral("emailAddr"), emailAddr}}},
                         {QStringLiteral("postAddr"), QJsonObject{{QStringLiteral("country"), countryCode}}},
                         {QStringLiteral("notification"),
                          QJsonObject{{QStringLiteral("address"), notificationAddress},
                                      {QStringLiteral("postalCode"), postalCode}}},
                         {QStringLiteral("govIssueIdent"),
                          QJsonObject{{QStringLiteral("govIssueIdentType"), payeeIdentType},
                                      {QStringLiteral("identSerialNum"), payeeIdentSerialNum},
                                      {QStringLiteral("countryName"), payeeCountryName}}},
                         {QStringLiteral("relationshipType"), relationshipType}}},
            {QStringLiteral("submitOffice"),
             QJsonObject{{QStringLiteral("branchId"), branchId}, {QStringLiteral("adviserId"), adviserId}}}};
}

CustomerPayeeRequest CustomerPayeeRequest::fromJson(const QJsonObject &json)
{
    CustomerPayeeRequest r;
    const QJsonObject ident = BankJson::object(json, QStringLiteral("govIssueIdent"));
    r.govIssueIdentType = txt(ident, QStringLiteral("govIssueIdentType"));
    r.identSerialNum = txt(ident, QStringLiteral("identSerialNum"));
    const QJsonObject payee = BankJson::object(json, QStringLiteral("beneficiary"));
    const QJsonObject name = BankJson::object(payee, QStringLiteral("personName"));
    r.firstName = txt(name, QStringLiteral("firstName"));
    r.middleName = txt(name, QStringLiteral("middleName"));
    r.lastName = txt(name, QStringLiteral("lastName"));
    r.secondLastName = txt(name, QStringLiteral("secondLastName"));
    const QJsonObject info = BankJson::object(payee, QStringLiteral("personInfo"));
    r.nationality = txt(info, QStringLiteral("country"));
    r.emailAddr = txt(info, QStringLiteral("emailAddr"));
    r.countryCode = txt(BankJson::object(payee, QStringLiteral("postAddr")), QStringLiteral("country"));
    const QJsonObject notification = BankJson::object(payee, QStringLiteral("notification"));
    r.notificationAddress = txt(notification, QStringLiteral("address"));
    r.postalCode = txt(notification, QStringLiteral("postalCode"));
    const QJsonObject payeeIdent = BankJson::object(payee, QStringLiteral("govIssueIdent"));
    r.payeeIdentType = txt(payeeIdent, QStringLiteral("govIssueIdentType"));
    r.payeeIdentSerialNum = txt(payeeIdent, QStringLiteral("identSerialNum"));
    r.payeeCountryName = txt(payeeIdent, QStringLiteral("countryName"));
    r.relationshipType = txt(payee, QStringLiteral("relationshipType"));
    const QJsonObject office = BankJson::object(json, QStringLiteral("submitOffice"));
    r.branchId = txt(office, QStringLiteral("branchId"));
    r.adviserId = txt(office, QStringLiteral("adviserId"));
    return r;
}

FieldIssues CustomerPayeeRequest::validate() const
{
    FieldIssues issues;
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QStringList types = PolicyCodes::payeeIdentificationTypes();
    if (!types.contains(govIssueIdentType))
        issues.append({QStringLiteral("govIssueIdentType"), Tr::tr("Choose the customer's identification type.")});
    if (identSerialNum.trimmed().isEmpty())
        issues.append({QStringLiteral("identSerialNum"), Tr::tr("Enter the customer's identification number.")});
    if (firstName.trimmed().isEmpty())
        issues.append({QStringLiteral("beneficiary.personName.firstName"), Tr::tr("Enter the payee's first name.")});
    if (lastName.trimmed().isEmpty())
        issues.append({QStringLiteral("beneficiary.personName.lastName"), Tr::tr("Enter the payee's last name.")});
    if (!emailAddr.isEmpty() && !email.match(emailAddr).hasMatch())
        issues.append({QStringLiteral("beneficiary.personInfo.emailAddr"), Tr::tr("Enter an e-mail address such as name@example.com.")});
    if (!types.contains(payeeIdentType))
        issues.append({QStringLiteral("beneficiary.govIssueIdent.govIssueIdentType"), Tr::tr("Choose the payee's identification type.")});
    if (payeeIdentSerialNum.trimmed().isEmpty())
        issues.append({QStringLiteral("beneficiary.govIssueIdent.identSerialNum"), Tr::tr("Enter the payee's identification number.")});
    if (relationshipType.trimmed().isEmpty())
        issues.append({QStringLiteral("beneficiary.relationshipType"), Tr::tr("Choose the relationship to the customer.")});
    if (branchId.trimmed().isEmpty())
        issues.append({QStringLiteral("submitOffice.branchId"), Tr::tr("Enter the branch.")});
    return issues;
}

std::optional<CustomerPayeeResult> CustomerPayeeResult::fromJson(const QJsonObject &json)
{
    const QString value = txt(BankJson::object(json, QStringLiteral("responseType")), QStringLiteral("value"));
    if (value.isEmpty())
        return std::nullopt;
    return CustomerPayeeResult{value};
}
