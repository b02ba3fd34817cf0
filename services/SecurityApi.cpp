#include "SecurityApi.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

// The ally the document's own headers ask for (X-Invoker-Ally).
const QByteArray allyName = QByteArrayLiteral("branchdesk");

QString path(const char *p)
{
    return QString::fromLatin1(p);
}

ApiRequest makeRequest(const QByteArray &verb, const QString &path, const QString &operation, const QString &subject)
{
    ApiRequest request;
    request.api = ApiDocument::SecurityManagement;
    request.verb = verb;
    request.path = path;
    request.security = SecurityHeaders::XSecurity;
    request.operation = operation;
    request.subject = subject;
    // Every POST/PUT of this document changes something (locks, users,
    // passwords, payouts, new codes) or counts an attempt (PIN/CVV checks,
    // challenge answers): after a dropped connection the outcome is unknown
    // and the adviser decides, Qt never sends it again by itself.
    request.neverResendSilently = verb != "GET";
    return request;
}

} // namespace

SecurityApi::SecurityApi(ApiClient *client, std::shared_ptr<const AnswerProtector> protector)
    : m_client(client)
    , m_protector(protector ? std::move(protector) : std::make_shared<TrainingAnswerProtector>())
{
}

template <typename T>
PendingCall<T> SecurityApi::call(ApiRequest request, const FieldIssues &issues,
                                 std::function<std::optional<T>(const QJsonObject &)> parse)
{
    const auto parser = [parse](const QJsonDocument &json) { return parse(json.object()); };
    if (!issues.isEmpty()) {
        ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, issues.first().message);
        error.description = issues.first().message;
        return {m_client->refuse(request, error), parser};
    }
    return {m_client->send(request), parser};
}

void SecurityApi::addTransactionDate(ApiRequest &request)
{
    request.extraHeaders.insert(
        "X-Ident-TransactionDate",
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toLatin1());
}

QByteArray SecurityApi::custLoginId(const QString &type, const QString &number)
{
    // "CC11233": the customer's type and number, as the header examples show.
    return (type + number.trimmed()).toLatin1();
}

PendingCall<PasswordStatus> SecurityApi::passwordStatus(const PasswordStatusQuery &query)
{
    ApiRequest request = makeRequest("GET", path(passwordStatusPath), QStringLiteral("security.passwordStatus"),
                                     query.byAlias() ? query.spName : query.identSerialNum);
    request.query = query.queryItems();
    request.extraHeaders.insert("X-Security-CustLoginId", query.byAlias()
                                                              ? query.spName.toLatin1()
                                                              : custLoginId(query.govIssueIdentType, query.identSerialNum));
    request.extraHeaders.insert("X-Invoker-Ally", allyName);
    addTransactionDate(request);
    return call<PasswordStatus>(request, query.validate(), &PasswordStatus::fromJson);
}

PendingCall<OneTimeCodeReply> SecurityApi::generateOtc(const OneTimeCodeRequest &otc, OtcVersion version)
{
    const bool v3 = version == OtcVersion::V3;
    ApiRequest request = makeRequest("POST", path(v3 ? generateOtcV3Path : generateOtcV1Path),
                                     v3 ? QStringLiteral("security.otc.generate.v3")
                                        : QStringLiteral("security.otc.generate.v1"),
                                     otc.identSerialNum);
    request.body = QJsonDocument(otc.toJson());
    request.extraHeaders.insert("X-Security-CustLoginIdSi", custLoginId(otc.govIssueIdentType, otc.identSerialNum));
    request.references = [](const QJsonDocument &json) {
        const QString id = OneTimeCodeReply::fromJson(json.object()).value_or(OneTimeCodeReply()).idOtc;
        return id.isEmpty() ? QStringList() : QStringList{id};
    };
    return call<OneTimeCodeReply>(request, otc.validateForGenerate(), &OneTimeCodeReply::fromJson);
}

