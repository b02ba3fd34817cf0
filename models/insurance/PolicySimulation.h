#pragma once

#include "FieldIssue.h"
#include "PolicyParts.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <optional>

// [Life] Simulation: the body is an array, one entry per product to simulate.
struct LifeSimulationItem
{
    QString productIdNumber; // 24297, 24298/27298, 31300, 34299
    QString channel;         // sale channel 101 ... 121
    QDate birthDt;           // sent DD-MM-YYYY
};

struct LifeSimulationRequest
{
    QList<LifeSimulationItem> items;

    QJsonDocument toJson() const;
    static LifeSimulationRequest fromJson(const QJsonDocument &json);
    FieldIssues validate(const QDate &today = QDate::currentDate()) const;
};

// Simulation [General]: one product, productIdent 1 (life), 2 (card
// protection) or 3 (home: capital and risk instead of a birth date).
struct GeneralSimulationRequest
{
    QString productIdent;
    QString productIdNumber;
    QString freq;
    QString channel;
    QDate birthDt;          // productIdent 1 and 2, sent DD-MM-YYYY
    HomeRisk home;          // productIdent 3
    QList<KeyValue> additionalData;

    QJsonObject toJson() const;
    static GeneralSimulationRequest fromJson(const QJsonObject &json);
    FieldIssues validate(const QDate &today = QDate::currentDate()) const;
};

// One coverage of a simulated plan.
struct PlanCoverage
{
    int coverageId = 0;
    QString desc;
    double amt = 0;            // insured amount
    double fixedPremium = 0;   // fee.insuranPremiumValue
    double annualPremium = 0;  // insuranPremiumValue
};

// One plan the insurer offers for the simulated product (insuranceInfo[]).
struct InsurancePlan
{
    int productLine = 0;
    QString productClass;    // the product code
    int idItem = 0;          // plan number: the coverageId of quote and issuing
    QString desc;
    double totalPremium = 0; // product.fee.totalInsurableValue
    QString freq;
    QList<PlanCoverage> coverages;

    double insuredAmount() const; // sum of the coverages' amounts
};

// The reply of [Life] Simulation and Simulation [General] (no responseType on
// success, as printed).
struct SimulationResult
{
    QString errorCode;
    QString errorDesc;
    QString startDt;
    QList<InsurancePlan> plans;

    static std::optional<SimulationResult> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
