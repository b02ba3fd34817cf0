#include "SandboxTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

namespace {
QStringList filesIn(const QString &directory)
{
    QStringList names = QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

QByteArray caDigest(const QString &tlsDirectory)
{
    const auto ca = QSslCertificate::fromPath(tlsDirectory + QStringLiteral("/ca.pem"), QSsl::Pem);
    return ca.isEmpty() ? QByteArray() : ca.constFirst().digest(QCryptographicHash::Sha256);
}
} // namespace

TEST(CommandLine, ListensOnAFreePortAndPrintsOneLine)
{
    SandboxProcess server;
    ASSERT_TRUE(server.waitUntilListening()) << server.errorString().toStdString();
    EXPECT_NE(server.port(), 0);
    const QByteArray out = server.standardOutput();
    EXPECT_EQ(out, QByteArray("listening on https://127.0.0.1:") + QByteArray::number(server.port()) + '\n');

    HttpsClient client(server.caCertificates());
    EXPECT_EQ(client.getAndWait(server.url(QStringLiteral("/training/health"))).status, 200);
    EXPECT_EQ(server.standardOutput(), out) << "nothing but the listening line on stdout";
}

TEST(CommandLine, CreatesTheThreeFilesWithAnOwnerOnlyKeyAndNoCaKey)
{
    SandboxProcess server;
    ASSERT_TRUE(server.waitUntilListening()) << server.errorString().toStdString();
    const QString dir = server.tlsDirectory();
    EXPECT_EQ(filesIn(dir), QStringList({QStringLiteral("ca.pem"), QStringLiteral("server.key"),
                                         QStringLiteral("server.pem")}));

    const QFile::Permissions keyPermissions = QFileInfo(dir + QStringLiteral("/server.key")).permissions();
    EXPECT_TRUE(keyPermissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::WriteOther | QFile::ExeOther | QFile::ExeOwner;
    EXPECT_FALSE(keyPermissions & others) << "server.key must be 0600";

    // Only the server's key is a private key: the CA's is gone.
    for (const QString &name : filesIn(dir)) {
        QFile file(dir + QLatin1Char('/') + name);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const bool isKey = file.readAll().contains("PRIVATE KEY");
        EXPECT_EQ(isKey, name == QLatin1String("server.key")) << name.toStdString();
    }
}

TEST(CommandLine, ReusesValidCertificatesAndRenewsAnIncompleteSet)
{
    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("tls"));
    QByteArray first;
    {
        SandboxProcess server({}, dir);
        ASSERT_TRUE(server.waitUntilListening()) << server.errorString().toStdString();
        first = caDigest(dir);
    }
    {
        SandboxProcess server({}, dir);
        ASSERT_TRUE(server.waitUntilListening()) << server.errorString().toStdString();
        EXPECT_EQ(caDigest(dir), first) << "a complete, valid set is reused";
    }
    ASSERT_TRUE(QFile::remove(dir + QStringLiteral("/server.key")));
    SandboxProcess server({}, dir);
    ASSERT_TRUE(server.waitUntilListening()) << server.errorString().toStdString();
    EXPECT_NE(caDigest(dir), first) << "without a key the whole set is made again";
    HttpsClient client(server.caCertificates());
    EXPECT_EQ(client.getAndWait(server.url(QStringLiteral("/training/health"))).status, 200);
}

TEST(CommandLine, HelpDocumentsEveryOptionAndExitsZero)
{
    QTemporaryDir temp;
    const QString untouched = temp.filePath(QStringLiteral("not-created"));
    const ProcessRun run = runSandbox({QStringLiteral("--help"), QStringLiteral("--tls-dir"), untouched});
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 0);
    const QString help = QString::fromUtf8(run.standardOutput);
    for (const char *option : {"--listen", "--tls-dir", "--data", "--token-lifetime", "--slow-seconds", "--openssl",
                               "--verbose", "--help", "--version"}) {
        EXPECT_TRUE(help.contains(QLatin1String(option))) << option;
    }
    for (const char *route : {"/oauth2/token", "/customerAccountManagement/v4/basicData",
                              "/training/faults/expire-tokens", "/training/health", "9990000500", "9990000501",
                              "9990000400", "9990000200", "9990000403", "9990000503", "9990000502", "9990000408",
                              "9990000444"}) {
        EXPECT_TRUE(help.contains(QLatin1String(route))) << route;
    }
    EXPECT_FALSE(QFileInfo::exists(untouched)) << "--help is answered before anything else";
}

TEST(CommandLine, VersionPrintsNameAndVersion)
{
    const ProcessRun run = runSandbox({QStringLiteral("--version")});
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.standardOutput, QByteArray("branchdesk-sandbox " BRANCHDESK_VERSION "\n"));
}

