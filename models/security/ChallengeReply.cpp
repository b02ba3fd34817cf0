#include "ChallengeReply.h"

#include "BankJson.h"
#include "SecurityJson.h"

#include <QJsonArray>

std::optional<ChallengeReply> ChallengeReply::fromJson(const QJsonObject &json)
{
    ChallengeReply reply;
    reply.responseType = SecurityJson::responseType(json);
    const QJsonObject authorization = BankJson::object(json, QStringLiteral("authorization"));
    if (authorization.isEmpty())
        return std::nullopt;
    reply.authorizationValue = BankJson::text(authorization, QStringLiteral("value")).trimmed();
    reply.authorizationCode = BankJson::text(authorization, QStringLiteral("code")).trimmed();
    const QJsonObject trace = BankJson::object(json, QStringLiteral("trace"));
    reply.iteration = BankJson::text(BankJson::object(trace, QStringLiteral("iteration")), QStringLiteral("value"));
    reply.retry = BankJson::text(BankJson::object(trace, QStringLiteral("retry")), QStringLiteral("value"));
    const QJsonArray list = BankJson::member(json, QStringLiteral("questionList")).toArray();
    for (const QJsonValue &entry : list) {
        if (auto question = ChallengeQuestion::fromJson(entry.toObject()))
            reply.questions.append(*question);
    }
    if (reply.authorizationValue.isEmpty())
        return std::nullopt;
    if (reply.needsAnswers() && reply.questions.isEmpty())
        return std::nullopt; // TV without a question cannot go on
    return reply;
}
