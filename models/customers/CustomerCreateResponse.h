#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// Successful reply of "Create Customer and Account":
// {"depAcctStmtRec":{"depAcctId":{refNumber, acctId, gmf, gmfAccountNumber,
//  gmfDesc}, "bankInfoGmf":{"bankInfoGmf":{"name"}}}, "pocketInfo":{pocketType}}.
// The seed swaps gmfAccountNumber and gmfDesc in its example ("Marcada en otra
// ent" / "000123456"); both are kept as sent.
struct CustomerCreateResponse
{
    QString refNumber;        // request number: the operation's reference
    QString acctId;           // the new savings account
    QString gmf;              // GMF (4x1000) status, e.g. "OK"
    QString gmfAccountNumber;
    QString gmfDesc;
    QString gmfBankName;      // bank where the account is marked GMF exempt
    QString pocketType;       // "SI" when a savings pocket was opened

    // Nothing when the account number is missing: without it the reply is not
    // the documented success.
    static std::optional<CustomerCreateResponse> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    bool operator==(const CustomerCreateResponse &o) const
    {
        return refNumber == o.refNumber && acctId == o.acctId && gmf == o.gmf
               && gmfAccountNumber == o.gmfAccountNumber && gmfDesc == o.gmfDesc && gmfBankName == o.gmfBankName
               && pocketType == o.pocketType;
    }
};
