#pragma once

#include "RemittanceCustomer.h"

#include <QWidget>

class FilterableTable;
class ProfileFields;
class QLabel;
class RemittanceAddressTableModel;
class RemittanceBeneficiaryTableModel;

// "Remittances - Consult customer": identity and document data, addresses,
// beneficiaries (recipients), financial concept ranges, data-processing
// consents, status, and a warning a teller cannot miss (text, not colour
// alone) when the customer is a publicly exposed person or inactive.
class RemittanceProfileView : public QWidget
{
    Q_OBJECT
public:
    explicit RemittanceProfileView(QWidget *parent = nullptr);

    void showProfile(const RemittanceCustomer &profile);
    // The warning shown (empty when none): tests and the print header use it.
    QString warningText() const;
    QString plainText(bool revealIdentity) const;

private:
    QLabel *m_warning;
    ProfileFields *m_identity;
    ProfileFields *m_activity;
    RemittanceAddressTableModel *m_addresses;
    RemittanceBeneficiaryTableModel *m_beneficiaries;
    FilterableTable *m_addressesTable;
    FilterableTable *m_beneficiariesTable;
    QLabel *m_name;
    QLabel *m_identification;
    QLabel *m_issued;
    QLabel *m_expires;
    QLabel *m_nationality;
    QLabel *m_birth;
    QLabel *m_gender;
    QLabel *m_email;
    QLabel *m_status;
    QLabel *m_pep;
    QLabel *m_occupation;
    QLabel *m_company;
    QLabel *m_concepts;
    QLabel *m_dataProcessing;
    QLabel *m_commercialUse;
    QLabel *m_updated;
    QLabel *m_ids;
};
