#include "MainWindow.h"

#include "OperationNames.h"

#include "ApiClient.h"
#include "AppSettings.h"
#include "WorkflowPages.h"
#include "session/ConnectionStatusLabel.h"
#include "session/IdleWatcher.h"
#include "session/LockScreen.h"
#include "session/SessionLock.h"
#include "session/ShortcutSheet.h"
#include "widgets/EnvironmentBanner.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QColor>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QToolTip>
#include <QVBoxLayout>

MainWindow::MainWindow(const ConsoleServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_client(services.client)
    , m_workflows(WorkflowCatalog::all())
{
    setObjectName(QStringLiteral("mainWindow"));
    const EnvironmentKind kind = m_client->environment().kind;
    setWindowIcon(QIcon(QStringLiteral(":/branchdesk/icons/branchdesk.svg")));
    setMinimumSize(960, 640);
    resize(1280, 760);

    m_banner = new EnvironmentBanner(this);
    m_banner->setEnvironment(kind);

    buildNavigation();

    m_workspace = new QWidget(this);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    auto *body = new QHBoxLayout(m_workspace);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);

    buildSession();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_idleWarning);
    layout->addWidget(m_sessionStack, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    updateTitle();
    selectRow(0);
    // Ready to type: the first workflow's first field has the focus.
    focusCurrentPage();
    m_idle->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("workflowNavigation"));
    m_navigation->setAccessibleName(tr("Workflows"));
    m_navigation->setFixedWidth(250);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 5px 8px; }"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("workflowPages"));

    for (const WorkflowInfo &workflow : std::as_const(m_workflows)) {
        auto *item = new QListWidgetItem(workflow.title(), m_navigation);
        const QString shortcut = workflow.shortcut.toString(QKeySequence::NativeText);
        const QString description = workflow.available
                                        ? tr("%1 Shortcut: %2.").arg(workflow.purpose, shortcut)
                                        : tr("%1 Arrives in a later version. Shortcut: %2.")
                                              .arg(workflow.purpose, shortcut);
        item->setData(Qt::AccessibleTextRole, workflow.title());
        item->setData(Qt::AccessibleDescriptionRole, description);
        item->setToolTip(description);
        item->setData(Qt::UserRole, workflow.id);
        if (!workflow.available) {
            // Still selectable (its page explains), but visibly not there yet;
            // muted, not greyed out, so it stays readable and does not look dead.
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setForeground(QColor(0x5f, 0x63, 0x68));
        }
        m_pages->addWidget(createPage(workflow));
    }

    // Arrow keys in the list only browse; a click or Enter means "work here".
    connect(m_navigation, &QListWidget::itemClicked, this, [this] { focusCurrentPage(); });
    connect(m_navigation, &QListWidget::itemActivated, this, [this] { focusCurrentPage(); });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (QAction *action = m_workflowActions ? m_workflowActions->actions().value(row) : nullptr)
            action->setChecked(true);
    });
}

QWidget *MainWindow::createPage(const WorkflowInfo &workflow)
{
    QWidget *page = WorkflowPages::create(workflow, m_services);

    // Forms scroll rather than squeeze on small screens.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(workflow.id + QStringLiteral("Page"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(page);
    return scroll;
}

void MainWindow::buildSession()
{
    const OperatorSession &session = m_client->operatorSession();
    const EnvironmentKind kind = m_client->environment().kind;
    m_lock = new SessionLock(session, kind, m_services.journal, this);
    if (kind == EnvironmentKind::Training)
        m_lock->useTrainingDemoPin();

    m_lockScreen = new LockScreen(m_lock, this);
    m_sessionStack = new QStackedWidget(this);
    m_sessionStack->setObjectName(QStringLiteral("sessionStack"));
    m_sessionStack->addWidget(m_workspace);
    m_sessionStack->addWidget(m_lockScreen);
    m_sessionStack->setCurrentWidget(m_workspace);

    m_idleWarning = new MessageBanner(this);
    m_idleWarning->setObjectName(QStringLiteral("idleWarning"));
    m_idleWarning->setAccessibleName(tr("Idle lock warning"));

    m_idle = new IdleWatcher(this);
    applyIdleSetting();
    if (m_services.settings) {
        connect(m_services.settings, &AppSettings::changed, this, [this](const QString &key) {
            if (key.compare(AppSettings::idleLockMinutesKey(), Qt::CaseInsensitive) == 0)
                applyIdleSetting();
        });
    }
    connect(m_idle, &IdleWatcher::warningStarted, this, &MainWindow::showIdleWarning);
    connect(m_idle, &IdleWatcher::countdownChanged, this, &MainWindow::showIdleWarning);
    connect(m_idle, &IdleWatcher::warningCancelled, this, [this] { m_idleWarning->clear(); });
    connect(m_idle, &IdleWatcher::timedOut, this, [this] { m_lock->lock(SessionLock::Reason::Idle); });

    connect(m_lock, &SessionLock::locked, this, &MainWindow::enterLock);
    connect(m_lock, &SessionLock::unlocked, this, &MainWindow::leaveLock);
    connect(m_lock, &SessionLock::sessionEnded, this, [this] {
        m_idle->stop();
        m_idleWarning->clear();
        emit sessionEnded(m_lock->attemptsLeft() <= 0 ? SessionEnd::TooManyWrongPins : SessionEnd::SignedOut);
    });
}

