#include "AuthenticationLevel.h"

#include "BankJson.h"
#include "SecurityJson.h"

#include <QDateTime>

QString AuthenticationLevelRequest::processDateText(const QDateTime &when)
{
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral("000");
}

FieldIssues AuthenticationLevelRequest::validate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    SecurityJson::checkRequired(QStringLiteral("trnRqUID"), trnRqUID, 20, issues);
    if (!adviserIdentSerialNum.isEmpty()) {
        FieldIssues adviser;
        SecurityJson::checkIdentification(adviserIdentType, adviserIdentSerialNum, adviser);
        for (const FieldIssue &issue : adviser)
            issues.append({QStringLiteral("adviser.") + issue.field, issue.message});
    }
    return issues;
}

QJsonObject AuthenticationLevelRequest::toJson() const
{
    QJsonObject transaction{
        {QStringLiteral("processDate"), processDate},
        {QStringLiteral("workingDayFrame"), workingDayFrame},
        {QStringLiteral("govIssueIdent"), SecurityJson::govIssueIdent(govIssueIdentType, identSerialNum)},
        {QStringLiteral("requestNumber"), requestNumber},
        {QStringLiteral("adviser"), SecurityJson::govIssueIdent(adviserIdentType, adviserIdentSerialNum)},
        {QStringLiteral("trnRqUID"), trnRqUID},
        {QStringLiteral("authSystem"), authSystem},
    };
    return QJsonObject{{QStringLiteral("transaction"), transaction}};
}

std::optional<AuthenticationLevel> AuthenticationLevel::fromJson(const QJsonObject &json)
{
    AuthenticationLevel level;
    level.responseType = SecurityJson::responseType(json);
    const QJsonObject t = BankJson::object(json, QStringLiteral("transaction"));
    if (t.isEmpty())
        return std::nullopt;
    const QJsonObject ident = BankJson::object(t, QStringLiteral("govIssueIdent"));
    level.govIssueIdentType = BankJson::text(ident, QStringLiteral("govIssueIdentType"));
    level.identSerialNum = BankJson::text(ident, QStringLiteral("identSerialNum"));
    level.requestNumber = BankJson::text(t, QStringLiteral("requestNumber"));
    level.desc = BankJson::text(t, QStringLiteral("desc"));
    level.trnRqUID = BankJson::text(t, QStringLiteral("trnRqUID"));
    level.authLevel = BankJson::text(t, QStringLiteral("authLevel"));
    return level;
}
