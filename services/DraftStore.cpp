#include "DraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace {

const QByteArray magic = QByteArrayLiteral("BDDRAFT1");
constexpr int keyBytes = 32;
constexpr int nonceBytes = 12;
constexpr int tagBytes = 16;

// The memory-only key of this process, shared by every DraftStore so a draft
// survives its form being closed and opened again.
QByteArray &memoryKey()
{
    static QByteArray key;
    return key;
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

} // namespace

DraftStore::DraftStore(CredentialStore *credentials, QString directory, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_directory(std::move(directory))
{
}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::keychainKey()
{
    return CredentialStore::key(QStringLiteral("drafts"), QStringLiteral("aes-256-gcm"));
}

QString DraftStore::nameFor(const QString &form, const QString &environment, const QString &operatorCode)
{
    const QByteArray operatorDigest =
        QCryptographicHash::hash(operatorCode.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QStringLiteral("%1-%2-%3").arg(form, environment, QString::fromLatin1(operatorDigest));
}

QByteArray DraftStore::randomKey()
{
    QByteArray key(keyBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), keyBytes) != 1)
        return {};
    return key;
}

void DraftStore::forgetMemoryKey()
{
    memoryKey().clear();
}

void DraftStore::useMemoryKey()
{
    if (memoryKey().isEmpty())
        memoryKey() = randomKey();
    m_key = memoryKey();
    m_place = KeyPlace::MemoryOnly;
}

void DraftStore::open(QObject *context, std::function<void(KeyPlace)> done)
{
    if (!m_credentials) {
        useMemoryKey();
        QMetaObject::invokeMethod(context, [this, done] { done(m_place); }, Qt::QueuedConnection);
        return;
    }
    m_credentials->read(keychainKey(), context, [this, context, done](const Result<QString> &stored) {
        if (stored) {
            const QByteArray key = QByteArray::fromBase64(stored.value().toLatin1());
            if (key.size() == keyBytes) {
                m_key = key;
                m_place = KeyPlace::Keychain;
                done(m_place);
                return;
            }
        }
        // No key yet (or no keyring): make one and try to keep it.
        const QByteArray fresh = randomKey();
        m_credentials->write(keychainKey(), QString::fromLatin1(fresh.toBase64()), context,
                             [this, fresh, done](const Result<bool> &written) {
                                 if (written) {
                                     m_key = fresh;
                                     m_place = KeyPlace::Keychain;
                                 } else {
                                     useMemoryKey();
                                 }
                                 done(m_place);
                             });
    });
}

void DraftStore::ensureOpen(QObject *context, std::function<void(KeyPlace)> done)
{
    if (isOpen()) {
        QMetaObject::invokeMethod(context, [this, done] { done(m_place); }, Qt::QueuedConnection);
        return;
    }
    m_waiting.emplace_back(QPointer<QObject>(context), std::move(done));
    if (m_waiting.size() > 1)
        return; // the key is already being fetched
    open(this, [this](KeyPlace place) {
        const auto waiting = std::move(m_waiting);
        m_waiting.clear();
        for (const auto &[receiver, callback] : waiting) {
            if (receiver)
                callback(place);
        }
    });
}

QString DraftStore::pathWithSuffix(const QString &name, KeyPlace place) const
{
    const QString suffix = place == KeyPlace::MemoryOnly ? QStringLiteral(".session.draft") : QStringLiteral(".draft");
    return m_directory + QLatin1Char('/') + name + suffix;
}

QString DraftStore::filePath(const QString &name) const
{
    return pathWithSuffix(name, m_place);
}

bool DraftStore::hasDraftToOffer(const QString &name)
{
    if (QFile::exists(pathWithSuffix(name, KeyPlace::Keychain)))
        return true;
    const QString session = pathWithSuffix(name, KeyPlace::MemoryOnly);
    if (!QFile::exists(session))
        return false;
    if (!memoryKey().isEmpty())
        return true;
    QFile::remove(session);
    return false;
}

bool DraftStore::hasDraftNeedingKeychain(const QString &name) const
{
    return m_place == KeyPlace::MemoryOnly && QFile::exists(pathWithSuffix(name, KeyPlace::Keychain));
}

bool DraftStore::exists(const QString &name) const
{
    return QFile::exists(filePath(name));
}

bool DraftStore::save(const QString &name, const QJsonObject &draft)
{
    if (!isOpen())
        return false;
    const QByteArray sealed = encrypt(m_key, QJsonDocument(draft).toJson(QJsonDocument::Compact), name.toUtf8());
    if (sealed.isEmpty())
        return false;
    if (!QDir().mkpath(m_directory))
        return false;
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(sealed);
    return file.commit();
}

std::optional<QJsonObject> DraftStore::load(const QString &name) const
{
    if (!isOpen())
        return std::nullopt;
    QFile file(filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto plain = decrypt(m_key, file.readAll(), name.toUtf8());
    if (!plain)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*plain);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

bool DraftStore::remove(const QString &name)
{
    return !QFile::exists(filePath(name)) || QFile::remove(filePath(name));
}

QByteArray DraftStore::encrypt(const QByteArray &key, const QByteArray &plain, const QByteArray &associated)
{
    if (key.size() != keyBytes)
        return {};
    QByteArray nonce(nonceBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), nonceBytes) != 1)
        return {};
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (!ctx)
        return {};
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *iv = reinterpret_cast<const unsigned char *>(nonce.constData());
    int length = 0;
    QByteArray cipher(plain.size() + 16, Qt::Uninitialized);
    QByteArray tag(tagBytes, Qt::Uninitialized);
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonceBytes, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, k, iv) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(associated.constData()),
                             int(associated.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(cipher.data()), &length,
                             reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size())) != 1) {
        return {};
    }
    int total = length;
    if (EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(cipher.data()) + total, &length) != 1)
        return {};
    total += length;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagBytes, tag.data()) != 1)
        return {};
    cipher.truncate(total);
    return magic + nonce + tag + cipher;
}

std::optional<QByteArray> DraftStore::decrypt(const QByteArray &key, const QByteArray &sealed,
                                              const QByteArray &associated)
{
    const int header = int(magic.size()) + nonceBytes + tagBytes;
    if (key.size() != keyBytes || sealed.size() < header || !sealed.startsWith(magic))
        return std::nullopt;
    const QByteArray nonce = sealed.mid(magic.size(), nonceBytes);
    QByteArray tag = sealed.mid(magic.size() + nonceBytes, tagBytes);
    const QByteArray cipher = sealed.mid(header);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (!ctx)
        return std::nullopt;
    QByteArray plain(cipher.size() + 16, Qt::Uninitialized);
    int length = 0;
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonceBytes, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData())) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(associated.constData()),
                             int(associated.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &length,
                             reinterpret_cast<const unsigned char *>(cipher.constData()), int(cipher.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tagBytes, tag.data()) != 1) {
        return std::nullopt;
    }
    int total = length;
    // The tag check: a wrong key or a changed byte fails here.
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + total, &length) != 1)
        return std::nullopt;
    total += length;
    plain.truncate(total);
    return plain;
}
