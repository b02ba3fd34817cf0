#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Response of customers-management "Get Customer Locations"
// (GET /customer-management/v1/location/{identserialnum}). The document's
// {code, desc} objects are flattened to two fields each; everything is kept
// as sent so the training server can write the same shape back.

struct CustomerLocationPhone
{
    QString typeCode; // ADI (additional), CEL (cell)
    QString typeDesc;
    QString cellPhone;
    QString processId;
    QString idItem;
    QString conditionCode;
    QString conditionDesc;
    QString phoneExt;
    QString mobileOperator;
    QString cityCode;
    QString cityDesc;
    QString desc;
    QString role;
    QString roleNew;

    static CustomerLocationPhone fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct CustomerLocation
{
    QString addrTypeCode; // 03 residence, 04 office
    QString addrTypeDesc;
    QString neighborhood;
    QString addr1;
    QString cityCode;
    QString cityDesc;
    QString stateProvCode;
    QString stateProvDesc;
    QString processId;
    QString conditionCode; // V current, N not current
    QString conditionDesc;
    QString idItem;
    QList<CustomerLocationPhone> phoneNum;
    QString role;
    QString roleNew;
    QString cardAcctAddr1;
    QString createdDt;
    QString upDt;
    QString user;
    QString modifierUser;
    QString submitOfficeBranchId;
    QString administrationOfficeBranchId;

    bool isCurrent() const { return conditionCode.compare(QLatin1String("V"), Qt::CaseInsensitive) == 0; }

    static CustomerLocation fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct CustomerLocationEmail
{
    QString idItem;
    QString processId;
    QString emailAddr;
    QString condition; // V / N
};

struct CustomerLocations
{
    QString responseType; // "OK"
    QString fullName;
    QString personType; // N natural, J legal
    QList<CustomerLocation> postAddr;
    QList<CustomerLocationEmail> emails; // emailFromInfo
    QList<CustomerLocationPhone> phoneNum;

    // Nothing when the body lacks govIssueIdent (not the documented shape).
    static std::optional<CustomerLocations> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
