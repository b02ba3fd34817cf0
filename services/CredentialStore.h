#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

#include <functional>

struct ClientCredentials
{
    QString clientId;
    QString clientSecret;
};

// Secrets in the operating system's keychain (Secret Service on Linux, via
// QtKeychain). Never written to QSettings or any file: when no keyring is
// reachable the caller gets a Credentials error with a clear message, never a
// plaintext fallback. All calls are asynchronous; `context` bounds the
// callback's lifetime (a closed form gets no callback). A null context means
// the store itself. Callbacks never run before the call returns.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);
    // Tests use their own service name so they never touch a real profile.
    explicit CredentialStore(const QString &serviceName, QObject *parent = nullptr);

    QString serviceName() const { return m_serviceName; }

    // The one place keychain keys are made: "<environment>/<name>",
    // e.g. "QA/client_secret", "operator/DEMO01/pin".
    static QString key(const QString &environment, const QString &name);

    // The Secret Service may still be starting right after login: a call that
    // finds no keyring is tried once more after this delay. Negative: no retry.
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }
    int retryDelay() const { return m_retryDelayMs; }

    using ReadCallback = std::function<void(const Result<QString> &)>;
    using DoneCallback = std::function<void(const Result<bool> &)>;
    using CredentialsCallback = std::function<void(const Result<ClientCredentials> &)>;

    void read(const QString &key, QObject *context, ReadCallback callback);
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback);
    // Removing an entry that does not exist succeeds.
    void remove(const QString &key, QObject *context, DoneCallback callback);

    // client_id and client_secret of an environment, read together. Either
    // one missing or empty is reported as "not stored".
    void readClientCredentials(const QString &environment, QObject *context, CredentialsCallback callback);
    // Both must be non-empty; client_id is written first, then client_secret.
    void writeClientCredentials(const QString &environment, const ClientCredentials &credentials,
                                QObject *context, DoneCallback callback);

private:
    QString m_serviceName;
    int m_retryDelayMs = 2000;
};
