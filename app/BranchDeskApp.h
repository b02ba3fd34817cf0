#pragma once

#include "Environment.h"

#include <QObject>
#include <QString>

#include <memory>

class ApiClient;
class CredentialStore;
class Journal;
class MainWindow;
class TrainingServer;

// Composition root: builds the services for the chosen environment, starts
// the training server when needed, then opens the main window.
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
    void openMainWindow(const Environment &environment);

    EnvironmentKind m_kind;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TrainingServer> m_trainingServer;
    std::unique_ptr<MainWindow> m_window;
};
