#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// "Client Authentication" (GET /api/security-management/v1/user/password/status):
// password status by identification or by user alias (SPName).
struct PasswordStatusQuery
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStatusQuery)
public:
    QString transactionId;
    QString nameAddrType = QStringLiteral("N"); // N natural, J juridica
    QString govIssueIdentType;
    QString identSerialNum;
    QString spName; // the alias; when set, the identification is not sent

    bool byAlias() const { return !spName.trimmed().isEmpty(); }
    FieldIssues validate() const;
    QList<QPair<QString, QString>> queryItems() const;
};

struct PasswordStatus
{
    QString responseType;
    QString pswdStatus; // "1" active, "3" locked
    QString desc;
    QString cellPhone;
    QString emailAddr;

    bool locked() const { return pswdStatus == QLatin1String("3"); }
    static std::optional<PasswordStatus> fromJson(const QJsonObject &json);
};

// "Request Password Status" (POST /security-management/v1/customer/password/status):
// lock or unlock a customer's password. custPswd.status goes as "Active" or
// "Locked" as the example sends it (the table's codes are 1 and 3).
struct PasswordStatusChange
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStatusChange)
public:
    QString govIssueIdentType;
    QString identSerialNum;
    QString user; // personName.user, optional
    bool lock = false;

    QString statusText() const { return lock ? QStringLiteral("Locked") : QStringLiteral("Active"); }
    FieldIssues validate() const;
    QJsonObject toJson() const;
};

struct PasswordStatusChangeReply
{
    QString responseType;
    QString statusDesc;
    QString endDt; // "2023-06-23-12:57:48.941"

    static std::optional<PasswordStatusChangeReply> fromJson(const QJsonObject &json);
};
