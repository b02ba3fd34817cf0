#pragma once

#include <QDate>
#include <QString>

// What the journal viewer asks the journal for. Dates are local calendar days
// (the teller's days, not UTC ones), both inclusive; an invalid date or an
// empty text means "no condition".
struct JournalFilter
{
    // The newest rows a query returns at most: the viewer stays fast on a
    // years-old journal and says how many more matched.
    static constexpr int defaultLimit = 1000;

    QDate from;
    QDate to;
    QString operation;
    QString outcome;
    QString operatorId;
    int limit = defaultLimit;

    bool operator==(const JournalFilter &other) const
    {
        return from == other.from && to == other.to && operation == other.operation && outcome == other.outcome
               && operatorId == other.operatorId && limit == other.limit;
    }
    bool operator!=(const JournalFilter &other) const { return !(*this == other); }
};
