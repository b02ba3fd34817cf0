// SettingsForm, continued: the Environments tab's client credentials part.
// The id and secret live in the keychain only (CredentialStore); a typed
// secret is held in memory until stored, and never shown.

#include "SettingsForm.h"
#include "SettingsFormSupport.h"

#include "ApiClient.h"
#include "CredentialStore.h"
#include "ItauCustomerApi.h"
#include "itau/ItauCredentialsDialog.h"
#include "widgets/MessageBanner.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace SettingsFormSupport;

// Built into the Environments tab under the connection box; returns its grid
// so that the tab lines up both boxes' label columns.
QGridLayout *SettingsForm::buildCredentialsBox(QWidget *page)
{
    m_credentialsBox = new QGroupBox(page);
    m_credentialsBox->setObjectName(QStringLiteral("credentialsBox"));
    auto *credentials = new QGridLayout(m_credentialsBox);
    credentials->setHorizontalSpacing(8);
    credentials->setVerticalSpacing(2);
    credentials->setColumnStretch(1, 1);
    int row = 0;
    m_clientId = new QLineEdit(m_credentialsBox);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("Client id"));
    addRow(credentials, row, tr("Client i&d:"), m_clientId, nullptr, QStringLiteral("clientId"));
    m_clientSecret = new QLineEdit(m_credentialsBox);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setAttribute(Qt::WA_InputMethodEnabled, false);
    addRow(credentials, row, tr("Clie&nt secret:"), m_clientSecret, nullptr, QStringLiteral("clientSecret"));
    m_credentialsState = new QLabel(m_credentialsBox);
    m_credentialsState->setObjectName(QStringLiteral("credentialsState"));
    m_credentialsState->setTextFormat(Qt::PlainText);
    m_credentialsState->setWordWrap(true);
    credentials->addWidget(m_credentialsState, row++, 1, 1, 2);

    m_storeCredentialsButton = new QPushButton(tr("Store in &keyring"), m_credentialsBox);
    m_storeCredentialsButton->setObjectName(QStringLiteral("storeCredentialsButton"));
    m_storeCredentialsButton->setAccessibleName(tr("Store the client credentials in the keyring"));
    m_storeCredentialsButton->setAutoDefault(true);
    m_forgetCredentialsButton = new QPushButton(tr("For&get"), m_credentialsBox);
    m_forgetCredentialsButton->setObjectName(QStringLiteral("forgetCredentialsButton"));
    m_forgetCredentialsButton->setAccessibleName(tr("Forget the client credentials"));
    m_forgetCredentialsButton->setToolTip(tr("Remove this environment's client id and secret from the keyring"));
    m_forgetCredentialsButton->setAutoDefault(true);
    auto *credentialButtons = new QHBoxLayout;
    credentialButtons->setSpacing(8);
    credentialButtons->addWidget(m_storeCredentialsButton);
    credentialButtons->addWidget(m_forgetCredentialsButton);
    m_itauCredentialsButton = new QPushButton(tr("Itau credentia&ls\u2026"), m_credentialsBox);
    m_itauCredentialsButton->setObjectName(QStringLiteral("itauCredentialsButton"));
    m_itauCredentialsButton->setAccessibleName(tr("Itau contact-centre credentials of this environment"));
    m_itauCredentialsButton->setToolTip(
        tr("User name, password and API key of the Itau customer-by-account service, kept in the keyring"));
    m_itauCredentialsButton->setAutoDefault(true);
    credentialButtons->addWidget(m_itauCredentialsButton);
    credentialButtons->addStretch(1);
    credentials->addLayout(credentialButtons, row++, 1, 1, 2);

    connect(m_clientId, &QLineEdit::textEdited, this, [this] { clearEnvironmentIssue(clientIdField, m_clientId); });
    connect(m_clientSecret, &QLineEdit::textEdited, this,
            [this] { clearEnvironmentIssue(clientSecretField, m_clientSecret); });
    connect(m_clientId, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_currentKind != EnvironmentKind::Training)
            m_drafts[m_currentKind].clientId = text;
    });
    connect(m_clientSecret, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_currentKind != EnvironmentKind::Training)
            m_drafts[m_currentKind].clientSecret = text;
    });
    connect(m_storeCredentialsButton, &QPushButton::clicked, this, &SettingsForm::storeCurrentCredentials);
    connect(m_forgetCredentialsButton, &QPushButton::clicked, this, &SettingsForm::forgetCurrentCredentials);
    connect(m_itauCredentialsButton, &QPushButton::clicked, this, [this] { openItauCredentials(); });
    return credentials;
}

