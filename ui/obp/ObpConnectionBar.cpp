#include "ObpConnectionBar.h"

#include "ApiClient.h"
#include "ObpJson.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

ObpConnectionBar::ObpConnectionBar(ApiClient *client, ObpFormContext *context, QWidget *parent)
    : QGroupBox(tr("Open Bank Project connection"), parent), m_client(client), m_context(context)
{
    setObjectName(QStringLiteral("obpConnectionBar"));
    buildUi();
    connect(m_context->api(), &ObpApi::sessionChanged, this, [this] { updateState(); });
    connect(m_context, &ObpFormContext::busyChanged, this, [this] { updateState(); });
    if (m_client->environment().kind == EnvironmentKind::Training) {
        fillTrainingPassword();
    } else {
        m_context->api()->readStoredCredentials(this, [this](const Result<ObpDirectLogin> &stored) {
            if (stored)
                useStoredCredentials(stored.value());
        });
    }
    updateState();
}

void ObpConnectionBar::buildUi()
{
    const Environment &env = m_client->environment();
    const bool training = env.kind == EnvironmentKind::Training;
    m_environment = new QLabel(tr("Environment: %1 \u00b7 %2")
                                   .arg(Environment::displayName(env.kind),
                                        env.baseUri(ApiDocument::OpenBankProject).toString()),
                               this);
    m_environment->setObjectName(QStringLiteral("obpEnvironment"));
    m_environment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("obpSessionStatus"));

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("obpUser"));
    m_user->setAccessibleName(tr("OBP user name"));
    m_user->setEditable(true);
    m_user->setMinimumContentsLength(12);
    if (training) {
        for (const ObpDirectLogin &demo : ObpApi::trainingLogins())
            m_user->addItem(demo.username);
    }
    auto *userLabel = new QLabel(tr("OBP &user:"), this);
    userLabel->setBuddy(m_user);
    m_userError = FormParts::fieldErrorLabel(QStringLiteral("obpUserError"), this);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("obpPassword"));
    m_password->setAccessibleName(tr("OBP password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAttribute(Qt::WA_InputMethodEnabled, false);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    m_passwordError = FormParts::fieldErrorLabel(QStringLiteral("obpPasswordError"), this);

    m_consumerKey = new QLineEdit(this);
    m_consumerKey->setObjectName(QStringLiteral("obpConsumerKey"));
    m_consumerKey->setAccessibleName(tr("OBP consumer key"));
    m_consumerKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    if (training)
        m_consumerKey->setText(ObpApi::trainingConsumerKey());
    auto *keyLabel = new QLabel(tr("Consumer &key:"), this);
    keyLabel->setBuddy(m_consumerKey);
    m_consumerKeyError = FormParts::fieldErrorLabel(QStringLiteral("obpConsumerKeyError"), this);

    m_bank = new QComboBox(this);
    m_bank->setObjectName(QStringLiteral("obpBankId"));
    m_bank->setAccessibleName(tr("Bank (BANK_ID)"));
    m_bank->setEditable(true);
    m_bank->setMinimumContentsLength(14);
    m_bank->addItem(ObpApi::trainingBankId());
    if (training)
        m_bank->addItem(QStringLiteral("branchdesk.training"));
    m_bank->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z._-]{0,254}")), m_bank));
    auto *bankLabel = new QLabel(tr("&Bank (BANK_ID):"), this);
    bankLabel->setBuddy(m_bank);

    m_remember = new QCheckBox(tr("Keep in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("obpRemember"));
    m_remember->setToolTip(tr("Store the user name, password and consumer key in this workstation's keychain."));
    m_remember->setChecked(!training);
    m_remember->setVisible(!training);

    m_loginButton = new QPushButton(tr("&Log in"), this);
    m_loginButton->setObjectName(QStringLiteral("obpLoginButton"));
    m_logoutButton = new QPushButton(tr("Log &out"), this);
    m_logoutButton->setObjectName(QStringLiteral("obpLogoutButton"));

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_environment, 0, 0, 1, 4);
    grid->addWidget(m_status, 0, 4, 1, 5, Qt::AlignRight);
    grid->addWidget(userLabel, 1, 0);
    grid->addWidget(m_user, 1, 1);
    grid->addWidget(passwordLabel, 1, 2);
    grid->addWidget(m_password, 1, 3);
    grid->addWidget(keyLabel, 1, 4);
    grid->addWidget(m_consumerKey, 1, 5);
    grid->addWidget(m_loginButton, 1, 6);
    grid->addWidget(m_logoutButton, 1, 7);
    grid->addWidget(m_userError, 2, 1);
    grid->addWidget(m_passwordError, 2, 3);
    grid->addWidget(m_consumerKeyError, 2, 5);
    grid->addWidget(bankLabel, 3, 0);
    grid->addWidget(m_bank, 3, 1);
    grid->addWidget(m_remember, 3, 3, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    m_errors.add(QStringLiteral("username"), m_user, m_userError);
    m_errors.add(QStringLiteral("password"), m_password, m_passwordError);
    m_errors.add(QStringLiteral("consumer_key"), m_consumerKey, m_consumerKeyError);

    connect(m_loginButton, &QPushButton::clicked, this, &ObpConnectionBar::logIn);
    connect(m_logoutButton, &QPushButton::clicked, this, &ObpConnectionBar::logOut);
    connect(m_password, &QLineEdit::returnPressed, this, &ObpConnectionBar::logIn);
    connect(m_user, &QComboBox::currentTextChanged, this, [this] {
        if (m_client->environment().kind == EnvironmentKind::Training)
            fillTrainingPassword();
    });
}

QString ObpConnectionBar::bankId() const
{
    return m_bank->currentText().trimmed();
}

void ObpConnectionBar::fillTrainingPassword()
{
    // Training's demo users are not secrets: their passwords fill in (masked).
    m_password->clear();
    for (const ObpDirectLogin &demo : ObpApi::trainingLogins()) {
        if (demo.username == m_user->currentText().trimmed())
            m_password->setText(demo.password);
    }
}

void ObpConnectionBar::useStoredCredentials(const ObpDirectLogin &stored)
{
    m_stored = stored;
    m_user->setEditText(stored.username);
    m_consumerKey->setText(stored.consumerKey);
    m_password->setPlaceholderText(tr("stored in the keychain"));
}

void ObpConnectionBar::logIn()
{
    if (m_context->isBusy())
        return;
    ObpDirectLogin credentials;
    credentials.username = m_user->currentText().trimmed();
    credentials.password = m_password->text();
    credentials.consumerKey = m_consumerKey->text().trimmed();
    const bool fromKeychain = credentials.password.isEmpty() && !m_stored.password.isEmpty()
                              && m_stored.username == credentials.username;
    if (fromKeychain)
        credentials.password = m_stored.password;
    const QStringList unplaced = m_errors.show(credentials.validate());
    if (!credentials.validate().isEmpty()) {
        if (!unplaced.isEmpty())
            m_context->banner()->showMessage(MessageBanner::Type::Error, unplaced.join(QLatin1Char(' ')));
        return;
    }
    if (!ObpJson::isValidBankId(bankId())) {
        m_context->banner()->showMessage(MessageBanner::Type::Error,
                                         tr("Enter the BANK_ID: letters, digits, '-', '.' and '_' only."));
        m_bank->setFocus();
        return;
    }
    const bool remember = m_remember->isChecked() && !fromKeychain
                          && m_client->environment().kind != EnvironmentKind::Training;
    m_context->run<ObpLoginToken>(
        m_context->api()->login(credentials), this, tr("Logging in to Open Bank Project\u2026"),
        [this, credentials, remember](const ObpLoginToken &) {
            // Never shown again; kept by the API for this session only.
            m_password->clear();
            m_context->showDone(tr("Logged in to Open Bank Project as %1.").arg(credentials.username));
            if (remember) {
                m_context->api()->storeCredentials(credentials, this, [this](const Result<bool> &stored) {
                    if (!stored)
                        m_context->banner()->showMessage(
                            MessageBanner::Type::Warning,
                            tr("Logged in, but the credentials could not be kept in the keychain: %1")
                                .arg(stored.error().userMessage()));
                });
                m_stored = credentials;
            }
        });
}

void ObpConnectionBar::logOut()
{
    m_context->api()->logout();
    m_context->banner()->showMessage(MessageBanner::Type::Information,
                                     tr("Logged out of Open Bank Project. The token was forgotten."));
    if (m_client->environment().kind == EnvironmentKind::Training)
        fillTrainingPassword();
}

void ObpConnectionBar::updateState()
{
    const bool in = m_context->api()->isLoggedIn();
    const bool busy = m_context->isBusy();
    m_status->setText(in ? tr("Logged in as %1").arg(m_context->api()->userName()) : tr("Not logged in"));
    m_loginButton->setEnabled(!busy);
    m_logoutButton->setEnabled(in && !busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_consumerKey->setEnabled(!busy);
}
