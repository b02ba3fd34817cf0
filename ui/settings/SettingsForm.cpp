// Workflow "Settings": construction, loading, validation, saving and
// reverting. The sections live beside it: SettingsFormEnvironments.cpp
// (addresses, CA bundle, timeout), SettingsFormCredentials.cpp (client
// credentials in the keychain), SettingsFormPreferences.cpp (session,
// language, start and operator tabs), SettingsFormFields.cpp (rows, issues
// and IT locks of every field).

#include "SettingsForm.h"
#include "SettingsFormSupport.h"

#include "ApiClient.h"
#include "AppSettings.h"
#include "ItauCustomerApi.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace SettingsFormSupport;

SettingsForm::SettingsForm(AppSettings *settings, CredentialStore *credentials, ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_client(client)
{
    Q_ASSERT(m_settings);
    setObjectName(QStringLiteral("settingsForm"));
    setAccessibleName(tr("Settings"));
    // Locked inputs read as read-only at a glance, not only through the note.
    setStyleSheet(QStringLiteral("QLineEdit[locked=\"true\"], QAbstractSpinBox[locked=\"true\"] "
                                 "{ background: palette(window); }"));
    buildUi();
    loadFromSettings();

    // Start on the environment in use: that is usually the one to adjust.
    EnvironmentKind start = m_client ? m_client->environment().kind
                                     : Environment::kindFromName(m_savedDefaultEnvironment)
                                           .value_or(EnvironmentKind::Training);
    m_currentKind = start;
    m_environmentPicker->setCurrentIndex(allKinds().indexOf(start));
    showEnvironment(start);

    connect(m_settings, &AppSettings::changed, this, [this] {
        // Someone else (the sign-in) changed a setting: show it, unless the
        // teller is editing here, whose input must not be overwritten.
        if (!m_saving && !hasUnsavedChanges()) {
            loadFromSettings();
            showEnvironment(m_currentKind);
        }
    });
}

SettingsForm::~SettingsForm() = default;

void SettingsForm::buildUi()
{
    QLabel *heading = FormParts::pageHeading(tr("Settings"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Where BranchDesk finds the bank's services in each environment, their client "
           "credentials, and this workstation's preferences."),
        this);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings sections"));
    m_environmentsTab = buildEnvironmentsTab();
    m_sessionTab = buildSessionTab();
    m_operatorTab = buildOperatorTab();
    m_tabs->addTab(m_environmentsTab, tr("&Environments"));
    m_tabs->addTab(m_sessionTab, tr("Sess&ion and language"));
    m_tabs->addTab(m_operatorTab, tr("Start and &operator"));

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_saveButton->setAccessibleName(tr("Save settings"));
    m_saveButton->setToolTip(tr("Check and save every change (Ctrl+S)"));
    m_saveButton->setAutoDefault(true);
    m_revertButton = new QPushButton(tr("Re&vert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setAccessibleName(tr("Revert changes"));
    m_revertButton->setToolTip(tr("Discard the changes and show the saved settings again"));
    m_revertButton->setAutoDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_revertButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs);
    layout->addLayout(buttons);
    layout->addStretch(1);

    // Tab order: each section top to bottom, then Save and Revert.
    QList<QWidget *> order = {m_environmentPicker};
    for (ApiDocument api : Environment::documents())
        order << m_uriEdits.value(api);
    order << m_caBundle << m_browseButton << m_timeout << m_clientId << m_clientSecret << m_storeCredentialsButton
          << m_forgetCredentialsButton << m_itauCredentialsButton << m_idleLock << m_language << m_defaultEnvironment;
    for (const OperatorField &field : std::as_const(m_operatorFields))
        order << field.edit;
    order << m_saveButton << m_revertButton;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, &SettingsForm::revert);
}

// --- Loading and showing -------------------------------------------------

void SettingsForm::loadFromSettings()
{
    for (EnvironmentKind kind : configurableKinds())
        loadDraft(kind);

    m_savedIdleLock = m_settings->idleLockMinutes();
    m_idleLock->setValue(m_savedIdleLock);
    setLocked(m_idleLock, m_settings->isLocked(AppSettings::idleLockMinutesKey()));

    m_savedLanguage = m_settings->language();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_savedLanguage)));
    setLocked(m_language, m_settings->isLocked(AppSettings::languageKey()));

    const std::optional<EnvironmentKind> start =
        Environment::kindFromName(m_settings->value(AppSettings::environmentKey()).toString());
    m_savedDefaultEnvironment = Environment::kindName(start.value_or(EnvironmentKind::Training));
    m_defaultEnvironment->setCurrentIndex(qMax(0, m_defaultEnvironment->findData(m_savedDefaultEnvironment)));
    setLocked(m_defaultEnvironment, m_settings->isLocked(AppSettings::environmentKey()));

    for (OperatorField &field : m_operatorFields) {
        field.saved = m_settings->value(field.key).toString().trimmed();
        field.edit->setText(field.saved);
        setLocked(field.edit, m_settings->isLocked(field.key));
    }
}

