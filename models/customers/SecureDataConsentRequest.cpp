#include "SecureDataConsentRequest.h"

#include "IdentificationType.h"

#include <QJsonArray>

QStringList SecureDataConsentRequest::questions()
{
    return {QStringLiteral("preguntaATDP001"), QStringLiteral("preguntaATDP002"), QStringLiteral("preguntaATDP003")};
}

FieldIssues SecureDataConsentRequest::validate() const
{
    FieldIssues issues;
    if (!IdentificationTypes::fromCode(govIssueIdentType))
        issues.append({QStringLiteral("govIssueIdentType"), tr("Choose the identification type.")});
    if (identSerialNum.trimmed().isEmpty())
        issues.append({QStringLiteral("identSerialNum"), tr("Enter the identification number.")});
    if (administrationOfficeBranchId.trimmed().isEmpty())
        issues.append({QStringLiteral("administrationOffice.branchId"), tr("Enter the administration office.")});
    if (submitOfficeBranchId.trimmed().isEmpty())
        issues.append({QStringLiteral("submitOffice.branchId"), tr("Enter the submitting office.")});
    const QStringList names = questions();
    for (int i = 0; i < names.size(); ++i) {
        if (i >= answers.size() || !answers.at(i))
            issues.append({names.at(i), tr("The customer must answer yes or no.")});
    }
    return issues;
}

QJsonObject SecureDataConsentRequest::toJson() const
{
    QJsonArray compliance;
    const QStringList names = questions();
    for (int i = 0; i < names.size() && i < answers.size(); ++i) {
        if (answers.at(i))
            compliance.append(QJsonObject{{QStringLiteral("question"), names.at(i)},
                                          {QStringLiteral("answer"), *answers.at(i)}});
    }
    return QJsonObject{
        {QStringLiteral("govIssueIdent"), QJsonObject{{QStringLiteral("identSerialNum"), identSerialNum},
                                                      {QStringLiteral("govIssueIdentType"), govIssueIdentType}}},
        {QStringLiteral("administrationOffice"), QJsonObject{{QStringLiteral("branchId"), administrationOfficeBranchId}}},
        {QStringLiteral("submitOffice"), QJsonObject{{QStringLiteral("branchId"), submitOfficeBranchId}}},
        {QStringLiteral("compliance"), compliance},
    };
}

std::optional<SecureDataConsentRequest> SecureDataConsentRequest::fromJson(const QJsonObject &json)
{
    SecureDataConsentRequest request;
    const QJsonObject ident = json.value(QStringLiteral("govIssueIdent")).toObject();
    request.identSerialNum = ident.value(QStringLiteral("identSerialNum")).toString();
    request.govIssueIdentType = ident.value(QStringLiteral("govIssueIdentType")).toString();
    request.administrationOfficeBranchId =
        json.value(QStringLiteral("administrationOffice")).toObject().value(QStringLiteral("branchId")).toString();
    request.submitOfficeBranchId =
        json.value(QStringLiteral("submitOffice")).toObject().value(QStringLiteral("branchId")).toString();
    const QJsonValue compliance = json.value(QStringLiteral("compliance"));
    if (!compliance.isArray())
        return std::nullopt;
    const QStringList names = questions();
    for (const QJsonValue &item : compliance.toArray()) {
        const QJsonObject entry = item.toObject();
        const int index = names.indexOf(entry.value(QStringLiteral("question")).toString());
        const QJsonValue answer = entry.value(QStringLiteral("answer"));
        if (index < 0 || !answer.isBool())
            return std::nullopt;
        request.answers[index] = answer.toBool();
    }
    return request;
}
