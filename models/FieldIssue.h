#pragma once

#include <QList>
#include <QString>

// One rule a field breaks. `field` is the wire name from the seed document
// (e.g. "identSerialNum") so a form can put the message next to the input.
struct FieldIssue
{
    QString field;
    QString message;

    bool operator==(const FieldIssue &other) const
    {
        return field == other.field && message == other.message;
    }
};

using FieldIssues = QList<FieldIssue>;

inline bool hasIssueFor(const FieldIssues &issues, const QString &field)
{
    for (const FieldIssue &issue : issues) {
        if (issue.field == field)
            return true;
    }
    return false;
}
