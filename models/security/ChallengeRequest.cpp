#include "ChallengeRequest.h"

#include "ChallengeReply.h"
#include "SecurityJson.h"

#include <QJsonArray>

FieldIssues ChallengeRequest::validate() const
{
    FieldIssues issues;
    if (clientType.size() != 1)
        issues.append({QStringLiteral("clientType"), tr("Choose the client type.")});
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    SecurityJson::checkRequired(QStringLiteral("tx.id"), txId, maxTxIdLength, issues);
    if (txData.isEmpty())
        issues.append({QStringLiteral("tx.txData"), tr("Add at least one transaction data name and value.")});
    for (const ChallengeTxData &data : txData) {
        if (data.name.trimmed().isEmpty() || data.name.size() > maxTxDataNameLength
            || data.value.trimmed().isEmpty() || data.value.size() > maxTxDataValueLength) {
            issues.append({QStringLiteral("tx.txData"),
                           tr("Each transaction data needs a name (at most %1 characters) and a value (at most %2).")
                               .arg(maxTxDataNameLength)
                               .arg(maxTxDataValueLength)});
            break;
        }
    }
    SecurityJson::checkDigits(QStringLiteral("tx.amt"), amt, maxAmtLength, false, issues);
    if (sourceAccountNumber.size() > maxAccountLength)
        issues.append({QStringLiteral("tx.sourceAccountNumber"), tr("At most %1 characters.").arg(maxAccountLength)});
    if (destinationAccountNumber.size() > maxAccountLength)
        issues.append(
            {QStringLiteral("tx.destinationAccountNumber"), tr("At most %1 characters.").arg(maxAccountLength)});
    return issues;
}

QJsonObject ChallengeRequest::toJson() const
{
    QJsonArray data;
    for (const ChallengeTxData &d : txData)
        data.append(QJsonObject{{QStringLiteral("name"), d.name}, {QStringLiteral("value"), d.value}});
    QJsonObject tx{{QStringLiteral("id"), txId}, {QStringLiteral("txData"), data}};
    if (!amt.isEmpty())
        tx.insert(QStringLiteral("amt"), amt);
    if (!sourceAccountNumber.isEmpty())
        tx.insert(QStringLiteral("sourceAccountNumber"), sourceAccountNumber);
    if (!destinationAccountNumber.isEmpty())
        tx.insert(QStringLiteral("destinationAccountNumber"), destinationAccountNumber);

    QJsonObject json{
        {QStringLiteral("clientType"), QJsonObject{{QStringLiteral("value"), clientType}}},
        {QStringLiteral("govIssueIdent"), SecurityJson::govIssueIdent(govIssueIdentType, identSerialNum.trimmed())},
        {QStringLiteral("requestType"), QJsonObject{{QStringLiteral("value"), requestType}}},
        {QStringLiteral("tx"), tx},
    };
    if (!iteration.isEmpty() || !retry.isEmpty()) {
        json.insert(QStringLiteral("trace"),
                    QJsonObject{{QStringLiteral("iteration"), QJsonObject{{QStringLiteral("value"), iteration}}},
                                {QStringLiteral("retry"), QJsonObject{{QStringLiteral("value"), retry}}}});
    }
    if (!answers.isEmpty()) {
        QJsonArray list;
        for (const ChallengeAnswer &answer : answers) {
            QJsonObject q{{QStringLiteral("id"), answer.questionId}};
            for (const ChallengeQuestion &asked : questions) {
                if (asked.id != answer.questionId)
                    continue;
                q.insert(QStringLiteral("type"), asked.type);
                q.insert(QStringLiteral("value"), asked.value);
                if (!asked.length.isEmpty())
                    q.insert(QStringLiteral("length"), asked.length);
            }
            QJsonObject a;
            if (!answer.optionId.isEmpty())
                a.insert(QStringLiteral("id"), answer.optionId);
            if (!answer.protectedValue.isEmpty())
                a.insert(QStringLiteral("value"), answer.protectedValue);
            q.insert(QStringLiteral("answer"), a);
            list.append(QJsonObject{{QStringLiteral("question"), q}});
        }
        json.insert(QStringLiteral("question"),
                    QJsonObject{{QStringLiteral("quantity"), QString::number(answers.size())}});
        json.insert(QStringLiteral("questionList"), list);
    }
    return json;
}

ChallengeRequest ChallengeRequest::answering(const ChallengeReply &reply, const QList<ChallengeAnswer> &given) const
{
    ChallengeRequest next = *this;
    next.requestType = QStringLiteral("R");
    next.iteration = reply.iteration;
    next.retry = reply.retry;
    next.questions = reply.questions;
    next.answers = given;
    return next;
}
