#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A customer address (OBP v3.1.0 Create Address / Get Customer Addresses /
// Update the Address of a Customer replies, CustomerAddressJsonV310).
struct ObpAddress
{
    QString customerAddressId;
    QString customerId;
    QString line1;
    QString line2;
    QString line3;
    QString city;
    QString county;
    QString state;
    QString postcode;
    QString countryCode;
    QStringList tags;
    QString status;
    QString insertDate;

    static std::optional<ObpAddress> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // One line for tables and confirmations ("No 1 the Road, Berlin 13359, DE").
    QString summary() const;
};

// {"addresses": [...]}
struct ObpAddressList
{
    QList<ObpAddress> addresses;

    static std::optional<ObpAddressList> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// The body of Create Address and Update the Address (PostCustomerAddressJsonV310).
struct ObpAddressRequest
{
    Q_DECLARE_TR_FUNCTIONS(ObpAddressRequest)
public:
    QString line1;
    QString line2;
    QString line3;
    QString city;
    QString county;
    QString state;
    QString postcode;
    QString countryCode;
    QStringList tags;
    QString status;

    FieldIssues validate() const;
    QJsonObject toJson() const;
    static std::optional<ObpAddressRequest> fromJson(const QJsonObject &json);
    static ObpAddressRequest from(const ObpAddress &address);
};