QDialog *SettingsForm::openItauCredentials()
{
    if (!m_credentials || m_currentKind == EnvironmentKind::Training)
        return nullptr;
    // The dialog writes to the keychain under the API's own keys.
    if (!m_itauApi)
        m_itauApi = std::make_unique<ItauCustomerApi>(m_client, m_credentials);
    auto *dialog = new ItauCredentialsDialog(*m_itauApi, m_currentKind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ItauCredentialsDialog::saved, this, [this] {
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("The Itau credentials of %1 are stored in the keyring.")
                                  .arg(Environment::displayName(m_currentKind)));
    });
    dialog->open();
    return dialog;
}

void SettingsForm::updateCredentialsView()
{
    if (m_currentKind == EnvironmentKind::Training)
        return;
    const EnvironmentDraft &draft = m_drafts[m_currentKind];
    QString state;
    QString secretPlaceholder;
    if (!m_credentials) {
        state = tr("The keyring is not available in this window.");
    } else {
        switch (draft.credentialState) {
        case CredentialState::Unknown:
        case CredentialState::Checking:
            state = tr("Checking the keyring\u2026");
            break;
        case CredentialState::Stored:
            state = tr("Stored in the keyring.");
            secretPlaceholder = tr("Stored \u2014 type a new secret to replace it");
            break;
        case CredentialState::NotStored:
            state = tr("Not stored: enter the client id and secret IT gave you.");
            secretPlaceholder = tr("Not stored");
            break;
        case CredentialState::Unavailable:
            state = tr("The keyring could not be read; see the message above.");
            break;
        }
    }
    m_credentialsState->setText(state);
    m_clientSecret->setPlaceholderText(secretPlaceholder);
    updateDescription(m_clientSecret);
    m_credentialsBox->setEnabled(m_credentials != nullptr);
    m_storeCredentialsButton->setEnabled(m_credentials && !isBusy());
    m_forgetCredentialsButton->setEnabled(m_credentials && !isBusy()
                                          && draft.credentialState != CredentialState::NotStored);
    m_itauCredentialsButton->setEnabled(m_credentials != nullptr);
}

void SettingsForm::checkCredentials(EnvironmentKind kind)
{
    if (!m_credentials || kind == EnvironmentKind::Training)
        return;
    m_drafts[kind].credentialState = CredentialState::Checking;
    updateCredentialsView();
    const QString environment = Environment::kindName(kind);
    changeKeychainJobs(+1);
    m_credentials->readClientCredentials(
        environment, this, [this, kind, environment](const Result<ClientCredentials> &result) {
            changeKeychainJobs(-1);
            EnvironmentDraft &draft = m_drafts[kind];
            // Only the id is kept: the secret is never shown, so it is not held either.
            const bool untouched = draft.clientId == draft.storedClientId
                                   && !(kind == m_currentKind && m_clientId->isModified());
            if (result.ok()) {
                draft.credentialState = CredentialState::Stored;
                draft.storedClientId = result.value().clientId;
            } else if (result.error().nothingStored) {
                draft.credentialState = CredentialState::NotStored;
                draft.storedClientId.clear();
            } else {
                draft.credentialState = CredentialState::Unavailable;
                if (kind == m_currentKind)
                    showKeychainError(result.error());
            }
            if (untouched) {
                draft.clientId = draft.storedClientId;
                if (kind == m_currentKind)
                    m_clientId->setText(draft.clientId);
            }
            if (kind == m_currentKind)
                updateCredentialsView();
        });
}

bool SettingsForm::credentialsPending(const EnvironmentDraft &draft) const
{
    if (!m_credentials)
        return false;
    return !draft.clientSecret.isEmpty() || draft.clientId.trimmed() != draft.storedClientId;
}

// --- Client credentials -------------------------------------------------------

