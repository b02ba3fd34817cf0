#include "ChallengeQuestion.h"

#include "BankJson.h"
#include "SecurityJson.h"

#include <QJsonArray>

ChallengeQuestion::Kind ChallengeQuestion::kind() const
{
    const QString t = type.trimmed().toUpper();
    if (t == QLatin1String("M"))
        return Kind::Code;
    if (t == QLatin1String("SM"))
        return Kind::ChoiceWithSecret;
    if (t == QLatin1String("S"))
        return Kind::Choice;
    return Kind::Unknown;
}

int ChallengeQuestion::answerLength() const
{
    bool ok = false;
    const int n = length.trimmed().toInt(&ok);
    return ok && n > 0 ? n : 0;
}

bool ChallengeQuestion::needsSecret(const QString &optionId) const
{
    switch (kind()) {
    case Kind::Code:
        return true;
    case Kind::ChoiceWithSecret:
        return !answerList.isEmpty() && optionId == answerList.first().id;
    default:
        return false;
    }
}

QString ChallengeQuestion::secretProblem(const QString &secret) const
{
    const int n = answerLength();
    if (secret.isEmpty())
        return tr("Enter the answer.");
    if (numeric() && !SecurityJson::isDigits(secret))
        return tr("Digits only.");
    if (n > 0 && secret.size() != n)
        return tr("Enter exactly %n digit(s).", nullptr, n);
    return {};
}

std::optional<ChallengeQuestion> ChallengeQuestion::fromJson(const QJsonObject &json)
{
    const QJsonObject q = json.contains(QStringLiteral("question")) ? BankJson::object(json, QStringLiteral("question"))
                                                                    : json;
    ChallengeQuestion question;
    question.type = BankJson::text(q, QStringLiteral("type"));
    // Challenge v2 names the id "id"; the authentication-channel operation "code".
    question.id = BankJson::text(q, QStringLiteral("id"));
    if (question.id.isEmpty())
        question.id = BankJson::text(q, QStringLiteral("code"));
    question.value = BankJson::text(q, QStringLiteral("value")).trimmed();
    question.desc = BankJson::text(q, QStringLiteral("desc"));
    question.length = BankJson::text(q, QStringLiteral("length"));
    question.format = BankJson::text(q, QStringLiteral("format"));
    const QJsonArray list = BankJson::member(q, QStringLiteral("answerList")).toArray();
    for (const QJsonValue &entry : list) {
        const QJsonObject item = entry.toObject();
        const QJsonObject answer = item.contains(QStringLiteral("answer")) ? BankJson::object(item, QStringLiteral("answer"))
                                                                           : item;
        ChallengeAnswerOption option;
        option.id = BankJson::text(answer, QStringLiteral("id"));
        if (option.id.isEmpty())
            option.id = BankJson::text(answer, QStringLiteral("statusCode"));
        option.value = BankJson::text(answer, QStringLiteral("value")).trimmed();
        // The M question carries one {"id": null, "value": null} placeholder.
        if (option.id.isEmpty() && option.value.isEmpty())
            continue;
        question.answerList.append(option);
    }
    if (question.id.isEmpty() || question.type.isEmpty())
        return std::nullopt;
    return question;
}