PendingCall<OneTimeCodeReply> SecurityApi::validateOtc(const OneTimeCodeRequest &otc)
{
    ApiRequest request =
        makeRequest("POST", path(validateOtcPath), QStringLiteral("security.otc.validate"), otc.identSerialNum);
    request.body = QJsonDocument(otc.toJson());
    request.extraHeaders.insert("X-Security-CustLoginIdSi", custLoginId(otc.govIssueIdentType, otc.identSerialNum));
    return call<OneTimeCodeReply>(request, otc.validateForValidate(), &OneTimeCodeReply::fromJson);
}

PendingCall<ChallengeReply> SecurityApi::challengeV1(const ChallengeRequest &challenge)
{
    ApiRequest request =
        makeRequest("POST", path(challengeV1Path), QStringLiteral("security.challenge.v1"), challenge.identSerialNum);
    request.body = QJsonDocument(challenge.toJson());
    request.extraHeaders.insert("X-Security-CustLoginIdSi",
                                custLoginId(challenge.govIssueIdentType, challenge.identSerialNum));
    request.references = [](const QJsonDocument &json) {
        const auto reply = ChallengeReply::fromJson(json.object());
        return reply && reply->authorized() ? QStringList{reply->authorizationCode} : QStringList();
    };
    return call<ChallengeReply>(request, challenge.validate(), &ChallengeReply::fromJson);
}

PendingCall<SecurityAcknowledgement> SecurityApi::createDigitalEnrollment(const DigitalEnrollmentRequest &enrollment)
{
    ApiRequest request = makeRequest("POST", path(digitalEnrollmentPath),
                                     QStringLiteral("security.digitalEnrollment.create"), enrollment.identSerialNum);
    request.body = QJsonDocument(enrollment.toJson());
    request.extraHeaders.insert("X-Security-CustLoginIdSi",
                                custLoginId(enrollment.govIssueIdentType, enrollment.identSerialNum));
    return call<SecurityAcknowledgement>(request, enrollment.validate(), &SecurityAcknowledgement::fromJson);
}

PendingCall<SecurityAcknowledgement> SecurityApi::validateDigitalEnrollment(const DigitalEnrollmentRequest &enrollment)
{
    ApiRequest request = makeRequest("GET", path(digitalEnrollmentPath),
                                     QStringLiteral("security.digitalEnrollment.validate"), enrollment.identSerialNum);
    request.query = enrollment.queryItems();
    request.extraHeaders.insert("X-Security-CustLoginIdSi",
                                custLoginId(enrollment.govIssueIdentType, enrollment.identSerialNum));
    return call<SecurityAcknowledgement>(request, enrollment.validate(), &SecurityAcknowledgement::fromJson);
}

PendingCall<SecurityAcknowledgement> SecurityApi::changePassword(const ChangePasswordRequest &change)
{
    ApiRequest request =
        makeRequest("PUT", path(changePasswordPath), QStringLiteral("security.password.change"), change.identSerialNum);
    request.body = QJsonDocument(change.toJson());
    request.extraHeaders.insert("X-Security-CustLoginIdSi", custLoginId(change.govIssueIdentType, change.identSerialNum));
    return call<SecurityAcknowledgement>(request, change.validate(), &SecurityAcknowledgement::fromJson);
}

PendingCall<SecurityAcknowledgement> SecurityApi::createUser(const CreateUserRequest &user)
{
    ApiRequest request = makeRequest("POST", path(createUserPath),
                                     user.recovery ? QStringLiteral("security.user.recoverPassword")
                                                   : QStringLiteral("security.user.create"),
                                     user.identSerialNum);
    request.body = QJsonDocument(user.toJson());
    request.extraHeaders.insert("X-Security-CustLoginIdSi", custLoginId(user.govIssueIdentType, user.identSerialNum));
    return call<SecurityAcknowledgement>(request, user.validate(), &SecurityAcknowledgement::fromJson);
}

