#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTime>

// The service point (punto de servicio) of a banking correspondent, sent in
// the `trn` object of "Consult Owner" and "Consult PILA": who asks, where.
// `transactionHour` and `trnRqUID` are per transaction (stamp() fills them).
class CorrespondentPoint
{
    Q_DECLARE_TR_FUNCTIONS(CorrespondentPoint)
public:
    QString transactionHour; // HH:MM:SS, local time ("15:37:59")
    QString trnRqUID;        // 6 digits, unique per request of the channel
    QString code;            // service point code ("123456789123456")
    QString branchName;      // PDS name ("MI OFICINA BETTY")
    QString cityId;          // DANE municipality code ("25386")
    QString city;            // DANE municipality name ("LA MESA")
    QString stateProv;       // DANE department code, 2 digits ("25")
    QString acctId;          // the correspondent's own account

    // A fresh hour and audit number for one request.
    void stamp(const QTime &now = QTime::currentTime());

    // Field names are the wire paths (trn.code, trn.cityId ...).
    FieldIssues validate() const;
    // The trn members shared by both operations (without the accounts).
    void writeTo(QJsonObject &trn) const;
    static CorrespondentPoint readFrom(const QJsonObject &trn);
};
