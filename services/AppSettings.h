#pragma once

#include "Environment.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

class QSettings;

// The console's configuration: the user's INI file over the system-wide one
// IT ships, where IT can also lock keys. A locked key always reads the system
// value (or the caller's default when the system file has none) and cannot be
// written, whatever the user's file says.
//
//   user:   ~/.config/BranchDesk/BranchDesk.conf
//   system: /etc/xdg/BranchDesk/BranchDesk.conf, or $BRANCHDESK_SYSTEM_CONFIG
//
// The system file's top-level `locked` key lists the locked keys, separated by
// commas: an exact key ("session/idleLockMinutes"), a whole group with a
// trailing "/*" ("environments/Live/*"), or "*" for every key. Matching
// ignores case, so a lock is never lost to a spelling of the environment name.
//
// Secrets never live here: setValue() refuses any key that names one.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    // The user's and the system's default files (see above).
    explicit AppSettings(QObject *parent = nullptr);
    // Explicit files, for tests and tools. A missing system file is fine.
    AppSettings(const QString &userFile, const QString &systemFile, QObject *parent = nullptr);
    ~AppSettings() override;

    static QString defaultUserFilePath();
    // $BRANCHDESK_SYSTEM_CONFIG when set (tests, IT staging), else /etc/xdg/...
    static QString defaultSystemFilePath();

    QString userFilePath() const;
    QString systemFilePath() const;

    // Locked: the system value, else `defaultValue`. Otherwise the user's
    // value if set, else the system value, else `defaultValue`.
    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    // The system file's value alone (what "remove" falls back to).
    QVariant systemValue(const QString &key, const QVariant &defaultValue = {}) const;
    bool isLocked(const QString &key) const;
    // The `locked` entries of the system file, as written there (trimmed).
    QStringList lockPatterns() const;

    // Writes to the user's file. False, and nothing written, when the key is
    // locked, names a secret, is reserved (`locked`) or the file cannot be
    // written. Emits changed() when the user's value changed.
    bool setValue(const QString &key, const QVariant &value);
    // Removes the user's value so the system value or the default applies
    // again. False, and nothing removed, when the key is locked or the file
    // cannot be written.
    bool remove(const QString &key);

    // True when the last segment of `key` reads like a secret (client_secret,
    // password, pin, token, otp ...): such a key is never written.
    static bool looksLikeSecret(const QString &key);

    // --- The keys, in one place (README.md "Managed configuration (IT)") ---
    static QString environmentKey();                                      // "environment"
    static QString baseUriKey(EnvironmentKind kind, ApiDocument api);     // "environments/QA/customers-management"
    static QString caBundleKey(EnvironmentKind kind);                     // "environments/QA/caBundle"
    static QString timeoutSecondsKey(EnvironmentKind kind);               // "environments/QA/timeoutSeconds"
    static QString operatorUserKey();                                     // "operator/user"
    static QString operatorBranchIdKey();                                 // "operator/branchId"
    static QString operatorTerminalIdKey();                               // "operator/terminalId"
    static QString operatorChannelKey();                                  // "operator/channel"
    static QString operatorSubChannelKey();                               // "operator/subChannel"
    static QString idleLockMinutesKey();                                  // "session/idleLockMinutes"
    static QString languageKey();                                         // "ui/language"
    static QString itauFlowIdKey();                                       // "itau/flowID" (x-itau-flowID)
    static QString lockedKey();                                           // "locked" (system file only)

    static constexpr int defaultTimeoutSeconds = 30;
    static constexpr int minTimeoutSeconds = 1;
    static constexpr int maxTimeoutSeconds = 600;
    static constexpr int defaultIdleLockMinutes = 5;
    static constexpr int minIdleLockMinutes = 1;
    static constexpr int maxIdleLockMinutes = 120;

    // The typed values the session and language code need, bounded to their
    // ranges ("" = follow the system locale, else "es_CO" or "en").
    int idleLockMinutes() const;
    QString language() const;

signals:
    // After setValue() or remove() changed the user's file.
    void changed(const QString &key);

private:
    static QString normalizedKey(const QString &key);
    bool writeUser(const QString &key, const std::function<void(QSettings &)> &write);

    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system;
    QStringList m_lockPatterns;
};
