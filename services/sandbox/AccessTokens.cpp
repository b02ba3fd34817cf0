#include "AccessTokens.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <array>

AccessTokens::AccessTokens(int lifetimeSeconds) : m_lifetimeSeconds(lifetimeSeconds) {}

QString AccessTokens::issue()
{
    dropExpired();
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray random(reinterpret_cast<const char *>(words.data()), int(sizeof(words)));
    const QString token = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(token, QDeadlineTimer(qint64(m_lifetimeSeconds) * 1000));
    return token;
}

bool AccessTokens::isValid(const QString &token) const
{
    if (token.isEmpty())
        return false;
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.constEnd() && !it->hasExpired();
}

int AccessTokens::expireAll()
{
    dropExpired();
    const int count = int(m_tokens.size());
    m_tokens.clear();
    return count;
}

void AccessTokens::dropExpired()
{
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->hasExpired())
            it = m_tokens.erase(it);
        else
            ++it;
    }
}
