#include "AppSettings.h"

#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString organizationAndApplication = QStringLiteral("BranchDesk");

// Words that make a key name a secret. Matched as whole words of the last
// segment ("client_secret", "operatorPin", "accessToken"), so "spinBox" or
// "timeoutSeconds" stay allowed.
const QStringList secretWords = {
    QStringLiteral("secret"), QStringLiteral("password"), QStringLiteral("passwd"), QStringLiteral("pwd"),
    QStringLiteral("passphrase"), QStringLiteral("pin"), QStringLiteral("token"), QStringLiteral("otp"),
    QStringLiteral("apikey"), QStringLiteral("credential"), QStringLiteral("credentials"),
};
// Caught even when written as one lower-case word ("clientsecret").
const QStringList secretFragments = {
    QStringLiteral("secret"), QStringLiteral("password"), QStringLiteral("passwd"), QStringLiteral("token"),
    QStringLiteral("passphrase"), QStringLiteral("apikey"),
};

QStringList parseLockPatterns(const QVariant &value)
{
    // An unquoted "a, b" reaches us as a QStringList, a quoted one as a
    // QString: accept both, and spaces or commas between entries.
    const QString joined = value.toStringList().join(QLatin1Char(','));
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList patterns;
    for (const QString &entry : joined.split(separators, Qt::SkipEmptyParts))
        patterns << entry.trimmed();
    return patterns;
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : AppSettings(defaultUserFilePath(), defaultSystemFilePath(), parent)
{
}

AppSettings::AppSettings(const QString &userFile, const QString &systemFile, QObject *parent)
    : QObject(parent)
    , m_user(std::make_unique<QSettings>(userFile, QSettings::IniFormat))
    , m_system(std::make_unique<QSettings>(systemFile, QSettings::IniFormat))
{
    // Qt's own fallbacks would mix other files in; the two here are the whole story.
    m_user->setFallbacksEnabled(false);
    m_system->setFallbacksEnabled(false);
    m_lockPatterns = parseLockPatterns(m_system->value(lockedKey()));
}

AppSettings::~AppSettings() = default;

// Not QSettings(IniFormat, UserScope, ...).fileName(): that names a ".ini"
// file, while every BranchDesk so far (QSettings' native format on Linux) and
// the documentation use ~/.config/BranchDesk/BranchDesk.conf.
QString AppSettings::defaultUserFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1Char('/')
           + organizationAndApplication + QLatin1Char('/') + organizationAndApplication + QStringLiteral(".conf");
}

QString AppSettings::defaultSystemFilePath()
{
    const QString overridden = qEnvironmentVariable("BRANCHDESK_SYSTEM_CONFIG");
    if (!overridden.isEmpty())
        return overridden;
    return QStringLiteral("/etc/xdg/BranchDesk/BranchDesk.conf");
}

QString AppSettings::userFilePath() const
{
    return m_user->fileName();
}

QString AppSettings::systemFilePath() const
{
    return m_system->fileName();
}

QString AppSettings::normalizedKey(const QString &key)
{
    QString slashes = key.trimmed();
    slashes.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return slashes.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
}

QVariant AppSettings::value(const QString &key, const QVariant &defaultValue) const
{
    const QString k = normalizedKey(key);
    if (k == lockedKey() || isLocked(k))
        return m_system->value(k, defaultValue);
    if (m_user->contains(k))
        return m_user->value(k);
    return m_system->value(k, defaultValue);
}

QVariant AppSettings::systemValue(const QString &key, const QVariant &defaultValue) const
{
    return m_system->value(normalizedKey(key), defaultValue);
}

