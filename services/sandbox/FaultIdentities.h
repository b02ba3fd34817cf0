#pragma once

#include "SandboxReply.h"

#include <QList>
#include <QString>

#include <optional>

// Identities that make v4 basicData misbehave on purpose, so a teller in
// class and the test suites can meet every error shape of the documents.
// They are served by code, never by the demo data.
namespace FaultIdentities {

struct Fault
{
    QString identSerialNum; // always looked up as govIssueIdentType CC
    QString description;    // one line for --help
};

QList<Fault> all();

// The faulty reply for this identity, or nothing when it is an ordinary one.
// `slowDelayMs` is how long the slow identity waits before answering.
std::optional<SandboxReply> replyFor(const QString &govIssueIdentType, const QString &identSerialNum,
                                     int slowDelayMs);

} // namespace FaultIdentities
