#pragma once

#include "DemoCustomers.h"
#include "SandboxReply.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The training server's risk engine for "Create Transation Challenge V2
// Questions": a real, stateful conversation with deterministic questions per
// demo customer. README ("Challenge questions in class") lists the answers.
//
// - 1 question (M: code sent to email/phone) below COP 1.000.000; 2 (M, SM:
//   debit card + PIN) below COP 5.000.000; 3 (M, SM, S) from there on.
//   Identification numbers ending in 0 get one more (at most 3).
// - Answers: M = last 6 digits of the ID (left-padded with 0); SM = option A
//   with PIN = last 4 digits of the ID; S = "SI" (A) when the ID's last digit
//   is even, "NO" (B) when odd. A customer's `security.challenge` section in
//   the demo data overrides any of them (code, cardPin, hasDebitCard,
//   currentAccount).
// - Secrets are verified under the training AnswerProtector scheme.
// - One question per step; a wrong answer re-asks with retry + 1; after 3
//   wrong answers in a conversation the engine refuses (authorization "NO").
class ChallengeEngine
{
public:
    static constexpr int maxWrongAnswers = 3;

    struct Answers
    {
        QString code;
        QString cardPin;
        bool hasDebitCard = true;
        bool currentAccount = false;
    };
    static Answers answersFor(const DemoCustomer &customer);
    static int questionCount(qint64 amount, const QString &identSerialNum);

    // One step: `body` is the request, `customer` the person it names (null
    // when unknown), `txIdHeader` the X-Invoker-TxId (part of the code).
    SandboxReply handle(const QJsonObject &body, const DemoCustomer *customer, const QString &txIdHeader);

private:
    struct Conversation
    {
        QString identSerialNum;
        QString txId;
        Answers answers;
        QStringList plan; // question types still to ask, the current one first
        int iteration = 2;
        int retry = 1;
        int wrong = 0;
        QString questionId;
    };

    SandboxReply ask(Conversation conversation);
    bool correct(const Conversation &conversation, const QJsonObject &answer) const;
    QString newQuestionId();

    QHash<QString, Conversation> m_byQuestionId;
    quint64 m_counter = 0;
};
