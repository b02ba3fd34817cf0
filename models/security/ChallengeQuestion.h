#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One possible answer of a choice question (answerList[].answer).
struct ChallengeAnswerOption
{
    QString id;
    QString value;
};

// One question of the risk engine ("caja de riesgo"), challenge v2:
// questionList[].question. Fields arrive as strings, numbers or null.
struct ChallengeQuestion
{
    Q_DECLARE_TR_FUNCTIONS(ChallengeQuestion)
public:
    enum class Kind {
        Code,             // "M": a code sent to the customer's email/phone, `length` digits
        ChoiceWithSecret, // "SM": choose an option, then a secret of `length` digits if it asks one
        Choice,           // "S": choose one of the answers
        Unknown,
    };

    QString type;
    QString id;
    QString value;  // the question as the customer hears it
    QString desc;   // help text
    QString length; // as sent ("6"); see answerLength()
    QString format; // "N": numeric
    QList<ChallengeAnswerOption> answerList; // real options only (the null placeholder of M is dropped)

    Kind kind() const;
    int answerLength() const; // 0 when not given
    bool numeric() const { return format.isEmpty() || format.compare(QStringLiteral("N"), Qt::CaseInsensitive) == 0; }
    // Whether choosing `optionId` also needs the secret. M: always. SM: the
    // first option (the affirmative one, "A" in the seed: "Sí tengo tarjeta
    // débito ... digite la clave en caso de que su respuesta sea afirmativa").
    bool needsSecret(const QString &optionId) const;
    bool needsOption() const { return kind() == Kind::ChoiceWithSecret || kind() == Kind::Choice; }

    // The rule for a secret typed for this question: exactly `length` digits
    // when numeric. Returns the message, or an empty string when valid.
    QString secretProblem(const QString &secret) const;

    // Accepts {"question": {...}} or the inner object.
    static std::optional<ChallengeQuestion> fromJson(const QJsonObject &json);
};

// What the customer answered, ready to send: the option chosen and/or the
// secret already protected (never the plain secret).
struct ChallengeAnswer
{
    QString questionId;
    QString optionId;
    QString protectedValue;
};
