#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One "Update the ... of a Customer" request of OBP v3.1.0: which attribute
// (the last path segment, PUT /obp/v3.1.0/banks/BANK_ID/customers/CUSTOMER_ID/<segment>)
// and its body, as OBP's PutUpdateCustomer*JsonV310 classes name the members.
// Made by the factory functions, which check the field rules.
struct ObpCustomerUpdate
{
    Q_DECLARE_TR_FUNCTIONS(ObpCustomerUpdate)
public:
    enum class Attribute { Branch, CreditLimit, CreditRatingAndSource, Email, Identity, MobileNumber, Number, OtherData };

    Attribute attribute = Attribute::Email;
    QJsonObject body;
    FieldIssues issues; // empty: may be sent

    QString pathSegment() const { return pathSegment(attribute); }
    static QString pathSegment(Attribute attribute); // "branch", "credit-limit" ...
    static std::optional<Attribute> attributeForSegment(const QString &segment);
    static QList<Attribute> all();
    // The journal name's last part ("updateBranch" ...).
    static QString operationName(Attribute attribute);

    static ObpCustomerUpdate branch(const QString &branchId);
    static ObpCustomerUpdate creditLimit(const QString &currency, const QString &amount);
    static ObpCustomerUpdate creditRatingAndSource(const QString &rating, const QString &source);
    static ObpCustomerUpdate email(const QString &email);
    static ObpCustomerUpdate identity(const QString &legalName, const QDate &dateOfBirth, const QString &title,
                                      const QString &nameSuffix, const QDate &today = QDate::currentDate());
    static ObpCustomerUpdate mobileNumber(const QString &mobilePhoneNumber);
    static ObpCustomerUpdate number(const QString &customerNumber);
    static ObpCustomerUpdate otherData(const QString &faceImageUrl, const QDate &faceImageDate,
                                       const QString &relationshipStatus, int dependants,
                                       const QString &highestEducationAttained, const QString &employmentStatus);

    // The members this attribute's body must carry (the training server
    // answers OBP-10001 when one is missing).
    static QStringList requiredMembers(Attribute attribute);
};
