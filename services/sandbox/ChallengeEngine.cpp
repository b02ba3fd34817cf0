#include "ChallengeEngine.h"

#include "AnswerProtector.h"
#include "BankJson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace {
using StatusCode = SandboxReply::StatusCode;

const QString codeQuestion = QStringLiteral(
    "Por favor ingrese el c\u00f3digo de 6 d\u00edgitos enviado a su correo electr\u00f3nico y/o tel\u00e9fono "
    "celular registrados.");
const QString cardQuestion = QStringLiteral(
    "\u00bfUsted tiene tarjeta d\u00e9bito y es titular de la tarjeta? Seleccione una opci\u00f3n y digite la clave "
    "en caso de que su respuesta sea afirmativa. ");
const QString accountQuestion =
    QStringLiteral("\u00bfTiene usted cuenta corriente vigente con el banco caja social?");

// The capitalised envelope of this operation, exactly as the document prints it.
QJsonObject refusal(const QString &code, const QString &description, const QString &type)
{
    return QJsonObject{
        {QStringLiteral("ResponseType"), QJsonObject{{QStringLiteral("value"), QStringLiteral("ER")}}},
        {QStringLiteral("ResponseDetail"),
         QJsonObject{{QStringLiteral("ErrorCode"), code},
                     {QStringLiteral("ErrorDesc"), description},
                     {QStringLiteral("ErrorType"), type}}},
    };
}

SandboxReply invalidTransaction()
{
    return SandboxReply::json(StatusCode::BadRequest,
                              refusal(QStringLiteral("20005"),
                                      QStringLiteral("ERROR_ID: 39081 LOS DATOS DE LA TRANSACCION NO SON VALIDOS"),
                                      QStringLiteral("RGN")));
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QJsonObject trace(int iteration, int retry)
{
    return QJsonObject{
        {QStringLiteral("iteration"), QJsonObject{{QStringLiteral("value"), QString::number(iteration)}}},
        {QStringLiteral("retry"), QJsonObject{{QStringLiteral("value"), QString::number(retry)}}},
    };
}
} // namespace

ChallengeEngine::Answers ChallengeEngine::answersFor(const DemoCustomer &customer)
{
    const QString number = customer.basicData.identSerialNum;
    const QString digits = digitsOf(number).rightJustified(6, QLatin1Char('0'));
    Answers answers;
    answers.code = digits.right(6);
    answers.cardPin = digits.right(4);
    answers.currentAccount = (digits.back().digitValue() % 2) == 0;
    const QJsonObject overrides =
        customer.record.value(QStringLiteral("security")).toObject().value(QStringLiteral("challenge")).toObject();
    if (overrides.contains(QStringLiteral("code")))
        answers.code = overrides.value(QStringLiteral("code")).toString();
    if (overrides.contains(QStringLiteral("cardPin")))
        answers.cardPin = overrides.value(QStringLiteral("cardPin")).toString();
    if (overrides.contains(QStringLiteral("hasDebitCard")))
        answers.hasDebitCard = overrides.value(QStringLiteral("hasDebitCard")).toBool();
    if (overrides.contains(QStringLiteral("currentAccount")))
        answers.currentAccount = overrides.value(QStringLiteral("currentAccount")).toBool();
    return answers;
}

int ChallengeEngine::questionCount(qint64 amount, const QString &identSerialNum)
{
    int count = amount < 1000000 ? 1 : amount < 5000000 ? 2 : 3;
    if (identSerialNum.endsWith(QLatin1Char('0')))
        ++count;
    return qMin(count, 3);
}

QString ChallengeEngine::newQuestionId()
{
    // 21 digits like the document's ids: timestamp + a running number.
    ++m_counter;
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmsszzz"))
           + QString::number(m_counter % 10000).rightJustified(4, QLatin1Char('0'));
}

