#pragma once

#include "ObpApi.h"

#include <QWidget>

class ApiClient;
class CredentialStore;
class MessageBanner;
class ObpConnectionBar;
class ObpCreateCustomerTab;
class ObpCustomerDetailPane;
class ObpCustomerListsTab;
class ObpFindCustomerTab;
class ObpFormContext;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

// Workflow "OBP customers" (Open Bank Project v3.1.0, Customer section):
// the connection bar (environment, OBP user, bank, Log in/out), then tabs to
// create a customer, find one, list them, and work on the one open
// (addresses, tax residences, social media, CRM events, updates, user link).
// Each tab is its own widget; this form only wires them.
class ObpCustomersForm : public QWidget
{
    Q_OBJECT
public:
    ObpCustomersForm(ApiClient *client, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ObpCustomersForm() override;

    ObpApi *api() const { return m_api; }
    ObpFormContext *context() const { return m_context; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    ObpApi *m_api;
    ObpFormContext *m_context = nullptr;
    MessageBanner *m_banner = nullptr;
    ObpConnectionBar *m_bar = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    ObpCreateCustomerTab *m_create = nullptr;
    ObpFindCustomerTab *m_find = nullptr;
    ObpCustomerListsTab *m_lists = nullptr;
    ObpCustomerDetailPane *m_detail = nullptr;
};
