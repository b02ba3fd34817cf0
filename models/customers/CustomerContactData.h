#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

// Response of customers-management "Get Customer Data Information"
// (GET customer-management/v1/channel/contact/{identserialnum}): the contact
// and financial data of one customer. Values are kept as sent (amounts arrive
// as "4510000.00" or as numbers) with typed accessors for display.
struct ContactAddress
{
    QString cityId;
    QString neighborhood;
    QString addr1;
    QString phone;
    QString phoneExt; // office address only

    bool isEmpty() const { return cityId.isEmpty() && neighborhood.isEmpty() && addr1.isEmpty() && phone.isEmpty(); }
};

struct CustomerContactData
{
    QString responseType;     // "OK"
    ContactAddress residence; // postAddr
    ContactAddress office;    // orgInfo
    QString businessOccupationCode;        // businessOccupation.code ("04")
    QString businessProfessionGeneralCode; // businessProfessionGeneral.code ("010")
    QString businessProfessionSpecificCode; // businessProfessionSpecific.code ("6513")
    QString incomeAmt;          // incomeInfo.incomeAmt, monthly
    QString expensesAmt;        // expenses.amt, monthly
    QString assetsAmt;          // financialAssets.amt (also read as "finalcialAssets")
    QString liabilitiesAmt;     // financialLiabilities.amt
    QString familyHeritageAmt;  // familyHeritage.amt
    QString birthDt;
    QString gender;
    QString sarlaftDate;
    // personInfo.flagBindable (the example) or the inverse of flagNoBindable
    // (the field table); nothing when neither is sent.
    std::optional<bool> bindable;

    QDate birthDate() const;
    QDate sarlaftOn() const;
    static std::optional<double> amount(const QString &asSent);

    // Nothing when the body has none of the documented sections.
    static std::optional<CustomerContactData> fromJson(const QJsonObject &json);
    // The shape of the document's example (the training server answers it).
    QJsonObject toJson() const;
};
