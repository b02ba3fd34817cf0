#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Body of customers-management "Updata Personal Secure Data Management"
// (PUT /customer-management/v1/secure-data): the customer's answers to the
// data-protection questions preguntaATDP001..003 (true: Sí, false: No).
class SecureDataConsentRequest
{
    Q_DECLARE_TR_FUNCTIONS(SecureDataConsentRequest)
public:
    static QStringList questions(); // preguntaATDP001, preguntaATDP002, preguntaATDP003

    QString govIssueIdentType;
    QString identSerialNum;
    QString administrationOfficeBranchId; // office where the record was created
    QString submitOfficeBranchId;         // office the transaction comes from
    // One answer per question, in questions() order; unanswered: nullopt.
    QList<std::optional<bool>> answers{std::nullopt, std::nullopt, std::nullopt};

    // Every question must be answered yes or no; identification and offices given.
    FieldIssues validate() const;
    QJsonObject toJson() const;
    static std::optional<SecureDataConsentRequest> fromJson(const QJsonObject &json);
};
