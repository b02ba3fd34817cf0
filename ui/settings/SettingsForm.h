#pragma once

#include "Environment.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QWidget>

#include <memory>

class ApiClient;
class AppSettings;
class CredentialStore;
class MessageBanner;
class QBoxLayout;
class QComboBox;
class QDialog;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class ApiError;
class ItauCustomerApi;

// Workflow "Settings": base URIs, CA bundle and timeout per environment, the
// client credentials of each environment (keychain only, the secret never
// shown), idle lock, language, the environment used at start and the
// operator defaults that pre-fill the sign-in. Keys IT locked are shown
// read-only. Save checks every edit first and writes nothing while one is
// invalid; edits of every environment are kept until saved or reverted.
// Implemented in SettingsForm*.cpp, one file per section.
class SettingsForm : public QWidget
{
    Q_OBJECT
public:
    // `settings` is required; a null `credentials` disables the credentials
    // section; `client` (may be null) forgets its tokens when credentials change.
    SettingsForm(AppSettings *settings, CredentialStore *credentials, ApiClient *client, QWidget *parent = nullptr);
    ~SettingsForm() override;

    // Validates every edit; when all are valid writes the changed settings to
    // the user's file and stores typed client credentials in the keychain.
    // False when nothing could be saved (the fields say why).
    bool save();
    // Discards every edit and shows the saved values again.
    void revert();
    bool hasUnsavedChanges() const;
    // True while a keychain call is running.
    bool isBusy() const { return m_keychainJobs > 0; }
    EnvironmentKind selectedEnvironment() const { return m_currentKind; }
    // The Itau contact-centre credentials of the selected environment, in
    // their own dialog (keychain only; IT enters them here or in the form).
    QDialog *openItauCredentials();

    // Why a value cannot be saved, or an empty string when it can.
    static QString uriProblem(const QString &text);
    static QString caBundleProblem(const QString &path);
    static QString operatorFieldProblem(const QString &text);

signals:
    // After save() wrote the settings file (address changes apply at the next start).
    void saved();
    void busyChanged(bool busy);

private:
    enum class CredentialState { Unknown, Checking, Stored, NotStored, Unavailable };

    // What the teller typed for one environment, and what is saved.
    struct EnvironmentDraft
    {
        QMap<ApiDocument, QString> uris;
        QMap<ApiDocument, QString> savedUris;
        QString caBundle;
        QString savedCaBundle;
        int timeoutSeconds = 30;
        int savedTimeoutSeconds = 30;
        QString clientId;
        QString storedClientId;
        QString clientSecret; // typed, not yet stored; memory only
        CredentialState credentialState = CredentialState::Unknown;
        QHash<QString, QString> issues; // field id -> message
    };

    struct OperatorField
    {
        QLineEdit *edit = nullptr;
        QString key;
        QString saved;
    };

    void buildUi();
    QWidget *buildEnvironmentsTab();
    QGridLayout *buildCredentialsBox(QWidget *page);
    QWidget *buildSessionTab();
    QWidget *buildOperatorTab();
    QGridLayout *addSection(QBoxLayout *layout, const QString &title, const QString &objectName);
    QLabel *addRow(QGridLayout *grid, int &row, const QString &labelText, QWidget *field, QWidget *extra,
                   const QString &objectBase);

    void loadFromSettings();
    void loadDraft(EnvironmentKind kind);
    void showEnvironment(EnvironmentKind kind);
    void updateEnvironmentLocks();
    void updateCredentialsView();
    void checkCredentials(EnvironmentKind kind);

    bool validateAll(QWidget **firstInvalid);
    QHash<QString, QString> environmentIssues(EnvironmentKind kind) const;
    bool credentialsPending(const EnvironmentDraft &draft) const;
    bool environmentChanged(EnvironmentKind kind) const;
    QStringList writeSettings();
    void storeCredentials(EnvironmentKind kind, bool fromSave);
    void storeCurrentCredentials();
    void forgetCurrentCredentials();
    void chooseCaBundle();

    void setIssue(QWidget *field, const QString &message);
    void clearEnvironmentIssue(const QString &fieldId, QWidget *field);
    void clearAllIssues();
    void setLocked(QWidget *field, bool locked, QWidget *companion = nullptr);
    void updateDescription(QWidget *field);
    void showKeychainError(const ApiError &error);
    void changeKeychainJobs(int delta);
    QWidget *fieldFor(const QString &fieldId) const;

    AppSettings *m_settings;
    CredentialStore *m_credentials;
    ApiClient *m_client;

    QMap<EnvironmentKind, EnvironmentDraft> m_drafts;
    EnvironmentKind m_currentKind = EnvironmentKind::Sandbox;
    int m_keychainJobs = 0;
    bool m_saving = false;

    MessageBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_environmentsTab = nullptr;
    QWidget *m_sessionTab = nullptr;
    QWidget *m_operatorTab = nullptr;

    QComboBox *m_environmentPicker = nullptr;
    QLabel *m_trainingNote = nullptr;
    QStackedWidget *m_environmentDetails = nullptr;
    QGroupBox *m_connectionBox = nullptr;
    QMap<ApiDocument, QLineEdit *> m_uriEdits;
    QLineEdit *m_caBundle = nullptr;
    QPushButton *m_browseButton = nullptr;
    QSpinBox *m_timeout = nullptr;

    QGroupBox *m_credentialsBox = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLabel *m_credentialsState = nullptr;
    QPushButton *m_storeCredentialsButton = nullptr;
    QPushButton *m_forgetCredentialsButton = nullptr;
    QPushButton *m_itauCredentialsButton = nullptr;
    std::unique_ptr<ItauCustomerApi> m_itauApi;

    QSpinBox *m_idleLock = nullptr;
    int m_savedIdleLock = 5;
    QComboBox *m_language = nullptr;
    QString m_savedLanguage;

    QComboBox *m_defaultEnvironment = nullptr;
    QString m_savedDefaultEnvironment;
    QList<OperatorField> m_operatorFields;

    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;

    QHash<QWidget *, QLabel *> m_errorLabels;
    QHash<QWidget *, QLabel *> m_lockNotes;
    QHash<QWidget *, QString> m_issues; // shown message per field
};
