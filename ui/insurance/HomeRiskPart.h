#pragma once

#include "PolicyParts.h"

#include <QGroupBox>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class SaleFieldErrors;

// The insured home of general product 3 (Hogar Residencial 67307): every
// member the document's home examples carry as data — the capitalization
// (codes, percentage, amount), the risk's address (street, floor,
// department, city, municipality, postal code) and the building
// (area type, social class, use, type, year, floors, description, housing
// type). The document gives no code tables for the building codes, so they
// are entered as the insurer's numeric codes.
class HomeRiskPart : public QGroupBox
{
    Q_OBJECT
public:
    HomeRiskPart(SaleFieldErrors *errors, QWidget *parent);

    HomeRisk homeRisk() const;
    void clear();

signals:
    // An input the simulation depends on changed.
    void changed();

private:
    QDoubleSpinBox *m_capital = nullptr;
    QLineEdit *m_capitalAccount = nullptr;
    QLineEdit *m_capitalAmountCode = nullptr;
    QSpinBox *m_capitalRate = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_floor = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_municipality = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_areaType = nullptr;
    QLineEdit *m_socialClass = nullptr;
    QLineEdit *m_useType = nullptr;
    QLineEdit *m_buildingType = nullptr;
    QLineEdit *m_year = nullptr;
    QLineEdit *m_floors = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_housingType = nullptr;
};
