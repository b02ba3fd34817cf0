#include "SessionJournal.h"

#include "Journal.h"
#include "OperatorSession.h"

#include <QDateTime>

const QString SessionJournal::signIn = QStringLiteral("session.signIn");
const QString SessionJournal::lock = QStringLiteral("session.lock");
const QString SessionJournal::unlock = QStringLiteral("session.unlock");
const QString SessionJournal::end = QStringLiteral("session.end");

void SessionJournal::record(Journal *journal, const OperatorSession &session, EnvironmentKind environment,
                            const QString &operation, const QString &outcome)
{
    if (!journal || !journal->isOpen())
        return;
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.operatorId = session.user;
    entry.environment = Environment::kindName(environment);
    entry.operation = operation;
    entry.outcome = outcome;
    journal->record(entry);
}
