#pragma once

#include "ObpAddress.h"
#include "ObpCustomer.h"
#include "ObpCustomerRecords.h"
#include "SandboxContext.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Open Bank Project v3.1.0, Customer section (seed 004), at OBP's real paths
// under /obp/v3.1.0 (see services/ObpApi.h for the table and where it comes
// from) plus DirectLogin at /my/logins/direct. Stateful for the server's
// life: created customers, addresses, tax residences, handles and links
// stay. Seeded from resources/demo/obp.json (built in as :/sandbox/obp.json).
// Roles are enforced per bank as OBP does: a missing one is OBP-20006 naming
// the roles the seed lists for the operation.
class ObpRoutes : public SandboxRoutes
{
public:
    explicit ObpRoutes(const QString &dataFile = QStringLiteral(":/sandbox/obp.json"));

    std::optional<SandboxReply> handle(const QHttpServerRequest &request, SandboxContext &context) override;

private:
    struct User
    {
        QString userId;
        QString username;
        QString password;
        QList<QPair<QString, QString>> entitlements; // (bank_id or "" for any bank, role)
    };
    struct Stored
    {
        QString customerId;
        QJsonObject record;
    };

    SandboxReply directLogin(const QHttpServerRequest &request, SandboxContext &context);
    const User *authenticated(const QHttpServerRequest &request, SandboxContext &context) const;
    SandboxReply route(const QHttpServerRequest &request, const User &user, const QStringList &segments);
    SandboxReply bankRoute(const QHttpServerRequest &request, const User &user, const QString &bankId,
                           const QStringList &rest);
    SandboxReply customerRoute(const QHttpServerRequest &request, const User &user, const QString &bankId,
                               ObpCustomer *customer, const QStringList &rest);

    bool hasRole(const User &user, const QString &bankId, const QStringList &anyOf) const;
    ObpCustomer *customer(const QString &bankId, const QString &customerId);
    ObpCustomer *customerByNumber(const QString &bankId, const QString &number);
    QList<ObpCustomer> linkedCustomers(const User &user, const QString &bankId = {}) const;
    QString nextCustomerNumber(const QString &bankId) const;

    QString m_consumerKey;
    QSet<QString> m_banks;
    QList<User> m_users;
    // DirectLogin token -> user id. The tokens come from the server's
    // AccessTokens: they expire like the bank's (and with its fault switch).
    QHash<QString, QString> m_tokens;
    QList<ObpCustomer> m_customers;
    QList<ObpAddress> m_addresses;
    QList<Stored> m_taxResidences;       // ObpTaxResidence JSON per customer
    QList<Stored> m_socialMediaHandles;  // ObpSocialMediaHandle JSON per customer
    QList<ObpCrmEvent> m_crmEvents;
    QList<ObpUserCustomerLink> m_links;
};
