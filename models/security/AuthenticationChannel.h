#pragma once

#include "ChallengeQuestion.h"
#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// "Reto Management - Authentication channel"
// (POST /reto-management/v1/authentication-channel): the question/answer
// list with status codes. Numbers go as numbers here (quantity, iteration,
// retry, length), as the document prints them.
struct AuthenticationChannelRequest
{
    Q_DECLARE_TR_FUNCTIONS(AuthenticationChannelRequest)
public:
    QString workingDayFrame = QStringLiteral("N");
    QString cityId;
    QString type = QStringLiteral("R");
    QString trnRqUID;
    QString productId;
    QString txId;
    QString govIssueIdentType;
    QString identSerialNum;
    QString requestNumber;
    QString requestType;
    QString firstName;
    QString middleName;
    QString lastName;
    QString secondLastName;
    QString personType = QStringLiteral("N");
    int iteration = 0;
    int retry = 0;
    QList<ChallengeQuestion> questions; // answerList carries the chosen statusCode/value

    FieldIssues validate() const;
    QJsonObject toJson() const;
};

struct AuthenticationChannel
{
    QString responseType;
    QString govIssueIdentType;
    QString identSerialNum;
    QString requestNumber;
    QString quantity;
    QString iteration;
    QString retry;
    QString authorizationValue;
    QString authorizationCode;
    QString reason;
    QList<ChallengeQuestion> questions;

    static std::optional<AuthenticationChannel> fromJson(const QJsonObject &json);
};
