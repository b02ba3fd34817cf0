#include "BranchDeskApp.h"

#include "ApiClient.h"
#include "AppSettings.h"
#include "CredentialStore.h"
#include "EnvironmentSettings.h"
#include "Journal.h"
#include "OperatorSession.h"
#include "TrainingServer.h"
#include "session/SessionJournal.h"
#include "session/SessionLock.h"
#include "session/SignInDialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QTimer>

BranchDeskApp::BranchDeskApp(EnvironmentKind kind, QObject *parent) : QObject(parent), m_kind(kind) {}

BranchDeskApp::~BranchDeskApp()
{
    // The window and the dialog (and their forms) go before the client they call.
    delete m_signIn.data();
    m_window.reset();
    m_client.reset();
    m_trainingServer.reset();
}

bool BranchDeskApp::openJournal(QString *error)
{
    auto journal = std::make_unique<Journal>();
    if (!journal->open(Journal::defaultPath(), error))
        return false;
    // The newest row's number and hash are also kept outside the file, so
    // deleting the last rows of the journal is detected too.
    AppSettings *settings = m_settings.get();
    if (settings) {
        journal->setAnchorStore(
            {[settings] {
                 return JournalAnchor::fromString(settings->value(QStringLiteral("journal/anchor")).toString());
             },
             [settings](const JournalAnchor &anchor) {
                 settings->setValue(QStringLiteral("journal/anchor"), anchor.toString());
             }});
    }
    m_journal = std::move(journal);
    return true;
}

void BranchDeskApp::start()
{
    m_settings = std::make_unique<AppSettings>();
    QString journalError;
    if (!openJournal(&journalError) && m_kind != EnvironmentKind::Training) {
        // Outside Training every operation must be journaled.
        emit fatalError(tr("The operation journal could not be opened, so BranchDesk cannot work in %1: %2")
                            .arg(Environment::displayName(m_kind), journalError));
        return;
    }
    m_credentials = std::make_unique<CredentialStore>();
    m_client = std::make_unique<ApiClient>(m_credentials.get(), m_journal.get());

    if (m_kind == EnvironmentKind::Training) {
        // One command to a working console: the demo operator, no dialog.
        // Its PIN hash is made by the main window, in memory only.
        m_automaticSignIn = true;
        const OperatorSession demo = OperatorSession::demoOperator();
        m_client->setOperatorSession(demo);
        SessionJournal::record(m_journal.get(), demo, EnvironmentKind::Training, SessionJournal::signIn,
                               QStringLiteral("ok"));
        enterTraining({});
        return;
    }
    showSignIn({}, false);
}

void BranchDeskApp::showSignIn(const QString &notice, bool problem, const OperatorSession &lastSession)
{
    if (m_signIn)
        m_signIn->deleteLater();
    m_signIn = new SignInDialog(m_credentials.get(), m_settings.get(), m_journal.get(), m_kind);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->offerWorkstation(lastSession);
    if (!notice.isEmpty()) {
        if (problem)
            m_signIn->showProblem(notice);
        else
            m_signIn->showNotice(notice);
    }
    SignInDialog *dialog = m_signIn;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { signedIn(dialog); });
    connect(dialog, &QDialog::rejected, this, [this] {
        // Quit from the sign-in: nothing is open, BranchDesk ends.
        if (!m_window)
            QCoreApplication::quit();
    });
    dialog->open();
}

void BranchDeskApp::signedIn(SignInDialog *dialog)
{
    const EnvironmentKind kind = dialog->environment();
    const OperatorSession session = dialog->session();
    const QString pinHash = dialog->pinHash();
    QString journalError;
    if (kind != EnvironmentKind::Training && !m_journal && !openJournal(&journalError)) {
        showSignIn(tr("The operation journal could not be opened, so only Training can be used: %1").arg(journalError),
                   true);
        return;
    }
    m_kind = kind;
    m_client->setOperatorSession(session);
    enter(kind, pinHash);
}

void BranchDeskApp::enter(EnvironmentKind kind, const QString &pinHash)
{
    if (kind == EnvironmentKind::Training) {
        enterTraining(pinHash);
        return;
    }
    // The training server has no business running outside Training.
    m_trainingWanted = false;
    m_trainingServer.reset();
    QString settingsError;
    const Environment environment = EnvironmentSettings(*m_settings).load(kind, &settingsError);
    openMainWindow(environment, pinHash, settingsError);
}

void BranchDeskApp::enterTraining(const QString &pinHash)
{
    m_pendingPinHash = pinHash;
    m_trainingWanted = true;
    if (m_trainingServer && m_trainingServer->isRunning()) {
        openMainWindow(Environment::training(m_trainingServer->url(), m_trainingServer->caCertificates()), pinHash);
        return;
    }
    if (m_trainingServer)
        return; // starting: started() opens the window
    m_trainingServer = std::make_unique<TrainingServer>();
    connect(m_trainingServer.get(), &TrainingServer::started, this, [this](const QUrl &url) {
        if (!m_trainingWanted)
            return;
        openMainWindow(Environment::training(url, m_trainingServer->caCertificates()), m_pendingPinHash);
    });
    connect(m_trainingServer.get(), &TrainingServer::failed, this, [this](const QString &reason) {
        const QString message = tr("Training mode could not start its training server. %1").arg(reason);
        if (m_automaticSignIn && !m_signIn) {
            emit fatalError(message);
            return;
        }
        // Chosen at the sign-in: back there, another environment may do.
        QTimer::singleShot(0, this, [this] { m_trainingServer.reset(); });
        m_client->setOperatorSession({});
        showSignIn(message, true);
    });
    m_trainingServer->start();
}

void BranchDeskApp::openMainWindow(const Environment &environment, const QString &pinHash, const QString &warning)
{
    m_trainingWanted = false;
    m_client->setEnvironment(environment);
    m_window = std::make_unique<MainWindow>(
        ConsoleServices{m_client.get(), m_journal.get(), m_credentials.get(), m_settings.get()});
    if (!pinHash.isEmpty())
        m_window->setUnlockPinHash(pinHash);
    // Queued: the window is deleted in reaction, not inside its own signal.
    connect(m_window.get(), &MainWindow::sessionEnded, this, &BranchDeskApp::endSession, Qt::QueuedConnection);
    m_window->show();
    if (!warning.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Environment settings"), warning, QMessageBox::Ok,
                                    m_window.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void BranchDeskApp::endSession(MainWindow::SessionEnd reason)
{
    const OperatorSession ended = m_client->operatorSession();
    const QString user = ended.user;
    // Nothing more can be sent in the ended session's name.
    m_client->setOperatorSession({});
    m_automaticSignIn = false;
    // The sign-in opens before the window closes, so the application never
    // finds itself without a window and quits.
    showSignIn(reason == MainWindow::SessionEnd::TooManyWrongPins
                   ? tr("The session of %1 ended after %2 wrong PINs. What was typed in the forms was discarded.")
                         .arg(user)
                         .arg(SessionLock::maximumAttempts)
                   : tr("%1 signed out.").arg(user),
               reason == MainWindow::SessionEnd::TooManyWrongPins, ended);
    m_window.reset();
}
