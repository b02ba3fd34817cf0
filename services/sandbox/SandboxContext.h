#pragma once

#include "AccessTokens.h"
#include "DemoCustomers.h"
#include "SandboxReply.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QHttpServerRequest;

struct SandboxSettings
{
    QString clientId = QStringLiteral("training");
    QString clientSecret = QStringLiteral("training");
    int tokenLifetimeSeconds = 3600;
    int slowReplyMs = 10000;
    int profileLatencyMs = 0; // contact-data and remittance reads, until a training control changes it
    bool verbose = false; // one line per request on stderr
};

// What every document's routes share: the demo data (mutable: creates are
// stateful), the settings, the issued tokens, and the checks every bank call
// goes through.
class SandboxContext
{
public:
    SandboxContext(DemoCustomers customers, SandboxSettings settings);

    DemoCustomers &customers() { return m_customers; }
    const SandboxSettings &settings() const { return m_settings; }
    AccessTokens &tokens() { return m_tokens; }

    // A bank API call must carry a valid bearer token (else 401 with the
    // documented envelope) and a complete X-Invoker envelope (else 400).
    // Returns the refusal to send, or nothing when the call may proceed.
    std::optional<SandboxReply> checkBankCall(const QHttpServerRequest &request) const;

    bool hasValidBearer(const QHttpServerRequest &request) const;
    // The first problem with the X-Invoker-* envelope, or nothing.
    std::optional<QString> invokerEnvelopeProblem(const QHttpServerRequest &request) const;

    // "Basic abc" / "bearer abc": the credentials after a case-insensitive scheme.
    static std::optional<QByteArray> credentials(const QByteArray &authorization, const QByteArray &scheme);

private:
    DemoCustomers m_customers;
    SandboxSettings m_settings;
    AccessTokens m_tokens;
};

// The routes of one API document. The server asks each module in turn.
class SandboxRoutes
{
public:
    virtual ~SandboxRoutes() = default;
    // The reply for this request, or nothing when the path is not one of
    // this document's.
    virtual std::optional<SandboxReply> handle(const QHttpServerRequest &request, SandboxContext &context) = 0;
};
