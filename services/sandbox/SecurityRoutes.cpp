#include "SecurityRoutes.h"
#include "SecurityRouteSupport.h"

#include "BankJson.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

// The dispatch of security-management: which paths are this module's, the
// shared checks, then the operation. The operations live by subject in
// SecurityPasswordRoutes, SecurityCodeRoutes, SecurityChannelHoldRoutes and
// SecurityChallengeRoutes.
using namespace SecurityRouteSupport;

namespace {
using Method = QHttpServerRequest::Method;

const QString passwordStatusPath = QStringLiteral("/api/security-management/v1/user/password/status");
const QString passwordStatusChangePath = QStringLiteral("/security-management/v1/customer/password/status");
const QString generateOtcV1Path = QStringLiteral("/securityManagement/V1/generateOTC");
const QString generateOtcV3Path = QStringLiteral("/securityManagement/V3/generateOTC");
const QString validateOtcPath = QStringLiteral("/securityManagement/V1/validateOTC");
const QString challengeV1Path = QStringLiteral("/retoManagement/v1/Customer");
const QString digitalEnrollmentPath = QStringLiteral("/userManagement/v1/Customer");
const QString changePasswordPath = QStringLiteral("/user-management/v1/customer");
const QString createUserPath = QStringLiteral("/security-management/v1/customer");
const QString customerPrefix = QStringLiteral("/security-management/v1/customer/");
const QString withdrawalOtpPath = QStringLiteral("/security-management/v1/withdrawal/otp");
const QString correspondentPath = QStringLiteral("/api/security-management/v3/withdrawal/otp");
const QString channelHoldsPath = QStringLiteral("/security-management/v1/channelholds");
const QString authenticationLevelPath = QStringLiteral("/reto-management/v1/authentication-level");
const QString authenticationChannelPath = QStringLiteral("/reto-management/v1/authentication-channel");
const QString challengeV2Path = QStringLiteral("/reto-management/v2/customer");
} // namespace

std::optional<SandboxReply> SecurityRoutes::handle(const QHttpServerRequest &request, SandboxContext &context)
{
    const QString path = request.url().path();
    const Method method = request.method();
    const auto is = [&](const QString &p, Method m) { return path == p && method == m; };
    if (method == Method::Post && path.startsWith(QLatin1String(SecurityFaults::controlPrefix)))
        return m_faults.control(request);

    const bool known =
        is(passwordStatusPath, Method::Get) || is(passwordStatusChangePath, Method::Post)
        || is(generateOtcV1Path, Method::Post) || is(generateOtcV3Path, Method::Post)
        || is(validateOtcPath, Method::Post) || is(challengeV1Path, Method::Post)
        || is(digitalEnrollmentPath, Method::Post) || is(digitalEnrollmentPath, Method::Get)
        || is(changePasswordPath, Method::Put) || is(createUserPath, Method::Post)
        || (method == Method::Get && path.startsWith(customerPrefix)
            && (path.endsWith(QLatin1String("/validate")) || path.endsWith(QLatin1String("/password"))))
        || is(withdrawalOtpPath, Method::Post) || is(correspondentPath, Method::Post)
        || (method == Method::Get && path.startsWith(channelHoldsPath + QLatin1Char('/')))
        || is(channelHoldsPath, Method::Post) || is(authenticationLevelPath, Method::Post)
        || is(authenticationChannelPath, Method::Post) || is(challengeV2Path, Method::Post);
    if (!known)
        return std::nullopt;
    if (auto refusal = context.checkBankCall(request))
        return refusal;

    QJsonObject body;
    if (method != Method::Get) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return badRequest();
        body = document.object();
    }
    // After the token and envelope checks, as the bank's own failures come.
    if (auto fault = m_faults.replyFor(request, body, context.settings().slowReplyMs))
        return fault;

    if (is(passwordStatusPath, Method::Get))
        return passwordStatus(request, context);
    if (is(passwordStatusChangePath, Method::Post))
        return changePasswordStatus(body, context);
    if (is(generateOtcV1Path, Method::Post) || is(generateOtcV3Path, Method::Post))
        return generateOtc(body, context);
    if (is(validateOtcPath, Method::Post))
        return validateOtc(body, context);
    if (is(challengeV1Path, Method::Post))
        return challengeV1(body, context);
    if (path == digitalEnrollmentPath)
        return digitalEnrollment(request, body, context);
    if (is(changePasswordPath, Method::Put))
        return changePassword(body, context);
    if (is(createUserPath, Method::Post))
        return createUser(body, context);
    if (path.startsWith(customerPrefix)) {
        const QString rest = path.mid(customerPrefix.size());
        return cardValidation(request, rest.section(QLatin1Char('/'), 0, 0), context);
    }
    if (is(withdrawalOtpPath, Method::Post))
        return withdrawalOtp(body, context);
    if (is(correspondentPath, Method::Post))
        return correspondentWithdrawal(body, context);
    if (method == Method::Get)
        return consultChannelHolds(request, path.mid(channelHoldsPath.size() + 1), context);
    if (is(channelHoldsPath, Method::Post))
        return changeChannelHold(body, context);
    if (is(authenticationLevelPath, Method::Post))
        return authenticationLevel(body, context);
    if (is(authenticationChannelPath, Method::Post))
        return authenticationChannel(body, context);
    const DemoCustomer *customer = byIdent(context, BankJson::object(body, QStringLiteral("govIssueIdent")));
    return m_engine.handle(body, customer, QString::fromLatin1(request.value("X-Invoker-TxId")));
}
