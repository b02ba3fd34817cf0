#pragma once

#include "FieldIssue.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Pieces that several policy-management operations share. Each knows its
// JSON shape; where the document sends the same piece with strings in one
// operation and numbers in another, the owner says which (`NumberStyle`).
enum class NumberStyle { Text, Number };

namespace PolicyJson {
// A code written as the operation documents it: "5" or 5.
QJsonValue code(const QString &value, NumberStyle style);
// Optional text members: written only when set.
void putOptional(QJsonObject &object, const QString &key, const std::optional<QString> &value);
std::optional<QString> optionalText(const QJsonObject &object, const QString &key);
QJsonArray array(const QJsonObject &object, const QString &key);
// Lenient number (string, number, null -> 0).
double number(const QJsonObject &object, const QString &key);
} // namespace PolicyJson

// Dates exactly as each operation documents them.
namespace PolicyDates {
QString dayMonthYear(const QDate &date); // DD-MM-YYYY (simulation and quote birth dates)
QString iso(const QDate &date);          // YYYY-MM-DD (everything else)
// "MM/YY" card expiry: valid month and not before `today`'s month.
bool isValidCardExpiry(const QString &expDt, const QDate &today = QDate::currentDate());
} // namespace PolicyDates

// insuranceInfo.coverageInfo[] / additionalData[] / listValidation[] of the
// quote and issuing requests (always numbers in the document).
struct CoverageDetail
{
    int coverageId = 0;
    std::optional<int> role;
    int validityPeriod = 0;
    int validityTime = 0;
    double amt = 0;
    double rate = 0;
    // ccAcctRec: deductible indicator, percentage and fixed amount.
    int deductibleBrand = 0;
    double deductibleRate = 0;
    double deductibleAmt = 0;
    double insuranPremiumValue = 0;
    QString desc;

    QJsonObject toJson() const;
    static CoverageDetail fromJson(const QJsonObject &json);
};
QJsonArray coverageDetailsToJson(const QList<CoverageDetail> &details);
QList<CoverageDetail> coverageDetailsFromJson(const QJsonArray &array);

struct KeyValue
{
    QString key;
    QString value;
};
QJsonArray keyValuesToJson(const QList<KeyValue> &items);
QList<KeyValue> keyValuesFromJson(const QJsonArray &array);

// identVerifyEntity[]: basic capital (producer code, value, percentage).
struct IdentVerifyEntity
{
    qint64 idItem = 0;
    double rate = 0;
    int order = 0;
};
QJsonArray identVerifyEntitiesToJson(const QList<IdentVerifyEntity> &items);
QList<IdentVerifyEntity> identVerifyEntitiesFromJson(const QJsonArray &array);

struct PhoneNumber
{
    QString phoneType;     // 1 ... 6
    QString phoneAreaCode; // country code, e.g. 57
    QString phone;

    QJsonObject toJson(NumberStyle style) const;
    static PhoneNumber fromJson(const QJsonObject &json);
};

// personInfo.contactInfo.postAddr[] of issuing (also riskInfo.postAddr[]).
struct PostalAddress
{
    QString addr1;
    std::optional<QString> floor;
    std::optional<QString> stateProv;
    QString cityId;
    std::optional<QString> neighborhood;
    std::optional<QString> postalCode;
    std::optional<QString> emailAddr;
    QList<PhoneNumber> phoneNum;
    bool hasPhones = true; // riskInfo addresses carry no phoneNum member

    QJsonObject toJson() const;
    static PostalAddress fromJson(const QJsonObject &json);
};

// personInfo.ccAcctRec[]: payment by card. The number is a secret of the
// customer's: never logged, journaled or shown unmasked after entry.
struct CardPayment
{
    QString code;     // bank code
    QString cardType; // 1 ... 5
    QString acctId;   // card number
    QString expDt;    // MM/YY
    std::optional<QString> token;
    std::optional<int> dayofDebitMonthly;
    std::optional<QString> pmtMethod;

