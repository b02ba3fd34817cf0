#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// "Management Reto - Authentication Level": which authentication level a
// transaction needs (POST /reto-management/v1/authentication-level).
struct AuthenticationLevelRequest
{
    Q_DECLARE_TR_FUNCTIONS(AuthenticationLevelRequest)
public:
    QString processDate;              // "2020-05-26 14:23:12.713290" shape; see processDateText()
    QString workingDayFrame = QStringLiteral("N");
    QString govIssueIdentType;
    QString identSerialNum;
    QString requestNumber;
    QString adviserIdentType;
    QString adviserIdentSerialNum;
    QString trnRqUID;                 // the transaction code ("101261")
    QString authSystem = QStringLiteral("SIEBEL");

    // "yyyy-MM-dd HH:mm:ss.zzz000" (the document's microsecond shape).
    static QString processDateText(const QDateTime &when);

    FieldIssues validate() const;
    QJsonObject toJson() const;
};

struct AuthenticationLevel
{
    QString responseType;
    QString govIssueIdentType;
    QString identSerialNum;
    QString requestNumber;
    QString desc;
    QString trnRqUID;
    QString authLevel;

    static std::optional<AuthenticationLevel> fromJson(const QJsonObject &json);
};
