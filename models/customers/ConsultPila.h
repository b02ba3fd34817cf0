#pragma once

#include "CorrespondentPoint.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

// customers-management "Consult PILA" (POST customer-management/v1/query-pila):
// the social-security contribution form (planilla PILA) a contributor pays
// at a correspondent: amount to pay, period settled, payment due date.
// The field table writes InvoiceInfo/InvoiceNum; the example (sent here)
// writes invoiceInfo/invoiceNum.
class PilaQuery
{
    Q_DECLARE_TR_FUNCTIONS(PilaQuery)
public:
    CorrespondentPoint point;
    QString creditAcctId;   // trn.depAcctIdTo.acctId: account to credit
    QString invoiceNum;     // trn.invoiceInfo.invoiceNum: form number
    QString identSerialNum; // trn.invoiceInfo.identSerialNum: contributor's NIT

    FieldIssues validate() const;
    QJsonObject toJson() const;
    static PilaQuery fromJson(const QJsonObject &json);
};

struct PilaForm
{
    QString responseType;
    QString approvalId;      // trn.approvalId
    QString identSerialNum;  // trn.invoiceInfo.identSerialNum
    QString validityPeriod;  // trn.validityPeriodInfo.validityPeriod, as sent
    QString dueDtText;       // trn.dueDt, as sent ("" in the example)
    QDate dueDt;             // parsed when it is a date
    std::optional<double> amount; // trn.curAmt.amt ("String" in the table, 24 in the example)

    // The period as the teller reads it: "05/2024" for 202405 or 2024-05,
    // otherwise as sent.
    QString periodForDisplay() const;

    static std::optional<PilaForm> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
