#include "AuthenticationChannel.h"

#include "BankJson.h"
#include "SecurityJson.h"

#include <QJsonArray>

FieldIssues AuthenticationChannelRequest::validate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    SecurityJson::checkRequired(QStringLiteral("trnRqUID"), trnRqUID, 20, issues);
    SecurityJson::checkRequired(QStringLiteral("txId"), txId, 30, issues);
    return issues;
}

QJsonObject AuthenticationChannelRequest::toJson() const
{
    QJsonArray list;
    for (const ChallengeQuestion &q : questions) {
        QJsonArray answers;
        for (const ChallengeAnswerOption &a : q.answerList)
            answers.append(QJsonObject{{QStringLiteral("statusCode"), a.id}, {QStringLiteral("value"), a.value}});
        list.append(QJsonObject{
            {QStringLiteral("type"), q.type},
            {QStringLiteral("code"), q.id},
            {QStringLiteral("value"), q.value},
            {QStringLiteral("desc"), q.desc},
            {QStringLiteral("length"), q.answerLength()},
            {QStringLiteral("format"), q.format},
            {QStringLiteral("answerList"), answers},
        });
    }
    QJsonObject transaction{
        {QStringLiteral("workingDayFrame"), workingDayFrame},
        {QStringLiteral("cityId"), cityId},
        {QStringLiteral("type"), type},
        {QStringLiteral("trnRqUID"), trnRqUID},
        {QStringLiteral("productId"), productId},
        {QStringLiteral("txId"), txId},
        {QStringLiteral("govIssueIdent"), SecurityJson::govIssueIdent(govIssueIdentType, identSerialNum)},
        {QStringLiteral("trnSrcInfo"),
         QJsonObject{{QStringLiteral("requestNumber"), requestNumber}, {QStringLiteral("requestType"), requestType}}},
        {QStringLiteral("personInfo"),
         QJsonObject{{QStringLiteral("firstName"), firstName},
                     {QStringLiteral("middleName"), middleName},
                     {QStringLiteral("lastName"), lastName},
                     {QStringLiteral("secondLastName"), secondLastName},
                     {QStringLiteral("personType"), personType}}},
        {QStringLiteral("question"), QJsonObject{{QStringLiteral("quantity"), int(questions.size())}}},
        {QStringLiteral("trace"),
         QJsonObject{{QStringLiteral("iteration"), QJsonObject{{QStringLiteral("value"), iteration}}},
                     {QStringLiteral("retry"), QJsonObject{{QStringLiteral("value"), retry}}}}},
        {QStringLiteral("questionList"), list},
    };
    return QJsonObject{{QStringLiteral("transaction"), transaction}};
}

std::optional<AuthenticationChannel> AuthenticationChannel::fromJson(const QJsonObject &json)
{
    AuthenticationChannel channel;
    channel.responseType = SecurityJson::responseType(json);
    const QJsonObject t = BankJson::object(json, QStringLiteral("transaction"));
    if (t.isEmpty())
        return std::nullopt;
    const QJsonObject ident = BankJson::object(t, QStringLiteral("govIssueIdent"));
    channel.govIssueIdentType = BankJson::text(ident, QStringLiteral("govIssueIdentType"));
    channel.identSerialNum = BankJson::text(ident, QStringLiteral("identSerialNum"));
    channel.requestNumber =
        BankJson::text(BankJson::object(t, QStringLiteral("trnSrcInfo")), QStringLiteral("requestNumber"));
    channel.quantity = BankJson::text(BankJson::object(t, QStringLiteral("question")), QStringLiteral("quantity"));
    const QJsonObject trace = BankJson::object(t, QStringLiteral("trace"));
    channel.iteration = BankJson::text(BankJson::object(trace, QStringLiteral("iteration")), QStringLiteral("value"));
    channel.retry = BankJson::text(BankJson::object(trace, QStringLiteral("retry")), QStringLiteral("value"));
    const QJsonObject authorization = BankJson::object(t, QStringLiteral("authorization"));
    channel.authorizationValue = BankJson::text(authorization, QStringLiteral("value"));
    channel.authorizationCode = BankJson::text(authorization, QStringLiteral("code")).trimmed();
    channel.reason = BankJson::text(t, QStringLiteral("reason"));
    for (const QJsonValue &entry : BankJson::member(t, QStringLiteral("questionList")).toArray()) {
        if (auto q = ChallengeQuestion::fromJson(entry.toObject()))
            channel.questions.append(*q);
    }
    return channel;
}
