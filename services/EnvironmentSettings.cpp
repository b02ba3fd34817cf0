#include "EnvironmentSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

EnvironmentKind EnvironmentSettings::selectedKind() const
{
    const QString name = m_settings.value(QStringLiteral("environment")).toString();
    return Environment::kindFromName(name).value_or(EnvironmentKind::Training);
}

Environment EnvironmentSettings::load(EnvironmentKind kind, QString *error) const
{
    Environment env = Environment::defaults(kind);
    const QString group = QStringLiteral("environments/") + Environment::kindName(kind) + QLatin1Char('/');
    for (ApiDocument api : Environment::documents()) {
        const QString value = m_settings.value(group + Environment::documentName(api)).toString().trimmed();
        if (!value.isEmpty())
            env.baseUris.insert(api, QUrl(value));
    }
    const int timeoutSeconds = m_settings.value(group + QStringLiteral("timeoutSeconds"), 30).toInt();
    env.timeoutMs = qBound(1, timeoutSeconds, 600) * 1000;

    const QString caBundle = m_settings.value(group + QStringLiteral("caBundle")).toString();
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
    session.user = m_settings.value(QStringLiteral("operator/user")).toString();
    session.branchId = m_settings.value(QStringLiteral("operator/branchId")).toString();
    session.terminalId = m_settings.value(QStringLiteral("operator/terminalId")).toString();
    session.channel = m_settings.value(QStringLiteral("operator/channel")).toString();
    session.subChannel = m_settings.value(QStringLiteral("operator/subChannel")).toString();
    session.detectWorkstationAddresses();
    return session;
}
