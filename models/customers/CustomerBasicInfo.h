#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Responses of customers-management "Check Basic Customer Information" v1
// and v2 (GET ...?mnemonic=CC1234567890). The seed lists their fields but
// prints no example, so the shapes follow the field lists: v1 nests them like
// v4 (personName, personInfo, govIssueIdent, contactInfo, postAddr), v2 is
// flat. Readers are lenient (BankJson); values are kept as sent.

struct CustomerBasicInfoAddress
{
    QString addr1;
    QString city;
    QString stateProv;
    QString country;

    bool operator==(const CustomerBasicInfoAddress &o) const
    {
        return addr1 == o.addr1 && city == o.city && stateProv == o.stateProv && country == o.country;
    }
};

struct CustomerBasicDataV1
{
    QString responseType; // "OK"
    QString govIssueIdentType;
    QString identSerialNum;
    QString fullName;
    QString firstName;
    QString middleName;
    QString lastName;
    QString secondLastName;
    QString birthDt;
    QString orgIdType; // OrgId: the company document, for legal persons
    QString orgIdNum;
    QString emailAddr;
    QString phone;
    QString cellPhone;
    QList<CustomerBasicInfoAddress> postAddr;

    // Nothing when the body has no govIssueIdent (not the documented shape).
    static std::optional<CustomerBasicDataV1> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct CustomerBasicDataV2
{
    QString responseType; // "OK"
    QString fullName;
    QString firstName;
    QString lastName;
    QString birthDt;
    QString orgIdType;
    QString orgIdNum;
    QString addr1;
    QString city;
    QString stateProv;
    QString country;
    QString govIssueIdentType;
    QString identSerialNum;
    QString emailAddr;
    QString phone;
    // The document lists "phone" twice (phone, then cell phone); a JSON object
    // cannot carry both, so the cell phone is read from cellPhone.
    QString cellPhone;

    // Nothing when the body has neither identSerialNum nor fullName.
    static std::optional<CustomerBasicDataV2> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
