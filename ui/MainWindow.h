#pragma once

#include "ConsoleServices.h"
#include "WorkflowCatalog.h"

#include <QList>
#include <QMainWindow>

class ApiClient;
class EnvironmentBanner;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

// The console's frame: environment banner, workflow navigation (list,
// Workflows menu, shortcuts) and status bar. It only navigates; each
// workflow's form does its own work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ConsoleServices &services, QWidget *parent = nullptr);

    // Shows the workflow with that id (see WorkflowCatalog); false if unknown.
    bool showWorkflow(const QString &id);
    QString currentWorkflow() const;

private:
    void buildNavigation();
    void buildMenus();
    void buildStatusBar();
    QWidget *createPage(const WorkflowInfo &workflow);
    void selectRow(int row);
    void focusCurrentPage();
    void showOperationOutcome(const QString &operation, bool ok, const QString &errorSummary);

    ConsoleServices m_services;
    ApiClient *m_client;
    QList<WorkflowInfo> m_workflows;
    EnvironmentBanner *m_banner = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QActionGroup *m_workflowActions = nullptr;
    QLabel *m_lastOperation = nullptr;
};
