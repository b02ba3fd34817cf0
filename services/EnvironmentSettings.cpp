#include "EnvironmentSettings.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QFile>

EnvironmentKind EnvironmentSettings::selectedKind() const
{
    const QString name = m_settings.value(AppSettings::environmentKey()).toString();
    return Environment::kindFromName(name).value_or(EnvironmentKind::Training);
}

Environment EnvironmentSettings::load(EnvironmentKind kind, QString *error) const
{
    Environment env = Environment::defaults(kind);
    for (ApiDocument api : Environment::documents()) {
        const QString value = m_settings.value(AppSettings::baseUriKey(kind, api)).toString().trimmed();
        if (!value.isEmpty())
            env.baseUris.insert(api, QUrl(value));
    }
    const int timeoutSeconds =
        m_settings.value(AppSettings::timeoutSecondsKey(kind), AppSettings::defaultTimeoutSeconds).toInt();
    env.timeoutMs = qBound(AppSettings::minTimeoutSeconds, timeoutSeconds, AppSettings::maxTimeoutSeconds) * 1000;

    const QString caBundle = m_settings.value(AppSettings::caBundleKey(kind)).toString();
    if (!caBundle.isEmpty()) {
        QFile file(caBundle);
        const QList<QSslCertificate> certificates =
            file.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(file.readAll(), QSsl::Pem)
                                           : QList<QSslCertificate>();
        if (certificates.isEmpty()) {
            if (error) {
                *error = QCoreApplication::translate("EnvironmentSettings",
                                                     "The CA bundle %1 could not be read; connections to %2 will "
                                                     "be refused until it is fixed.")
                             .arg(caBundle, Environment::displayName(kind));
            }
            // Trust nothing rather than silently falling back to the system set.
            env.caCertificates = {QSslCertificate()};
        } else {
            env.caCertificates = certificates;
        }
    }
    return env;
}

OperatorSession EnvironmentSettings::operatorSession() const
{
    OperatorSession session;
    session.user = m_settings.value(AppSettings::operatorUserKey()).toString();
    session.branchId = m_settings.value(AppSettings::operatorBranchIdKey()).toString();
    session.terminalId = m_settings.value(AppSettings::operatorTerminalIdKey()).toString();
    session.channel = m_settings.value(AppSettings::operatorChannelKey()).toString();
    session.subChannel = m_settings.value(AppSettings::operatorSubChannelKey()).toString();
    session.detectWorkstationAddresses();
    return session;
}
