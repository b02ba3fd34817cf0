#pragma once

#include "PolicySimulation.h"

#include <QDate>
#include <QList>
#include <QString>

// The training insurer's plan tables: the plans of each product of seed 002
// (coverage module tables of Quote/Issuing), with premiums computed
// deterministically from the insured amount and the insured's age, so a class
// sees the same numbers every time.
namespace PolicyPlans {

// Plans of a life, card-protection or home product; empty for an unknown
// product. `homeCapital` is the insured capital of a home (productIdent 3).
QList<InsurancePlan> plansFor(const QString &productIdNumber, const QDate &birthDt, const QDate &today,
                              double homeCapital = 0);

// Periods per year of a payment frequency code (1 Anual ... 5 Mensual).
int periodsPerYear(const QString &freq);

// Annual premium of a plan (sum of its coverages' annual premiums).
double annualPremium(const InsurancePlan &plan);

} // namespace PolicyPlans
