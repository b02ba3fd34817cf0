#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// One entry of a code table of policy-management (seed 002). `name` is the
// insurer's own name for the code (Spanish, as printed: product, channel,
// office and bank names are proper names and stay the same in every language).
struct PolicyCode
{
    QString code;
    QString name;
};

// One row of the status code table of Status submit / Status update: the
// concept and which systems use the code (Crédito 6, S4U; Visual Time has
// none of its own in the document).
struct CaseStatusCode
{
    QString code;
    QString concept;     // the document's Spanish concept ("Aprobado")
    QString meaning;     // translated explanation for the back office
    bool credito6 = false;
    bool s4u = false;
    bool clientStatus = false; // also allowed as personInfo.policy.status
};

// The code tables of seed 002, in document order.
class PolicyCodes
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCodes)
public:
    // Life products of Simulation/Quote/Issuing: 24297, 24298 (27298 in the
    // life pages), 31300, 34299.
    static QList<PolicyCode> lifeProducts();
    // General products with their productIdent (1 life, 2 card protection, 3 home).
    static QList<PolicyCode> generalProducts();
    static QString productIdentFor(const QString &productIdNumber); // "1", "2", "3" or ""
    static QList<PolicyCode> saleChannels();     // 101 ... 121
    static QList<PolicyCode> frequencies();      // 1 Anual ... 10000 Indefinido
    static QList<PolicyCode> offices();          // entprAgreement.cityId: 421 ... 6005
    static QList<PolicyCode> identificationTypes(); // insurer's 1 ... 12
    static QList<PolicyCode> personTypes();      // 1, 2
    static QList<PolicyCode> genders();          // 1, 2, 3
    static QList<PolicyCode> phoneTypes();       // 1 ... 6
    static QList<PolicyCode> banks();            // ccAcctRec.code / depAcctId.bankId
    static QList<PolicyCode> cardTypes();        // 1 ... 5
    static QList<CaseStatusCode> caseStatusCodes();
    // Identification types of Insurance case / Status / Payee (the bank's letters).
    static QStringList caseIdentificationTypes();  // CC CE PA TI NI PE
    static QStringList payeeIdentificationTypes(); // CC CE LC NI OT PA RC IT

    // The insurer's numeric identification type for the bank's letter code
    // (CC 2, CE 3, TI 4, PA 5, NI 1, PE 12); empty when there is none.
    static QString insurerIdentificationType(const QString &bankCode);

    static bool contains(const QList<PolicyCode> &table, const QString &code);
    static QString nameOf(const QList<PolicyCode> &table, const QString &code);
    static bool isCaseStatus(const QString &code);
    static bool isClientStatus(const QString &code);
};
