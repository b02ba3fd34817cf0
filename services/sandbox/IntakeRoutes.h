#pragma once

#include "SandboxContext.h"

#include <QHash>
#include <QStringList>

// customers-management "Sync Data" (POST /v1/sync-data) and "Sync Data From
// File" (POST /v1/sync-data-file, the same body base64-encoded in
// file.binData): the recurring intake of a person or legal entity into the
// digital bank. The body is checked with the console's own rules
// (IntakeFileCheck); a refusal names the first problem's place.
//
// Not idempotent, so stateful like the create: a request that comes again
// with the same X-Invoker-TxId gets the first answer, never a second intake.
// GET /training/intake/received says how many intakes arrived and were
// accepted, per operation, and the last identities (tests prove "nothing was
// sent" with it).
class IntakeRoutes : public SandboxRoutes
{
public:
    std::optional<SandboxReply> handle(const QHttpServerRequest &request, SandboxContext &context) override;

private:
    SandboxReply intake(const QHttpServerRequest &request, bool fromFile);
    SandboxReply accept(const QByteArray &json, bool fromFile);

    QHash<QString, SandboxReply> m_byTxId;
    int m_received[2] = {0, 0}; // sync-data, sync-data-file
    int m_accepted[2] = {0, 0};
    QStringList m_mnemonics;     // accepted, newest last
};
