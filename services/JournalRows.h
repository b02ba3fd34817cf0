#pragma once

// Internal to the journal's implementation files (Journal*.cpp): a row as
// the file stores it and the hash chain over it. Not for other callers.

#include "Journal.h"

#include <QString>

class QSqlError;
class QSqlQuery;

namespace JournalRows {

constexpr int kHashLength = 64;

// A row as stored: the hash is computed over exactly these strings, so
// verification never depends on parsing times or JSON back.
struct StoredRow
{
    qint64 id = 0;
    QString time;
    QString operatorId;
    QString environment;
    QString operation;
    QString transactionId;
    QString outcome;
    QString errorCode;
    QString references; // JSON array
    QString subject;
    QString prevHash;
    QString rowHash;
};

// The prev_hash of row 1.
QString genesisHash();
// The SHA-256 (hex) of `row` chained to `prevHash`.
QString rowHash(const QString &prevHash, const StoredRow &row);
bool isSha256Hex(const QString &text);

// An entry (already masked, time valid) as it is stored; id and hashes unset.
StoredRow storedRow(const JournalEntry &entry);
// The current row of a query over selectColumns().
StoredRow readRow(const QSqlQuery &query);
JournalEntry entryOf(const StoredRow &row);

// "SELECT <every column, in readRow()'s order> FROM journal ".
const QString &selectColumns();

// SQLite's own words ("file is not a database") without Qt's generic suffix.
QString reasonOf(const QSqlError &error);

// Numbers the SQLite connection names of every Journal and every background
// check in this process, so that none is used twice.
quint64 nextConnectionNumber();

} // namespace JournalRows
