#include "PasswordRequests.h"

#include "SecurityJson.h"

FieldIssues ChangePasswordRequest::validate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    SecurityJson::checkRequired(QStringLiteral("custPswd.cryptPswd"), currentCryptPswd, 512, issues);
    SecurityJson::checkRequired(QStringLiteral("subjectPswd.cryptPswd"), newCryptPswd, 512, issues);
    return issues;
}

QJsonObject ChangePasswordRequest::toJson() const
{
    return QJsonObject{
        {QStringLiteral("govIssueIdent"), SecurityJson::govIssueIdent(govIssueIdentType, identSerialNum.trimmed())},
        {QStringLiteral("custPswd"), QJsonObject{{QStringLiteral("cryptPswd"), currentCryptPswd}}},
        {QStringLiteral("subjectPswd"), QJsonObject{{QStringLiteral("cryptPswd"), newCryptPswd}}},
    };
}

FieldIssues CreateUserRequest::validate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    SecurityJson::checkRequired(QStringLiteral("infoPassword.password"), password, 512, issues);
    return issues;
}

QJsonObject CreateUserRequest::toJson() const
{
    return QJsonObject{
        {QStringLiteral("recuperationFlag"),
         QJsonObject{{QStringLiteral("value"), recovery ? QStringLiteral("S") : QStringLiteral("N")}}},
        {QStringLiteral("govIssueIdent"), SecurityJson::govIssueIdent(govIssueIdentType, identSerialNum.trimmed())},
        {QStringLiteral("infoPassword"), QJsonObject{{QStringLiteral("password"), password}}},
    };
}

FieldIssues EnrollmentValidationQuery::validate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    if (acctType != QLatin1String("CCA") && acctType != QLatin1String("DBC"))
        issues.append({QStringLiteral("acctType"), tr("Choose credit card (CCA) or debit card (DBC).")});
    const int secretLength = acctType == QLatin1String("CCA") ? 3 : 4;
    if (!SecurityJson::isDigits(secretId) || secretId.size() != secretLength)
        issues.append({QStringLiteral("secretId"),
                       acctType == QLatin1String("CCA") ? tr("The CVV has 3 digits.") : tr("The PIN has 4 digits.")});
    if (!SecurityJson::isDigits(acctId) || acctId.size() != 6)
        issues.append({QStringLiteral("acctId"), tr("Enter the last six digits of the card.")});
    return issues;
}

QList<QPair<QString, QString>> EnrollmentValidationQuery::queryItems() const
{
    return {{QStringLiteral("govIssueIdentType"), govIssueIdentType},
            {QStringLiteral("acctType"), acctType},
            {QStringLiteral("secretId"), secretId},
            {QStringLiteral("acctId"), acctId}};
}

FieldIssues DigitalEnrollmentRequest::validate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    return issues;
}

QJsonObject DigitalEnrollmentRequest::toJson() const
{
    return QJsonObject{
        {QStringLiteral("govIssueIdent"), SecurityJson::govIssueIdent(govIssueIdentType, identSerialNum.trimmed())}};
}

QList<QPair<QString, QString>> DigitalEnrollmentRequest::queryItems() const
{
    return {{QStringLiteral("govIssueIdentType"), govIssueIdentType},
            {QStringLiteral("identSerialNum"), identSerialNum.trimmed()}};
}
