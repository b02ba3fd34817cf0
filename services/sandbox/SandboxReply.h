#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QPair>

// What the training server does with one request: answer it (now or after a
// delay) or drop the connection without any HTTP answer. Handlers build one
// of these; SandboxServer delivers it, so every answer is logged the same way.
struct SandboxReply
{
    using StatusCode = QHttpServerResponder::StatusCode;
    enum class Kind { Answer, Drop };

    Kind kind = Kind::Answer;
    StatusCode status = StatusCode::Ok;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    static SandboxReply json(StatusCode status, const QJsonObject &body);
    static SandboxReply raw(StatusCode status, const QByteArray &contentType, const QByteArray &body);
    static SandboxReply drop();

    SandboxReply &withHeader(const QByteArray &name, const QByteArray &value);
    SandboxReply &delayedBy(int milliseconds);
};
