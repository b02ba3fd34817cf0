#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

// The operator's unlock PIN: the rules a new PIN must meet, and its salted
// PBKDF2-HMAC-SHA256 hash, stored in the keychain as one string
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>". The PIN itself
// is never stored, logged or journaled; callers clear their copy once
// hashAsync()/verifyAsync() have it.
class OperatorPin
{
    Q_DECLARE_TR_FUNCTIONS(OperatorPin)
public:
    static constexpr int minimumLength = 4;
    static constexpr int maximumLength = 8;
    static constexpr int iterations = 100000;
    static constexpr int saltBytes = 16;
    static constexpr int hashBytes = 32;

    // Training's demo operator unlocks with this (shown on the lock screen).
    static QString trainingDemoPin();

    // The keychain key of an operator's PIN hash: "operator/<USER>/pin".
    static QString keychainKey(const QString &user);

    // Why `pin` cannot be chosen as a new PIN (4-8 digits, not one digit
    // repeated, not a run like 1234 or 8765); empty when it is acceptable.
    static QString ruleViolation(const QString &pin);

    // Blocking (about half a second by design): use the async forms in the UI.
    static QString hash(const QString &pin);
    static QString hash(const QString &pin, const QByteArray &salt, int iterations);
    // Constant-time comparison; false for a malformed stored value.
    static bool verify(const QString &pin, const QString &stored);
    // The stored value has the expected shape (not whether it matches).
    static bool isWellFormed(const QString &stored);

    // Run on a worker thread; the callback runs on the main thread, and only
    // while `context` exists.
    using HashCallback = std::function<void(const QString &stored)>;
    using VerifyCallback = std::function<void(bool matches)>;
    static void hashAsync(const QString &pin, QObject *context, HashCallback callback);
    static void verifyAsync(const QString &pin, const QString &stored, QObject *context, VerifyCallback callback);

private:
    static QByteArray derive(const QByteArray &pinUtf8, const QByteArray &salt, int iterations);
};
