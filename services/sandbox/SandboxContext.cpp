#include "SandboxContext.h"

#include "BankEnvelope.h"

#include <QDate>
#include <QHttpServerRequest>

namespace {
const QByteArray realm = QByteArrayLiteral("realm=\"branchdesk-sandbox\"");
}

SandboxContext::SandboxContext(DemoCustomers customers, SandboxSettings settings)
    : m_customers(std::move(customers)), m_settings(std::move(settings)), m_tokens(m_settings.tokenLifetimeSeconds)
{
}

std::optional<QByteArray> SandboxContext::credentials(const QByteArray &authorization, const QByteArray &scheme)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() <= scheme.size() || value.at(scheme.size()) != ' '
        || qstrnicmp(value.constData(), scheme.constData(), scheme.size()) != 0) {
        return std::nullopt;
    }
    return value.mid(scheme.size() + 1).trimmed();
}

bool SandboxContext::hasValidBearer(const QHttpServerRequest &request) const
{
    const auto token = credentials(request.value(QByteArrayLiteral("Authorization")), QByteArrayLiteral("Bearer"));
    return token && m_tokens.isValid(QString::fromLatin1(*token));
}

std::optional<QString> SandboxContext::invokerEnvelopeProblem(const QHttpServerRequest &request) const
{
    // The bank rejects a call whose envelope is incomplete; the training
    // server does too, so a client that forgets a header fails in class, not
    // at the counter.
    static const QByteArray required[] = {"X-Invoker-User", "X-Invoker-BranchId", "X-Invoker-TerminalId",
                                          "X-Invoker-TxId", "X-Invoker-ProcessDate", "X-Invoker-SessionKey",
                                          "X-Invoker-Country"};
    for (const QByteArray &name : required) {
        if (request.value(name).trimmed().isEmpty())
            return QStringLiteral("BAD REQUEST. Missing header %1").arg(QString::fromLatin1(name));
    }
    if (!QDate::fromString(QString::fromLatin1(request.value(QByteArrayLiteral("X-Invoker-ProcessDate"))),
                           QStringLiteral("yyyy-MM-dd"))
             .isValid())
        return QStringLiteral("BAD REQUEST. X-Invoker-ProcessDate must be YYYY-MM-DD");
    if (request.value(QByteArrayLiteral("X-Invoker-TxId")).size() > 16)
        return QStringLiteral("BAD REQUEST. X-Invoker-TxId has at most 16 characters");
    // "TOKEN del consumo al API 30 primeras posiciones".
    const auto token = credentials(request.value(QByteArrayLiteral("Authorization")), QByteArrayLiteral("Bearer"));
    if (!token || request.value(QByteArrayLiteral("X-Invoker-SessionKey")) != token->left(30))
        return QStringLiteral("BAD REQUEST. X-Invoker-SessionKey must be the first 30 characters of the token");
    return std::nullopt;
}

std::optional<SandboxReply> SandboxContext::checkBankCall(const QHttpServerRequest &request) const
{
    if (!hasValidBearer(request)) {
        // RFC 6750 §3: say which scheme, and whether a token was sent at all.
        const bool sentToken = !request.value(QByteArrayLiteral("Authorization")).isEmpty();
        const QByteArray challenge = QByteArrayLiteral("Bearer ") + realm
                                     + (sentToken ? QByteArrayLiteral(", error=\"invalid_token\"") : QByteArray());
        return SandboxReply::json(SandboxReply::StatusCode::Unauthorized, BankEnvelope::unauthorized())
            .withHeader(QByteArrayLiteral("WWW-Authenticate"), challenge);
    }
    if (const auto problem = invokerEnvelopeProblem(request)) {
        return SandboxReply::json(SandboxReply::StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("1"), *problem,
                                                      QStringLiteral("BDA")));
    }
    return std::nullopt;
}
