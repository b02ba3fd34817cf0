#pragma once

#include "ChallengeEngine.h"
#include "SandboxContext.h"
#include "SecurityFaults.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

// security-management (seed 001_6afe8551a274a285.txt), at the paths the
// document writes, stateful: a locked password or channel stays locked, a
// one-time code and an OTP validate once, the challenge engine converses.
class SecurityRoutes : public SandboxRoutes
{
public:
    std::optional<SandboxReply> handle(const QHttpServerRequest &request, SandboxContext &context) override;

private:
    SandboxReply passwordStatus(const QHttpServerRequest &request, SandboxContext &context);
    SandboxReply changePasswordStatus(const QJsonObject &body, SandboxContext &context);
    SandboxReply generateOtc(const QJsonObject &body, SandboxContext &context);
    SandboxReply validateOtc(const QJsonObject &body, SandboxContext &context);
    SandboxReply challengeV1(const QJsonObject &body, SandboxContext &context);
    SandboxReply digitalEnrollment(const QHttpServerRequest &request, const QJsonObject &body, SandboxContext &context);
    SandboxReply changePassword(const QJsonObject &body, SandboxContext &context);
    SandboxReply createUser(const QJsonObject &body, SandboxContext &context);
    SandboxReply cardValidation(const QHttpServerRequest &request, const QString &identSerialNum,
                                SandboxContext &context);
    SandboxReply withdrawalOtp(const QJsonObject &body, SandboxContext &context);
    SandboxReply correspondentWithdrawal(const QJsonObject &body, SandboxContext &context);
    SandboxReply consultChannelHolds(const QHttpServerRequest &request, const QString &identSerialNum,
                                     SandboxContext &context);
    SandboxReply changeChannelHold(const QJsonObject &body, SandboxContext &context);
    SandboxReply authenticationLevel(const QJsonObject &body, SandboxContext &context);
    SandboxReply authenticationChannel(const QJsonObject &body, SandboxContext &context);

    QJsonArray &holdsOf(const DemoCustomer &customer);
    bool passwordLocked(const DemoCustomer &customer) const;

    ChallengeEngine m_engine;
    SecurityFaults m_faults;
    QHash<QString, bool> m_passwordLocked;      // by key
    QHash<QString, QJsonArray> m_channelHolds;  // by key, seed-shaped rows
    QSet<QString> m_enrolled;                   // digital enrollment done, by key
    QSet<QString> m_users;                      // users created, by key
    QHash<QString, QString> m_oneTimeCodes;     // key -> code waiting for validation
    struct IssuedOtp
    {
        QString otp;
        qint64 amount = 0;
    };
    QHash<QString, IssuedOtp> m_withdrawalOtps; // identSerialNum -> OTP not yet paid
    quint64 m_counter = 0;
};
