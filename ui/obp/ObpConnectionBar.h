#pragma once

#include "ObpDirectLogin.h"
#include "ObpFormContext.h"

#include <QGroupBox>

class ApiClient;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The OBP connection: which environment, the OBP user (DirectLogin user
// name, password, consumer key), the bank (BANK_ID) and Log in / Log out.
// The password is never shown again once typed: it goes to the API's memory
// for this session and, when asked, to the keychain.
class ObpConnectionBar : public QGroupBox
{
    Q_OBJECT
public:
    ObpConnectionBar(ApiClient *client, ObpFormContext *context, QWidget *parent = nullptr);

    QString bankId() const;
    void logIn();
    void logOut();

private:
    void buildUi();
    void fillTrainingPassword();
    void updateState();
    void useStoredCredentials(const ObpDirectLogin &stored);

    ApiClient *m_client;
    ObpFormContext *m_context;
    ObpDirectLogin m_stored; // from the keychain (password kept in memory only)
    ObpFieldErrors m_errors;

    QLabel *m_environment = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_consumerKey = nullptr;
    QComboBox *m_bank = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_loginButton = nullptr;
    QPushButton *m_logoutButton = nullptr;
    QLabel *m_userError = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_consumerKeyError = nullptr;
};
