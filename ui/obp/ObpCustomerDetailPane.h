#pragma once

#include "ObpFormContext.h"

#include <QWidget>

class ObpAddressesTab;
class ObpCrmEventsTab;
class ObpCustomerUpdateTab;
class ObpSocialMediaTab;
class ObpTaxResidencesTab;
class ObpUserLinkTab;
class QLabel;
class QTabWidget;

// The customer on screen: a summary, then sub-tabs for addresses, tax
// residences, social media handles, CRM events, updates and the user link.
// Opening a customer loads its addresses.
class ObpCustomerDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ObpCustomerDetailPane(ObpFormContext *context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ObpAddressesTab *addresses() const { return m_addresses; }

private:
    void showCustomer();
    void loadCurrentTab();

    ObpFormContext *m_context;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    ObpAddressesTab *m_addresses = nullptr;
    ObpTaxResidencesTab *m_taxResidences = nullptr;
    ObpSocialMediaTab *m_socialMedia = nullptr;
    ObpCrmEventsTab *m_crmEvents = nullptr;
    ObpCustomerUpdateTab *m_update = nullptr;
    ObpUserLinkTab *m_link = nullptr;
    QString m_loadedFor; // "<tab index>|<customer id>" already loaded
};
