#pragma once

#include "Environment.h"

#include <QString>

class Journal;
struct OperatorSession;

// Journal rows for the operator's session (sign-in, lock, unlock, end):
// who, where and what happened, never a PIN. Operations:
//   session.signIn  ok | refused
//   session.lock    idle | operator
//   session.unlock  ok | refused
//   session.end     signed-out | unlock-refused
class SessionJournal
{
public:
    static const QString signIn;
    static const QString lock;
    static const QString unlock;
    static const QString end;

    // Does nothing without a journal (Training when its file cannot open).
    static void record(Journal *journal, const OperatorSession &session, EnvironmentKind environment,
                       const QString &operation, const QString &outcome);
};
