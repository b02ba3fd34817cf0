#pragma once

#include "CorrespondentPoint.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// customers-management "Consult Owner" (POST customer-management/v1/status-basic-data):
// a banking correspondent asks who holds the account a deposit goes to.
// trn.depAcctIdFrom is the correspondent's account, trn.depAcctIdTo the one
// consulted.
class ConsultOwnerRequest
{
    Q_DECLARE_TR_FUNCTIONS(ConsultOwnerRequest)
public:
    CorrespondentPoint point;
    QString acctId; // trn.depAcctIdTo.acctId: the account consulted

    FieldIssues validate() const; // the point's issues plus trn.depAcctIdTo.acctId
    QJsonObject toJson() const;   // the document's request example, member for member
    static ConsultOwnerRequest fromJson(const QJsonObject &json);
};

struct ConsultOwnerReply
{
    QString responseType; // "OK"
    QString fullName;     // trn.personName.fullName
    QString acctId;       // trn.depAcctId.acctId

    // Nothing without a trn object.
    static std::optional<ConsultOwnerReply> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
