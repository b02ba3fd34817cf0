#pragma once

#include "ApiClient.h"
#include "FieldIssue.h"
#include "PasswordSealer.h"
#include "SecurityApi.h"
#include "widgets/FormCall.h"

#include <QWidget>

class CardCheckPanel;
class MessageBanner;
class NewPasswordPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTabWidget;

// Workflow "Enrollment and recovery": a customer registers as a user of the
// digital channels or recovers a forgotten password. Step 1 verifies one of
// the customer's cards (PIN or CVV and last six digits), step 2 sets the new
// password under the bank's policy (create user / recover password); a third
// tab checks and creates the digital enrollment. Secrets are typed into
// hidden fields, sent sealed or as the document asks, and emptied at once;
// none is logged or journaled. (Changing a known password lives in the
// Password status workflow.)
class EnrollmentForm : public QWidget
{
    Q_OBJECT
public:
    explicit EnrollmentForm(ApiClient *client, QWidget *parent = nullptr);
    ~EnrollmentForm() override;

    bool isBusy() const { return m_call.isRunning(); }
    bool recovery() const;
    bool cardVerified() const;

    void verifyCard();
    void setPassword();
    void checkDigitalEnrollment();
    void createDigitalEnrollment();
    void cancel();

signals:
    void busyChanged(bool busy);

private:
    void buildUi();
    QWidget *buildDigitalPage();
    QString identificationType() const;
    QString identificationNumber() const;
    // Who and what step 1 was verified for: a change of either asks again.
    QString verificationKey() const;
    void updateVerification();
    bool checkIdentification();
    void setBusy(bool busy);
    void showError(const ApiError &error);

    SecurityApi m_api;
    TrainingPasswordSealer m_sealer;
    FormCall m_call{this, [this](bool busy) { setBusy(busy); }, [this](const ApiError &error) { showError(error); }};
    QString m_verifiedKey;

    MessageBanner *m_banner = nullptr;
    QComboBox *m_identificationType = nullptr;
    QLineEdit *m_identificationNumber = nullptr;
    QLabel *m_identificationError = nullptr;
    QRadioButton *m_enroll = nullptr;
    QRadioButton *m_recover = nullptr;
    QTabWidget *m_tabs = nullptr;
    CardCheckPanel *m_card = nullptr;
    NewPasswordPanel *m_password = nullptr;
    QPushButton *m_checkDigital = nullptr;
    QPushButton *m_createDigital = nullptr;
    QLabel *m_digitalState = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
