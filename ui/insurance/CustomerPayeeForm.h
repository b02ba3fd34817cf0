#pragma once

#include "ApiClient.h"
#include "PolicyApi.h"
#include "widgets/FormCall.h"

#include <QWidget>

class MessageBanner;
class QComboBox;
class QLineEdit;
class QPushButton;

// Customer payee: registers a payee (beneficiary) of a customer for digital
// banking (policy-management "costumer-payee"). Rule violations are listed in
// the banner; nothing is sent while one remains.
class CustomerPayeeForm : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPayeeForm(ApiClient *client, QWidget *parent = nullptr);
    ~CustomerPayeeForm() override;

    CustomerPayeeRequest request() const;
    bool isBusy() const { return m_call.isRunning(); }
    void registerPayee();

private:
    ApiClient *m_client;
    PolicyApi m_api;
    FormCall m_call;

    MessageBanner *m_banner = nullptr;
    QComboBox *m_customerIdType = nullptr;
    QLineEdit *m_customerId = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_middleName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_secondLastName = nullptr;
    QComboBox *m_payeeIdType = nullptr;
    QLineEdit *m_payeeId = nullptr;
    QLineEdit *m_countryName = nullptr;
    QLineEdit *m_countryCode = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_relationship = nullptr;
    QLineEdit *m_adviser = nullptr;
    QPushButton *m_registerButton = nullptr;
};
