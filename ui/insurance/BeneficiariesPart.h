#pragma once

#include "PolicyParts.h"

#include <QGroupBox>
#include <QJsonArray>

class QLabel;
class QTableWidget;
class SaleFieldErrors;

// "Beneficiaries" of an issuing step, shared by both sale wizards: one row
// per beneficiary (identification, names, relationship code, percentage),
// Add/Remove, and the running total that must reach 100%. Rule violations
// (a row's field or the total) show under the table.
class BeneficiariesPart : public QGroupBox
{
    Q_OBJECT
public:
    BeneficiariesPart(SaleFieldErrors *errors, QWidget *parent);

    QList<Beneficiary> beneficiaries() const;
    void addBeneficiary();
    void removeBeneficiary();
    // At least one row (the first takes 100% until others are added).
    void ensureOne();
    // Back to one empty row.
    void reset();

    QJsonArray toDraft() const;
    void restoreDraft(const QJsonArray &rows);

private:
    void updateTotal();

    QTableWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
};
