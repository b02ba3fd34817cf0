#pragma once

#include "ItauCustomerApi.h"

#include <QDialog>

class MessageBanner;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Where the teller or IT enters the Itau API Fabric credentials of one
// environment: user name, password, API key. They go to the keychain only;
// nothing is read back into the fields (a stored password is never shown).
// Without a keyring the store's own message is shown and nothing is kept
// anywhere else. Training needs none: the dialog says so and saves nothing.
class ItauCredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    ItauCredentialsDialog(const ItauCustomerApi &api, EnvironmentKind environment, QWidget *parent = nullptr);

    void save();
    bool isSaving() const { return m_saving; }

signals:
    void saved();

private:
    void updateButtons();

    const ItauCustomerApi &m_api;
    EnvironmentKind m_environment;
    bool m_saving = false;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_userNameError = nullptr;
    QLabel *m_passwordError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