bool SettingsForm::hasUnsavedChanges() const
{
    for (EnvironmentKind kind : configurableKinds()) {
        if (environmentChanged(kind) || credentialsPending(m_drafts[kind]))
            return true;
    }
    if (m_idleLock->value() != m_savedIdleLock || m_language->currentData().toString() != m_savedLanguage
        || m_defaultEnvironment->currentData().toString() != m_savedDefaultEnvironment)
        return true;
    for (const OperatorField &field : m_operatorFields) {
        if (field.edit->text().trimmed() != field.saved)
            return true;
    }
    return false;
}

// Marks every invalid field (in every environment) and returns whether all
// are valid. *firstInvalid: the topmost invalid field of the first section
// with a problem, with its environment on screen.
bool SettingsForm::validateAll(QWidget **firstInvalid)
{
    *firstInvalid = nullptr;
    std::optional<EnvironmentKind> firstKind;
    // The environment on screen first, then the others in picker order.
    QList<EnvironmentKind> kinds = configurableKinds();
    if (kinds.removeOne(m_currentKind))
        kinds.prepend(m_currentKind);
    for (EnvironmentKind kind : std::as_const(kinds)) {
        m_drafts[kind].issues = environmentIssues(kind);
        if (!m_drafts[kind].issues.isEmpty() && !firstKind)
            firstKind = kind;
    }

    bool operatorProblem = false;
    for (const OperatorField &field : std::as_const(m_operatorFields)) {
        const QString text = field.edit->text().trimmed();
        const QString problem =
            text != field.saved && !m_settings->isLocked(field.key) ? operatorFieldProblem(text) : QString();
        setIssue(field.edit, problem);
        if (!problem.isEmpty() && !operatorProblem) {
            operatorProblem = true;
            if (!firstKind)
                *firstInvalid = field.edit;
        }
    }

    if (firstKind) {
        if (*firstKind != m_currentKind) {
            m_environmentPicker->setCurrentIndex(allKinds().indexOf(*firstKind)); // shows its issues
        } else {
            showEnvironment(m_currentKind);
        }
        const EnvironmentDraft &draft = m_drafts[*firstKind];
        // Form order: addresses, CA bundle, client id, client secret.
        QStringList fieldOrder;
        for (ApiDocument api : Environment::documents())
            fieldOrder << uriField(api);
        fieldOrder << caBundleField << clientIdField << clientSecretField;
        for (const QString &fieldId : std::as_const(fieldOrder)) {
            if (draft.issues.contains(fieldId)) {
                *firstInvalid = fieldFor(fieldId);
                break;
            }
        }
    } else {
        showEnvironment(m_currentKind);
    }
    return *firstInvalid == nullptr;
}

// --- Saving -----------------------------------------------------------------