bool AppSettings::isLocked(const QString &key) const
{
    const QString k = normalizedKey(key);
    for (const QString &pattern : m_lockPatterns) {
        if (pattern == QLatin1String("*"))
            return true;
        if (pattern.endsWith(QLatin1String("/*"))) {
            const QString group = normalizedKey(pattern.chopped(2)) + QLatin1Char('/');
            if (k.startsWith(group, Qt::CaseInsensitive))
                return true;
        } else if (k.compare(normalizedKey(pattern), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QStringList AppSettings::lockPatterns() const
{
    return m_lockPatterns;
}

bool AppSettings::looksLikeSecret(const QString &key)
{
    const QString last = normalizedKey(key).section(QLatin1Char('/'), -1);
    const QString lower = last.toLower();
    for (const QString &fragment : secretFragments) {
        if (lower.contains(fragment))
            return true;
    }
    // Split "client_secret", "operator-pin" and "operatorPin" into words.
    static const QRegularExpression camelBoundary(QStringLiteral("([a-z0-9])([A-Z])"));
    static const QRegularExpression nonWord(QStringLiteral("[^A-Za-z0-9]+"));
    QString spaced = last;
    spaced.replace(camelBoundary, QStringLiteral("\\1 \\2"));
    const QStringList words = spaced.toLower().split(nonWord, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (secretWords.contains(word))
            return true;
    }
    return false;
}

bool AppSettings::writeUser(const QString &key, const std::function<void(QSettings &)> &write)
{
    const bool hadValue = m_user->contains(key);
    const QVariant before = m_user->value(key);
    write(*m_user);
    m_user->sync();
    if (m_user->status() != QSettings::NoError)
        return false;
    if (hadValue != m_user->contains(key) || before != m_user->value(key))
        emit changed(key);
    return true;
}

bool AppSettings::setValue(const QString &key, const QVariant &value)
{
    const QString k = normalizedKey(key);
    if (k.isEmpty() || k.compare(lockedKey(), Qt::CaseInsensitive) == 0 || isLocked(k) || looksLikeSecret(k))
        return false;
    return writeUser(k, [&k, &value](QSettings &user) { user.setValue(k, value); });
}

bool AppSettings::remove(const QString &key)
{
    const QString k = normalizedKey(key);
    if (k.isEmpty() || isLocked(k))
        return false;
    return writeUser(k, [&k](QSettings &user) { user.remove(k); });
}

QString AppSettings::environmentKey()
{
    return QStringLiteral("environment");
}

QString AppSettings::baseUriKey(EnvironmentKind kind, ApiDocument api)
{
    return QStringLiteral("environments/") + Environment::kindName(kind) + QLatin1Char('/')
           + Environment::documentName(api);
}

QString AppSettings::caBundleKey(EnvironmentKind kind)
{
    return QStringLiteral("environments/") + Environment::kindName(kind) + QStringLiteral("/caBundle");
}

QString AppSettings::timeoutSecondsKey(EnvironmentKind kind)
{
    return QStringLiteral("environments/") + Environment::kindName(kind) + QStringLiteral("/timeoutSeconds");
}

QString AppSettings::operatorUserKey()
{
    return QStringLiteral("operator/user");
}

QString AppSettings::operatorBranchIdKey()
{
    return QStringLiteral("operator/branchId");
}

QString AppSettings::operatorTerminalIdKey()
{
    return QStringLiteral("operator/terminalId");
}

QString AppSettings::operatorChannelKey()
{
    return QStringLiteral("operator/channel");
}

QString AppSettings::operatorSubChannelKey()
{
    return QStringLiteral("operator/subChannel");
}

QString AppSettings::idleLockMinutesKey()
{
    return QStringLiteral("session/idleLockMinutes");
}

QString AppSettings::languageKey()
{
    return QStringLiteral("ui/language");
}

QString AppSettings::itauFlowIdKey()
{
    return QStringLiteral("itau/flowID");
}

QString AppSettings::lockedKey()
{
    return QStringLiteral("locked");
}

int AppSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = value(idleLockMinutesKey(), defaultIdleLockMinutes).toInt(&ok);
    return ok ? qBound(minIdleLockMinutes, minutes, maxIdleLockMinutes) : defaultIdleLockMinutes;
}

QString AppSettings::language() const
{
    QString language = value(languageKey()).toString().trimmed();
    language.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (language.compare(QLatin1String("es_CO"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("es_CO");
    if (language.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("en");
    // Empty or unknown: follow the system locale.
    return {};
}
