#pragma once

#include "SandboxContext.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// customers-management account reads (seed 000_d8e553a5968b7b38.txt):
//  - GET /customer-management/customer/identserialnum/{id}/acctid/{acct}
//    ("Get customer name by account"), with the documented codes: 400 05622
//    not the holder, 404 05620 no such account, 404 05621 no holder, 404
//    SQLCODE (ORA) not a customer, and the 500 rows for fault accounts;
//  - POST /customer-management/v1/status-basic-data ("Consult Owner");
//  - POST /customer-management/v1/query-pila ("Consult PILA").
// Data: resources/demo/accounts.json (built in as :/sandbox/accounts.json).
class AccountRoutes : public SandboxRoutes
{
public:
    AccountRoutes();

    std::optional<SandboxReply> handle(const QHttpServerRequest &request, SandboxContext &context) override;

    static QString builtInPath();

private:
    struct Holder
    {
        QString govIssueIdentType;
        QString identSerialNum;
        QString fullName;
    };
    struct Account
    {
        QString acctId;
        QString acctType;
        std::optional<Holder> holder;
    };

    SandboxReply nameByAccount(const QHttpServerRequest &request, SandboxContext &context, const QString &identSerialNum,
                               const QString &acctId);
    SandboxReply owner(const QJsonObject &body);
    SandboxReply pila(const QJsonObject &body);
    std::optional<SandboxReply> fault(const QString &acctId) const;

    QHash<QString, Account> m_accounts;  // by acctId
    QHash<QString, QJsonObject> m_faults; // by acctId
    QList<QJsonObject> m_pilaForms;
};
