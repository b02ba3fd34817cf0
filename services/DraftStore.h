#pragma once

#include "CredentialStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

// Drafts of forms that hold personal data, encrypted at rest with
// AES-256-GCM (OpenSSL EVP): one file per form and environment under
// <AppDataLocation>/drafts (e.g. ~/.local/share/BranchDesk/drafts/
// newCustomer-Training.draft), written atomically, readable by the user only.
//
// The 256-bit key lives in the keychain ("drafts/aes-256-gcm"). Without a
// keyring (a training room PC) the key is kept in this process's memory
// only: drafts then survive a closed form, but not a restart.
//
// Forms open the store only when there is something to do (a draft file to
// offer, or a first draft to save): on a workstation whose keyring is not set
// up yet, touching the keychain pops the keyring's own password dialog, which
// must not happen before the teller did anything.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    enum class KeyPlace { None, Keychain, MemoryOnly };

    // `credentials` may be null: then the key is in memory only.
    DraftStore(CredentialStore *credentials, QString directory = defaultDirectory(), QObject *parent = nullptr);

    static QString defaultDirectory();
    static QString keychainKey();
    // "<form>-<environment>-<digest>": one draft per form, environment and
    // operator. The digest (12 hex digits of SHA-256) keeps the operator's
    // code out of the file name.
    static QString nameFor(const QString &form, const QString &environment, const QString &operatorCode);

    // Fetches (or creates and stores) the key; `done` gets where it lives.
    // Nothing can be saved or loaded before.
    void open(QObject *context, std::function<void(KeyPlace)> done);
    // open() once: calls made while the key is being fetched get the same
    // answer; an open store answers at once (still asynchronously).
    void ensureOpen(QObject *context, std::function<void(KeyPlace)> done);
    KeyPlace keyPlace() const { return m_place; }
    bool isOpen() const { return m_place != KeyPlace::None; }
    bool isOpening() const { return !m_waiting.empty(); }

    // Without touching the keychain (the store need not be open): is there a
    // draft worth opening the key for? "<name>.draft", or a session draft
    // while this process holds a memory-only key. A session draft of an
    // earlier run can never be opened again (its key died with that run) and
    // is removed here.
    bool hasDraftToOffer(const QString &name);

    // "<name>.draft" with the keychain key; "<name>.session.draft" with a
    // memory-only key, so a keychain draft is never overwritten by one that
    // dies with the process.
    QString filePath(const QString &name) const;
    // A draft kept with the keychain key exists, but the keychain is not
    // reachable now (memory-only key): it is kept for when it is back.
    bool hasDraftNeedingKeychain(const QString &name) const;
    bool exists(const QString &name) const;
    bool save(const QString &name, const QJsonObject &draft);
    // Nothing when there is no draft, or it cannot be decrypted (another
    // key: a memory-only key of an earlier run, or a tampered file).
    std::optional<QJsonObject> load(const QString &name) const;
    bool remove(const QString &name);

    // AES-256-GCM: "BDDRAFT1" | 12-byte nonce | 16-byte tag | ciphertext.
    // `associated` (the draft's name) is authenticated too, so a file
    // renamed to another form does not open.
    static QByteArray encrypt(const QByteArray &key, const QByteArray &plain, const QByteArray &associated);
    static std::optional<QByteArray> decrypt(const QByteArray &key, const QByteArray &sealed,
                                             const QByteArray &associated);
    static QByteArray randomKey();

    // For tests: forget this process's memory-only key.
    static void forgetMemoryKey();

private:
    void useMemoryKey();
    QString pathWithSuffix(const QString &name, KeyPlace place) const;

    CredentialStore *m_credentials;
    QString m_directory;
    QByteArray m_key;
    KeyPlace m_place = KeyPlace::None;
    std::vector<std::pair<QPointer<QObject>, std::function<void(KeyPlace)>>> m_waiting;
};
