#pragma once

#include "ApiClient.h"
#include "PasswordPolicy.h"
#include "PasswordSealer.h"
#include "PasswordStatus.h"
#include "SecurityApi.h"
#include "widgets/FormCall.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// The customer's password status (by identification or by user alias),
// with its contact masked, lock/unlock of the password after a
// confirmation, and a password change with the bank's policy checked while
// the adviser types. Not yet in the workflow catalog: the lead adds the entry
// ("passwordStatus") and its WorkflowPages line.
class PasswordStatusForm : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordStatusForm(ApiClient *client, QWidget *parent = nullptr);
    ~PasswordStatusForm() override;

    bool isBusy() const { return m_call.isRunning(); }
    void consult();
    void askToToggle();
    QMessageBox *confirmation() const { return m_confirmation; }
    void changePassword();

    // "s9m3****@bancocajasocial.com", "******7626": enough to confirm with the customer.
    static QString maskedEmail(const QString &email);
    static QString maskedPhone(const QString &phone);

private:
    void setBusy(bool busy);
    void updatePolicy();
    void showError(const ApiError &error);

    SecurityApi m_api;
    FormCall m_call{this, [this](bool busy) { setBusy(busy); }, [this](const ApiError &error) { showError(error); }};
    PasswordStatusQuery m_query;
    std::optional<PasswordStatus> m_status;

    MessageBanner *m_banner = nullptr;
    QRadioButton *m_byIdentification = nullptr;
    QRadioButton *m_byAlias = nullptr;
    QComboBox *m_identificationType = nullptr;
    QLineEdit *m_identificationNumber = nullptr;
    QLineEdit *m_alias = nullptr;
    QLabel *m_inputError = nullptr;
    QPushButton *m_consultButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_contactLabel = nullptr;
    QPushButton *m_toggleButton = nullptr;
    QPointer<QMessageBox> m_confirmation;
    QLineEdit *m_currentPassword = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLabel *m_policyLabel = nullptr;
    QPushButton *m_changeButton = nullptr;
    PasswordPolicy m_policy;
    TrainingPasswordSealer m_sealer;
};
