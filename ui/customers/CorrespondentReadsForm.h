#pragma once

#include "ApiClient.h"
#include "CustomersApi.h"
#include "FieldIssue.h"

#include <QWidget>

class CorrespondentPointBox;
class MessageBanner;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class RequestBusyRow;

// Workflow "Correspondent reads": the service point once, then two tabs:
// "Consult owner" (account -> holder, status-basic-data) and "Consult PILA"
// (contribution form -> amount to pay in COP, period, due date dd/MM/yyyy).
class CorrespondentReadsForm : public QWidget
{
    Q_OBJECT
public:
    explicit CorrespondentReadsForm(ApiClient *client, QWidget *parent = nullptr);
    ~CorrespondentReadsForm() override;

    bool isBusy() const { return m_active != 0; }
    void consultOwner();
    void consultPila();
    void cancel();

signals:
    void busyChanged(bool busy);

private:
    QWidget *buildOwnerTab();
    QWidget *buildPilaTab();
    QLabel *addResultRow(QGroupBox *box, const QString &caption, const QString &objectName);
    void setBusy(bool busy, RequestBusyRow *row);
    void clearIssues();
    // True when nothing is wrong; otherwise shows each issue at its field.
    bool showIssues(const FieldIssues &issues);
    void setIssue(QLabel *label, QWidget *field, const QString &message);
    void showOwner(const Result<ConsultOwnerReply> &result);
    void showPila(const Result<PilaForm> &result);

    CustomersApi m_api;
    PendingCall<ConsultOwnerReply> m_ownerCall;
    PendingCall<PilaForm> m_pilaCall;
    quint64 m_active = 0;
    quint64 m_last = 0;

    MessageBanner *m_banner = nullptr;
    CorrespondentPointBox *m_point = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_ownerAccount = nullptr;
    QLabel *m_ownerAccountError = nullptr;
    QPushButton *m_ownerButton = nullptr;
    RequestBusyRow *m_ownerBusy = nullptr;
    QGroupBox *m_ownerResult = nullptr;
    QLabel *m_ownerName = nullptr;
    QLabel *m_ownerAccountShown = nullptr;

    QLineEdit *m_invoice = nullptr;
    QLabel *m_invoiceError = nullptr;
    QLineEdit *m_nit = nullptr;
    QLabel *m_nitError = nullptr;
    QPushButton *m_pilaButton = nullptr;
    RequestBusyRow *m_pilaBusy = nullptr;
    QGroupBox *m_pilaResult = nullptr;
    QLabel *m_pilaAmount = nullptr;
    QLabel *m_pilaPeriod = nullptr;
    QLabel *m_pilaDueDate = nullptr;
    QLabel *m_pilaNit = nullptr;
    QLabel *m_pilaApproval = nullptr;
};