    QJsonObject toJson() const;
    static CardPayment fromJson(const QJsonObject &json);
    FieldIssues validate(const QDate &today = QDate::currentDate()) const;
};

// personInfo.depAcctId[]: payment by account debit.
struct AccountPayment
{
    QString bankId;
    QString acctType;
    QString acctId;
    int dayofDebitMonthly = 0;
    QString pmtMethod;

    QJsonObject toJson() const;
    static AccountPayment fromJson(const QJsonObject &json);
    FieldIssues validate() const;
};

// beneficiary[].personInfo of issuing.
struct Beneficiary
{
    QString personType;
    QString govIssueIdentType;
    QString identSerialNum;
    QString lastName;
    std::optional<QString> secondLastName;
    QString firstName;
    std::optional<QString> middleName;
    std::optional<QString> thirdName;
    QString fullName;
    QString rate;             // percentage of the insured amount
    QString relationshipType; // the insurer's relationship code
    std::optional<QDate> birthDt;
    std::optional<QString> gender;

    QJsonObject toJson() const;
    static Beneficiary fromJson(const QJsonObject &json);
};
// Each beneficiary complete, and the percentages adding up to exactly 100.
// Issues name the field "beneficiary[<row>].<field>" or "beneficiary.rate".
FieldIssues validateBeneficiaries(const QList<Beneficiary> &beneficiaries);

// The insured person of an issuing request (personInfo, strings throughout).
struct IssuingPerson
{
    QString personType;
    QString govIssueIdentType;
    QString identSerialNum;
    std::optional<QDate> issDt;
    QString lastName;
    std::optional<QString> secondLastName;
    QString firstName;
    std::optional<QString> middleName;
    std::optional<QString> thirdName;
    QString fullName;
    QDate birthDt;
    QString gender;
    std::optional<QString> maritalStatus;
    QString country;
    QList<PostalAddress> postAddr;
    QList<CardPayment> cards;
    QList<AccountPayment> accounts;

    QJsonObject toJson() const;
    static IssuingPerson fromJson(const QJsonObject &json);
};

// insuranceInfo of quote requests: the insured person as the quote documents
// it (numbers for codes, DD-MM-YYYY birth date).
struct QuotePerson
{
    int personType = 1;
    QString govIssueIdentType; // 1 ... 12
    QString identSerialNum;
    QString lastName;
    QString secondLastName;
    QString firstName;
    QString middleName;
    QString thirdName;
    QString fullName;
    QDate birthDt;
    // The home quote example writes YYYY-MM-DD (and an issue date); every
    // other quote DD-MM-YYYY.
    bool birthDateIso = false;
    std::optional<QDate> issDt;
    QString gender;            // 1 ... 3
    std::optional<QString> country;
    std::optional<QString> maritalStatus;
    QString emailAddr;
    QList<PhoneNumber> phones;

    // Writes the members into `insuranceInfo` (beside channel and coverages).
    void writeTo(QJsonObject &insuranceInfo) const;
    static QuotePerson readFrom(const QJsonObject &insuranceInfo);
    FieldIssues validate() const;
};

// Home insurance (productIdent 3): capitalization and the risk's address and
// building data.
struct HomeCapitalization
{
    QString capitalizationAcctId;
    QString capitalizationAcctAm;
    double rate = 0;
    double amt = 0;
};

struct HomeRisk
{
    QList<HomeCapitalization> capitalization;
    QList<PostalAddress> riskAddresses;
    // riskInfo.additionalData: building data, all text in the document.
    QString idItem;
    QString areaType;
    QString socialClass;
    QString useType;
    QString type;
    QString year;
    QString floor;
    QString desc;
    QString housingType;

    bool isEmpty() const { return capitalization.isEmpty() && riskAddresses.isEmpty(); }
    void writeTo(QJsonObject &insuranceInfo) const;
    static HomeRisk readFrom(const QJsonObject &insuranceInfo);
    FieldIssues validate() const;
};
