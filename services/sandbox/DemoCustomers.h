#pragma once

#include "CustomerBasicData.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// One person (or company) of the training data. `record` is the whole JSON
// object so later operations (accounts, policies, remittances ...) can read
// their own sections without changing this loader.
struct DemoCustomer
{
    QString key;    // stable, human-readable id ("jeimy-intencipa")
    QString source; // which seed document and example the person comes from
    CustomerBasicData basicData;
    QJsonObject record;
};

// The training server's customers, loaded from resources/demo/customers.json
// (built in as :/sandbox/customers.json) or from a file given with --data.
class DemoCustomers
{
public:
    static QString builtInPath();

    // Every entry is checked: a known identification type, a number, no two
    // entries with the same type and number. The error names the entry.
    static Result<DemoCustomers, QString> load(const QString &path);
    static Result<DemoCustomers, QString> fromJson(const QByteArray &json);

    const QList<DemoCustomer> &all() const { return m_customers; }

    const DemoCustomer *findByIdentification(const QString &govIssueIdentType, const QString &identSerialNum) const;
    // Matches the person's cellPhone first, then contactInfo.cellPhone, on
    // digits only ("+44 07972 444 876" and "4407972444876" are the same).
    const DemoCustomer *findByCellphone(const QString &cellphone) const;

    static QString cellphoneDigits(const QString &cellphone);

    // A customer opened through the training server ("Create Customer and
    // Account"): afterwards found like the demo people. False, and nothing
    // added, when the type and number are already taken.
    bool add(DemoCustomer customer);
    // The same customer, to record later changes (data-protection consent).
    DemoCustomer *findByIdentification(const QString &govIssueIdentType, const QString &identSerialNum);

private:
    QList<DemoCustomer> m_customers;
};