void MainWindow::applyIdleSetting()
{
    if (m_idleOverridden)
        return;
    const int minutes = m_services.settings ? m_services.settings->idleLockMinutes()
                                            : AppSettings::defaultIdleLockMinutes;
    m_idle->setTimeout(minutes * 60 * 1000);
}

void MainWindow::setIdleTimeout(int milliseconds)
{
    m_idleOverridden = true;
    m_idle->setTimeout(milliseconds);
}

int MainWindow::idleTimeout() const
{
    return m_idle->timeout();
}

void MainWindow::setUnlockPinHash(const QString &hash)
{
    m_lock->setPinHash(hash);
}

bool MainWindow::isLocked() const
{
    return m_lock->isLocked();
}

void MainWindow::lockNow()
{
    m_lock->lock(SessionLock::Reason::Operator);
}

void MainWindow::showIdleWarning(int secondsLeft)
{
    m_idleWarning->showMessage(MessageBanner::Type::Warning,
                               tr("Locking in %1 s \u2014 press any key to stay signed in.").arg(secondsLeft));
}

void MainWindow::enterLock()
{
    m_idle->stop();
    m_idleWarning->clear();
    // Nothing of a form may stay on screen: open menus and pop-ups close,
    // this window's dialogs hide until the PIN is back.
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    QToolTip::hideText();
    m_hiddenWindows.clear();
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isWindow() && child->isVisible()) {
            m_hiddenWindows.append(child);
            child->hide();
        }
    }
    QWidget *focused = QApplication::focusWidget();
    m_focusBeforeLock = focused && m_workspace->isAncestorOf(focused) ? focused : nullptr;

    setWorkActionsEnabled(false);
    m_sessionStack->setCurrentWidget(m_lockScreen);
    updateTitle();
    m_lockScreen->prepare();
}

void MainWindow::leaveLock()
{
    m_sessionStack->setCurrentWidget(m_workspace);
    setWorkActionsEnabled(true);
    updateTitle();
    for (const QPointer<QWidget> &window : std::as_const(m_hiddenWindows)) {
        if (window)
            window->show();
    }
    m_hiddenWindows.clear();
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus(Qt::OtherFocusReason);
    else
        focusCurrentPage();
    m_idle->start();
}

// While locked only what shows no data stays available (the shortcut sheet).
void MainWindow::setWorkActionsEnabled(bool enabled)
{
    m_workflowActions->setEnabled(enabled);
    m_lockAction->setEnabled(enabled);
    m_signOutAction->setEnabled(enabled);
    m_quitAction->setEnabled(enabled);
    m_submitAction->setEnabled(enabled);
}

void MainWindow::updateTitle()
{
    const QString environment = Environment::displayName(m_client->environment().kind);
    setWindowTitle(isLocked() ? tr("BranchDesk \u2014 %1 \u2014 Locked").arg(environment)
                              : tr("BranchDesk \u2014 %1").arg(environment));
}

// A locked console cannot be closed from its window: whoever stands at it
// must not be able to discard the operator's forms.
void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isLocked()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_lockAction = fileMenu->addAction(tr("&Lock screen"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(GlobalShortcuts::lock());
    m_lockAction->setStatusTip(tr("Hide the forms until your PIN is entered; your work stays as it is."));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockNow);
    m_signOutAction = fileMenu->addAction(tr("Sign &out\u2026"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setStatusTip(tr("End this session and show the sign-in."));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::confirmSignOut);
    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(GlobalShortcuts::quit());
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *workflowMenu = menuBar()->addMenu(tr("&Workflows"));
    workflowMenu->setObjectName(QStringLiteral("workflowMenu"));
    m_workflowActions = new QActionGroup(this);
    m_workflowActions->setExclusive(true);
    for (int row = 0; row < m_workflows.size(); ++row) {
        const WorkflowInfo &workflow = m_workflows.at(row);
        QAction *action = workflowMenu->addAction(workflow.menuText);
        action->setObjectName(workflow.id + QStringLiteral("Action"));
        action->setShortcut(workflow.shortcut);
        action->setCheckable(true);
        action->setStatusTip(workflow.purpose);
        m_workflowActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, row] {
            selectRow(row);
            focusCurrentPage();
        });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutSheetAction"));
    shortcuts->setShortcut(GlobalShortcuts::help());
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcutSheet);

    // In no menu, but listed on the shortcut sheet.
    m_submitAction = new QAction(tr("Submit the form"), this);
    m_submitAction->setObjectName(QStringLiteral("submitAction"));
    m_submitAction->setShortcuts(GlobalShortcuts::submit());
    connect(m_submitAction, &QAction::triggered, this, &MainWindow::submitCurrentPage);
    addAction(m_submitAction);
}