PendingCall<SecurityAcknowledgement> SecurityApi::validateEnrollment(const EnrollmentValidationQuery &query)
{
    ApiRequest request = makeRequest(
        "GET", path(enrollmentValidationPath).arg(QString::fromLatin1(QUrl::toPercentEncoding(query.identSerialNum.trimmed()))),
        QStringLiteral("security.enrollment.validate"), query.identSerialNum);
    request.query = query.queryItems();
    request.extraHeaders.insert("X-Security-CustLoginIdSi", custLoginId(query.govIssueIdentType, query.identSerialNum));
    return call<SecurityAcknowledgement>(request, query.validate(), &SecurityAcknowledgement::fromJson);
}

PendingCall<SecurityAcknowledgement> SecurityApi::validatePasswordRecovery(const EnrollmentValidationQuery &query)
{
    ApiRequest request = makeRequest(
        "GET", path(recoverValidationPath).arg(QString::fromLatin1(QUrl::toPercentEncoding(query.identSerialNum.trimmed()))),
        QStringLiteral("security.passwordRecovery.validate"), query.identSerialNum);
    request.query = query.queryItems();
    request.extraHeaders.insert("X-Security-CustLoginIdSi", custLoginId(query.govIssueIdentType, query.identSerialNum));
    return call<SecurityAcknowledgement>(request, query.validate(), &SecurityAcknowledgement::fromJson);
}

PendingCall<WithdrawalOtpReply> SecurityApi::requestWithdrawalOtp(const WithdrawalOtpRequest &otp)
{
    ApiRequest request =
        makeRequest("POST", path(withdrawalOtpPath), QStringLiteral("security.withdrawalOtp"), otp.identSerialNum);
    request.body = QJsonDocument(otp.toJson());
    request.extraHeaders.insert("X-Security-CustLoginIdSi", custLoginId(otp.govIssueIdentType, otp.identSerialNum));
    // No references: the OTP itself is the only number in the reply.
    return call<WithdrawalOtpReply>(request, otp.validate(), &WithdrawalOtpReply::fromJson);
}

PendingCall<PasswordStatusChangeReply> SecurityApi::changePasswordStatus(const PasswordStatusChange &change)
{
    ApiRequest request = makeRequest("POST", path(passwordStatusChangePath),
                                     change.lock ? QStringLiteral("security.passwordStatus.lock")
                                                 : QStringLiteral("security.passwordStatus.unlock"),
                                     change.identSerialNum);
    request.body = QJsonDocument(change.toJson());
    request.extraHeaders.insert("X-Security-CustLoginIdSi", custLoginId(change.govIssueIdentType, change.identSerialNum));
    return call<PasswordStatusChangeReply>(request, change.validate(), &PasswordStatusChangeReply::fromJson);
}

PendingCall<ChannelHolds> SecurityApi::channelHolds(const ChannelHoldsQuery &query)
{
    ApiRequest request = makeRequest(
        "GET", path(channelHoldsPath) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(query.identSerialNum.trimmed())),
        QStringLiteral("security.channelHolds.consult"), query.identSerialNum);
    request.security = SecurityHeaders::ClientIdAndSecret;
    request.query = query.queryItems();
    request.extraHeaders.insert("x-invoker-ally", allyName);
    return call<ChannelHolds>(request, query.validate(), &ChannelHolds::fromJson);
}

PendingCall<ChannelHoldChangeReply> SecurityApi::changeChannelHold(const ChannelHoldChange &change)
{
    ApiRequest request = makeRequest("POST", path(channelHoldsPath),
                                     change.lock ? QStringLiteral("security.channelHolds.lock")
                                                 : QStringLiteral("security.channelHolds.unlock"),
                                     change.identSerialNum);
    request.security = SecurityHeaders::ClientIdAndSecret;
    request.body = QJsonDocument(change.toJson());
    request.extraHeaders.insert("x-invoker-ally", allyName);
    // What changed and who did it from which branch, for the journal.
    const QString summary = change.describe() + QStringLiteral(" \u00b7 ") + change.user + QStringLiteral("@")
                            + change.branchId;
    request.references = [summary](const QJsonDocument &) { return QStringList{summary}; };
    return call<ChannelHoldChangeReply>(request, change.validate(), &ChannelHoldChangeReply::fromJson);
}

