#pragma once

#include "FieldIssue.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A coverage's decision in a case: excluded, or charged an extra premium.
struct CoverageDecision
{
    QString coverageId; // Código de Amparo, up to 10
    bool exclude = false;
    QString percentage; // up to 3
};

// Status submit (POST) and Status update (PUT) of an insurability case: the
// status code from the table (Crédito 6 / S4U codes), the client's status,
// coverage exclusions and the extra-premium percentage.
struct CaseStatusRequest
{
    QString source;              // bank origin system, 1 character
    QString statusCode;          // SE AP NE DE NR AE AG CM PC AN AV DI FS IT PE PS SO
    QString acctId;              // credit application number, up to 15
    QString govIssueIdentType;   // CC CE PA TI NI PE
    QString identSerialNum;
    std::optional<QString> personType;
    QDate issDt;                 // insurability date, YYYY-MM-DD
    QString status;              // client status
    QString descriptionDesc;     // observation, up to 200
    std::optional<QString> pmtsPlanProdType; // assigned plan, up to 3
    std::optional<bool> exclude; // personInfo.policy.exclude ("true"/"false"): extra premium required
    std::optional<QString> percentage; // extra-premium percentage
    QString productType;         // up to 4
    QList<CoverageDecision> coverages;
    QString coveredCode;         // case number (insuranceInfo.coveredCode)
    std::optional<QString> sequenceProductRequested;

    // Status update body, as the document's example.
    QJsonObject toUpdateJson() const;
    // Status submit body, from the document's field list (it prints no
    // request example): product and covered beside personInfo.
    QJsonObject toSubmitJson() const;
    static CaseStatusRequest fromJson(const QJsonObject &json);
    FieldIssues validate() const;
};

struct CaseStatusResult
{
    QString refNumber;           // depAcctStmtRec.depAcctId.refNumber
    QString govIssueIdentType;
    QString identSerialNum;
    QString responseType;        // "OK" on submit; absent on update

    static std::optional<CaseStatusResult> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
