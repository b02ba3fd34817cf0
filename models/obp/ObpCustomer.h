#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A customer as Open Bank Project v3.1.0 returns it (seed 004: Create
// Customer, Get Customer by CUSTOMER_ID / CUSTOMER_NUMBER, the customer
// lists and every "Update the ... of a Customer" reply). Dates are kept as
// sent ("1100-01-01T00:00:00Z", and "19900101" in the customers-for-user
// example); the accessors read them as dates.
struct ObpCustomerAttribute
{
    QString customerAttributeId;
    QString name;
    QString type;
    QString value;
};

struct ObpCustomer
{
    QString bankId;
    QString customerId;
    QString customerNumber;
    QString legalName;
    QString mobilePhoneNumber;
    QString email;
    QString faceImageUrl;
    QString faceImageDate;
    QString dateOfBirth;
    QString relationshipStatus;
    int dependants = 0;
    QStringList dobOfDependants;
    QString creditRating;
    QString creditSource;
    QString creditLimitCurrency;
    QString creditLimitAmount;
    QString highestEducationAttained;
    QString employmentStatus;
    bool kycStatus = false;
    QString lastOkDate;
    QString title;
    QString branchId;
    QString nameSuffix;
    QList<ObpCustomerAttribute> customerAttributes;

    // The members the reply carried (the v3.0.0-shaped lists have no title,
    // branch_id or name_suffix; only some replies carry customer_attributes).
    QStringList receivedKeys;

    QDate dateOfBirthDate() const;

    static std::optional<ObpCustomer> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// {"customers": [...]}: customers for the current user (at a bank), firehose.
struct ObpCustomerList
{
    QList<ObpCustomer> customers;

    static std::optional<ObpCustomerList> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
