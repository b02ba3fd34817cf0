#pragma once

#include "FieldIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// The local check of a "Sync Data From File" file before anything is sent:
// a JSON file of the "Sync Data" shape. Every problem comes with its place
// in the file: line and column for a syntax error, the JSON path of the
// field otherwise (listAccounts[3].acctType).
struct IntakeFileIssue
{
    QString path; // JSON path; empty for a syntax error
    int line = 0; // 1-based; 0 when the issue is a path
    int column = 0;
    QString message;

    // "line 4, column 7" or the path, for a list the operator reads.
    QString place() const;
};

struct IntakeFileReport
{
    QList<IntakeFileIssue> issues;
    int products = 0; // listAccounts entries found (for the summary)
    QString mnemonic; // govIssueIdent.mNemonic as written

    bool ok() const { return issues.isEmpty(); }
};

class IntakeFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntakeFileCheck)
public:
    // Larger files are refused locally: the bank takes one entity per file.
    static constexpr qint64 maxFileBytes = 20 * 1024 * 1024;

    static IntakeFileReport checkFile(const QByteArray &content);
    // The rules of the Sync Data body, each issue's field a JSON path.
    static FieldIssues checkShape(const QJsonObject &json);
    // Line and column (1-based) of a byte offset of `content`.
    static QPair<int, int> lineAndColumn(const QByteArray &content, qsizetype offset);
};
