#include "SecurityJson.h"

#include "BankJson.h"
#include "IdentificationType.h"

QJsonObject SecurityJson::govIssueIdent(const QString &type, const QString &number)
{
    return QJsonObject{{QStringLiteral("govIssueIdentType"), type}, {QStringLiteral("identSerialNum"), number}};
}

QString SecurityJson::responseType(const QJsonObject &reply)
{
    const QJsonObject type = BankJson::object(reply, QStringLiteral("responseType"));
    return BankJson::text(type, QStringLiteral("value"));
}

bool SecurityJson::isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

void SecurityJson::checkIdentification(const QString &type, const QString &number, FieldIssues &issues)
{
    const auto known = IdentificationTypes::fromCode(type);
    if (!known)
        issues.append({QStringLiteral("govIssueIdentType"), tr("Choose the identification type.")});
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty()) {
        issues.append({QStringLiteral("identSerialNum"), tr("Enter the identification number.")});
    } else if (trimmed.size() > maxIdentSerialNumLength) {
        issues.append({QStringLiteral("identSerialNum"),
                       tr("The identification number has at most %1 characters.").arg(maxIdentSerialNumLength)});
    } else if (known && IdentificationTypes::isNumeric(*known) && !isDigits(trimmed)) {
        issues.append({QStringLiteral("identSerialNum"), tr("This identification type takes digits only.")});
    }
}

void SecurityJson::checkRequired(const QString &field, const QString &value, int maxLength, FieldIssues &issues)
{
    if (value.trimmed().isEmpty())
        issues.append({field, tr("This field is required.")});
    else if (value.size() > maxLength)
        issues.append({field, tr("At most %1 characters.").arg(maxLength)});
}

void SecurityJson::checkDigits(const QString &field, const QString &value, int maxLength, bool required,
                               FieldIssues &issues)
{
    if (value.isEmpty()) {
        if (required)
            issues.append({field, tr("This field is required.")});
        return;
    }
    if (!isDigits(value))
        issues.append({field, tr("Digits only.")});
    else if (value.size() > maxLength)
        issues.append({field, tr("At most %1 digits.").arg(maxLength)});
}

std::optional<SecurityAcknowledgement> SecurityAcknowledgement::fromJson(const QJsonObject &json)
{
    SecurityAcknowledgement ack;
    ack.responseType = SecurityJson::responseType(json);
    return ack;
}
