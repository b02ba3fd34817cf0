#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// "Retiro OTP" v3 (POST /api/security-management/v3/withdrawal/otp): a
// banking correspondent pays out a withdrawal against an OTP. The OTP goes
// encrypted ("Enviar valor encriptado"); the caller seals it first.
struct CorrespondentWithdrawalRequest
{
    Q_DECLARE_TR_FUNCTIONS(CorrespondentWithdrawalRequest)
public:
    QString transactionHour; // "15:37:59"
    QString trnRqUID;
    QString code;            // service point code
    QString branchName;
    QString cityId;
    QString city;
    QString stateProv;
    QString acctId;          // the correspondent's account
    QString otpType = QStringLiteral("Normal"); // Normal | Reverse
    QString amt;             // digits; sent as a number
    QString sealedOtp;       // otp.otpValue, already encrypted
    QString identSerialNum;

    FieldIssues validate() const;
    QJsonObject toJson() const;
};

struct CorrespondentWithdrawal
{
    QString responseType;
    QString approvalId;
    QString acctId;
    QString acctType;

    static std::optional<CorrespondentWithdrawal> fromJson(const QJsonObject &json);
};
