#pragma once

#include "SandboxContext.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

// customers-management (seed 000_d8e553a5968b7b38.txt), the reads behind
// Customer 360 and Remittance lookup:
//  - GET /customer-management/v1/channel/contact/{identserialnum}
//    ("Get Customer Data Information"): the profile's contactData, or one
//    derived from the person's basic data; unknown people 400 51011 CLIENTE
//    NO EXISTE BCSC (STA); a letter in a numeric type's number 404 50555.
//  - GET /customers-management/v1/remittances/basic-data/{identserialnum}
//    ("Remittances - Consult customer"): the profile's remittance section;
//    anyone without one 400 ER400 51011 CLIENTE NO EXISTE BCSC (STA).
// The profiles are resources/demo/customer-profiles.json, keyed by the
// identification of a person of customers.json. A profile's "contactFault"
// makes its contact data answer that error while every other read works
// (the training fault identity of the 360 view).
//
// Training control (loopback only), so partial loading can be watched:
//  - POST /training/faults/profile-latency/{contact|remittance|all}/{ms}
//    delays every answer of that read by ms milliseconds (0 switches it off,
//    at most 60000);
//  - GET /training/faults/profile-latency answers the current delays.
// --profile-latency-seconds sets both delays at start.
class CustomerProfileRoutes : public SandboxRoutes
{
public:
    CustomerProfileRoutes();

    std::optional<SandboxReply> handle(const QHttpServerRequest &request, SandboxContext &context) override;

    // The built-in profiles file (":/sandbox/customer-profiles.json").
    static QString builtInPath();

private:
    SandboxReply contactData(const QHttpServerRequest &request, SandboxContext &context, const QString &number);
    SandboxReply remittance(const QHttpServerRequest &request, SandboxContext &context, const QString &number);
    SandboxReply control(const QHttpServerRequest &request, const QString &path);
    const QJsonObject *profileFor(const QString &type, const QString &number) const;

    QHash<QString, QJsonObject> m_profiles; // by "TYPE NUMBER"
    // Unset: --profile-latency-seconds (SandboxSettings::profileLatencyMs).
    std::optional<int> m_contactDelayMs;
    std::optional<int> m_remittanceDelayMs;
    int m_startDelayMs = 0;
};
