#include "TrainingCertificates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>

namespace {
const QString caFileName = QStringLiteral("ca.pem");
const QString certificateFileName = QStringLiteral("server.pem");
const QString keyFileName = QStringLiteral("server.key");
// Prefix of the CA key's temporary file; leftovers of a crashed run are removed.
const QString caKeyPrefix = QStringLiteral(".ca-key-");

constexpr int caValidityDays = 5 * 365;
constexpr int serverValidityDays = 825; // the longest validity clients commonly accept
constexpr int opensslTimeoutMs = 60000;

const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

// Our own openssl configuration, so the result does not depend on the
// machine's openssl.cnf defaults.
const char opensslConfig[] = R"([req]
distinguished_name = dn
prompt = no

[dn]
CN = BranchDesk Training CA

[ca_ext]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
)";

QStringList newEcKey(const QString &path)
{
    return {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), path};
}

QString randomSerial()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    bytes[0] = char(bytes[0] & 0x7f); // a positive serial
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
}

bool validNow(const QSslCertificate &certificate)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return !certificate.isNull() && certificate.effectiveDate() <= now && now.addDays(1) < certificate.expiryDate();
}
} // namespace

TrainingCertificates::TrainingCertificates(const QString &directory, const QString &openssl)
    : m_directory(directory), m_openssl(openssl)
{
}

QString TrainingCertificates::caPath() const
{
    return QDir(m_directory).filePath(caFileName);
}

QString TrainingCertificates::certificatePath() const
{
    return QDir(m_directory).filePath(certificateFileName);
}

QString TrainingCertificates::keyPath() const
{
    return QDir(m_directory).filePath(keyFileName);
}

Result<TlsMaterial, QString> TrainingCertificates::ensure()
{
    if (!QFileInfo(m_directory).isDir()) {
        if (!QDir().mkpath(m_directory))
            return QStringLiteral("cannot create the TLS folder %1").arg(m_directory);
        QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    removeStaleCaKeys();

    if (QFileInfo::exists(caPath()) && QFileInfo::exists(certificatePath()) && QFileInfo::exists(keyPath())) {
        auto existing = loadExisting();
        if (existing)
            return existing;
    }

    if (auto error = generate()) {
        removeOutputs();
        return QStringLiteral("certificate generation failed: %1").arg(*error);
    }
    auto created = loadExisting();
    if (!created)
        return QStringLiteral("certificate generation failed: %1").arg(created.error());
    created.value().generated = true;
    return created;
}

Result<TlsMaterial, QString> TrainingCertificates::loadExisting() const
{
    TlsMaterial tls;
    tls.caCertificates = QSslCertificate::fromPath(caPath(), QSsl::Pem);
    if (tls.caCertificates.isEmpty() || !validNow(tls.caCertificates.constFirst()))
        return QStringLiteral("%1 is not a valid CA certificate").arg(caPath());

    const QList<QSslCertificate> server = QSslCertificate::fromPath(certificatePath(), QSsl::Pem);
    if (server.isEmpty() || !validNow(server.constFirst()))
        return QStringLiteral("%1 is not a valid certificate").arg(certificatePath());
    tls.certificate = server.constFirst();
    if (tls.certificate.issuerInfo(QSslCertificate::CommonName)
        != tls.caCertificates.constFirst().subjectInfo(QSslCertificate::CommonName)) {
        return QStringLiteral("%1 was not issued by %2").arg(certificatePath(), caPath());
    }

    QFile keyFile(keyPath());
    if (!keyFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(keyPath(), keyFile.errorString());
    const QByteArray pem = keyFile.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            tls.privateKey = key;
            break;
        }
    }
    if (tls.privateKey.isNull())
        return QStringLiteral("%1 is not a private key Qt can use").arg(keyPath());
    return tls;
}

