#pragma once

#include "ChallengeQuestion.h"
#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

struct ChallengeReply;

// tx.txData[]: a name/value pair describing the transaction.
struct ChallengeTxData
{
    QString name;
    QString value;
};

// "Create Transation Challenge V2 Questions" request (also the body of v1,
// whose document gives none). The first request starts the conversation
// (requestType "P"); each answer is sent with requestType "R", the trace the
// engine sent, and the question list with the answers.
struct ChallengeRequest
{
    Q_DECLARE_TR_FUNCTIONS(ChallengeRequest)
public:
    static constexpr int maxTxIdLength = 6;
    static constexpr int maxTxDataNameLength = 30;
    static constexpr int maxTxDataValueLength = 50;
    static constexpr int maxAmtLength = 14;
    static constexpr int maxAccountLength = 30;

    QString clientType = QStringLiteral("N"); // tipoPersona, one character
    QString govIssueIdentType;
    QString identSerialNum;
    QString requestType = QStringLiteral("P");
    QString txId;
    QList<ChallengeTxData> txData;
    QString amt; // digits, sent as a string ("10000")
    QString sourceAccountNumber;
    QString destinationAccountNumber;
    // Filled from the engine's reply when answering.
    QString iteration;
    QString retry;
    QList<ChallengeQuestion> questions;
    QList<ChallengeAnswer> answers;

    // The start request's rules (seed table). Answers are checked by the form
    // before they are protected.
    FieldIssues validate() const;
    QJsonObject toJson() const;

    // The request answering `reply` with `answers`, for the same transaction.
    ChallengeRequest answering(const ChallengeReply &reply, const QList<ChallengeAnswer> &answers) const;
};
