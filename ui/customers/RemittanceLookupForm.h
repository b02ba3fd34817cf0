#pragma once

#include "ApiClient.h"
#include "CustomersApi.h"
#include "RemittanceCustomer.h"

#include <QWidget>

class MessageBanner;
class ProfileSearchBar;
class ProfileSection;
class QCheckBox;
class QPushButton;
class RemittanceProfileView;

// Workflow "Remittance lookup" (Remittances - Consult customer): search by
// identification, then the customer's remittance profile with a prominent
// warning for a publicly exposed (PEP) or inactive customer. Copy and Print
// mask identity numbers unless the adviser reveals them.
class RemittanceLookupForm : public QWidget
{
    Q_OBJECT
public:
    explicit RemittanceLookupForm(ApiClient *client, QWidget *parent = nullptr);
    ~RemittanceLookupForm() override;

    void search();
    void cancel();
    void lookUp(const QString &govIssueIdentType, const QString &identSerialNum);
    bool isBusy() const;
    QString exportText() const;

signals:
    void busyChanged(bool busy);

private:
    void startRead();
    void setBusy(bool busy);

    CustomersApi m_api;
    PendingCall<RemittanceCustomer> m_call;
    quint64 m_generation = 0;
    QString m_identType;
    QString m_identNumber;

    MessageBanner *m_banner = nullptr;
    ProfileSearchBar *m_searchBar = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QCheckBox *m_reveal = nullptr;
    ProfileSection *m_section = nullptr;
    RemittanceProfileView *m_view = nullptr;
};