std::optional<QString> TrainingCertificates::generate()
{
    removeOutputs();
    const QDir dir(m_directory);

    QTemporaryFile config(dir.filePath(QStringLiteral(".openssl-XXXXXX.cnf")));
    if (!config.open() || config.write(opensslConfig) < 0 || !config.flush())
        return QStringLiteral("cannot write a temporary openssl configuration in %1").arg(m_directory);
    config.close();

    // Created 0600 by QTemporaryFile before openssl writes the key into it.
    QTemporaryFile caKey(dir.filePath(caKeyPrefix + QStringLiteral("XXXXXX")));
    if (!caKey.open())
        return QStringLiteral("cannot create a temporary file in %1").arg(m_directory);
    caKey.close();

    QTemporaryFile request(dir.filePath(QStringLiteral(".server-csr-XXXXXX")));
    if (!request.open())
        return QStringLiteral("cannot create a temporary file in %1").arg(m_directory);
    request.close();

    if (auto error = runOpenssl(newEcKey(caKey.fileName())))
        return error;
    if (auto error = runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
                                 QStringLiteral("-config"), config.fileName(), QStringLiteral("-extensions"),
                                 QStringLiteral("ca_ext"), QStringLiteral("-key"), caKey.fileName(),
                                 QStringLiteral("-sha256"), QStringLiteral("-days"), QString::number(caValidityDays),
                                 QStringLiteral("-subj"), QStringLiteral("/O=BranchDesk/CN=BranchDesk Training CA"),
                                 QStringLiteral("-out"), caPath()})) {
        return error;
    }

    // The server key file exists with owner-only permissions before openssl
    // fills it, so it is never readable by others, not even briefly.
    {
        QFile key(keyPath());
        if (!key.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
            return QStringLiteral("cannot create %1: %2").arg(keyPath(), key.errorString());
    }
    if (auto error = runOpenssl(newEcKey(keyPath())))
        return error;
    if (!QFile::setPermissions(keyPath(), ownerOnly))
        return QStringLiteral("cannot restrict the permissions of %1").arg(keyPath());

    if (auto error = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"),
                                 config.fileName(), QStringLiteral("-key"), keyPath(), QStringLiteral("-subj"),
                                 QStringLiteral("/O=BranchDesk/CN=localhost"), QStringLiteral("-out"),
                                 request.fileName()})) {
        return error;
    }
    if (auto error = runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                                 request.fileName(), QStringLiteral("-CA"), caPath(), QStringLiteral("-CAkey"),
                                 caKey.fileName(), QStringLiteral("-set_serial"), randomSerial(),
                                 QStringLiteral("-days"), QString::number(serverValidityDays),
                                 QStringLiteral("-sha256"), QStringLiteral("-extfile"), config.fileName(),
                                 QStringLiteral("-extensions"), QStringLiteral("server_ext"), QStringLiteral("-out"),
                                 certificatePath()})) {
        return error;
    }

    // The CA key has done its only job.
    if (!caKey.remove() || QFileInfo::exists(caKey.fileName()))
        return QStringLiteral("cannot delete the CA's temporary private key %1").arg(caKey.fileName());
    return std::nullopt;
}

std::optional<QString> TrainingCertificates::runOpenssl(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(m_openssl, arguments);
    if (!process.waitForStarted(opensslTimeoutMs))
        return QStringLiteral("cannot run %1: %2").arg(m_openssl, process.errorString());
    process.closeWriteChannel();
    if (!process.waitForFinished(opensslTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 %2 did not finish").arg(m_openssl, arguments.constFirst());
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString details = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return QStringLiteral("%1 %2 failed (exit code %3): %4")
            .arg(m_openssl, arguments.constFirst())
            .arg(process.exitCode())
            .arg(details);
    }
    return std::nullopt;
}

void TrainingCertificates::removeStaleCaKeys() const
{
    const QDir dir(m_directory);
    const QStringList stale = dir.entryList({caKeyPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString &name : stale)
        QFile::remove(dir.filePath(name));
}

void TrainingCertificates::removeOutputs() const
{
    for (const QString &path : {caPath(), certificatePath(), keyPath()})
        QFile::remove(path);
}
