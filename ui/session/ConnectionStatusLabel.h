#pragma once

#include <QLabel>

class ApiClient;
class QTimer;

// The status bar's word on the link to the bank: reachable or not, whether
// the access token is valid, and the last problem with its time, e.g.
// "Connected · token valid until 14:32" or
// "Server unreachable · last error 14:02: no answer in time".
class ConnectionStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionStatusLabel(ApiClient *client, QWidget *parent = nullptr);

    void refresh();

private:
    ApiClient *m_client;
    QTimer *m_clock;
};
