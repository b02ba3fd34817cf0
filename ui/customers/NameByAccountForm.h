#pragma once

#include "ApiClient.h"
#include "CustomersApi.h"
#include "FieldIssue.h"

#include <QWidget>

class MessageBanner;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RequestBusyRow;

// Workflow "Name by account": identification (type + number) and account
// number -> the holder's name ("Get customer name by account"). Each
// documented refusal is said next to the field it concerns (not the holder,
// no such account, no holder, not a customer), with the bank's code and the
// transaction id in the banner.
class NameByAccountForm : public QWidget
{
    Q_OBJECT
public:
    explicit NameByAccountForm(ApiClient *client, QWidget *parent = nullptr);
    ~NameByAccountForm() override;

    NameByAccountQuery query() const;
    bool isBusy() const { return m_active != 0; }
    void check();
    void cancel();

signals:
    void busyChanged(bool busy);

private:
    void buildUi();
    void setBusy(bool busy);
    void clearIssues();
    void showIssues(const FieldIssues &issues);
    void setIssue(QLabel *label, QWidget *field, const QString &message);
    void handle(const Result<NameByAccountReply> &result, const NameByAccountQuery &query);

    CustomersApi m_api;
    PendingCall<NameByAccountReply> m_call;
    quint64 m_active = 0;
    quint64 m_last = 0;

    MessageBanner *m_banner = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_account = nullptr;
    QLabel *m_typeError = nullptr;
    QLabel *m_numberError = nullptr;
    QLabel *m_accountError = nullptr;
    QPushButton *m_checkButton = nullptr;
    RequestBusyRow *m_busy = nullptr;
    QGroupBox *m_resultBox = nullptr;
    QLabel *m_holderName = nullptr;
    QLabel *m_resultDetail = nullptr;
};
