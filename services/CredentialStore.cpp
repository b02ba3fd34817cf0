#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QFileInfo>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace {

enum class Operation { Read, Write, Remove };

struct KeychainRequest
{
    Operation operation = Operation::Read;
    QString service;
    QString key;
    QString secret; // Write only; held in memory for the single retry
    int retryDelayMs = -1;
};

struct KeychainOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

using OutcomeHandler = std::function<void(const KeychainOutcome &)>;

// GLib finds the session bus in DBUS_SESSION_BUS_ADDRESS, else in
// $XDG_RUNTIME_DIR/bus, else autolaunches one through X11. Only a missing
// socket file or a missing $DISPLAY can be told without connecting.
bool sessionBusUnreachable()
{
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (address.isEmpty()) {
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/bus")))
            return false;
        return qEnvironmentVariableIsEmpty("DISPLAY");
    }
    const QStringList entries = address.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        if (!entry.startsWith(QLatin1String("unix:")))
            return false;
        QString path;
        const QStringList parameters = entry.mid(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &parameter : parameters) {
            if (parameter.startsWith(QLatin1String("path=")))
                path = QString::fromUtf8(QByteArray::fromPercentEncoding(parameter.mid(5).toUtf8()));
        }
        if (path.isEmpty() || QFileInfo::exists(path))
            return false;
    }
    return !entries.isEmpty();
}

