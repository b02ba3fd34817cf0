#pragma once

#include "ApiClient.h"
#include "CustomersApi.h"
#include "IntakeFileCheck.h"

#include <QWidget>

class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class RequestBusyRow;

// "From file" of the digital-bank intake: a JSON file of the Sync Data
// shape, picked with a file dialog or typed as a path, checked locally
// (each problem listed with its place: line/column or JSON path), and only
// then sent base64-encoded ("Sync Data From File") with a progress bar.
class IntakeFileTab : public QWidget
{
    Q_OBJECT
public:
    IntakeFileTab(CustomersApi *api, MessageBanner *banner, QWidget *parent = nullptr);
    ~IntakeFileTab() override;

    void setPath(const QString &path);
    // Reads and checks the file; true when it can be sent.
    bool checkFile();
    // Checks again, then sends when nothing is wrong.
    void send();
    void cancel();
    bool isBusy() const { return m_active != 0; }

signals:
    void busyChanged(bool busy);

private:
    void browse();
    void showReport(const IntakeFileReport &report, qint64 size);
    void setBusy(bool busy);
    void handle(const Result<SyncDataReply> &result);

    CustomersApi *m_api;
    MessageBanner *m_banner;
    PendingCall<SyncDataReply> m_call;
    quint64 m_active = 0;
    quint64 m_last = 0;
    QByteArray m_content; // the file as checked: exactly what is sent

    QLineEdit *m_path = nullptr;
    QLabel *m_pathError = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_issues = nullptr;
    RequestBusyRow *m_busy = nullptr;
};
