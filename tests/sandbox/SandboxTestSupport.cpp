#include "SandboxTestSupport.h"

#include <QDate>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTest>

const QString basicDataPath = QStringLiteral("/customerAccountManagement/v4/basicData");

std::unique_ptr<SandboxProcess> SandboxSuite::s_server;

QString sandboxExecutable()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/branchdesk-sandbox");
}

ProcessRun runSandbox(const QStringList &arguments, int timeoutMs)
{
    ProcessRun run;
    QProcess process;
    process.start(sandboxExecutable(), arguments);
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return run;
}

SandboxProcess::SandboxProcess(const QStringList &extraArguments, const QString &tlsDirectory,
                               const QProcessEnvironment &environment)
    : m_tlsDirectory(tlsDirectory.isEmpty() ? m_tempDir.filePath(QStringLiteral("tls")) : tlsDirectory)
{
    m_process.setProcessEnvironment(environment);
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-dir"),
                          m_tlsDirectory};
    arguments += extraArguments;
    m_process.start(sandboxExecutable(), arguments);
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

bool SandboxProcess::waitUntilListening(int timeoutMs)
{
    if (m_port != 0)
        return true;
    const bool answered = QTest::qWaitFor(
        [this] {
            m_stdout += m_process.readAllStandardOutput();
            return m_stdout.contains('\n') || m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    m_stdout += m_process.readAllStandardOutput();
    if (!answered) {
        m_error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        return false;
    }
    static const QRegularExpression line(QStringLiteral("^listening on https://127\\.0\\.0\\.1:(\\d+)\\n"));
    const auto match = line.match(QString::fromUtf8(m_stdout));
    if (!match.hasMatch()) {
        m_error = QStringLiteral("no listening line; stdout: %1; stderr: %2")
                      .arg(QString::fromUtf8(m_stdout), QString::fromUtf8(standardError()));
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    return m_port != 0;
}

QUrl SandboxProcess::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path.isEmpty() ? QStringLiteral("/") : path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QList<QSslCertificate> SandboxProcess::caCertificates() const
{
    return QSslCertificate::fromPath(m_tlsDirectory + QStringLiteral("/ca.pem"), QSsl::Pem);
}

QByteArray SandboxProcess::standardOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    return m_stdout;
}

QByteArray SandboxProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

QJsonObject HttpResult::json() const
{
    return parseJson(body);
}

bool HttpResult::isJsonObject() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpsClient::HttpsClient(const QList<QSslCertificate> &caCertificates) : m_ca(caCertificates)
{
    m_network.setAutoDeleteReplies(false);
}

QNetworkRequest HttpsClient::request(const QUrl &url, const QByteArray &authorization) const
{
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_ca.isEmpty())
        tls.setCaCertificates(m_ca); // replaces the system CAs: exactly these are trusted
    request.setSslConfiguration(tls);
    request.setTransferTimeout(30000);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (authorization.startsWith("Bearer ") && m_sendInvokerEnvelope) {
        // What every bank client sends with an API call.
        request.setRawHeader("X-Invoker-User", "TEST01");
        request.setRawHeader("X-Invoker-BranchId", "0001");
        request.setRawHeader("X-Invoker-TerminalId", "T0001");
        request.setRawHeader("X-Invoker-TxId", "BD6325000000001");
        request.setRawHeader("X-Invoker-ProcessDate", QDate::currentDate().toString(Qt::ISODate).toLatin1());
        request.setRawHeader("X-Invoker-SessionKey", authorization.mid(7, 30));
        request.setRawHeader("X-Invoker-Country", "CO");
    }
    return request;
}

QNetworkReply *HttpsClient::get(const QUrl &url, const QByteArray &authorization)
{
    return m_network.get(request(url, authorization));
}

QNetworkReply *HttpsClient::post(const QUrl &url, const QByteArray &body, const QByteArray &authorization,
                                 const QByteArray &contentType)
{
    QNetworkRequest r = request(url, authorization);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    return m_network.post(r, body);
}

HttpResult HttpsClient::wait(QNetworkReply *reply, int timeoutMs)
{
    HttpResult result;
    result.finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
    if (!result.finished)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    result.headers = reply->rawHeaderPairs();
    delete reply;
    return result;
}

HttpResult HttpsClient::getAndWait(const QUrl &url, const QByteArray &authorization)
{
    return wait(get(url, authorization));
}

HttpResult HttpsClient::postAndWait(const QUrl &url, const QByteArray &body, const QByteArray &authorization)
{
    return wait(post(url, body, authorization));
}

QString HttpsClient::fetchToken(const SandboxProcess &server)
{
    const HttpResult result = postAndWait(server.url(QStringLiteral("/oauth2/token")),
                                          QByteArrayLiteral("grant_type=client_credentials"),
                                          basicAuthorization(QStringLiteral("training"), QStringLiteral("training")));
    EXPECT_EQ(result.status, 200) << result.body.constData();
    return result.json().value(QStringLiteral("access_token")).toString();
}

QByteArray basicAuthorization(const QString &clientId, const QString &clientSecret)
{
    const QByteArray pair = clientId.toUtf8() + ':' + clientSecret.toUtf8();
    return "Basic " + pair.toBase64();
}

QByteArray bearer(const QString &token)
{
    return "Bearer " + token.toLatin1();
}

QJsonObject parseJson(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QUrlQuery identificationQuery(const QString &type, const QString &number)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("govIssueIdentType"), type);
    query.addQueryItem(QStringLiteral("identSerialNum"), number);
    return query;
}

QUrlQuery cellphoneQuery(const QString &cellphone)
{
    QUrlQuery query;
    // '+' would read as a space in a query: encode it (and spaces) explicitly.
    query.addQueryItem(QStringLiteral("cellphone"), QString::fromLatin1(QUrl::toPercentEncoding(cellphone)));
    return query;
}

void SandboxSuite::SetUpTestSuite()
{
    s_server = std::make_unique<SandboxProcess>();
    if (!s_server->waitUntilListening())
        ADD_FAILURE() << "branchdesk-sandbox did not start: " << s_server->errorString().toStdString();
}

void SandboxSuite::TearDownTestSuite()
{
    s_server.reset();
}

void SandboxSuite::SetUp()
{
    ASSERT_TRUE(s_server && s_server->port() != 0) << "no training server";
    m_client = std::make_unique<HttpsClient>(s_server->caCertificates());
}

HttpResult SandboxSuite::lookup(const QUrlQuery &query)
{
    const QString token = client().fetchToken(server());
    return client().getAndWait(server().url(basicDataPath, query), bearer(token));
}
