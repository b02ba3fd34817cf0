#pragma once

#include "SandboxContext.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

// customers-management (seed 000_d8e553a5968b7b38.txt), at the paths the
// document writes: basic data v1/v2/v4, customer locations, create, secure data.
//
// "Create Customer and Account" is stateful and remembers every transaction
// id it executed: a request that comes again with the same X-Invoker-TxId is
// answered with the first result and never executed twice, which is what
// makes a resend after an unknown outcome safe. Training faults for it:
//  - POST /training/faults/drop-next-create: the next create is executed and
//    then its connection dropped without an answer;
//  - POST /training/faults/slow-next-create: the next create is executed at
//    once but answered only after --slow-seconds (the client times out);
//  - identity CC 9990000445 does the same on the first attempt of each
//    transaction id (for a classroom);
//  - identity CC 99900 followed by a rule code of the create table (e.g.
//    9990050503) is refused with that bank code, as if the bank's own check
//    were stricter than the console's;
//  - GET /training/customers/creates?txId=ID says how often that id was
//    received and executed (tests prove "no second create" with it).
class CustomersRoutes : public SandboxRoutes
{
public:
    std::optional<SandboxReply> handle(const QHttpServerRequest &request, SandboxContext &context) override;

private:
    struct CreateOutcome
    {
        SandboxReply reply;
        int received = 0;
        int executed = 0;
    };

    SandboxReply basicDataV4(const QHttpServerRequest &request, SandboxContext &context);
    // "Check Basic Customer Information" v1/v2 (?mnemonic=CC123...) and "Get
    // Customer Locations", for demo people and customers created here.
    SandboxReply basicDataByMnemonic(const QHttpServerRequest &request, SandboxContext &context, int version);
    SandboxReply locations(const QHttpServerRequest &request, SandboxContext &context, const QString &identSerialNum);
    SandboxReply createCustomer(const QHttpServerRequest &request, SandboxContext &context);
    SandboxReply executeCreate(const QJsonObject &body, SandboxContext &context);
    SandboxReply updateSecureData(const QHttpServerRequest &request, SandboxContext &context);
    SandboxReply control(const QHttpServerRequest &request, const QString &path);

    QHash<QString, CreateOutcome> m_creates; // by X-Invoker-TxId
    bool m_dropNextCreate = false;
    bool m_slowNextCreate = false;
    int m_accountsOpened = 0;
};
