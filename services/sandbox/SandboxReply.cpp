#include "SandboxReply.h"

#include <QJsonDocument>

SandboxReply SandboxReply::json(StatusCode status, const QJsonObject &body)
{
    return raw(status, QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxReply SandboxReply::raw(StatusCode status, const QByteArray &contentType, const QByteArray &body)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = body;
    return reply;
}

SandboxReply SandboxReply::drop()
{
    SandboxReply reply;
    reply.kind = Kind::Drop;
    return reply;
}

SandboxReply &SandboxReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

SandboxReply &SandboxReply::delayedBy(int milliseconds)
{
    delayMs = milliseconds;
    return *this;
}
