#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The smaller records of the OBP Customer section (seed 004): tax
// residences (v3.1.0), social media handles (v2.0.0), CRM events (v1.4.0)
// and user-customer links (v2.0.0). Each with its reply and request shapes.

struct ObpTaxResidence
{
    QString domain;
    QString taxNumber;
    QString taxResidenceId;

    static std::optional<ObpTaxResidence> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// {"tax_residence": [...]} (singular key, as OBP sends it)
struct ObpTaxResidenceList
{
    QList<ObpTaxResidence> taxResidences;

    static std::optional<ObpTaxResidenceList> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Create Tax Residence body (PostTaxResidenceJsonV310).
struct ObpTaxResidenceRequest
{
    Q_DECLARE_TR_FUNCTIONS(ObpTaxResidenceRequest)
public:
    QString domain;
    QString taxNumber;

    FieldIssues validate() const;
    QJsonObject toJson() const;
    static std::optional<ObpTaxResidenceRequest> fromJson(const QJsonObject &json);
};

// A social media handle: the create body and the items of {"checks": [...]}.
struct ObpSocialMediaHandle
{
    Q_DECLARE_TR_FUNCTIONS(ObpSocialMediaHandle)
public:
    QString customerNumber;
    QString type;
    QString handle;
    QString dateAdded;     // as sent/received ("1100-01-01T00:00:00Z")
    QString dateActivated;

    FieldIssues validate() const;
    static std::optional<ObpSocialMediaHandle> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct ObpSocialMediaHandleList
{
    QList<ObpSocialMediaHandle> checks;

    static std::optional<ObpSocialMediaHandleList> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// {"success": "Success"} (Create Customer Social Media Handle).
struct ObpSuccess
{
    QString success;

    static std::optional<ObpSuccess> fromJson(const QJsonObject &json);
    QJsonObject toJson() const { return {{QStringLiteral("success"), success}}; }
};

struct ObpCrmEvent
{
    QString id;
    QString bankId;
    QString customerName;
    QString customerNumber;
    QString category;
    QString detail;
    QString channel;
    QString scheduledDate;
    QString actualDate;
    QString result;

    static std::optional<ObpCrmEvent> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct ObpCrmEventList
{
    QList<ObpCrmEvent> crmEvents;

    static std::optional<ObpCrmEventList> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Link a User to a Customer: the body and the reply.
struct ObpUserCustomerLinkRequest
{
    Q_DECLARE_TR_FUNCTIONS(ObpUserCustomerLinkRequest)
public:
    QString userId;
    QString customerId;

    FieldIssues validate() const;
    QJsonObject toJson() const
    {
        return {{QStringLiteral("user_id"), userId.trimmed()}, {QStringLiteral("customer_id"), customerId.trimmed()}};
    }
    static std::optional<ObpUserCustomerLinkRequest> fromJson(const QJsonObject &json);
};

struct ObpUserCustomerLink
{
    QString userCustomerLinkId;
    QString customerId;
    QString userId;
    QString dateInserted;
    bool isActive = false;

    static std::optional<ObpUserCustomerLink> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