void MainWindow::showShortcutSheet()
{
    if (!m_shortcutSheet) {
        m_shortcutSheet = new ShortcutSheet(m_workflows, this);
        m_shortcutSheet->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcutSheet->open();
    m_shortcutSheet->raise();
    m_shortcutSheet->activateWindow();
}

void MainWindow::confirmSignOut()
{
    auto *question = new QMessageBox(QMessageBox::Question, tr("Sign out"),
                                     tr("Sign out %1? Whatever is typed in the forms is discarded.")
                                         .arg(m_client->operatorSession().user),
                                     QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("signOutQuestion"));
    QPushButton *signOut = question->addButton(tr("&Sign out"), QMessageBox::AcceptRole);
    signOut->setObjectName(QStringLiteral("signOutConfirmButton"));
    signOut->setAccessibleName(tr("Sign out"));
    QPushButton *stay = question->addButton(tr("S&tay signed in"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("signOutCancelButton"));
    stay->setAccessibleName(tr("Stay signed in"));
    question->setDefaultButton(stay);
    question->setEscapeButton(stay);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, signOut](QAbstractButton *button) {
        if (button == signOut)
            m_lock->signOut();
    });
    question->open();
}

// Ctrl+Enter presses the current form's submit button: the one a form marks
// with the property "submitsForm" (or names "submitButton", or
// "searchButton" in a lookup), when it can be pressed.
void MainWindow::submitCurrentPage()
{
    QWidget *page = m_pages->currentWidget();
    if (!page)
        return;
    const QList<QAbstractButton *> buttons = page->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        const bool submits = button->property("submitsForm").toBool()
                             || button->objectName() == QLatin1String("submitButton")
                             || button->objectName() == QLatin1String("searchButton");
        if (submits && button->isEnabled() && button->isVisible()) {
            button->click();
            return;
        }
    }
}

void MainWindow::buildStatusBar()
{
    const Environment &environment = m_client->environment();
    const OperatorSession &session = m_client->operatorSession();

    m_lastOperation = new QLabel(tr("No operation yet."), this);
    m_lastOperation->setObjectName(QStringLiteral("statusLastOperation"));
    m_lastOperation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_lastOperation, 1);

    m_connection = new ConnectionStatusLabel(m_client, this);
    statusBar()->addPermanentWidget(m_connection);

    const QList<QPair<QString, QString>> facts = {
        {QStringLiteral("statusEnvironment"), tr("Environment: %1").arg(Environment::displayName(environment.kind))},
        {QStringLiteral("statusOperator"), tr("Operator: %1").arg(session.user)},
        {QStringLiteral("statusBranch"), tr("Branch: %1").arg(session.branchId)},
        {QStringLiteral("statusTerminal"), tr("Terminal: %1").arg(session.terminalId)},
    };
    for (const auto &[name, text] : facts) {
        auto *label = new QLabel(text, this);
        label->setObjectName(name);
        label->setAccessibleName(text);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }

    connect(m_client, &ApiClient::operationOutcome, this, &MainWindow::showOperationOutcome);
}

void MainWindow::showOperationOutcome(const QString &operationId, const QString &outcome, const QString &errorSummary)
{
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    const QString operation = OperationNames::title(operationId);
    // The form shows the whole story; the status bar keeps one short line so
    // the operator, branch and terminal beside it are never pushed away.
    if (outcome == QLatin1String("ok"))
        m_lastOperation->setText(tr("%1 %2: completed.").arg(time, operation));
    else if (outcome == QLatin1String("cancelled"))
        m_lastOperation->setText(tr("%1 %2: cancelled.").arg(time, operation));
    else if (outcome == QLatin1String("not-found"))
        m_lastOperation->setText(tr("%1 %2: nothing found.").arg(time, operation));
    else
        m_lastOperation->setText(tr("%1 %2: failed.").arg(time, operation));
    m_lastOperation->setToolTip(errorSummary.isEmpty()
                                    ? m_lastOperation->text()
                                    : tr("%1 %2: %3 (%4).").arg(time, operationId, outcome, errorSummary));
}

bool MainWindow::showWorkflow(const QString &id)
{
    for (int row = 0; row < m_workflows.size(); ++row) {
        if (m_workflows.at(row).id == id) {
            selectRow(row);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentWorkflow() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_workflows.size() ? m_workflows.at(row).id : QString();
}

void MainWindow::selectRow(int row)
{
    m_navigation->setCurrentRow(row);
}

// A shortcut, a click in the navigation or Enter on it takes the teller
// straight to the workflow's first place to type (the identification number
// rather than the "search by" choice before it, whose default is usually
// right); a page without one gets its first control.
void MainWindow::focusCurrentPage()
{
    QWidget *page = m_pages->currentWidget();
    if (!page)
        return;
    QWidget *firstControl = nullptr;
    for (QWidget *widget = page->nextInFocusChain(); widget && widget != page;
         widget = widget->nextInFocusChain()) {
        if (!page->isAncestorOf(widget) || !widget->isEnabled() || !widget->isVisibleTo(page)
            || (widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            continue;
        auto *edit = qobject_cast<QLineEdit *>(widget);
        if (edit && !edit->isReadOnly()) {
            widget->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        if (!firstControl)
            firstControl = widget;
    }
    if (firstControl)
        firstControl->setFocus(Qt::ShortcutFocusReason);
}
