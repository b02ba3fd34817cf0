#include "BranchDeskApp.h"

#include "ApiClient.h"
#include "CredentialStore.h"
#include "EnvironmentSettings.h"
#include "Journal.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "TrainingServer.h"

#include <QSettings>

BranchDeskApp::BranchDeskApp(EnvironmentKind kind, QObject *parent) : QObject(parent), m_kind(kind) {}

BranchDeskApp::~BranchDeskApp()
{
    // The window (and its forms) go before the client they call.
    m_window.reset();
    m_client.reset();
    m_trainingServer.reset();
}

void BranchDeskApp::start()
{
    m_journal = std::make_unique<Journal>();
    QString journalError;
    if (!m_journal->open(Journal::defaultPath(), &journalError)) {
        // Outside Training every operation must be journaled.
        if (m_kind != EnvironmentKind::Training) {
            emit fatalError(tr("The operation journal could not be opened, so BranchDesk cannot work in %1: %2")
                                .arg(Environment::displayName(m_kind), journalError));
            return;
        }
        m_journal.reset();
    }
    m_credentials = std::make_unique<CredentialStore>();
    m_client = std::make_unique<ApiClient>(m_credentials.get(), m_journal.get());

    if (m_kind == EnvironmentKind::Training) {
        m_trainingServer = std::make_unique<TrainingServer>();
        connect(m_trainingServer.get(), &TrainingServer::started, this, [this](const QUrl &url) {
            m_client->setOperatorSession(OperatorSession::demoOperator());
            openMainWindow(Environment::training(url, m_trainingServer->caCertificates()));
        });
        connect(m_trainingServer.get(), &TrainingServer::failed, this, [this](const QString &reason) {
            emit fatalError(tr("Training mode could not start its training server. %1").arg(reason));
        });
        m_trainingServer->start();
        return;
    }

    QSettings settings;
    EnvironmentSettings config(settings);
    QString settingsError;
    const Environment environment = config.load(m_kind, &settingsError);
    const OperatorSession session = config.operatorSession();
    if (!session.isValid()) {
        emit fatalError(tr("No operator, branch and terminal are configured for %1. Set operator/user, "
                           "operator/branchId and operator/terminalId in the settings file, or ask IT.")
                            .arg(Environment::displayName(m_kind)));
        return;
    }
    m_client->setOperatorSession(session);
    openMainWindow(environment);
}

void BranchDeskApp::openMainWindow(const Environment &environment)
{
    m_client->setEnvironment(environment);
    m_window = std::make_unique<MainWindow>(
        ConsoleServices{m_client.get(), m_journal.get(), m_credentials.get(), nullptr});
    m_window->show();
}
