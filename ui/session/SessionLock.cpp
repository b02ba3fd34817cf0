#include "SessionLock.h"

#include "Journal.h"
#include "OperatorPin.h"
#include "SessionJournal.h"

SessionLock::SessionLock(const OperatorSession &session, EnvironmentKind environment, Journal *journal,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_environment(environment)
    , m_journal(journal)
{
}

void SessionLock::setPinHash(const QString &hash)
{
    m_pinHash = hash;
}

void SessionLock::useTrainingDemoPin()
{
    OperatorPin::hashAsync(OperatorPin::trainingDemoPin(), this, [this](const QString &hash) {
        if (m_pinHash.isEmpty())
            m_pinHash = hash;
    });
}

void SessionLock::lock(Reason reason)
{
    if (m_locked || m_ended)
        return;
    m_locked = true;
    SessionJournal::record(m_journal, m_session, m_environment, SessionJournal::lock,
                           reason == Reason::Idle ? QStringLiteral("idle") : QStringLiteral("operator"));
    emit locked(reason);
}

void SessionLock::tryUnlock(const QString &pin)
{
    if (!m_locked || m_checking || m_ended)
        return;
    if (m_pinHash.isEmpty()) {
        emit unlockUnavailable();
        return;
    }
    m_checking = true;
    emit checkingChanged(true);
    OperatorPin::verifyAsync(pin, m_pinHash, this, [this](bool matches) { finishCheck(matches); });
}

void SessionLock::finishCheck(bool matches)
{
    m_checking = false;
    emit checkingChanged(false);
    if (!m_locked || m_ended)
        return;
    if (matches) {
        m_failedAttempts = 0;
        m_locked = false;
        SessionJournal::record(m_journal, m_session, m_environment, SessionJournal::unlock, QStringLiteral("ok"));
        emit unlocked();
        return;
    }
    ++m_failedAttempts;
    SessionJournal::record(m_journal, m_session, m_environment, SessionJournal::unlock, QStringLiteral("refused"));
    if (attemptsLeft() <= 0) {
        end(QStringLiteral("unlock-refused"));
        return;
    }
    emit unlockRefused(attemptsLeft());
}

void SessionLock::signOut()
{
    end(QStringLiteral("signed-out"));
}

void SessionLock::end(const QString &outcome)
{
    if (m_ended)
        return;
    m_ended = true;
    SessionJournal::record(m_journal, m_session, m_environment, SessionJournal::end, outcome);
    emit sessionEnded();
}
