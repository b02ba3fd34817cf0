#pragma once

#include "PolicyIssuing.h"
#include "PolicyQuote.h"
#include "PolicySimulation.h"
#include "SandboxContext.h"

#include <QHash>
#include <QJsonDocument>
#include <QString>

// policy-management (seed 002_99f72828180069f4.txt), at the document's paths
// and verbs. Stateful: a quote is remembered under its code (pmtAuthId) and
// issuing must reference it (once); an issued policy's certificate is a real
// PDF built on the server. Card numbers are kept only masked.
class PolicyRoutes : public SandboxRoutes
{
public:
    std::optional<SandboxReply> handle(const QHttpServerRequest &request, SandboxContext &context) override;

private:
    struct QuoteRecord
    {
        QuoteRequest request;
        QuoteResult result;
        InsurancePlan plan;
        QString issuedPolicy; // the policy that used this quote, once issued
    };
    struct PolicyRecord
    {
        IssuingRequest request; // card numbers masked before keeping
        IssuingResult result;
        InsurancePlan plan;
        QString productIdNumber;
        QString freq;
    };

    SandboxReply simulation(const QJsonDocument &body, bool general);
    SandboxReply quote(const QJsonObject &body, bool general);
    SandboxReply issuing(const QJsonObject &body, bool general);
    SandboxReply certificate(const QJsonObject &body);
    SandboxReply insuranceCase(const QJsonObject &body);
    SandboxReply status(const QJsonObject &body, bool submit);
    SandboxReply payee(const QJsonObject &body);

    QByteArray certificatePdf(const PolicyRecord &policy) const;

    QHash<QString, QuoteRecord> m_quotes;
    QHash<QString, PolicyRecord> m_policies;
    QHash<QString, QString> m_caseStatus; // case number -> last status code
    int m_nextQuote = 2501;
    int m_nextPolicy = 5001;
    qint64 m_nextCertificate = 21344546;
    int m_nextCharge = 37331;
    qint64 m_nextCase = 23032221;
};
