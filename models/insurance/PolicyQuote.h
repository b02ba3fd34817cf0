#pragma once

#include "FieldIssue.h"
#include "PolicyParts.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// [Life] Quote and Quote [General] share one body; the general one adds
// productIdent (and productLine, the home risk, the stipend when documented).
struct QuoteRequest
{
    std::optional<QString> productIdent; // general quote only
    QString productIdNumber;             // number on the wire
    QString freq;                        // number on the wire
    std::optional<int> productLine;
    QString cityId;                      // office (entprAgreement.cityId)
    int coverageId = 0;                  // the chosen plan
    int channel = 0;
    QuotePerson person;
    HomeRisk home;                       // productIdent 3
    // insuranceInfo.stipend of the home example {contractType, rate, amt}.
    std::optional<QJsonObject> stipend;
    QList<CoverageDetail> coverages;     // insuranceInfo.coverageInfo
    QList<CoverageDetail> additionalCoverages; // insuranceInfo.additionalData
    QList<CoverageDetail> listValidation;
    QList<IdentVerifyEntity> identVerifyEntity;
    QList<KeyValue> additionalData;

    QJsonObject toJson() const;
    static QuoteRequest fromJson(const QJsonObject &json);
    FieldIssues validate() const;
};

// The quote's reply: the quote code issuing must reference and the invoice.
struct QuoteResult
{
    QString pmtAuthId;  // the quote code
    QString errorCode;
    QString errorDesc;
    QString startDt;
    QList<CoverageDetail> coverages;
    double netPremium = 0;     // invoicePremium.fee.totalInsurableValue
    double feeAmount = 0;      // invoicePremium.fee.amt (taxes and charges)
    QString billId;
    double premium = 0;        // invoicePremium.insuranPremiumValue
    QString planId;            // product.idItem (general quote)
    QString planDesc;
    QString freq;

    static std::optional<QuoteResult> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
