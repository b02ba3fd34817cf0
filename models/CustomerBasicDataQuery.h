#pragma once

#include "FieldIssue.h"
#include "IdentificationType.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// Request of customers-management "Check Basic Customer Information" v4:
// GET /customerAccountManagement/v4/basicData?govIssueIdentType=CC&identSerialNum=...
// or ?cellphone=... (one or the other, never both).
class CustomerBasicDataQuery
{
    Q_DECLARE_TR_FUNCTIONS(CustomerBasicDataQuery)
public:
    enum class SearchBy { Identification, Cellphone };

    SearchBy searchBy = SearchBy::Identification;
    QString govIssueIdentType; // CC CE PA TI NI PE
    QString identSerialNum;
    QString cellphone;

    static CustomerBasicDataQuery byIdentification(const QString &type, const QString &number);
    static CustomerBasicDataQuery byCellphone(const QString &cellphone);

    static constexpr int maxIdentSerialNumLength = 20; // seed: 1..20 characters
    static constexpr int cellphoneLength = 10;         // Colombian mobile numbers

    // Every rule the input breaks, each with its wire field name.
    FieldIssues validate() const;
    // Query items in the order the document shows them.
    QList<QPair<QString, QString>> queryItems() const;
    // The identity number this query is about (for the masked journal subject).
    QString subject() const;
};
