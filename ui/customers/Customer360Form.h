#pragma once

#include "ApiClient.h"
#include "ChannelHolds.h"
#include "CustomerBasicData.h"
#include "CustomerBasicDataQuery.h"
#include "CustomersApi.h"
#include "SecurityApi.h"

#include <QWidget>

#include <functional>
#include <optional>

class ContactDataView;
class CustomerBasicDataView;
class HoldsSummaryView;
class LocationsView;
class MessageBanner;
class ProfileSearchBar;
class ProfileSection;
class QCheckBox;
class QPushButton;
class RemittanceProfileView;

// Workflow "Customer 360": one search (identification, or cellphone) fires
// the reads in parallel (basic data v4, locations, contact and financial
// data, channel holds, remittance profile) and fills one view. Each section
// loads on its own, with its own spinner, error and Retry; the others still
// show. Searched by cellphone, basic data answers first with the
// identification the other reads need. Copy and Print mask identity numbers
// unless the adviser reveals them; ApiClient journals every read.
class Customer360Form : public QWidget
{
    Q_OBJECT
public:
    explicit Customer360Form(ApiClient *client, QWidget *parent = nullptr);
    ~Customer360Form() override;

    void search();
    void cancel();
    // Searches this identification (another workflow opening the 360 view).
    void lookUp(const QString &govIssueIdentType, const QString &identSerialNum);
    bool isBusy() const;
    // What Copy puts on the clipboard (and Print on paper).
    QString exportText() const;

signals:
    void busyChanged(bool busy);

private:
    // One section's read in flight: its generation drops late answers after a
    // new search, Retry or Cancel; `cancel` aborts the request.
    struct Run
    {
        ProfileSection *section = nullptr;
        quint64 generation = 0;
        std::function<void()> cancel;
        std::function<void()> start;
    };

    void buildUi();
    void startBasicData();
    void startIdentityReads();
    template <typename T, typename Show>
    void launch(Run &run, PendingCall<T> call, Show show);
    void updateBusy();

    CustomersApi m_customers;
    SecurityApi m_security;
    CustomerBasicDataQuery m_query;
    QString m_identType;
    QString m_identNumber;
    std::optional<CustomerBasicData> m_lastBasic;
    bool m_wasBusy = false;

    Run m_basic;
    Run m_locations;
    Run m_contact;
    Run m_holds;
    Run m_remittance;

    MessageBanner *m_banner = nullptr;
    ProfileSearchBar *m_searchBar = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QCheckBox *m_reveal = nullptr;
    CustomerBasicDataView *m_basicView = nullptr;
    LocationsView *m_locationsView = nullptr;
    ContactDataView *m_contactView = nullptr;
    HoldsSummaryView *m_holdsView = nullptr;
    RemittanceProfileView *m_remittanceView = nullptr;
};
