#include "TrainingServerFixture.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTest>

#include <gtest/gtest.h>

namespace {
std::unique_ptr<TrainingServer> g_server;
}

TrainingServer &TrainingServerFixture::server()
{
    if (!g_server) {
        g_server = std::make_unique<TrainingServer>();
        g_server->start();
        if (!g_server->waitForStarted(60000))
            ADD_FAILURE() << "training server did not start: " << g_server->errorString().toStdString();
    }
    return *g_server;
}

Environment TrainingServerFixture::environment(int timeoutMs)
{
    TrainingServer &s = server();
    Environment env = Environment::training(s.url(), s.caCertificates());
    env.timeoutMs = timeoutMs;
    return env;
}

int TrainingServerFixture::postControl(const QString &path)
{
    TrainingServer &s = server();
    QNetworkAccessManager network;
    QUrl url = s.url();
    url.setPath(path);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(s.caCertificates());
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QByteArray("{}"));
    const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000);
    const int status = done ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : -1;
    delete reply;
    return status;
}

void TrainingServerFixture::shutdown()
{
    g_server.reset();
}
