#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Pieces every security-management model shares: the identification block,
// the responseType of a reply (any casing), and the field rules the document
// repeats for each operation.
class SecurityJson
{
    Q_DECLARE_TR_FUNCTIONS(SecurityJson)
public:
    static constexpr int maxIdentSerialNumLength = 30; // challenge v2 table: maxLength 30

    // {"govIssueIdentType": type, "identSerialNum": number}
    static QJsonObject govIssueIdent(const QString &type, const QString &number);

    // responseType.value / ResponseType.value / ResponseType.Value, or "".
    static QString responseType(const QJsonObject &reply);

    // Type one of CC CE PA TI NI PE; number present, at most 30 characters,
    // digits only for the numeric types. Issues name the wire fields.
    static void checkIdentification(const QString &type, const QString &number, FieldIssues &issues);
    // Required text of at most `maxLength` characters.
    static void checkRequired(const QString &field, const QString &value, int maxLength, FieldIssues &issues);
    // Optional digits of at most `maxLength` characters (accounts, amounts).
    static void checkDigits(const QString &field, const QString &value, int maxLength, bool required,
                            FieldIssues &issues);

    static bool isDigits(const QString &text);
};

// The reply of operations that answer only {"responseType":{"value":"OK"}}
// (change password, create user, enrollment and recover validation, OTC
// generation and validation, lock-unlock channel ...).
struct SecurityAcknowledgement
{
    QString responseType;
    static std::optional<SecurityAcknowledgement> fromJson(const QJsonObject &json);
};