// QtKeychain reports a missing D-Bus or Secret Service as OtherError and drops
// GLib's error domain, so the cause is recognised from the environment and
// from the untranslated parts of the message (D-Bus names).
bool meansNoKeyring(const KeychainOutcome &outcome)
{
    if (outcome.error == QKeychain::NoBackendAvailable)
        return true;
    if (outcome.error != QKeychain::OtherError)
        return false;
    if (sessionBusUnreachable())
        return true;
    static const QLatin1String markers[] = {
        QLatin1String("org.freedesktop.secrets"),
        QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"),
        QLatin1String("org.freedesktop.DBus.Error.NoServer"),
        QLatin1String("org.freedesktop.DBus.Error.Spawn"),
        QLatin1String("autolaunch"),
        QLatin1String("D-Bus"),
    };
    for (const QLatin1String &marker : markers) {
        if (outcome.errorString.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isClientCredentialsKey(const QString &key)
{
    return key.endsWith(QLatin1String("/client_id")) || key.endsWith(QLatin1String("/client_secret"));
}

ApiError credentialsError(const QString &message, const QString &technical = {})
{
    ApiError error = ApiError::make(ApiError::Kind::Credentials, message);
    // ApiError::userMessage() shows `detail` to the teller for this kind; the
    // keychain's own wording (never the secret: libsecret only reports D-Bus
    // and keyring states) is kept apart for support.
    error.description = technical;
    return error;
}

ApiError notStoredError(const QString &key)
{
    ApiError error;
    if (isClientCredentialsKey(key)) {
        const QString environment = key.section(QLatin1Char('/'), 0, -2);
        error = credentialsError(
            CredentialStore::tr("No client credentials are stored for %1; enter them in Settings.").arg(environment));
    } else {
        error = credentialsError(CredentialStore::tr("Nothing is stored in the keyring for %1; enter it again.").arg(key));
    }
    error.nothingStored = true;
    return error;
}

ApiError keychainError(Operation operation, const KeychainOutcome &outcome, const QString &key)
{
    const QString what = isClientCredentialsKey(key)
                             ? CredentialStore::tr("the client credentials for %1")
                                   .arg(key.section(QLatin1Char('/'), 0, -2))
                             : key;
    if (meansNoKeyring(outcome)) {
        return credentialsError(CredentialStore::tr("No keyring (Secret Service) is available on this workstation; "
                                                    "start the desktop session's keyring or ask IT. Credentials are "
                                                    "never stored in plain text."),
                                outcome.errorString);
    }
    if (outcome.error == QKeychain::EntryNotFound) {
        ApiError error = notStoredError(key);
        error.description = outcome.errorString;
        return error;
    }
    if (outcome.error == QKeychain::AccessDenied || outcome.error == QKeychain::AccessDeniedByUser) {
        return credentialsError(CredentialStore::tr("The keyring is locked or refused access to %1; unlock the "
                                                    "keyring (for example by logging in to the desktop session "
                                                    "again) and try again.")
                                    .arg(what),
                                outcome.errorString);
    }
    QString message;
    switch (operation) {
    case Operation::Read:
        message = CredentialStore::tr("The keyring could not read %1. It may be locked: unlock it and try again; "
                                      "if it keeps failing, ask IT.");
        break;
    case Operation::Write:
        message = CredentialStore::tr("The keyring could not save %1. It may be locked: unlock it and try again; "
                                      "if it keeps failing, ask IT. Nothing was stored elsewhere.");
        break;
    case Operation::Remove:
        message = CredentialStore::tr("The keyring could not delete %1. It may be locked: unlock it and try again; "
                                      "if it keeps failing, ask IT.");
        break;
    }
    return credentialsError(message.arg(what), outcome.errorString);
}

void runJob(const KeychainRequest &request, QObject *context, const OutcomeHandler &handler, bool mayRetry)
{
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(request.service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(request.service);
        writeJob->setTextData(request.secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(request.service);
        break;
    }
    // No parent: libsecret's callback holds a raw pointer to the job, so the
    // job must live until it finishes; autoDelete frees it afterwards.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(request.key);

    const QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [request, guard, handler, mayRetry](QKeychain::Job *done) {
                         if (!guard)
                             return;
                         KeychainOutcome outcome;
                         outcome.error = done->error();
                         if (outcome.error != QKeychain::NoError)
                             outcome.errorString = done->errorString();
                         else if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                             outcome.text = readJob->textData();
                         if (mayRetry && request.retryDelayMs >= 0 && meansNoKeyring(outcome)) {
                             QTimer::singleShot(request.retryDelayMs, guard.data(), [request, guard, handler] {
                                 if (guard)
                                     runJob(request, guard.data(), handler, false);
                             });
                             return;
                         }
                         handler(outcome);
                     });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(QStringLiteral("BranchDesk"), parent)
{
}

CredentialStore::CredentialStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{
}

QString CredentialStore::key(const QString &environment, const QString &name)
{
    return environment + QLatin1Char('/') + name;
}

void CredentialStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    const KeychainRequest request{Operation::Read, m_serviceName, key, {}, m_retryDelayMs};
    runJob(request, context ? context : this, [key, callback](const KeychainOutcome &outcome) {
        if (outcome.error != QKeychain::NoError)
            callback(Result<QString>(keychainError(Operation::Read, outcome, key)));
        else
            callback(Result<QString>(outcome.text));
    }, true);
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, DoneCallback callback)
{
    const KeychainRequest request{Operation::Write, m_serviceName, key, secret, m_retryDelayMs};
    runJob(request, context ? context : this, [key, callback](const KeychainOutcome &outcome) {
        if (outcome.error != QKeychain::NoError)
            callback(Result<bool>(keychainError(Operation::Write, outcome, key)));
        else
            callback(Result<bool>(true));
    }, true);
}

void CredentialStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    const KeychainRequest request{Operation::Remove, m_serviceName, key, {}, m_retryDelayMs};
    runJob(request, context ? context : this, [key, callback](const KeychainOutcome &outcome) {
        // The goal of a removal is that nothing is stored: already absent is fine.
        if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
            callback(Result<bool>(keychainError(Operation::Remove, outcome, key)));
        else
            callback(Result<bool>(true));
    }, true);
}

void CredentialStore::readClientCredentials(const QString &environment, QObject *context,
                                            CredentialsCallback callback)
{
    QObject *receiver = context ? context : this;
    const QPointer<QObject> guard(receiver);
    const KeychainRequest idRequest{Operation::Read, m_serviceName, key(environment, QStringLiteral("client_id")),
                                    {}, m_retryDelayMs};
    KeychainRequest secretRequest = idRequest;
    secretRequest.key = key(environment, QStringLiteral("client_secret"));

    runJob(idRequest, receiver, [guard, idRequest, secretRequest, callback](const KeychainOutcome &idOutcome) {
        if (idOutcome.error != QKeychain::NoError) {
            callback(Result<ClientCredentials>(keychainError(Operation::Read, idOutcome, idRequest.key)));
            return;
        }
        if (idOutcome.text.isEmpty()) {
            callback(Result<ClientCredentials>(notStoredError(idRequest.key)));
            return;
        }
        if (!guard)
            return;
        const QString clientId = idOutcome.text;
        runJob(secretRequest, guard.data(), [secretRequest, clientId, callback](const KeychainOutcome &secretOutcome) {
            if (secretOutcome.error != QKeychain::NoError) {
                callback(Result<ClientCredentials>(keychainError(Operation::Read, secretOutcome, secretRequest.key)));
                return;
            }
            if (secretOutcome.text.isEmpty()) {
                callback(Result<ClientCredentials>(notStoredError(secretRequest.key)));
                return;
            }
            callback(Result<ClientCredentials>(ClientCredentials{clientId, secretOutcome.text}));
        }, true);
    }, true);
}

void CredentialStore::writeClientCredentials(const QString &environment, const ClientCredentials &credentials,
                                             QObject *context, DoneCallback callback)
{
    QObject *receiver = context ? context : this;
    if (credentials.clientId.isEmpty() || credentials.clientSecret.isEmpty()) {
        const ApiError error = credentialsError(
            tr("Enter both the client id and the client secret for %1; nothing was stored.").arg(environment));
        // Still asynchronous, like every other answer of the store.
        QTimer::singleShot(0, receiver, [callback, error] { callback(Result<bool>(error)); });
        return;
    }
    const QPointer<QObject> guard(receiver);
    const KeychainRequest idRequest{Operation::Write, m_serviceName, key(environment, QStringLiteral("client_id")),
                                    credentials.clientId, m_retryDelayMs};
    KeychainRequest secretRequest = idRequest;
    secretRequest.key = key(environment, QStringLiteral("client_secret"));
    secretRequest.secret = credentials.clientSecret;

    runJob(idRequest, receiver, [guard, idRequest, secretRequest, callback](const KeychainOutcome &idOutcome) {
        if (idOutcome.error != QKeychain::NoError) {
            callback(Result<bool>(keychainError(Operation::Write, idOutcome, idRequest.key)));
            return;
        }
        if (!guard)
            return;
        runJob(secretRequest, guard.data(), [secretRequest, callback](const KeychainOutcome &secretOutcome) {
            if (secretOutcome.error != QKeychain::NoError)
                callback(Result<bool>(keychainError(Operation::Write, secretOutcome, secretRequest.key)));
            else
                callback(Result<bool>(true));
        }, true);
    }, true);
}
