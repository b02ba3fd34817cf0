#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPoint>

class QTimer;

// Watches the whole application for the operator's input (keys, mouse
// presses and moves, wheel, touch). After `timeout` without any, it warns
// with a countdown (the last 30 s, or half the timeout when that is
// shorter) and then emits timedOut(). Any input during the warning cancels
// it and starts the wait again.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximumWarningMs = 30000;

    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    int warningDuration() const;

    // Stopped while the screen is locked; started again after unlocking.
    void start();
    void stop();
    bool isActive() const { return m_active; }
    bool isWarning() const { return m_warning; }
    // Whole seconds until the lock while warning (rounded up).
    int secondsLeft() const;

signals:
    void warningStarted(int secondsLeft);
    void countdownChanged(int secondsLeft);
    void warningCancelled();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void noteInput();
    void arm();
    void onDeadline();
    void onTick();

    QTimer *m_deadline;
    QTimer *m_tick;
    QElapsedTimer m_sinceInput;
    QPoint m_lastMousePosition{-1, -1};
    int m_timeoutMs = 5 * 60 * 1000;
    int m_lastSecondsLeft = -1;
    bool m_active = false;
    bool m_warning = false;
};
