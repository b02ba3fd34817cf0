#include "OperatorPin.h"

#include "CredentialStore.h"

#include <QCryptographicHash>
#include <QMetaObject>
#include <QPasswordDigestor>
#include <QPointer>
#include <QRandomGenerator>
#include <QStringList>
#include <QThreadPool>

#include <optional>

namespace {

const QString scheme = QStringLiteral("pbkdf2-sha256");
// A stored value asking for more work than this is refused rather than
// letting a tampered entry stall the console.
constexpr int maximumIterations = 10000000;

// Overwrites the one buffer every shallow copy of `bytes` shares.
void wipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    volatile char *data = const_cast<char *>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        data[i] = 0;
    bytes.clear();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

struct StoredHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<StoredHash> parse(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme)
        return std::nullopt;
    bool ok = false;
    StoredHash result;
    result.iterations = parts.at(1).toInt(&ok);
    if (!ok || result.iterations < OperatorPin::iterations || result.iterations > maximumIterations)
        return std::nullopt;
    const auto decode = [](const QString &text) {
        return QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto salt = decode(parts.at(2));
    const auto hash = decode(parts.at(3));
    if (!salt || !hash || salt.decoded.size() < OperatorPin::saltBytes || hash.decoded.size() != OperatorPin::hashBytes)
        return std::nullopt;
    result.salt = salt.decoded;
    result.hash = hash.decoded;
    return result;
}

// Hands `result` to `callback` on the main thread if `context` still exists.
// The application object is the receiver because it outlives every context;
// the guard is only read on the main thread.
template <typename T, typename Callback>
void deliver(QPointer<QObject> context, Callback callback, T result)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    QMetaObject::invokeMethod(
        app,
        [context = std::move(context), callback = std::move(callback), result = std::move(result)] {
            if (context)
                callback(result);
        },
        Qt::QueuedConnection);
}

} // namespace

QString OperatorPin::trainingDemoPin()
{
    return QStringLiteral("1234");
}

QString OperatorPin::keychainKey(const QString &user)
{
    return CredentialStore::key(QStringLiteral("operator"), user + QStringLiteral("/pin"));
}

QString OperatorPin::ruleViolation(const QString &pin)
{
    if (pin.isEmpty())
        return tr("Enter a PIN of %1 to %2 digits.").arg(minimumLength).arg(maximumLength);
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return tr("The PIN can only contain digits.");
    }
    if (pin.size() < minimumLength || pin.size() > maximumLength)
        return tr("The PIN must have %1 to %2 digits.").arg(minimumLength).arg(maximumLength);
    if (pin.count(pin.at(0)) == pin.size())
        return tr("The PIN cannot be one digit repeated; choose one that is harder to guess.");
    // A run up or down the keypad (1234, 8765, 7890) is the first thing tried.
    for (const int step : {1, 9}) {
        bool run = true;
        for (int i = 1; i < pin.size() && run; ++i)
            run = (pin.at(i - 1).digitValue() + step) % 10 == pin.at(i).digitValue();
        if (run)
            return tr("The PIN cannot be a sequence of consecutive digits; choose one that is harder to guess.");
    }
    return {};
}

QByteArray OperatorPin::derive(const QByteArray &pinUtf8, const QByteArray &salt, int rounds)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pinUtf8, salt, rounds, hashBytes);
}

QString OperatorPin::hash(const QString &pin)
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), saltBytes / int(sizeof(quint32)));
    return hash(pin, salt, iterations);
}

QString OperatorPin::hash(const QString &pin, const QByteArray &salt, int rounds)
{
    QByteArray secret = pin.toUtf8();
    const QByteArray key = derive(secret, salt, rounds);
    wipe(secret);
    return scheme + QLatin1Char('$') + QString::number(rounds) + QLatin1Char('$')
           + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') + QString::fromLatin1(key.toBase64());
}

bool OperatorPin::verify(const QString &pin, const QString &stored)
{
    const std::optional<StoredHash> parsed = parse(stored);
    if (!parsed || pin.isEmpty())
        return false;
    QByteArray secret = pin.toUtf8();
    const QByteArray key = derive(secret, parsed->salt, parsed->iterations);
    wipe(secret);
    return constantTimeEquals(key, parsed->hash);
}

bool OperatorPin::isWellFormed(const QString &stored)
{
    return parse(stored).has_value();
}

void OperatorPin::hashAsync(const QString &pin, QObject *context, HashCallback callback)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start(
        [secret = pin, guard = std::move(guard), callback = std::move(callback)]() mutable {
            QString stored = hash(secret);
            // The worker's copy of the PIN goes as soon as the hash exists.
            secret.fill(QLatin1Char('\0'));
            secret.clear();
            deliver(std::move(guard), std::move(callback), std::move(stored));
        });
}

void OperatorPin::verifyAsync(const QString &pin, const QString &stored, QObject *context, VerifyCallback callback)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start(
        [secret = pin, stored, guard = std::move(guard), callback = std::move(callback)]() mutable {
            const bool matches = verify(secret, stored);
            secret.fill(QLatin1Char('\0'));
            secret.clear();
            deliver(std::move(guard), std::move(callback), matches);
        });
}
