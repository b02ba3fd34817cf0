#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The row under a form's submit button while a request runs: a spinner (or
// an upload bar), what is happening, and Cancel. Hidden when idle. Shared by
// the account-read and intake forms.
class RequestBusyRow : public QWidget
{
    Q_OBJECT
public:
    // `prefix` makes the child object names unique per form part
    // ("owner" gives ownerBusyIndicator, ownerCancelButton ...).
    RequestBusyRow(const QString &prefix, QWidget *parent = nullptr);

    // Shows the spinner and `text`; Cancel enabled.
    void start(const QString &text);
    // Switches to a determinate bar (bytes sent of total).
    void setUploadProgress(qint64 sent, qint64 total);
    void stop();
    bool isRunning() const { return m_running; }

    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_cancel;
    bool m_running = false;
};

class ApiError;
class MessageBanner;

namespace AccountForms {
// A server or connection problem in `banner`, with the bank code and TxId
// kept on the detail line for the support desk.
void showError(MessageBanner *banner, const ApiError &error, const QString &text = {});
}
