#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// A code of the bank and what it means to the adviser.
struct BankCode
{
    QString code;
    QString description;
};

// One server-side rule of "Create Customer and Account": the bank's error code
// (customers-management error table, seed 000), the request field it is about
// (a wire path such as "personName.firstName"; empty when it concerns the
// whole request) and the bank's own description, as sent.
struct CustomerCreateRule
{
    QString code;
    QString field;
    QString bankDescription;
};

// The pick lists of the new-customer form. Only codes the seed document gives
// are listed (its request example, and the code descriptions it gives for the
// same field in other operations); where it gives just one example value the
// form lets the adviser type any other code ("free codes").
class CustomerCodeTables
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCodeTables)
public:
    static QList<BankCode> clientTypes();          // clientType.value: N, J (Get Customer Locations)
    static QList<BankCode> genders();              // M, F, O (Sync Data)
    static QList<BankCode> maritalStatuses();      // S Soltero (create example)
    static QList<BankCode> phoneTypes();           // T, C (create example)
    static QList<BankCode> originOfResources();    // 01 (example), 10 (rule 50554: needs detail)
    static QList<BankCode> resourceManagement();   // adminResources: N (example), S
    static QList<BankCode> occupations();          // 01 EMPLEADO (example)
    static QList<BankCode> yesNo();                // S / N marks (gmf, sourceRetention, pocketType)
    static QList<BankCode> savingsPeriods();       // pocketPeriod.periodCode: Q (example)
    static QList<BankCode> statementPeriods();     // extractPeriodicity: M (example)
    static QList<BankCode> officeAddressTypes();   // branchAddrType: P (example)
    static QList<BankCode> countries();            // naturalPerson.countryInfo: CO (example)

    // The description of `code` in `table`, or an empty string.
    static QString describe(const QList<BankCode> &table, const QString &code);

    // Origin of resources that must come with a detail (rule 50554).
    static QString originNeedingDetail() { return QStringLiteral("10"); }

    // The rules the form checks before sending, with the bank code each one
    // mirrors, and the field a server rejection with that code points at.
    static QList<CustomerCreateRule> createRules();
    // The rule for a bank error code, or nothing when the code concerns no
    // single field of the request.
    static const CustomerCreateRule *ruleForBankCode(const QString &code);
};
