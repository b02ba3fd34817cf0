#pragma once

#include "ConsoleServices.h"
#include "WorkflowCatalog.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class ApiClient;
class ConnectionStatusLabel;
class EnvironmentBanner;
class IdleWatcher;
class LockScreen;
class MessageBanner;
class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class SessionLock;
class ShortcutSheet;

// The console's frame: environment banner, workflow navigation (list,
// Workflows menu, shortcuts), the session's idle lock and the status bar
// (connection, environment, operator, branch, terminal). It only navigates;
// each workflow's form does its own work, and the session classes in
// session/ do the locking.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class SessionEnd { SignedOut, TooManyWrongPins };
    Q_ENUM(SessionEnd)

    explicit MainWindow(const ConsoleServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the workflow with that id (see WorkflowCatalog); false if unknown.
    bool showWorkflow(const QString &id);
    QString currentWorkflow() const;

    // The signed-in operator's PIN hash, which unlocks the screen. Training
    // hashes its demo PIN itself when none is given.
    void setUnlockPinHash(const QString &hash);
    // Overrides session/idleLockMinutes (tests use about a second).
    void setIdleTimeout(int milliseconds);
    int idleTimeout() const;

    bool isLocked() const;
    void lockNow();
    SessionLock *sessionLock() const { return m_lock; }
    void showShortcutSheet();

signals:
    // The window has done its part (journaled, forms left as they are); the
    // owner closes it and shows the sign-in again.
    void sessionEnded(MainWindow::SessionEnd reason);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildSession();
    void buildMenus();
    void buildStatusBar();
    QWidget *createPage(const WorkflowInfo &workflow);
    void selectRow(int row);
    void focusCurrentPage();
    void showOperationOutcome(const QString &operation, const QString &outcome, const QString &errorSummary);
    void applyIdleSetting();
    void showIdleWarning(int secondsLeft);
    void enterLock();
    void leaveLock();
    void setWorkActionsEnabled(bool enabled);
    void updateTitle();
    void confirmSignOut();
    void submitCurrentPage();

    ConsoleServices m_services;
    ApiClient *m_client;
    QList<WorkflowInfo> m_workflows;
    EnvironmentBanner *m_banner = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QActionGroup *m_workflowActions = nullptr;
    QLabel *m_lastOperation = nullptr;

    // The session: the workspace and the lock screen share one stack, so
    // locking hides the forms without destroying them.
    QStackedWidget *m_sessionStack = nullptr;
    QWidget *m_workspace = nullptr;
    LockScreen *m_lockScreen = nullptr;
    MessageBanner *m_idleWarning = nullptr;
    SessionLock *m_lock = nullptr;
    IdleWatcher *m_idle = nullptr;
    bool m_idleOverridden = false;
    QPointer<QWidget> m_focusBeforeLock;
    QList<QPointer<QWidget>> m_hiddenWindows;
    QPointer<ShortcutSheet> m_shortcutSheet;
    ConnectionStatusLabel *m_connection = nullptr;

    QAction *m_lockAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_submitAction = nullptr;
};
