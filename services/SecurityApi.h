#pragma once

#include "AnswerProtector.h"
#include "ApiClient.h"
#include "AuthenticationChannel.h"
#include "AuthenticationLevel.h"
#include "ChallengeReply.h"
#include "ChallengeRequest.h"
#include "ChannelHolds.h"
#include "CorrespondentWithdrawal.h"
#include "OneTimeCode.h"
#include "PasswordRequests.h"
#include "PasswordStatus.h"
#include "SecurityJson.h"
#include "WithdrawalOtp.h"

#include <functional>
#include <memory>

// security-management (seed 001_6afe8551a274a285.txt). One method per
// operation, at the paths the document writes (RAML ':' dropped, its casing
// and prefixes kept). Every request is validated with its model's rules
// first: an invalid one is refused here (InvalidRequest, nothing sent).
//
// Secrets (challenge answers, PINs, CVVs, passwords, OTPs) travel only in
// request bodies or the document's query parameters; the journal gets the
// operation, outcome, masked subject and reference numbers, never a body.
class SecurityApi
{
public:
    // `protector` turns secret challenge answers into the 32-hex form; the
    // training scheme by default. Production wiring passes one built from
    // keychain material.
    explicit SecurityApi(ApiClient *client, std::shared_ptr<const AnswerProtector> protector = {});

    static constexpr const char *passwordStatusPath = "/api/security-management/v1/user/password/status";
    static constexpr const char *generateOtcV1Path = "/securityManagement/V1/generateOTC";
    static constexpr const char *generateOtcV3Path = "/securityManagement/V3/generateOTC";
    static constexpr const char *validateOtcPath = "/securityManagement/V1/validateOTC";
    static constexpr const char *challengeV1Path = "/retoManagement/v1/Customer";
    static constexpr const char *digitalEnrollmentPath = "/userManagement/v1/Customer";
    static constexpr const char *changePasswordPath = "/user-management/v1/customer";
    static constexpr const char *createUserPath = "/security-management/v1/customer";
    static constexpr const char *enrollmentValidationPath = "/security-management/v1/customer/%1/validate";
    static constexpr const char *recoverValidationPath = "/security-management/v1/customer/%1/password";
    static constexpr const char *withdrawalOtpPath = "/security-management/v1/withdrawal/otp";
    static constexpr const char *passwordStatusChangePath = "/security-management/v1/customer/password/status";
    static constexpr const char *channelHoldsPath = "/security-management/v1/channelholds";
    static constexpr const char *authenticationLevelPath = "/reto-management/v1/authentication-level";
    static constexpr const char *authenticationChannelPath = "/reto-management/v1/authentication-channel";
    static constexpr const char *correspondentWithdrawalPath = "/api/security-management/v3/withdrawal/otp";
    static constexpr const char *challengeV2Path = "/reto-management/v2/customer";

    enum class OtcVersion { V1, V3 };

    const AnswerProtector &answerProtector() const { return *m_protector; }
    ApiClient *client() const { return m_client; }

    // Client authentication: password status by identification or alias.
    PendingCall<PasswordStatus> passwordStatus(const PasswordStatusQuery &query);
    // Generate OTC with purpose (V1 or V3) and Validate OTC with purpose.
    PendingCall<OneTimeCodeReply> generateOtc(const OneTimeCodeRequest &request, OtcVersion version);
    PendingCall<OneTimeCodeReply> validateOtc(const OneTimeCodeRequest &request);
    // Create Transation Challenge (v1).
    PendingCall<ChallengeReply> challengeV1(const ChallengeRequest &request);
    // Management User Digital Enrollment: create (POST) and validate (GET).
    PendingCall<SecurityAcknowledgement> createDigitalEnrollment(const DigitalEnrollmentRequest &request);
    PendingCall<SecurityAcknowledgement> validateDigitalEnrollment(const DigitalEnrollmentRequest &request);
    // Management User Change Password (PUT).
    PendingCall<SecurityAcknowledgement> changePassword(const ChangePasswordRequest &request);
    // Management User - Create User (or recover the password).
    PendingCall<SecurityAcknowledgement> createUser(const CreateUserRequest &request);
    // User validation - enrollment, and Recover password validation.
    PendingCall<SecurityAcknowledgement> validateEnrollment(const EnrollmentValidationQuery &query);
    PendingCall<SecurityAcknowledgement> validatePasswordRecovery(const EnrollmentValidationQuery &query);
    // Request OTP With Purpose (withdrawal without card). The OTP in the
    // reply is never journaled.
    PendingCall<WithdrawalOtpReply> requestWithdrawalOtp(const WithdrawalOtpRequest &request);
    // Request Password Status: lock or unlock the customer's password.
    PendingCall<PasswordStatusChangeReply> changePasswordStatus(const PasswordStatusChange &request);
    // Consult Channel (paged) and Lock-Unlock Channel (not idempotent: the
    // caller confirms first and never resends on its own).
    PendingCall<ChannelHolds> channelHolds(const ChannelHoldsQuery &query);
    PendingCall<ChannelHoldChangeReply> changeChannelHold(const ChannelHoldChange &change);
    // Reto: authentication level and authentication channel.
    PendingCall<AuthenticationLevel> authenticationLevel(const AuthenticationLevelRequest &request);
    PendingCall<AuthenticationChannel> authenticationChannel(const AuthenticationChannelRequest &request);
    // Retiro OTP v3 (banking correspondents).
    PendingCall<CorrespondentWithdrawal> correspondentWithdrawal(const CorrespondentWithdrawalRequest &request);
    // Create Transation Challenge V2 Questions: one step of the conversation
    // (start, or answers to the engine's questions).
    PendingCall<ChallengeReply> challenge(const ChallengeRequest &request);

private:
    template <typename T>
    PendingCall<T> call(ApiRequest request, const FieldIssues &issues,
                        std::function<std::optional<T>(const QJsonObject &)> parse);
    static void addTransactionDate(ApiRequest &request);
    static QByteArray custLoginId(const QString &type, const QString &number);

    ApiClient *m_client;
    std::shared_ptr<const AnswerProtector> m_protector;
};
