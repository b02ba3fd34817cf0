#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Response of customers-management "Remittances - Consult customer"
// (GET /customers-management/v1/remittances/basic-data/{identserialnum}):
// the remittance profile of one customer. Ids arrive as numbers or strings
// and are kept as text.
struct RemittanceAddress
{
    QString idItem;
    QString cspRefId;
    QString addrType; // RESI residence, EMPR company
    QString addr1;
    QString city;
    QString country;
    QString postalCode;
    QString cityId;
    QString stateProv;
    QString phone;
    QString cellPhone;
};

struct RemittanceBeneficiary
{
    QString idItem;
    QString cspRefId;
    QString identSerialNum;
    QString emailAddr;
    QString firstName;
    QString middleName;
    QString lastName;
    QString secondLastName;

    QString fullName() const;
};

// senderPmtInfo[]: the range (rank) the customer declared for one financial
// concept (type VLRING, VLRPAS, VLREGR or VLRACT).
struct RemittanceFinancialConcept
{
    QString idItem;
    QString cspRefId;
    QString type;
    QString rank;
};

struct RemittanceCustomer
{
    QString responseType; // "OK"
    QList<RemittanceAddress> addresses;        // listAddress
    QList<RemittanceBeneficiary> beneficiaries; // beneficiary
    QList<RemittanceFinancialConcept> concepts; // senderPmtInfo

    // personInfo
    QString cspRefId;
    QString clientTerminalSeqId;
    QString govIssueIdentType;
    QString identSerialNum;
    QString issDt;
    QString expDt; // only for types that expire
    QString expCityId;
    QString expCity;
    QString nationality; // govIssueIdent.country
    QString firstName;
    QString middleName;
    QString lastName;
    QString secondLastName;
    QString emailAddr;
    QString birthDt;
    QString gender;
    QString birthCountry; // personInfo.country
    QString certCode;     // businessActivity.certCode (CIIU)
    QString jobTitle;
    QString employmentRank;
    bool publiclyExposed = false; // businessActivity.flagPubExpPerson
    QString companyName;          // businessActivity.branchName
    QString status;               // A/I or Activo/Inactivo
    QString upDt;

    // pmtReferences
    QString createRefId;
    QString createBranchId;
    QString updateRefId;
    QString updateBranchId;

    // compliance
    std::optional<bool> termsConditions;      // personal data processing
    std::optional<bool> personDataProcessing; // commercial use

    QString fullName() const;
    bool isInactive() const;

    // Nothing when the body lacks personInfo (not the documented shape).
    static std::optional<RemittanceCustomer> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
