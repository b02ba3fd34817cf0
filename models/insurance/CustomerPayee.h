#pragma once

#include "FieldIssue.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Customer payee: registers a beneficiary (payee) of a customer for digital
// banking, at the document's path spelling ("costumer-payee").
struct CustomerPayeeRequest
{
    QString govIssueIdentType;   // the customer: CC CE LC NI OT PA RC IT
    QString identSerialNum;
    QString firstName;           // the payee
    QString middleName;
    QString lastName;
    QString secondLastName;
    QString nationality;         // personInfo.country
    QString emailAddr;
    QString countryCode;         // postAddr.country, ISO 3166 numeric ("169")
    QString notificationAddress;
    QString postalCode;
    QString payeeIdentType;
    QString payeeIdentSerialNum;
    QString payeeCountryName;
    QString relationshipType;
    QString branchId;
    QString adviserId;

    QJsonObject toJson() const;
    static CustomerPayeeRequest fromJson(const QJsonObject &json);
    FieldIssues validate() const;
};

struct CustomerPayeeResult
{
    QString responseType; // "OK"

    static std::optional<CustomerPayeeResult> fromJson(const QJsonObject &json);
};
