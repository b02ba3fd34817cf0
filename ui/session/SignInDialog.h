#pragma once

#include "Environment.h"
#include "OperatorSession.h"

#include <QDialog>
#include <QPointer>
#include <QString>

class AppSettings;
class CredentialStore;
class EnvironmentBanner;
class Journal;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Sign-in at the start of a session: operator user code, branch, terminal
// (pre-filled from the managed configuration), the environment with its
// banner, and the PIN. The PIN is checked against its salted hash in the
// keychain; an operator with no hash on this workstation chooses a PIN
// (twice). Training needs no keyring: there the PIN is the demo PIN.
// Accepted only when the PIN checks out; session(), environment() and
// pinHash() then say who signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // `settings` and `journal` may be null.
    SignInDialog(CredentialStore *credentials, const AppSettings *settings, Journal *journal,
                 EnvironmentKind environment, QWidget *parent = nullptr);
    ~SignInDialog() override;

    OperatorSession session() const { return m_session; }
    EnvironmentKind environment() const;
    // The salted hash the lock screen checks the PIN against.
    QString pinHash() const { return m_pinHash; }

    // After a session on this workstation ends: its branch and terminal are
    // offered again where the configuration gave none.
    void offerWorkstation(const OperatorSession &lastSession);

    // A line above the fields, e.g. why the last session ended.
    void showNotice(const QString &text);
    void showProblem(const QString &text);

    // True once the keychain said this operator has no PIN here yet.
    bool isChoosingNewPin() const { return m_choosingNewPin; }
    // Waiting for the keychain or for the PIN check.
    bool isBusy() const { return m_busy; }

    // What the Sign in button (and Enter) does.
    void submit();

signals:
    void busyChanged(bool busy);
    // The keychain answered for the user code shown (tests, accessibility).
    void pinStateKnown();

private:
    enum class PinState { Unknown, Checking, Stored, NotStored, Failed };

    void buildUi(EnvironmentKind environment);
    void prefill();
    void environmentChanged();
    void swapDemoOperator();
    void userEdited();
    void lookUpPin();
    void setPinState(PinState state);
    void setChoosingNewPin(bool choosing);
    void prepareTrainingHash();
    void continueSubmit();
    void verifyPin(const QString &storedHash);
    void storeNewPin();
    void finishSignIn(const QString &pinHash);
    void refuse(QLineEdit *field, QLabel *errorLabel, const QString &message);
    void setBusy(bool busy);
    bool validateOperatorFields();
    void clearIssues();
    void setIssue(QLabel *errorLabel, QWidget *field, const QString &message);
    OperatorSession enteredSession() const;
    QString enteredUser() const;
    bool isTraining() const;
    void lockIfManaged(QLineEdit *field, const QString &key);

    QPointer<CredentialStore> m_credentials;
    const AppSettings *m_settings;
    QPointer<Journal> m_journal;

    PinState m_pinState = PinState::Unknown;
    QString m_pinStateUser;   // the user code m_pinState is about
    QString m_storedHash;     // of m_pinStateUser
    quint64 m_lookup = 0;     // id of the keychain read awaited
    QString m_trainingHash;   // the demo PIN's hash, in memory only
    bool m_trainingHashPending = false;
    bool m_choosingNewPin = false;
    bool m_submitPending = false;
    bool m_busy = false;

    OperatorSession m_session;
    QString m_pinHash;

    EnvironmentBanner *m_environmentBanner = nullptr;
    MessageBanner *m_notice = nullptr;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_branch = nullptr;
    QLineEdit *m_terminal = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_repeatPin = nullptr;
    QLabel *m_pinLabel = nullptr;
    QLabel *m_repeatPinLabel = nullptr;
    QLabel *m_pinHint = nullptr;
    QLabel *m_userError = nullptr;
    QLabel *m_branchError = nullptr;
    QLabel *m_terminalError = nullptr;
    QLabel *m_pinError = nullptr;
    QLabel *m_repeatPinError = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_quitButton = nullptr;
};
