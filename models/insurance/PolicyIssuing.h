#pragma once

#include "FieldIssue.h"
#include "PolicyParts.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// [Life] issuing and Issuing [General]: the quote becomes a policy. Not
// idempotent: every send issues a new policy, so the console confirms first
// and never resends on its own.
struct IssuingRequest
{
    std::optional<QString> productIdent; // general issuing only
    QString productIdNumber;
    QString freq;
    std::optional<int> channel;          // product.channel (general issuing)
    QString cityId;                      // office
    QString pmtAuthId;                   // the quote code
    QString pmtType;                     // pay method
    QString coverageId;                  // the chosen plan
    IssuingPerson person;
    HomeRisk home;                       // productIdent 3
    QList<CoverageDetail> coverages;
    QList<CoverageDetail> additionalCoverages;
    QList<CoverageDetail> listValidation;
    QList<Beneficiary> beneficiaries;
    QList<IdentVerifyEntity> identVerifyEntity;
    QList<KeyValue> additionalData;

    QJsonObject toJson() const;
    static IssuingRequest fromJson(const QJsonObject &json);
    FieldIssues validate(const QDate &today = QDate::currentDate()) const;
    // The subject of the journal line: the insured's identification number.
    QString subject() const { return person.identSerialNum; }
};

// The policy as issued.
struct IssuingResult
{
    QString cSpRefId;       // origin of the charge ("Emisión")
    QString trnRquId;       // charge number
    QString operationType;  // bill type ("Cobro")
    QDate effDt;            // validity from
    QDate endDt;            // validity to
    double insuranPremiumValue = 0;
    double taxes = 0;       // fee.amt
    double commission = 0;  // rate
    QString policyId;
    QString certCode;
    QString quoteNumber;    // forExRateInqRq.depAcctId
    QString errorCode;
    QString errorDesc;

    static std::optional<IssuingResult> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
