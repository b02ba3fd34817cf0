#include "ItauCredentialsDialog.h"

#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ItauCredentialsDialog::ItauCredentialsDialog(const ItauCustomerApi &api, EnvironmentKind environment,
                                             QWidget *parent)
    : QDialog(parent), m_api(api), m_environment(environment)
{
    setObjectName(QStringLiteral("itauCredentialsDialog"));
    setWindowTitle(tr("Itau credentials \u2014 %1").arg(Environment::displayName(environment)));
    setAccessibleName(tr("Itau credentials"));

    auto *intro = new QLabel(tr("The Itau API Fabric user name, password and API key for the %1 environment. They "
                                "are kept in this workstation's keyring only; a stored password is never shown "
                                "again. Saving replaces what is stored.")
                                 .arg(Environment::displayName(environment)),
                             this);
    intro->setWordWrap(true);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("credentialsBanner"));

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("itauUserName"));
    m_userName->setAccessibleName(tr("Itau user name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("itauPassword"));
    m_password->setAccessibleName(tr("Itau password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("itauApiKey"));
    m_apiKey->setAccessibleName(tr("Itau API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("optional (x-itau-apikey)"));
    for (QLineEdit *edit : {m_userName, m_password, m_apiKey}) {
        edit->setMinimumWidth(280);
        // Never offered to an input method's history or the clipboard's
        // predictions.
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    m_userNameError = FormParts::fieldErrorLabel(QStringLiteral("itauUserNameError"), this);
    m_passwordError = FormParts::fieldErrorLabel(QStringLiteral("itauPasswordError"), this);

    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(m_userName);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_apiKey);

    auto *form = new QFormLayout;
    form->addRow(userLabel, m_userName);
    form->addRow(QString(), m_userNameError);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(keyLabel, m_apiKey);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveCredentialsButton"));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save Itau credentials"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelCredentialsButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ItauCredentialsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    if (environment == EnvironmentKind::Training) {
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("Training uses built-in demo credentials (user %1); nothing needs to be stored.")
                                  .arg(ItauCustomerApi::trainingCredentials().userName));
        for (QLineEdit *edit : {m_userName, m_password, m_apiKey})
            edit->setEnabled(false);
    }
    connect(m_userName, &QLineEdit::textEdited, this, [this] { m_userNameError->hide(); });
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordError->hide(); });
    updateButtons();
}

void ItauCredentialsDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_saving && m_environment != EnvironmentKind::Training);
}

void ItauCredentialsDialog::save()
{
    if (m_saving || m_environment == EnvironmentKind::Training)
        return;
    m_banner->clear();
    const ItauCredentials credentials{m_userName->text().trimmed(), m_password->text(), m_apiKey->text().trimmed()};
    QWidget *firstMissing = nullptr;
    if (credentials.userName.isEmpty()) {
        m_userNameError->setText(tr("Enter the Itau user name."));
        m_userNameError->show();
        firstMissing = m_userName;
    }
    if (credentials.password.isEmpty()) {
        m_passwordError->setText(tr("Enter the Itau password."));
        m_passwordError->show();
        if (!firstMissing)
            firstMissing = m_password;
    }
    if (firstMissing) {
        firstMissing->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_saving = true;
    updateButtons();
    m_api.writeCredentials(Environment::kindName(m_environment), credentials, this, [this](const Result<bool> &result) {
        m_saving = false;
        updateButtons();
        if (!result) {
            // The store's message: no keyring, locked ... never a fallback.
            m_banner->showMessage(MessageBanner::Type::Error,
                                  tr("The Itau credentials were not saved. %1").arg(result.error().detail),
                                  result.error().description);
            return;
        }
        // Out of the widgets as soon as they are stored.
        m_password->clear();
        m_apiKey->clear();
        emit saved();
        accept();
    });
}
