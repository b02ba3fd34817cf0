#pragma once

#include "ApiClient.h"
#include "CustomersApi.h"

#include <QWidget>

class IntakeFileTab;
class IntakePersonEditor;
class IntakeProductsEditor;
class MessageBanner;
class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class RequestBusyRow;

// Workflow "Digital bank intake" (back office): "One person" (a person or
// legal entity, contact, addresses and products -> review -> send, "Sync
// Data") and "From file" (IntakeFileTab, "Sync Data From File"). Both are
// not idempotent: a send whose answer is lost is never repeated by itself.
class DigitalBankIntakeForm : public QWidget
{
    Q_OBJECT
public:
    explicit DigitalBankIntakeForm(ApiClient *client, QWidget *parent = nullptr);
    ~DigitalBankIntakeForm() override;

    SyncDataRequest request() const;
    // Checks the inputs; when valid, shows the review with "Confirm and send".
    void review();
    void confirmAndSend();
    void cancel();
    bool isBusy() const { return m_active != 0; }

signals:
    void busyChanged(bool busy);

private:
    QWidget *buildPersonTab();
    void setBusy(bool busy);
    void showReview(bool visible);
    void handle(const Result<SyncDataReply> &result);

    CustomersApi m_api;
    PendingCall<SyncDataReply> m_call;
    quint64 m_active = 0;
    quint64 m_last = 0;

    MessageBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    IntakePersonEditor *m_person = nullptr;
    IntakeProductsEditor *m_products = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QGroupBox *m_reviewBox = nullptr;
    QLabel *m_reviewSummary = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_editButton = nullptr;
    RequestBusyRow *m_busy = nullptr;
    IntakeFileTab *m_fileTab = nullptr;
};
