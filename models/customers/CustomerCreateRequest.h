#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Request body of customers-management "Create Customer and Account"
// (POST /customer-account-management/v1/customer). The body nests the same
// names in several places (phoneType, phone, certCode, branchId ...), so every
// value is kept under its full wire path, e.g. "personName.firstName" or
// "contactInfo.phoneNumResidence.phone", exactly as the seed writes the keys
// (typos such as "finalcialAssets" and "businessOcupation" included).
// FieldIssues use the same paths.
class CustomerCreateRequest
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCreateRequest)
public:
    // Every path of the body, in the document's order.
    static const QStringList &fieldPaths();

    // The one value the seed does not name: the detail that must accompany
    // origin of resources 10 (rule 50554). Sent next to originResources.
    static QString originResourcesDetailPath() { return QStringLiteral("personInfo.originResourcesDetail"); }

    QString value(const QString &path) const { return m_values.value(path); }
    // Values are kept trimmed; an unknown path is ignored.
    void setValue(const QString &path, const QString &value);
    const QMap<QString, QString> &values() const { return m_values; }
    bool isEmpty() const;

    QString govIssueIdentType() const { return value(QStringLiteral("govIssueIdent.govIssueIdentType")); }
    QString identSerialNum() const { return value(QStringLiteral("govIssueIdent.identSerialNum")); }
    // "CARLOS MARIO DE FRANCISCO LOPEZ": the name parts that are filled in.
    QString fullName() const;

    static constexpr int maxIdentSerialNumLength = 20;
    static constexpr int maxNameLength = 40;
    static constexpr int nitDigits = 9; // NI: nine digits and the check digit

    // Every rule the request breaks, each under its wire path; messages say
    // the bank rule they mirror. `today` decides what "in the future" is.
    FieldIssues validate(const QDate &today = QDate::currentDate()) const;

    // The JSON body: nested as in the seed's example, empty values and empty
    // sections left out.
    QJsonObject toJson() const;
    static CustomerCreateRequest fromJson(const QJsonObject &body);

    // The flat path -> value form kept in drafts.
    QJsonObject toDraft() const;
    static CustomerCreateRequest fromDraft(const QJsonObject &draft);

    // Digits only, as the bank stores it: "900.123.456-8" -> "9001234568" for
    // NI; other types are only trimmed.
    static QString normalisedIdentSerialNum(const QString &type, const QString &number);

    bool operator==(const CustomerCreateRequest &other) const { return m_values == other.m_values; }

private:
    QMap<QString, QString> m_values;
};
