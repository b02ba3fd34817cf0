#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Bodies and queries of the password and enrollment operations of seed 001.
// Passwords, PINs and CVVs arrive here already encrypted/sealed by the
// caller where the document says "Encrypted password"; none of these is
// ever journaled or logged.

// "Management User Change Password" (PUT /user-management/v1/customer).
struct ChangePasswordRequest
{
    QString govIssueIdentType;
    QString identSerialNum;
    QString currentCryptPswd; // custPswd.cryptPswd
    QString newCryptPswd;     // subjectPswd.cryptPswd

    FieldIssues validate() const;
    QJsonObject toJson() const;
};

// "Management User - Create User" (POST /security-management/v1/customer):
// create, or recover the password when recuperationFlag is "S".
struct CreateUserRequest
{
    bool recovery = false; // recuperationFlag.value S / N
    QString govIssueIdentType;
    QString identSerialNum;
    QString password;      // infoPassword.password, encrypted

    FieldIssues validate() const;
    QJsonObject toJson() const;
};

// "User validation - enrollment" (GET .../customer/{identserialnum}/validate)
// and "Recover password validation" (GET .../customer/{identserialnum}/password).
struct EnrollmentValidationQuery
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentValidationQuery)
public:
    QString identSerialNum; // in the path
    QString govIssueIdentType;
    QString acctType;       // CCA (credit card) | DBC (debit card)
    QString secretId;       // PIN of the debit card or CVV of the credit card
    QString acctId;         // last six digits

    FieldIssues validate() const;
    QList<QPair<QString, QString>> queryItems() const;
};

// "Management User Digital Enrollment" create (POST) and validate (GET)
// /userManagement/v1/Customer. The document gives no body; the training
// server takes the identification block.
struct DigitalEnrollmentRequest
{
    QString govIssueIdentType;
    QString identSerialNum;

    FieldIssues validate() const;
    QJsonObject toJson() const;
    QList<QPair<QString, QString>> queryItems() const;
};
