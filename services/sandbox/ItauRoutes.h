#pragma once

#include "Result.h"
#include "SandboxContext.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

// The Itau contact-centre "query customer information by account" API (seed
// 003): POST /apiaccess/rest/ccmessaging/v1/itau/codigo. Clients come from
// resources/demo/itau.json (built in as :/sandbox/itau.json), each reply served
// exactly as written there.
//
// Outcomes, as the document lists them:
//   401  userName/password missing or not the training ones, or an x-itau-apikey
//        that is not the training one (the key is optional);
//   400  a body that is not JSON, or a codigo_conta that is not 18 digits;
//   404  an account code that is not in the file;
//   500  the fault account 999999999900000500 ("business failure");
// and the fault account 999999999900000408, answered 404 after the server's
// slow delay (--slow-seconds), to practise Cancel.
// The document prints no error body; Itau's APIs use {"codigo", "mensagem"}.
//
// GET /training/itau/last-request (loopback only) tells what the last query
// carried, secrets left out: how many queries arrived, the correlation and
// flow ids, the user name and whether an API key came. Tests use it to prove
// a refused input never left the workstation.
class ItauRoutes : public SandboxRoutes
{
public:
    ItauRoutes();

    std::optional<SandboxReply> handle(const QHttpServerRequest &request, SandboxContext &context) override;

    static QString builtInPath();
    // Account code -> the reply's JSON; the error names the bad entry.
    static Result<QHash<QString, QJsonObject>, QString> loadClients(const QByteArray &json);

    static constexpr const char *trainingUserName = "chat_itau_oiap";
    static constexpr const char *trainingPassword = "training";
    static constexpr const char *trainingApiKey = "12323213";
    static constexpr const char *businessFailureAccount = "999999999900000500";
    static constexpr const char *slowAccount = "999999999900000408";

private:
    SandboxReply query(const QHttpServerRequest &request, const SandboxContext &context);
    SandboxReply lastRequest(const QHttpServerRequest &request) const;

    QHash<QString, QJsonObject> m_clients;
    int m_queries = 0;
    QJsonObject m_last;
};
