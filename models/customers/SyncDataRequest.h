#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The account types of "Sync Data" (listAccounts[].acctType) with the
// document's own descriptions.
struct IntakeAccountType
{
    QString code;        // "SDA"
    QString description; // "Cuenta de ahorros"
};

class IntakeAccountTypes
{
public:
    // CCA CDA CLA DDA EQU ILA LOC LOP SDA SPA RLA CPA DBC LIA CIA OFA, in
    // the document's order.
    static const QList<IntakeAccountType> &all();
    static bool isKnown(const QString &code);
    static QString description(const QString &code);
};

struct IntakeAddress
{
    QString addr1;
    QString stateProv;
    QString country = QStringLiteral("Colombia");
    QString addrType = QStringLiteral("Home");
    bool priority = true; // the main address
};

// One product of listAccounts[] (a deposit account, a card, a loan ...).
struct IntakeProduct
{
    QString acctType;        // IntakeAccountTypes code
    QString externalId;      // [product number]-[type in mulesoft]-[macroproduct]
    QString acctId;          // depAcctId.acctId
    QString cardAcctId;      // cardAcctId.acctId (cards)
    QString cardLastDigits;  // cardAcctId.lastDigits
    QString nickname;
    QString name;            // bank alias or product name
    QString productType;     // product.productType ("21-02-00")
    QString curCode = QStringLiteral("COP");
    QString bankId;
    bool externalXferRec = false; // xferRec.externalXferRec
    bool immediateXfer = false;   // xferRec.immediateXfer
    bool flagDebit = false;       // xferRec.flagDebit
    bool flagCredit = false;      // xferRec.flagCredit
    double balance = 0;           // acctBal.amt (curCode as the product's)
    double limit = 0;             // LOCLimit.amt (credit limit)
    double otherIncome = 0;       // otherIncome.amt (investment)
    QString curRate = QStringLiteral("0");
    QString termUnits;            // "Monthly"
    double minPmtAmt = 0;         // minPmtCurAmt.amt
    QString minPmtDueDt;          // minPmtCurAmt.dueDt, YYYY-MM-DD or ""

    QJsonObject toJson() const;
    static IntakeProduct fromJson(const QJsonObject &json);
};

// customers-management "Sync Data - Recurring Intake" (POST /v1/sync-data):
// one person or legal entity, their contact data and addresses, and their
// products, sent to the digital bank (BackBase). The same shape is the
// content of the file of "Sync Data From File". Written as the request
// example writes it: personName of custInfo carries gender, birth date,
// country and language; LOCLimit; mNemonic; priority as a boolean.
class SyncDataRequest
{
    Q_DECLARE_TR_FUNCTIONS(SyncDataRequest)
public:
    QString firstName;                        // personName.firstName
    QString refType = QStringLiteral("retail"); // invoker.refType
    QString channel = QStringLiteral("CUSTOMER"); // invoker.channel
    QString govIssueIdentType = QStringLiteral("CC");
    QString identSerialNum;                   // mNemonic = type + number
    QString fullName;
    QString titlePrefix;
    QString gender;                           // M F O
    QString birthDt;                          // YYYY-MM-DD
    QString country = QStringLiteral("Colombia");
    QString language = QStringLiteral("ES-CO");
    QString emailAddr;
    QString phoneNumber;
    QList<IntakeAddress> postAddress;
    QString strategyType = QStringLiteral("IMPORT_FROM_IDENTIY"); // as the example spells it
    QStringList additionalEmails;
    QStringList additionalPhones;
    QString role = QStringLiteral("Retail User - COL");
    QList<IntakeProduct> listAccounts;

    QString mnemonic() const { return govIssueIdentType.trimmed().toUpper() + identSerialNum.trimmed(); }

    // Every rule broken, each with the JSON path of the field
    // (custInfo[0].contactInfo.emailAddr, listAccounts[2].acctType ...):
    // the same rules as a file (IntakeFileCheck) since this is its JSON.
    FieldIssues validate() const;
    QJsonObject toJson() const;
    // Leniently (any key casing); nothing when the top level is not the shape.
    static std::optional<SyncDataRequest> fromJson(const QJsonObject &json);
};
