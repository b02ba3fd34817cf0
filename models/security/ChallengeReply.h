#pragma once

#include "ChallengeQuestion.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The risk engine's answer (challenge v1 and v2): TV with questions to ask,
// SI with the authorization code, or any other value: refused.
struct ChallengeReply
{
    QString responseType;       // v1 sends one; v2 does not
    QString authorizationValue; // "TV", "SI", "NO" ...
    QString authorizationCode;  // null until SI
    QString iteration;          // trace.iteration.value, echoed back as sent
    QString retry;              // trace.retry.value
    QList<ChallengeQuestion> questions;

    bool authorized() const { return authorizationValue.compare(QStringLiteral("SI"), Qt::CaseInsensitive) == 0; }
    bool needsAnswers() const { return authorizationValue.compare(QStringLiteral("TV"), Qt::CaseInsensitive) == 0; }
    bool refused() const { return !authorized() && !needsAnswers(); }

    static std::optional<ChallengeReply> fromJson(const QJsonObject &json);
};
