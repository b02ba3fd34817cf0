#pragma once

#include "Environment.h"
#include "MainWindow.h"
#include "OperatorSession.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class ApiClient;
class AppSettings;
class CredentialStore;
class Journal;
class SignInDialog;
class TrainingServer;

// Composition root: builds the services, signs the operator in (Training:
// the demo operator at once; elsewhere the sign-in dialog), starts the
// training server when needed, then opens the main window. When a session
// ends (sign-out, too many wrong PINs) the window goes and the sign-in
// comes back.
class BranchDeskApp : public QObject
{
    Q_OBJECT
public:
    explicit BranchDeskApp(EnvironmentKind kind, QObject *parent = nullptr);
    ~BranchDeskApp() override;

    // On failure emits fatalError() with a message for the user.
    void start();

signals:
    void fatalError(const QString &message);

private:
    void showSignIn(const QString &notice, bool problem, const OperatorSession &lastSession = {});
    void signedIn(SignInDialog *dialog);
    void enter(EnvironmentKind kind, const QString &pinHash);
    void enterTraining(const QString &pinHash);
    void openMainWindow(const Environment &environment, const QString &pinHash, const QString &warning = {});
    void endSession(MainWindow::SessionEnd reason);
    bool openJournal(QString *error);

    EnvironmentKind m_kind;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TrainingServer> m_trainingServer;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SignInDialog> m_signIn;
    // What to open once the training server is up.
    QString m_pendingPinHash;
    bool m_trainingWanted = false;
    // The first start in Training signs the demo operator in without a
    // dialog; a failure then cannot fall back to the sign-in.
    bool m_automaticSignIn = false;
};
