#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The body of "Create Customer" (POST /obp/v3.1.0/banks/BANK_ID/customers,
// OBP's PostCustomerJsonV310): every field of the seed's request table. OBP
// reads every member, so all are sent (empty text where the teller left a
// field blank); the customer number is set by the backend.
struct ObpCustomerCreateRequest
{
    Q_DECLARE_TR_FUNCTIONS(ObpCustomerCreateRequest)
public:
    QString legalName;
    QString mobilePhoneNumber;
    QString email;
    QString faceImageUrl;
    QDate faceImageDate;
    QDate dateOfBirth;
    QString relationshipStatus;
    QList<QDate> dobOfDependants; // dependants = its length, as OBP requires
    QString creditRating;
    QString creditSource;
    QString creditLimitCurrency;
    QString creditLimitAmount;
    QString highestEducationAttained;
    QString employmentStatus;
    bool kycStatus = false;
    QDateTime lastOkDate;
    QString title;
    QString branchId;
    QString nameSuffix;

    int dependants() const { return int(dobOfDependants.size()); }

    // Wire names as fields ("legal_name", "credit_limit.amount" ...).
    FieldIssues validate(const QDate &today = QDate::currentDate()) const;
    QJsonObject toJson() const;
    // For the training server: nothing when the body lacks OBP's members.
    static std::optional<ObpCustomerCreateRequest> fromJson(const QJsonObject &json, QString *problem = nullptr);
};
