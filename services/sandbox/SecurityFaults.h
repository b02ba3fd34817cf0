#pragma once

#include "SandboxReply.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QHttpServerRequest;

// Faults of the security-management routes, so a trainer (and the tests) can
// show every outcome a security form has to handle:
//  - a training control, POST /training/faults/security/<name>[/<count>],
//    arms a fault for the next security-management call (or the next
//    <count>, at most 20), any operation, whatever its customer;
//    POST /training/faults/security/none disarms it. (Qt's network stack
//    tries a request up to four times when the connection drops before any
//    answer: "drop/4" shows the console a drop it cannot recover from.)
//  - the fault identities of FaultIdentities (CC 9990000xxx) answer with
//    their fault in every security operation too, wherever the operation
//    carries the identification (body, query or path).
class SecurityFaults
{
public:
    static constexpr const char *controlPrefix = "/training/faults/security/";
    static constexpr int maxCount = 20;

    struct Fault
    {
        QString name;
        QString description; // one line for --help and the README
    };
    static QList<Fault> all();

    // The training control: arms or disarms; the reply to the control itself.
    SandboxReply control(const QHttpServerRequest &request);

    // The armed fault (consumed) or the fault identity's reply for this call,
    // or nothing when the call is an ordinary one. `slowDelayMs` is how long
    // the slow and timeout faults wait.
    std::optional<SandboxReply> replyFor(const QHttpServerRequest &request, const QJsonObject &body, int slowDelayMs);

    // The fault `name` as it answers (nothing for an unknown name).
    static std::optional<SandboxReply> reply(const QString &name, int slowDelayMs);

private:
    QString m_armed;
    int m_remaining = 0;
};
