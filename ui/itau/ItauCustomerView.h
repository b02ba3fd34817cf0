#pragma once

#include "ItauCustomer.h"

#include <QGroupBox>

class ItauManagersTableModel;
class QFormLayout;
class QLabel;
class QTableView;

// The client an Itau account belongs to: identity, contacts (main e-mail and
// phone marked), agency/account, identification status, and the
// relationship managers in a table. Values the reply leaves empty read
// "not recorded" (the document's own example sends most fields empty).
class ItauCustomerView : public QGroupBox
{
    Q_OBJECT
public:
    explicit ItauCustomerView(QWidget *parent = nullptr);

    void showCustomer(const ItauCustomer &customer);
    void clear();

private:
    void fitManagersTable();

    QFormLayout *m_identityForm;
    QFormLayout *m_contactForm;
    QLabel *m_name = nullptr;
    QLabel *m_nickname = nullptr;
    QLabel *m_socialName = nullptr;
    QLabel *m_clientId = nullptr;
    QLabel *m_document = nullptr;
    QLabel *m_personType = nullptr;
    QLabel *m_birthCaption = nullptr;
    QLabel *m_birthDate = nullptr;
    QLabel *m_identified = nullptr;
    QLabel *m_agencyAccount = nullptr;
    QLabel *m_opened = nullptr;
    QLabel *m_emails = nullptr;
    QLabel *m_phones = nullptr;
    QLabel *m_managersCaption = nullptr;
    QTableView *m_managersTable;
    ItauManagersTableModel *m_managersModel;
};
