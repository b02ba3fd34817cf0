#pragma once

#include "CredentialStore.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QStringList>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

namespace KeychainTestSupport {

inline const QString &testServiceName()
{
    static const QString name = QStringLiteral("BranchDeskTests");
    return name;
}

// A value no earlier run can have left anywhere.
inline QString uniqueText(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Starts an asynchronous store call with a context that lives exactly as long
// as the wait, and returns its one result. `start(context, callback)`.
template <typename T, typename Start>
std::optional<Result<T>> waitForResult(Start start, int *calls = nullptr, int timeoutMs = 20000)
{
    std::optional<Result<T>> result;
    int delivered = 0;
    QObject context;
    start(&context, [&result, &delivered](const Result<T> &r) {
        ++delivered;
        result = r;
    });
    EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        << "no answer from the credential store";
    if (calls) {
        // Give a second (wrong) delivery the chance to show up.
        QTest::qWait(300);
        *calls = delivered;
    }
    return result;
}

inline std::optional<Result<QString>> readNow(CredentialStore &store, const QString &key, int *calls = nullptr)
{
    return waitForResult<QString>(
        [&](QObject *context, auto callback) { store.read(key, context, callback); }, calls);
}

inline std::optional<Result<bool>> writeNow(CredentialStore &store, const QString &key, const QString &secret)
{
    return waitForResult<bool>(
        [&](QObject *context, auto callback) { store.write(key, secret, context, callback); });
}

inline std::optional<Result<bool>> removeNow(CredentialStore &store, const QString &key)
{
    return waitForResult<bool>([&](QObject *context, auto callback) { store.remove(key, context, callback); });
}

inline std::optional<Result<ClientCredentials>> readCredentialsNow(CredentialStore &store, const QString &environment)
{
    return waitForResult<ClientCredentials>(
        [&](QObject *context, auto callback) { store.readClientCredentials(environment, context, callback); });
}

inline std::optional<Result<bool>> writeCredentialsNow(CredentialStore &store, const QString &environment,
                                                       const ClientCredentials &credentials)
{
    return waitForResult<bool>([&](QObject *context, auto callback) {
        store.writeClientCredentials(environment, credentials, context, callback);
    });
}

// Files under `root` whose bytes contain `needle` (UTF-8 or UTF-16), skipping
// the directories in `excluded` (the keyring's own storage).
inline QStringList filesContaining(const QString &root, const QString &needle, const QStringList &excluded = {})
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        bool skip = false;
        for (const QString &dir : excluded)
            skip = skip || path.startsWith(dir + QLatin1Char('/'));
        if (skip)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            hits << path;
    }
    return hits;
}

// Where gnome-keyring keeps its keyrings: the one place a secret may be.
inline QString keyringDirectory()
{
    return QDir::homePath() + QStringLiteral("/.local/share/keyrings");
}

} // namespace KeychainTestSupport
