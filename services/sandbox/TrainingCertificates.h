#pragma once

#include "Result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <optional>

// What the server needs to speak TLS, as read back from the TLS folder.
struct TlsMaterial
{
    QSslCertificate certificate; // server.pem
    QSslKey privateKey;          // server.key
    QList<QSslCertificate> caCertificates; // ca.pem: the only CA a client must trust
    bool generated = false;      // false when an existing valid set was reused
};

// The training server's certificates: a private CA and a server certificate
// it signed for localhost/127.0.0.1, made with the openssl command-line tool
// (Qt cannot create keys). The CA's private key only ever lives in a
// temporary file that is deleted right after signing, so nobody can mint
// more certificates this CA vouches for.
class TrainingCertificates
{
public:
    explicit TrainingCertificates(const QString &directory, const QString &openssl = QStringLiteral("openssl"));

    QString caPath() const;
    QString certificatePath() const;
    QString keyPath() const;

    // Reuses ca.pem, server.pem and server.key when all three are there and
    // still valid; otherwise makes a new set (all three, since the old CA
    // key is gone). The key file is created with owner-only permissions.
    Result<TlsMaterial, QString> ensure();

private:
    Result<TlsMaterial, QString> loadExisting() const;
    std::optional<QString> generate();
    std::optional<QString> runOpenssl(const QStringList &arguments) const;
    void removeStaleCaKeys() const;
    void removeOutputs() const;

    QString m_directory;
    QString m_openssl;
};
