#include "SandboxTestSupport.h"

#include <QSslCertificateExtension>
#include <QSslKey>

class TlsTest : public SandboxSuite
{
};

TEST_F(TlsTest, HandshakeSucceedsTrustingExactlyTheTrainingCa)
{
    const QList<QSslCertificate> ca = server().caCertificates();
    ASSERT_EQ(ca.size(), 1);
    HttpsClient trusting(ca);
    const HttpResult result = trusting.getAndWait(server().url(QStringLiteral("/training/health")));
    EXPECT_EQ(result.error, QNetworkReply::NoError);
    EXPECT_EQ(result.status, 200);
}

TEST_F(TlsTest, HandshakeFailsWithoutTheTrainingCa)
{
    HttpsClient systemTrust({});
    const HttpResult result = systemTrust.getAndWait(server().url(QStringLiteral("/training/health")));
    EXPECT_EQ(result.error, QNetworkReply::SslHandshakeFailedError);
    EXPECT_EQ(result.status, 0);
}

TEST_F(TlsTest, HandshakeFailsTrustingAnotherTrainingCa)
{
    SandboxProcess other;
    ASSERT_TRUE(other.waitUntilListening()) << other.errorString().toStdString();
    HttpsClient wrongCa(other.caCertificates());
    const HttpResult result = wrongCa.getAndWait(server().url(QStringLiteral("/training/health")));
    EXPECT_EQ(result.error, QNetworkReply::SslHandshakeFailedError);
}

TEST_F(TlsTest, CertificateNamesLocalhostAndLoopback)
{
    const QList<QSslCertificate> server = QSslCertificate::fromPath(
        SandboxSuite::server().tlsDirectory() + QStringLiteral("/server.pem"), QSsl::Pem);
    ASSERT_EQ(server.size(), 1);
    const auto names = server.constFirst().subjectAlternativeNames();
    EXPECT_TRUE(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    EXPECT_TRUE(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));

    const QSslCertificate ca = SandboxSuite::server().caCertificates().constFirst();
    EXPECT_EQ(server.constFirst().issuerDisplayName(), ca.subjectDisplayName());
    EXPECT_GT(server.constFirst().expiryDate(), QDateTime::currentDateTimeUtc().addYears(1));

    bool isCa = false;
    for (const QSslCertificateExtension &extension : ca.extensions()) {
        if (extension.name() == QLatin1String("basicConstraints"))
            isCa = extension.value().toMap().value(QStringLiteral("ca")).toBool();
    }
    EXPECT_TRUE(isCa) << "ca.pem must carry basicConstraints CA:TRUE";

    // By name as well as by address: the SAN covers both.
    QUrl byName = SandboxSuite::server().url(QStringLiteral("/training/health"));
    byName.setHost(QStringLiteral("localhost"));
    EXPECT_EQ(client().getAndWait(byName).status, 200);
}