PendingCall<AuthenticationLevel> SecurityApi::authenticationLevel(const AuthenticationLevelRequest &level)
{
    ApiRequest request = makeRequest("POST", path(authenticationLevelPath),
                                     QStringLiteral("security.challenge.authenticationLevel"), level.identSerialNum);
    request.body = QJsonDocument(level.toJson());
    return call<AuthenticationLevel>(request, level.validate(), &AuthenticationLevel::fromJson);
}

PendingCall<AuthenticationChannel> SecurityApi::authenticationChannel(const AuthenticationChannelRequest &channel)
{
    ApiRequest request = makeRequest("POST", path(authenticationChannelPath),
                                     QStringLiteral("security.challenge.authenticationChannel"), channel.identSerialNum);
    request.body = QJsonDocument(channel.toJson());
    request.extraHeaders.insert("X-Security-CustLoginId", custLoginId(channel.govIssueIdentType, channel.identSerialNum));
    request.references = [](const QJsonDocument &json) {
        const auto reply = AuthenticationChannel::fromJson(json.object());
        return reply && !reply->authorizationCode.isEmpty() ? QStringList{reply->authorizationCode} : QStringList();
    };
    return call<AuthenticationChannel>(request, channel.validate(), &AuthenticationChannel::fromJson);
}

PendingCall<CorrespondentWithdrawal> SecurityApi::correspondentWithdrawal(const CorrespondentWithdrawalRequest &withdrawal)
{
    ApiRequest request = makeRequest("POST", path(correspondentWithdrawalPath),
                                     QStringLiteral("security.withdrawalOtp.v3"), withdrawal.identSerialNum);
    request.security = SecurityHeaders::ClientIdAndSecret;
    request.body = QJsonDocument(withdrawal.toJson());
    // "Enviar espacios" when there is no fingerprint.
    request.extraHeaders.insert("X-Ident-DeviceFingerPrint", " ");
    request.references = [](const QJsonDocument &json) {
        const auto reply = CorrespondentWithdrawal::fromJson(json.object());
        return reply ? QStringList{reply->approvalId} : QStringList();
    };
    return call<CorrespondentWithdrawal>(request, withdrawal.validate(), &CorrespondentWithdrawal::fromJson);
}

PendingCall<ChallengeReply> SecurityApi::challenge(const ChallengeRequest &challenge)
{
    ApiRequest request = makeRequest("POST", path(challengeV2Path),
                                     challenge.answers.isEmpty() ? QStringLiteral("security.challenge.v2.start")
                                                                 : QStringLiteral("security.challenge.v2.answer"),
                                     challenge.identSerialNum);
    request.security = SecurityHeaders::ClientIdAndSecret;
    request.body = QJsonDocument(challenge.toJson());
    request.extraHeaders.insert("X-Invoker-Ally", allyName);
    request.extraHeaders.insert("X-Security-CustLoginId",
                                custLoginId(challenge.govIssueIdentType, challenge.identSerialNum));
    addTransactionDate(request);
    // The authorization code, or the refusal, is the reference of the step.
    request.references = [](const QJsonDocument &json) {
        const auto reply = ChallengeReply::fromJson(json.object());
        if (!reply)
            return QStringList();
        if (reply->authorized())
            return QStringList{reply->authorizationCode};
        if (reply->refused())
            return QStringList{QStringLiteral("authorization %1 (refused)").arg(reply->authorizationValue)};
        return QStringList{QStringLiteral("authorization TV")};
    };
    FieldIssues issues = challenge.validate();
    for (const ChallengeAnswer &answer : challenge.answers) {
        if (answer.optionId.isEmpty() && answer.protectedValue.isEmpty())
            issues.append({QStringLiteral("questionList"),
                           QCoreApplication::translate("SecurityApi", "Question %1 has no answer.").arg(answer.questionId)});
    }
    return call<ChallengeReply>(request, issues, &ChallengeReply::fromJson);
}