SandboxReply ChallengeEngine::handle(const QJsonObject &body, const DemoCustomer *customer, const QString &txIdHeader)
{
    const QJsonObject ident = BankJson::object(body, QStringLiteral("govIssueIdent"));
    const QString number = BankJson::text(ident, QStringLiteral("identSerialNum")).trimmed();
    const QJsonObject tx = BankJson::object(body, QStringLiteral("tx"));
    const QString txId = BankJson::text(tx, QStringLiteral("id")).trimmed();
    const QString clientType = BankJson::text(BankJson::object(body, QStringLiteral("clientType")), QStringLiteral("value"));
    if (clientType.size() != 1 || txId.isEmpty() || txId.size() > 6
        || BankJson::member(tx, QStringLiteral("txData")).toArray().isEmpty())
        return invalidTransaction();
    if (!customer)
        return invalidTransaction();

    const QJsonArray list = BankJson::member(body, QStringLiteral("questionList")).toArray();
    if (list.isEmpty()) {
        // A new conversation.
        const QString amtText = BankJson::text(tx, QStringLiteral("amt"));
        const qint64 amount = amtText.isEmpty() ? 0 : qint64(BankJson::number(QJsonValue(amtText)).value_or(-1));
        if (amount < 0)
            return invalidTransaction();
        Conversation conversation;
        conversation.identSerialNum = number;
        conversation.txId = txId;
        conversation.answers = answersFor(*customer);
        const QStringList all{QStringLiteral("M"), QStringLiteral("SM"), QStringLiteral("S")};
        conversation.plan = all.mid(0, questionCount(amount, number));
        return ask(conversation);
    }

    const QJsonObject question = BankJson::object(list.first().toObject(), QStringLiteral("question"));
    const QString questionId = BankJson::text(question, QStringLiteral("id"));
    auto it = m_byQuestionId.find(questionId);
    const QJsonObject traceIn = BankJson::object(body, QStringLiteral("trace"));
    const QString iteration = BankJson::text(BankJson::object(traceIn, QStringLiteral("iteration")), QStringLiteral("value"));
    const QString retry = BankJson::text(BankJson::object(traceIn, QStringLiteral("retry")), QStringLiteral("value"));
    if (it == m_byQuestionId.end() || it->identSerialNum != number || it->txId != txId
        || iteration != QString::number(it->iteration) || retry != QString::number(it->retry))
        return invalidTransaction();

    Conversation conversation = it.value();
    m_byQuestionId.erase(it); // each question is answered once
    if (correct(conversation, BankJson::object(question, QStringLiteral("answer")))) {
        conversation.plan.removeFirst();
        ++conversation.iteration;
        if (conversation.plan.isEmpty()) {
            const QByteArray seed = (number + txId + QString::number(++m_counter)).toUtf8();
            const QString hash =
                QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().toUpper());
            const QString code = hash + txId + txIdHeader + QLatin1Char(' ')
                                 + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
            return SandboxReply::json(
                StatusCode::Ok,
                QJsonObject{{QStringLiteral("authorization"),
                             QJsonObject{{QStringLiteral("value"), QStringLiteral("SI")},
                                         {QStringLiteral("code"), code}}}});
        }
        return ask(conversation);
    }
    ++conversation.wrong;
    ++conversation.iteration;
    ++conversation.retry;
    if (conversation.wrong >= maxWrongAnswers) {
        return SandboxReply::json(
            StatusCode::Ok,
            QJsonObject{{QStringLiteral("authorization"),
                         QJsonObject{{QStringLiteral("value"), QStringLiteral("NO")}, {QStringLiteral("code"), QJsonValue()}}},
                        {QStringLiteral("trace"), trace(conversation.iteration, conversation.retry)}});
    }
    return ask(conversation);
}

SandboxReply ChallengeEngine::ask(Conversation conversation)
{
    conversation.questionId = newQuestionId();
    const QString type = conversation.plan.first();
    QJsonObject question{
        {QStringLiteral("type"), type},
        {QStringLiteral("id"), conversation.questionId},
        {QStringLiteral("desc"), QJsonValue()},
        {QStringLiteral("format"), QStringLiteral("N")},
    };
    QJsonArray answers;
    const auto option = [](const QJsonValue &id, const QJsonValue &value) {
        return QJsonObject{{QStringLiteral("answer"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("value"), value}}}};
    };
    if (type == QLatin1String("M")) {
        question.insert(QStringLiteral("value"), codeQuestion);
        question.insert(QStringLiteral("length"), QStringLiteral("6"));
        answers.append(option(QJsonValue(), QJsonValue()));
    } else if (type == QLatin1String("SM")) {
        question.insert(QStringLiteral("value"), cardQuestion);
        question.insert(QStringLiteral("length"), QStringLiteral("4"));
        answers.append(option(QStringLiteral("A"), QStringLiteral(" S\u00ed tengo tarjeta d\u00e9bito ")));
        answers.append(option(QStringLiteral("B"), QStringLiteral(" No tengo tarjeta d\u00e9bito")));
    } else {
        question.insert(QStringLiteral("value"), accountQuestion);
        question.insert(QStringLiteral("length"), QStringLiteral("2"));
        question.insert(QStringLiteral("desc"), QStringLiteral("SI o NO"));
        answers.append(option(QStringLiteral("A"), QStringLiteral("SI")));
        answers.append(option(QStringLiteral("B"), QStringLiteral("NO")));
    }
    question.insert(QStringLiteral("answerList"), answers);
    const QJsonObject reply{
        {QStringLiteral("authorization"),
         QJsonObject{{QStringLiteral("value"), QStringLiteral("TV")}, {QStringLiteral("code"), QJsonValue()}}},
        {QStringLiteral("trace"), trace(conversation.iteration, conversation.retry)},
        {QStringLiteral("questionList"), QJsonArray{QJsonObject{{QStringLiteral("question"), question}}}},
    };
    m_byQuestionId.insert(conversation.questionId, conversation);
    return SandboxReply::json(StatusCode::Ok, reply);
}

bool ChallengeEngine::correct(const Conversation &conversation, const QJsonObject &answer) const
{
    const TrainingAnswerProtector protector;
    const QString id = BankJson::text(answer, QStringLiteral("id")).trimmed();
    const QString value = BankJson::text(answer, QStringLiteral("value")).trimmed();
    const QString type = conversation.plan.first();
    const auto matches = [&](const QString &secret) {
        return value.compare(protector.protect(secret, conversation.questionId), Qt::CaseInsensitive) == 0;
    };
    if (type == QLatin1String("M"))
        return matches(conversation.answers.code);
    if (type == QLatin1String("SM")) {
        if (!conversation.answers.hasDebitCard)
            return id == QLatin1String("B");
        return id == QLatin1String("A") && matches(conversation.answers.cardPin);
    }
    return id == (conversation.answers.currentAccount ? QLatin1String("A") : QLatin1String("B"));
}
