#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class SessionLock;

// What the main window shows instead of the workflows while locked: who is
// signed in, a PIN field, Unlock, and how many attempts are left. It holds
// no customer data; the forms stay behind it, hidden and intact.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(SessionLock *lock, QWidget *parent = nullptr);

    // Ready for a PIN: empty field with the focus, attempts shown.
    void prepare();

private:
    void unlock();
    void updateAttempts();
    void setChecking(bool checking);
    void showProblem(const QString &message);

    SessionLock *m_lock;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_attempts = nullptr;
    QLabel *m_checking = nullptr;
};
