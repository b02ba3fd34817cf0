#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM/SIGINT/SIGHUP into a Qt signal (self-pipe), so a desktop
// logout or `kill` ends BranchDesk through the event loop: the training
// server is stopped and its TLS folder removed, as on a normal exit.
class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject *parent = nullptr);

signals:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};
