#pragma once

#include "Environment.h"
#include "OperatorSession.h"

#include <QObject>
#include <QPointer>
#include <QString>

class Journal;

// The lock of one signed-in session: locks, checks the PIN against its
// salted hash (never the PIN itself), counts wrong PINs and ends the
// session after the fifth. Each step is journaled (SessionJournal).
class SessionLock : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximumAttempts = 5;
    enum class Reason { Idle, Operator };
    Q_ENUM(Reason)

    SessionLock(const OperatorSession &session, EnvironmentKind environment, Journal *journal,
                QObject *parent = nullptr);

    // The keychain's "pbkdf2-sha256$..." value for the signed-in operator.
    void setPinHash(const QString &hash);
    bool hasPinHash() const { return !m_pinHash.isEmpty(); }
    // Training: hashes the demo PIN in the background (no keychain there).
    void useTrainingDemoPin();

    const OperatorSession &session() const { return m_session; }
    EnvironmentKind environment() const { return m_environment; }
    bool isLocked() const { return m_locked; }
    bool isChecking() const { return m_checking; }
    bool hasEnded() const { return m_ended; }
    int attemptsLeft() const { return maximumAttempts - m_failedAttempts; }

    void lock(Reason reason);
    // Checks `pin` on a worker thread; unlocked(), unlockRefused() or
    // sessionEnded() follows. The caller clears its own copy of the PIN.
    void tryUnlock(const QString &pin);
    // The operator signs out (File > Sign out): journaled, then sessionEnded().
    void signOut();

signals:
    void locked(SessionLock::Reason reason);
    void unlocked();
    void checkingChanged(bool checking);
    // Wrong PIN; `attemptsLeft` > 0.
    void unlockRefused(int attemptsLeft);
    // No PIN hash is known for this session: unlocking is impossible.
    void unlockUnavailable();
    void sessionEnded();

private:
    void finishCheck(bool matches);
    void end(const QString &outcome);

    OperatorSession m_session;
    EnvironmentKind m_environment;
    QPointer<Journal> m_journal;
    QString m_pinHash;
    int m_failedAttempts = 0;
    bool m_locked = false;
    bool m_checking = false;
    bool m_ended = false;
};
