#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The bank's password policy (OUD), checked while the adviser types so the
// customer hears the rule before the bank refuses it. Each rule carries the
// OUD code the bank would answer with (seed 001, change password table).
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
public:
    struct Violation
    {
        QString code; // "1020", "1008" ...
        QString message;
    };

    int minLength = 8;
    int maxLength = 16;
    int maxRepeatedOrConsecutive = 3; // longest allowed run of equal or consecutive characters

    // Every rule broken by `password` for a customer with `identSerialNum`,
    // in the table's order. `previous` (optional) is the current password.
    QList<Violation> check(const QString &password, const QString &identSerialNum,
                           const QString &previous = {}) const;
};
