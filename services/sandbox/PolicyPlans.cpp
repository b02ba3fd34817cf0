#include "PolicyPlans.h"

#include <QtMath>

namespace PolicyPlans {

namespace {

int ageOn(const QDate &birthDt, const QDate &today)
{
    if (!birthDt.isValid())
        return 40;
    int age = today.year() - birthDt.year();
    if (today < birthDt.addYears(age))
        --age;
    return qMax(age, 0);
}

double round10(double value)
{
    return qRound64(value / 10.0) * 10.0;
}

// Older insured people pay more for life cover: +2% per year over 25.
double ageFactor(int age)
{
    return 1.0 + qMax(0, age - 25) * 0.02;
}

PlanCoverage coverage(int id, const QString &desc, double amount, double ratePerYear)
{
    return {id, desc, amount, 0.0, round10(amount * ratePerYear)};
}

InsurancePlan plan(int line, const QString &product, int id, const QString &desc, const QString &freq,
                   QList<PlanCoverage> coverages)
{
    InsurancePlan p;
    p.productLine = line;
    p.productClass = product;
    p.idItem = id;
    p.desc = desc;
    p.freq = freq;
    p.coverages = std::move(coverages);
    p.totalPremium = round10(annualPremium(p) / periodsPerYear(freq));
    return p;
}

} // namespace

int periodsPerYear(const QString &freq)
{
    const int code = freq.toInt();
    switch (code) {
    case 2: return 2;
    case 3: return 4;
    case 4: return 6;
    case 5: return 12;
    case 7: return 365;
    case 8: return 4;
    case 10000: return 12;
    default: return 1; // 1 Anual, 6 Único
    }
}

double annualPremium(const InsurancePlan &p)
{
    double total = 0;
    for (const PlanCoverage &c : p.coverages)
        total += c.annualPremium;
    return total;
}

QList<InsurancePlan> plansFor(const QString &productIdNumber, const QDate &birthDt, const QDate &today, double homeCapital)
{
    const double factor = ageFactor(ageOn(birthDt, today));
    QList<InsurancePlan> plans;
    if (productIdNumber == QLatin1String("24297")) {
        // Plans 1-4 pay 4 instalments, 5-8 pay 6 (the coverage table).
        const double benefits[] = {500000, 700000, 900000, 1200000};
        const char *labels[] = {"500K", "700K", "900K", "1.2M"};
        for (int i = 0; i < 8; ++i) {
            const int instalments = i < 4 ? 4 : 6;
            const double benefit = benefits[i % 4];
            plans.append(plan(24, productIdNumber, i + 1,
                              QStringLiteral("Plan %1 %2 %3 Cuotas").arg(i + 1).arg(QLatin1String(labels[i % 4])).arg(instalments),
                              QStringLiteral("5"),
                              {coverage(1, QStringLiteral("Desempleo involuntario (cuotas)"), benefit * instalments, 0.025),
                               coverage(2, QStringLiteral("Incapacidad total temporal (cuotas)"), benefit * instalments, 0.012)}));
        }
    } else if (productIdNumber == QLatin1String("24298") || productIdNumber == QLatin1String("27298")) {
        for (int i = 0; i < 4; ++i) {
            const double benefit = 100000.0 * (i + 1);
            plans.append(plan(24, productIdNumber, i + 1, QStringLiteral("Plan %1 %2K 6 Cuotas").arg(i + 1).arg((i + 1) * 100),
                              QStringLiteral("5"),
                              {coverage(1, QStringLiteral("Protección de ahorro (cuotas)"), benefit * 6, 0.03),
                               coverage(2, QStringLiteral("Muerte por cualquier causa"), benefit * 12, 0.004 * factor)}));
        }
    } else if (productIdNumber == QLatin1String("31300")) {
        // The 16 modules of the coverage table: amounts in millions, every
        // second pair with assistance.
        const int millions[] = {5, 10, 5, 10, 25, 50, 25, 50, 75, 100, 75, 100, 125, 150, 125, 150};
        for (int i = 0; i < 16; ++i) {
            const bool assistance = (i / 2) % 2 == 1;
            const double amount = millions[i] * 1000000.0;
            QList<PlanCoverage> coverages{coverage(1, QStringLiteral("Muerte Accidental"), amount, 0.0085 * factor),
                                          coverage(2, QStringLiteral("Incapacidad Total y Permanente Accidental"), amount, 0.0025 * factor)};
            if (assistance)
                coverages.append({3, QStringLiteral("Asistencia"), 0.0, 0.0, 36000.0});
            plans.append(plan(31, productIdNumber, i + 1,
                              QStringLiteral("Plan %1 $%2 MM%3").arg(i + 1).arg(millions[i]).arg(assistance ? QStringLiteral(" Asist") : QString()),
                              QStringLiteral("1"), coverages));
        }
    } else if (productIdNumber == QLatin1String("34299")) {
        const int millions[] = {20, 50, 100, 200};
        for (int i = 0; i < 4; ++i) {
            const double amount = millions[i] * 1000000.0;
            plans.append(plan(34, productIdNumber, i + 1, QStringLiteral("Plan %1 $%2 MM").arg(i + 1).arg(millions[i]),
                              QStringLiteral("1"),
                              {coverage(1, QStringLiteral("Muerte por cualquier causa"), amount, 0.004 * factor),
                               coverage(2, QStringLiteral("Enfermedades graves"), amount / 2, 0.003 * factor)}));
        }
    } else if (productIdNumber == QLatin1String("69308")) {
        const int millions[] = {2, 5, 10};
        for (int i = 0; i < 3; ++i) {
            const double amount = millions[i] * 1000000.0;
            plans.append(plan(69, productIdNumber, i + 1, QStringLiteral("Plan %1 $%2 MM").arg(i + 1).arg(millions[i]),
                              QStringLiteral("5"),
                              {coverage(1, QStringLiteral("Uso fraudulento de la tarjeta"), amount, 0.006),
                               coverage(2, QStringLiteral("Hurto calificado en cajero"), amount / 2, 0.004)}));
        }
    } else if (productIdNumber == QLatin1String("67307") || productIdNumber == QLatin1String("307")) {
        const double capital = homeCapital > 0 ? homeCapital : 195000000.0;
        plans.append(plan(67, productIdNumber, 1, QStringLiteral("Plan 1 Hogar"), QStringLiteral("1"),
                          {coverage(1, QStringLiteral("Incendio y aliadas"), capital, 0.0008),
                           coverage(2, QStringLiteral("Terremoto"), capital, 0.0006)}));
    }
    return plans;
}

} // namespace PolicyPlans