void SettingsForm::storeCurrentCredentials()
{
    if (!m_credentials || m_currentKind == EnvironmentKind::Training || isBusy())
        return;
    m_banner->clear();
    EnvironmentDraft &draft = m_drafts[m_currentKind];
    QHash<QString, QString> issues;
    if (draft.clientId.trimmed().isEmpty())
        issues.insert(clientIdField, tr("Enter the client id."));
    if (draft.clientSecret.isEmpty())
        issues.insert(clientSecretField, tr("Enter the client secret too: the id and secret are stored together."));
    setIssue(m_clientId, issues.value(clientIdField));
    setIssue(m_clientSecret, issues.value(clientSecretField));
    draft.issues.remove(clientIdField);
    draft.issues.remove(clientSecretField);
    if (!issues.isEmpty()) {
        draft.issues.insert(issues);
        (issues.contains(clientIdField) ? m_clientId : m_clientSecret)->setFocus(Qt::OtherFocusReason);
        return;
    }
    storeCredentials(m_currentKind, false);
}

void SettingsForm::storeCredentials(EnvironmentKind kind, bool fromSave)
{
    const QString environment = Environment::kindName(kind);
    const ClientCredentials credentials{m_drafts[kind].clientId.trimmed(), m_drafts[kind].clientSecret};
    changeKeychainJobs(+1);
    m_credentials->writeClientCredentials(
        environment, credentials, this, [this, kind, fromSave, credentials](const Result<bool> &result) {
            changeKeychainJobs(-1);
            EnvironmentDraft &draft = m_drafts[kind];
            if (!result.ok()) {
                // The typed id and secret stay in the fields to try again.
                showKeychainError(result.error());
                if (kind == m_currentKind)
                    updateCredentialsView();
                return;
            }
            draft.storedClientId = credentials.clientId;
            draft.clientId = credentials.clientId;
            draft.clientSecret.clear();
            draft.credentialState = CredentialState::Stored;
            if (kind == m_currentKind) {
                m_clientId->setText(draft.clientId);
                m_clientSecret->clear();
                updateCredentialsView();
            }
            // A token fetched with the old credentials must not be reused.
            if (m_client)
                m_client->clearTokens();
            const QString name = Environment::displayName(kind);
            m_banner->showMessage(MessageBanner::Type::Positive,
                                  fromSave ? tr("Settings saved, and the client credentials for %1 are stored in "
                                                "the keyring.")
                                                 .arg(name)
                                           : tr("The client credentials for %1 are stored in the keyring.")
                                                 .arg(name));
        });
}

void SettingsForm::forgetCurrentCredentials()
{
    if (!m_credentials || m_currentKind == EnvironmentKind::Training || isBusy())
        return;
    const EnvironmentKind kind = m_currentKind;
    const QString environment = Environment::kindName(kind);
    m_banner->clear();
    changeKeychainJobs(+1);
    // The secret first: if the keyring fails half-way, the secret is what must be gone.
    m_credentials->remove(
        CredentialStore::key(environment, QStringLiteral("client_secret")), this,
        [this, kind, environment](const Result<bool> &secretRemoved) {
            if (!secretRemoved.ok()) {
                changeKeychainJobs(-1);
                showKeychainError(secretRemoved.error());
                return;
            }
            m_credentials->remove(
                CredentialStore::key(environment, QStringLiteral("client_id")), this,
                [this, kind](const Result<bool> &idRemoved) {
                    changeKeychainJobs(-1);
                    EnvironmentDraft &draft = m_drafts[kind];
                    draft.clientSecret.clear();
                    draft.credentialState = CredentialState::NotStored;
                    if (m_client)
                        m_client->clearTokens();
                    if (!idRemoved.ok()) {
                        showKeychainError(idRemoved.error());
                    } else {
                        draft.storedClientId.clear();
                        draft.clientId.clear();
                        m_banner->showMessage(MessageBanner::Type::Positive,
                                              tr("The client credentials for %1 were removed from the keyring.")
                                                  .arg(Environment::displayName(kind)));
                    }
                    if (kind == m_currentKind) {
                        m_clientId->setText(draft.clientId);
                        m_clientSecret->clear();
                        updateCredentialsView();
                    }
                });
        });
}

void SettingsForm::showKeychainError(const ApiError &error)
{
    // The store's own sentence says what to do; the keyring's words help support.
    const QString text = error.detail.isEmpty() ? error.userMessage() : error.detail;
    const QString detail = error.description.isEmpty() ? QString() : tr("Keyring: %1").arg(error.description);
    m_banner->showMessage(MessageBanner::Type::Error, text, detail);
}

void SettingsForm::changeKeychainJobs(int delta)
{
    const bool wasBusy = isBusy();
    m_keychainJobs += delta;
    if (wasBusy != isBusy()) {
        updateCredentialsView();
        emit busyChanged(isBusy());
    }
}
