#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// "Request OTP With Purpose" (POST /security-management/v1/withdrawal/otp):
// withdrawal without card. The amount goes as a JSON number (20000), as the
// example prints it.
struct WithdrawalOtpRequest
{
    Q_DECLARE_TR_FUNCTIONS(WithdrawalOtpRequest)
public:
    static constexpr int maxAccountLength = 20;
    static constexpr int maxAmountDigits = 14;

    QString govIssueIdentType;
    QString identSerialNum;
    QString acctId;
    QString amt;                     // whole pesos, digits
    QString idOtc = QStringLiteral("001");

    FieldIssues validate() const;
    QJsonObject toJson() const;
};

struct WithdrawalOtpReply
{
    QString responseType;
    QString otpValue; // shown once to the teller, never stored

    static std::optional<WithdrawalOtpReply> fromJson(const QJsonObject &json);
};
