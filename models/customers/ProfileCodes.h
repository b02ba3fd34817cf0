#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

// The codes of "Get Customer Data Information" and "Remittances - Consult
// customer" with the meanings the document gives, and what their documented
// error codes mean for a teller.
class ProfileCodes
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCodes)
public:
    // A flag sent as true/false, 1/0, "true"/"false", "S"/"N", "Y"/"N", "SI"/"NO".
    static std::optional<bool> flag(const QJsonValue &value);

    // senderPmtInfo[].type: VLRING income, VLRPAS liabilities, VLREGR
    // expenses, VLRACT assets; the code itself when unknown.
    static QString conceptDescription(const QString &type);
    // listAddress[].postAddr.addrType: RESI residence, EMPR company.
    static QString remittanceAddressType(const QString &type);
    // personInfo.gender: M male, F female.
    static QString gender(const QString &code);

    enum class Status { Active, Inactive, Unknown };
    // personInfo.status: "A"/"Activo" active, "I"/"Inactivo" inactive (the
    // field table writes letters, the example the word).
    static Status remittanceStatus(const QString &status);
    static QString statusDescription(const QString &status);

    enum class Read { ContactData, Remittance };
    // The error of one of these reads with its documented code turned into
    // the right kind: 51011/50001/50004 "does not exist" is NotFound (the
    // document answers it with HTTP 400), 50002/50003/51041/50628 are the
    // bank's refusals (Business), 50099/50544 its failures (Server), 50555
    // (a letter in a numeric number, sent with HTTP 404) is the input.
    static ApiError explain(const ApiError &error, Read read);
    // One sentence for the teller about a documented code, or empty when the
    // generic message says it.
    static QString advice(const ApiError &error, Read read);
};
