#include "MainWindow.h"

#include "ApiClient.h"
#include "customers/CustomerLookupForm.h"
#include "widgets/EnvironmentBanner.h"
#include "widgets/WorkflowPlaceholderPage.h"

#include <QAction>
#include <QActionGroup>
#include <QColor>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QVBoxLayout>

MainWindow::MainWindow(const ConsoleServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_client(services.client)
    , m_workflows(WorkflowCatalog::all())
{
    setObjectName(QStringLiteral("mainWindow"));
    const EnvironmentKind kind = m_client->environment().kind;
    setWindowTitle(tr("BranchDesk \u2014 %1").arg(Environment::displayName(kind)));
    setWindowIcon(QIcon(QStringLiteral(":/branchdesk/icons/branchdesk.svg")));
    setMinimumSize(960, 640);
    resize(1280, 760);

    m_banner = new EnvironmentBanner(this);
    m_banner->setEnvironment(kind);

    buildNavigation();

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    selectRow(0);
}

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
    QWidget *page = nullptr;
    if (workflow.id == WorkflowCatalog::customerLookup)
        page = new CustomerLookupForm(m_client);
    else
        page = new WorkflowPlaceholderPage(workflow.title(), workflow.purpose);

    // Forms scroll rather than squeeze on small screens.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(workflow.id + QStringLiteral("Page"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(page);
    return scroll;
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

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
}

void MainWindow::buildStatusBar()
{
    const Environment &environment = m_client->environment();
    const OperatorSession &session = m_client->operatorSession();

    m_lastOperation = new QLabel(tr("No operation yet."), this);
    m_lastOperation->setObjectName(QStringLiteral("statusLastOperation"));
    m_lastOperation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_lastOperation, 1);

    const QList<QPair<QString, QString>> facts = {
        {QStringLiteral("statusEnvironment"), tr("Environment: %1").arg(Environment::displayName(environment.kind))},
        {QStringLiteral("statusOperator"), tr("Operator: %1").arg(session.user)},
        {QStringLiteral("statusBranch"), tr("Branch: %1").arg(session.branchId)},
        {QStringLiteral("statusTerminal"), tr("Terminal: %1").arg(session.terminalId)},
    };
    for (const auto &[name, text] : facts) {
        auto *label = new QLabel(text, this);
        label->setObjectName(name);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }

    connect(m_client, &ApiClient::operationFinished, this, &MainWindow::showOperationOutcome);
}

void MainWindow::showOperationOutcome(const QString &operation, bool ok, const QString &errorSummary)
{
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    // The form shows the whole story; the status bar keeps one short line so
    // the operator, branch and terminal beside it are never pushed away.
    m_lastOperation->setText(ok ? tr("%1 %2: completed.").arg(time, operation)
                                : tr("%1 %2: failed.").arg(time, operation));
    m_lastOperation->setToolTip(ok ? m_lastOperation->text() : tr("%1 %2: failed (%3).").arg(time, operation, errorSummary));
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

// A shortcut takes the teller straight to the workflow's first input.
void MainWindow::focusCurrentPage()
{
    QWidget *page = m_pages->currentWidget();
    if (!page)
        return;
    for (QWidget *widget = page->nextInFocusChain(); widget && widget != page;
         widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && widget->isEnabled() && widget->isVisibleTo(page)
            && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus) {
            widget->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}
