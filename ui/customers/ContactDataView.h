#pragma once

#include "CustomerContactData.h"

#include <QWidget>

class ProfileFields;
class QLabel;

// "Get Customer Data Information" for the 360 view: residence and office
// addresses, occupation codes, monthly income and expenses, assets,
// liabilities and family heritage in COP, SARLAFT date, bindable flag.
class ContactDataView : public QWidget
{
    Q_OBJECT
public:
    explicit ContactDataView(QWidget *parent = nullptr);

    void showData(const CustomerContactData &data);
    QString plainText() const;

private:
    ProfileFields *m_addresses;
    ProfileFields *m_finances;
    QLabel *m_residence;
    QLabel *m_residencePhone;
    QLabel *m_office;
    QLabel *m_officePhone;
    QLabel *m_occupation;
    QLabel *m_professionGeneral;
    QLabel *m_professionSpecific;
    QLabel *m_income;
    QLabel *m_expenses;
    QLabel *m_assets;
    QLabel *m_liabilities;
    QLabel *m_heritage;
    QLabel *m_birthDate;
    QLabel *m_gender;
    QLabel *m_sarlaft;
    QLabel *m_bindable;
};
