#pragma once

#include "CustomerBasicData.h"

#include <QGroupBox>

class CustomerAddressModel;
class QFormLayout;
class QLabel;
class QTableView;

// Read-only presentation of one customer's basic data (Check Basic Customer
// Information v4): identity, dates, contact, flags and postal addresses.
// Values are selectable so a teller can copy them into other systems.
class CustomerBasicDataView : public QGroupBox
{
    Q_OBJECT
public:
    explicit CustomerBasicDataView(QWidget *parent = nullptr);

    void showCustomer(const CustomerBasicData &data);
    void clear();

    // dd/MM/yyyy, the date as sent when it cannot be read, or "not recorded".
    static QString formatDate(const QDate &date, const QString &asSent);

private:
    void setRowShown(QLabel *value, bool shown);
    void fitAddressTable();

    QFormLayout *m_identityForm;
    QFormLayout *m_recordForm;
    QLabel *m_name;
    QLabel *m_identification;
    QLabel *m_personType;
    QLabel *m_birthDate;
    QLabel *m_deceasedDate;
    QLabel *m_alert;
    QLabel *m_status;
    QLabel *m_email;
    QLabel *m_cellphone;
    QLabel *m_registeredCellphone;
    QLabel *m_createdDate;
    QLabel *m_updatedDate;
    QLabel *m_sarlaftDate;
    QLabel *m_addressesCaption;
    QTableView *m_addressTable;
    CustomerAddressModel *m_addressModel;
};