bool SettingsForm::save()
{
    if (isBusy()) {
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("The keyring is still answering; save again in a moment."));
        return false;
    }
    m_banner->clear();

    QWidget *firstInvalid = nullptr;
    if (!validateAll(&firstInvalid)) {
        QStringList where;
        for (EnvironmentKind kind : configurableKinds()) {
            if (!m_drafts[kind].issues.isEmpty())
                where << Environment::displayName(kind);
        }
        const QString text = where.isEmpty()
                                 ? tr("Nothing was saved. Correct the fields marked in red, then save again.")
                                 : tr("Nothing was saved. Correct the fields marked in red (%1), then save again.")
                                       .arg(where.join(QStringLiteral(", ")));
        m_banner->showMessage(MessageBanner::Type::Error, text);
        if (m_environmentsTab->isAncestorOf(firstInvalid))
            m_tabs->setCurrentWidget(m_environmentsTab);
        else if (m_operatorTab->isAncestorOf(firstInvalid))
            m_tabs->setCurrentWidget(m_operatorTab);
        firstInvalid->setFocus(Qt::OtherFocusReason);
        return false;
    }

    QList<EnvironmentKind> pendingCredentials;
    for (EnvironmentKind kind : configurableKinds()) {
        if (credentialsPending(m_drafts[kind]))
            pendingCredentials << kind;
    }
    if (!hasUnsavedChanges()) {
        m_banner->showMessage(MessageBanner::Type::Information, tr("Nothing to save: no setting was changed."));
        return true;
    }

    m_saving = true;
    const QStringList failed = writeSettings();
    m_saving = false;

    // Show what is now in effect (a cleared field shows its default again);
    // the typed credentials stay in the drafts until the keyring has them.
    loadFromSettings();
    showEnvironment(m_currentKind);

    if (!failed.isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Error,
                              tr("Some settings could not be written to %1. Check that the file and its folder "
                                 "can be written, or ask IT.")
                                  .arg(QDir::toNativeSeparators(m_settings->userFilePath())),
                              tr("Not saved: %1").arg(failed.join(QStringLiteral(", "))));
        return false;
    }
    m_banner->showMessage(MessageBanner::Type::Positive,
                          pendingCredentials.isEmpty()
                              ? tr("Settings saved. Address, certificate and timeout changes apply the next time "
                                   "BranchDesk starts.")
                              : tr("Settings saved. Storing the client credentials in the keyring\u2026"));
    for (EnvironmentKind kind : std::as_const(pendingCredentials))
        storeCredentials(kind, true);
    emit saved();
    return true;
}

// Writes the changed, unlocked values; returns the keys that could not be written.
QStringList SettingsForm::writeSettings()
{
    QStringList failed;
    const auto write = [this, &failed](const QString &key, const QVariant &value) {
        if (m_settings->isLocked(key))
            return;
        const bool ok = value.toString().isEmpty() ? m_settings->remove(key) : m_settings->setValue(key, value);
        if (!ok)
            failed << key;
    };

    for (EnvironmentKind kind : configurableKinds()) {
        const EnvironmentDraft &draft = m_drafts[kind];
        for (ApiDocument api : Environment::documents()) {
            const QString text = draft.uris.value(api).trimmed();
            if (text != draft.savedUris.value(api))
                write(AppSettings::baseUriKey(kind, api), text);
        }
        if (draft.caBundle.trimmed() != draft.savedCaBundle)
            write(AppSettings::caBundleKey(kind), draft.caBundle.trimmed());
        if (draft.timeoutSeconds != draft.savedTimeoutSeconds)
            write(AppSettings::timeoutSecondsKey(kind), draft.timeoutSeconds);
    }
    if (m_idleLock->value() != m_savedIdleLock)
        write(AppSettings::idleLockMinutesKey(), m_idleLock->value());
    const QString language = m_language->currentData().toString();
    if (language != m_savedLanguage && !m_settings->isLocked(AppSettings::languageKey())) {
        // Written even when empty: "follow the system" must override a system file's language.
        if (!m_settings->setValue(AppSettings::languageKey(), language))
            failed << AppSettings::languageKey();
    }
    if (m_defaultEnvironment->currentData().toString() != m_savedDefaultEnvironment)
        write(AppSettings::environmentKey(), m_defaultEnvironment->currentData().toString());
    for (const OperatorField &field : std::as_const(m_operatorFields)) {
        const QString text = field.edit->text().trimmed();
        if (text != field.saved)
            write(field.key, text);
    }
    return failed;
}

// --- Reverting -------------------------------------------------------------------

void SettingsForm::revert()
{
    for (EnvironmentKind kind : configurableKinds()) {
        EnvironmentDraft &draft = m_drafts[kind];
        draft.clientSecret.clear();
        draft.clientId = draft.storedClientId;
    }
    loadFromSettings();
    clearAllIssues();
    showEnvironment(m_currentKind);
    m_banner->showMessage(MessageBanner::Type::Information,
                          tr("Your changes were discarded; the saved settings are shown."));
}
