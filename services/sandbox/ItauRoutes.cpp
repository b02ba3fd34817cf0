#include "ItauRoutes.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>

namespace {
using StatusCode = SandboxReply::StatusCode;
using Method = QHttpServerRequest::Method;

const QString queryPath = QStringLiteral("/apiaccess/rest/ccmessaging/v1/itau/codigo");
const QString lastRequestPath = QStringLiteral("/training/itau/last-request");

SandboxReply itauError(StatusCode status, const QString &mensagem)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("codigo"), QString::number(int(status))},
                                                  {QStringLiteral("mensagem"), mensagem}});
}

bool isAccountCode(const QString &code)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{18}$"));
    return digits.match(code).hasMatch();
}

} // namespace

ItauRoutes::ItauRoutes()
{
    QFile file(builtInPath());
    auto clients = file.open(QIODevice::ReadOnly) ? loadClients(file.readAll())
                                                  : Result<QHash<QString, QJsonObject>, QString>(file.errorString());
    if (clients) {
        m_clients = clients.value();
    } else {
        // Every account then answers 404; say why once.
        const QByteArray line = "itau demo data " + builtInPath().toUtf8() + ": " + clients.error().toUtf8() + '\n';
        std::fputs(line.constData(), stderr);
    }
}

QString ItauRoutes::builtInPath()
{
    return QStringLiteral(":/sandbox/itau.json");
}

Result<QHash<QString, QJsonObject>, QString> ItauRoutes::loadClients(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
    const QJsonValue list = document.object().value(QStringLiteral("clients"));
    if (!list.isArray())
        return QStringLiteral("no \"clients\" list");
    QHash<QString, QJsonObject> clients;
    QSet<QString> keys;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString key = entry.value(QStringLiteral("key")).toString();
        const QString where = QStringLiteral("client #%1 (%2)").arg(i + 1).arg(key);
        const QString code = entry.value(QStringLiteral("codigo_conta")).toString();
        if (key.isEmpty() || keys.contains(key))
            return QStringLiteral("%1: missing or repeated \"key\"").arg(where);
        keys.insert(key);
        if (!isAccountCode(code))
            return QStringLiteral("%1: codigo_conta must be 18 digits").arg(where);
        if (clients.contains(code))
            return QStringLiteral("%1: codigo_conta %2 belongs to an earlier client").arg(where, code);
        const QJsonObject reply = entry.value(QStringLiteral("reply")).toObject();
        if (!reply.value(QStringLiteral("data")).isObject())
            return QStringLiteral("%1: \"reply\" has no \"data\" object").arg(where);
        clients.insert(code, reply);
    }
    return clients;
}

std::optional<SandboxReply> ItauRoutes::handle(const QHttpServerRequest &request, SandboxContext &context)
{
    const QString path = request.url().path();
    if (path == queryPath && request.method() == Method::Post)
        return query(request, context);
    if (path == lastRequestPath && request.method() == Method::Get)
        return lastRequest(request);
    return std::nullopt;
}

SandboxReply ItauRoutes::query(const QHttpServerRequest &request, const SandboxContext &context)
{
    ++m_queries;
    const QString userName = QString::fromUtf8(request.value(QByteArrayLiteral("userName")));
    const QByteArray apiKey = request.value(QByteArrayLiteral("x-itau-apikey"));
    // Never the password or the key itself.
    m_last = QJsonObject{
        {QStringLiteral("queries"), m_queries},
        {QStringLiteral("correlationID"), QString::fromLatin1(request.value(QByteArrayLiteral("x-itau-correlationID")))},
        {QStringLiteral("flowID"), QString::fromUtf8(request.value(QByteArrayLiteral("x-itau-flowID")))},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("passwordPresent"), !request.value(QByteArrayLiteral("password")).isEmpty()},
        {QStringLiteral("apiKeyPresent"), !apiKey.isEmpty()},
    };

    // userName and password are mandatory; the API key is optional but, when
    // sent, must be the one issued.
    if (userName != QLatin1String(trainingUserName)
        || request.value(QByteArrayLiteral("password")) != QByteArray(trainingPassword)
        || (!apiKey.isEmpty() && apiKey != QByteArray(trainingApiKey))) {
        return itauError(StatusCode::Unauthorized,
                         QStringLiteral("Operacao nao autorizada. Verifique as credenciais (userName, password, "
                                        "x-itau-apikey)."));
    }

    QJsonParseError parseError{};
    const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject())
        return itauError(StatusCode::BadRequest, QStringLiteral("Requisicao incorreta: o corpo nao e JSON."));
    const QJsonValue codeValue = body.object().value(QStringLiteral("codigo_conta"));
    const QString code = codeValue.toString();
    if (!isAccountCode(code)) {
        return SandboxReply::json(
            StatusCode::BadRequest,
            QJsonObject{{QStringLiteral("codigo"), QStringLiteral("400")},
                        {QStringLiteral("mensagem"), QStringLiteral("Requisicao incorreta")},
                        {QStringLiteral("campos"),
                         QJsonArray{QJsonObject{{QStringLiteral("campo"), QStringLiteral("codigo_conta")},
                                                {QStringLiteral("mensagem"),
                                                 QStringLiteral("deve ter 18 digitos (empresa 3, banco 3, "
                                                                "agencia 4, conta 7, DAC 1)")}}}}});
    }
    if (code == QLatin1String(businessFailureAccount))
        return itauError(StatusCode::InternalServerError, QStringLiteral("Falha de negocio."));
    if (code == QLatin1String(slowAccount)) {
        return itauError(StatusCode::NotFound, QStringLiteral("Conta nao encontrada."))
            .delayedBy(context.settings().slowReplyMs);
    }
    const auto found = m_clients.constFind(code);
    if (found == m_clients.constEnd())
        return itauError(StatusCode::NotFound, QStringLiteral("Conta nao encontrada."));
    return SandboxReply::json(StatusCode::Ok, *found);
}

SandboxReply ItauRoutes::lastRequest(const QHttpServerRequest &request) const
{
    if (!request.remoteAddress().isLoopback())
        return itauError(StatusCode::Forbidden, QStringLiteral("Proibido."));
    QJsonObject last = m_last;
    last.insert(QStringLiteral("queries"), m_queries);
    return SandboxReply::json(StatusCode::Ok, last);
}
