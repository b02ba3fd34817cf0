#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// customers-management "Get customer name by account":
// GET /customer-management/customer/identserialnum/{identserialnum}/acctid/{acctid}
//     ?govIssueIdentType=CC
// The holder's name when the identification holds the account; otherwise one
// of the documented codes (400 05622 not the holder, 404 05620 no such
// account, 404 05621 no holder, 404 SQLCODE no customer, 500 ...).
class NameByAccountQuery
{
    Q_DECLARE_TR_FUNCTIONS(NameByAccountQuery)
public:
    QString govIssueIdentType; // CC CE PA TI NI PE
    QString identSerialNum;
    QString acctId;

    static constexpr int maxIdentSerialNumLength = 20;
    static constexpr int maxAcctIdLength = 20;

    // Field names: govIssueIdentType, identSerialNum, acctId.
    FieldIssues validate() const;
    // The path with both numbers percent-encoded as path segments.
    QString path() const;
    QList<QPair<QString, QString>> queryItems() const;
};

struct NameByAccountReply
{
    QString fullName; // custInfo.personName.fullName

    // Nothing when the body has no custInfo.personName.fullName.
    static std::optional<NameByAccountReply> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// What a name-by-account refusal means for the teller, from the bank's code
// (and HTTP status, since SQLCODE and 500 repeat across rows).
enum class NameByAccountProblem {
    NotHolder,      // 400 05622 CLIENTE NO ES TITULAR DE LA CUENTA
    NoAccount,      // 404 05620 NO EXISTE NÚMERO DE CUENTA
    NoHolder,       // 404 05621 NO EXISTE TITULAR PARA LA CTA
    NoCustomer,     // 404 SQLCODE / 00001: the identification is not a customer
    BankFailure,    // 500 14257 / 500 BDA: the bank's own failure, try later
    Other,
};
NameByAccountProblem nameByAccountProblem(int httpStatus, const QString &code);
