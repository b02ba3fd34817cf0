#pragma once

#include "PasswordSealer.h"
#include "SecurityPanel.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

// Withdrawal OTP v3 for banking correspondents ("Retiro OTP", POST
// /api/security-management/v3/withdrawal/otp): the service point pays out a
// withdrawal without card against the customer's OTP. The OTP is typed into a
// hidden field, sent sealed ("Enviar valor encriptado") and emptied at once;
// the bank's approval number is what the console shows and journals.
class CorrespondentPayoutPanel : public SecurityPanel
{
    Q_OBJECT
public:
    // `identification` gives the customer's identification number, typed in
    // the form's customer box.
    CorrespondentPayoutPanel(ApiClient *client, std::function<QString()> identification, QWidget *parent = nullptr);

    void submit();
    QString approvalId() const { return m_approvalId; }

private:
    std::function<QString()> m_identification;
    TrainingPasswordSealer m_sealer;
    QLineEdit *m_pointCode = nullptr;
    QLineEdit *m_pointName = nullptr;
    QLineEdit *m_cityId = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_stateProv = nullptr;
    QLineEdit *m_account = nullptr;
    QComboBox *m_otpType = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_otp = nullptr;
    QLabel *m_approval = nullptr;
    QString m_approvalId;
};
