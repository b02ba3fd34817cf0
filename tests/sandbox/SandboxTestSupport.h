#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

// Where the build puts branchdesk-sandbox: next to the test executable.
QString sandboxExecutable();

struct ProcessRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

// Runs branchdesk-sandbox to completion (for --help, bad options ...).
ProcessRun runSandbox(const QStringList &arguments, int timeoutMs = 30000);

// One running branchdesk-sandbox with its own TLS folder, stopped on
// destruction.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &extraArguments = {}, const QString &tlsDirectory = {},
                            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    ~SandboxProcess();

    // Waits for the "listening on" line; false (with the reason in
    // errorString()) when the process exits or stays silent.
    bool waitUntilListening(int timeoutMs = 30000);

    QUrl url(const QString &path = {}, const QUrlQuery &query = {}) const;
    quint16 port() const { return m_port; }
    QString tlsDirectory() const { return m_tlsDirectory; }
    QList<QSslCertificate> caCertificates() const;
    QString errorString() const { return m_error; }

    QByteArray standardOutput();
    QByteArray standardError();
    QProcess &process() { return m_process; }

private:
    QTemporaryDir m_tempDir;
    QString m_tlsDirectory;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    quint16 m_port = 0;
    QString m_error;
};

struct HttpResult
{
    bool finished = false;
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    bool isJsonObject() const;
    QByteArray header(const QByteArray &name) const;
};

// An HTTPS client that trusts exactly the given CAs (or, with none, the
// system's default ones).
class HttpsClient
{
public:
    explicit HttpsClient(const QList<QSslCertificate> &caCertificates);

    QNetworkReply *get(const QUrl &url, const QByteArray &authorization = {});
    QNetworkReply *post(const QUrl &url, const QByteArray &body, const QByteArray &authorization = {},
                        const QByteArray &contentType = QByteArrayLiteral("application/x-www-form-urlencoded"));

    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 30000);

    HttpResult getAndWait(const QUrl &url, const QByteArray &authorization = {});
    HttpResult postAndWait(const QUrl &url, const QByteArray &body, const QByteArray &authorization = {});

    // A token from /oauth2/token with the training client (HTTP Basic).
    QString fetchToken(const SandboxProcess &server);

    // API calls carry the X-Invoker-* envelope unless a test turns it off.
    void setSendInvokerEnvelope(bool send) { m_sendInvokerEnvelope = send; }

    QNetworkRequest request(const QUrl &url, const QByteArray &authorization) const;
    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_ca;
    bool m_sendInvokerEnvelope = true;
};

QByteArray basicAuthorization(const QString &clientId, const QString &clientSecret);
QByteArray bearer(const QString &token);
QJsonObject parseJson(const QByteArray &text);

// v4 basicData query by identification or by cellphone.
QUrlQuery identificationQuery(const QString &type, const QString &number);
QUrlQuery cellphoneQuery(const QString &cellphone);

extern const QString basicDataPath;

// One server for every test of a suite, and a client trusting its CA.
class SandboxSuite : public ::testing::Test
{
public:
    static void SetUpTestSuite();
    static void TearDownTestSuite();

protected:
    void SetUp() override;

    static SandboxProcess &server() { return *s_server; }
    HttpsClient &client() { return *m_client; }

    // v4 basicData with a fresh token.
    HttpResult lookup(const QUrlQuery &query);

    static std::unique_ptr<SandboxProcess> s_server;
    std::unique_ptr<HttpsClient> m_client;
};
