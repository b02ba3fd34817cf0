#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QString>

// Bearer tokens issued by the training server's /oauth2/token. Kept in
// memory only; expiry runs on the monotonic clock so a changed wall clock
// cannot revive or kill a token.
class AccessTokens
{
public:
    explicit AccessTokens(int lifetimeSeconds = 3600);

    int lifetimeSeconds() const { return m_lifetimeSeconds; }

    // A new random token (43 URL-safe characters, 256 bits).
    QString issue();
    bool isValid(const QString &token) const;
    // Invalidates every issued token; returns how many were still valid.
    int expireAll();

private:
    void dropExpired();

    int m_lifetimeSeconds;
    QHash<QString, QDeadlineTimer> m_tokens;
};
