#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Response of customers-management "Check Basic Customer Information" v4.
// Field names follow the document; dates are kept as sent (they round-trip)
// with QDate accessors for display.
struct CustomerPostalAddress
{
    QString postalCode;
    QString addrType;
    QString addr1;
    QString stateProv;
    QString cityId;

    bool operator==(const CustomerPostalAddress &o) const
    {
        return postalCode == o.postalCode && addrType == o.addrType && addr1 == o.addr1
               && stateProv == o.stateProv && cityId == o.cityId;
    }
};

struct CustomerBasicData
{
    QString responseType; // "OK"
    QString govIssueIdentType;
    QString identSerialNum;
    QString fullName;
    QString cellPhone;
    QString firstName;
    QString middleName;
    QString lastName;
    QString secondLastName;
    QString createDt;
    QString upDt;
    QString personType;
    QString sarlaDt;
    QString deceasedDt;
    QString birthDt;
    QString emailAddr;
    QString contactCellPhone;
    QString flagAlert;
    QString flagExist;
    QString status;
    QList<CustomerPostalAddress> postAddr;

    QDate createdOn() const;
    QDate updatedOn() const;
    QDate birthDate() const;
    QDate sarlaftDate() const;
    QDate deceasedOn() const;
    // The name to show: fullName, or the parts joined when fullName is empty.
    QString displayName() const;

    // Nothing when the body lacks personInfo (not the documented shape).
    static std::optional<CustomerBasicData> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