TEST(CommandLine, WrongCommandLinesExitNonZeroWithAReason)
{
    QTemporaryDir temp;
    const QString tls = temp.filePath(QStringLiteral("tls"));
    const QList<QPair<QStringList, QString>> cases{
        {{QStringLiteral("--bogus")}, QStringLiteral("bogus")},
        {{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, QStringLiteral("--tls-dir")},
        {{QStringLiteral("--listen"), QStringLiteral("localhost:8443"), QStringLiteral("--tls-dir"), tls},
         QStringLiteral("not an IP address")},
        {{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999"), QStringLiteral("--tls-dir"), tls},
         QStringLiteral("port")},
        {{QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--tls-dir"), tls},
         QStringLiteral("ADDRESS:PORT")},
        {{QStringLiteral("--tls-dir"), tls, QStringLiteral("--token-lifetime"), QStringLiteral("soon")},
         QStringLiteral("--token-lifetime")},
        {{QStringLiteral("--tls-dir"), tls, QStringLiteral("extra")}, QStringLiteral("extra")},
    };
    for (const auto &[arguments, reason] : cases) {
        const ProcessRun run = runSandbox(arguments);
        ASSERT_TRUE(run.finished);
        EXPECT_NE(run.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(QString::fromUtf8(run.standardError).contains(reason))
            << arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.standardError.constData();
        EXPECT_TRUE(run.standardOutput.isEmpty());
    }
    EXPECT_FALSE(QFileInfo::exists(tls)) << "nothing is created for a wrong command line";
}

TEST(CommandLine, PortInUseExitsNonZero)
{
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir temp;
    const ProcessRun run = runSandbox({QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort()),
                                       QStringLiteral("--tls-dir"), temp.filePath(QStringLiteral("tls"))});
    ASSERT_TRUE(run.finished);
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.standardError.contains("cannot listen on 127.0.0.1:")) << run.standardError.constData();
    EXPECT_TRUE(run.standardOutput.isEmpty());
}

TEST(CommandLine, CertificateGenerationFailureExitsNonZero)
{
    QTemporaryDir temp;
    const QString tls = temp.filePath(QStringLiteral("tls"));
    const ProcessRun run = runSandbox({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                       QStringLiteral("--tls-dir"), tls, QStringLiteral("--openssl"),
                                       temp.filePath(QStringLiteral("no-such-openssl"))});
    ASSERT_TRUE(run.finished);
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.standardError.contains("certificate generation failed")) << run.standardError.constData();
    EXPECT_TRUE(run.standardOutput.isEmpty());
    EXPECT_TRUE(filesIn(tls).isEmpty()) << filesIn(tls).join(QLatin1Char(' ')).toStdString();
}

TEST(CommandLine, BrokenDemoDataExitsNonZero)
{
    QTemporaryDir temp;
    QFile data(temp.filePath(QStringLiteral("customers.json")));
    ASSERT_TRUE(data.open(QIODevice::WriteOnly));
    data.write(R"({"customers":[{"key":"a","basicData":{
        "govIssueIdent":{"govIssueIdentType":"XX","identSerialNum":"1"}}}]})");
    data.close();
    const ProcessRun run = runSandbox({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                       QStringLiteral("--tls-dir"), temp.filePath(QStringLiteral("tls")),
                                       QStringLiteral("--data"), data.fileName()});
    ASSERT_TRUE(run.finished);
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.standardError.contains("govIssueIdentType")) << run.standardError.constData();
}

TEST(CommandLine, DataOptionServesAnotherFile)
{
    QTemporaryDir temp;
    QFile data(temp.filePath(QStringLiteral("customers.json")));
    ASSERT_TRUE(data.open(QIODevice::WriteOnly));
    data.write(R"({"customers":[{"key":"only","source":"test","basicData":{
        "govIssueIdent":{"govIssueIdentType":"CE","identSerialNum":"424242"},"fullName":"PRUEBA UNICA"}}]})");
    data.close();
    SandboxProcess server({QStringLiteral("--data"), data.fileName()});
    ASSERT_TRUE(server.waitUntilListening()) << server.errorString().toStdString();
    HttpsClient client(server.caCertificates());
    const QString token = client.fetchToken(server);
    const QUrlQuery only = identificationQuery(QStringLiteral("CE"), QStringLiteral("424242"));
    const HttpResult found = client.getAndWait(server.url(basicDataPath, only), bearer(token));
    EXPECT_EQ(found.status, 200) << found.body.constData();
    const QUrlQuery builtIn = identificationQuery(QStringLiteral("CC"), QStringLiteral("1234567890"));
    const HttpResult jeimy = client.getAndWait(server.url(basicDataPath, builtIn), bearer(token));
    EXPECT_EQ(jeimy.status, 404);
}

TEST(CommandLine, ProfileLatencyOptionIsDocumentedAndChecked)
{
    const ProcessRun help = runSandbox({QStringLiteral("--help")});
    ASSERT_TRUE(help.finished);
    const QString text = QString::fromUtf8(help.standardOutput);
    for (const char *part : {"--profile-latency-seconds", "/training/faults/profile-latency", "3600000500"})
        EXPECT_TRUE(text.contains(QLatin1String(part))) << part;

    QTemporaryDir temp;
    const QString tls = temp.filePath(QStringLiteral("tls"));
    for (const char *value : {"61", "-1", "soon"}) {
        const ProcessRun run = runSandbox({QStringLiteral("--tls-dir"), tls, QStringLiteral("--profile-latency-seconds"),
                                           QString::fromLatin1(value)});
        ASSERT_TRUE(run.finished);
        EXPECT_NE(run.exitCode, 0) << value;
        EXPECT_TRUE(QString::fromUtf8(run.standardError).contains(QStringLiteral("--profile-latency-seconds")))
            << run.standardError.constData();
    }
}
