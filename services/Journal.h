#pragma once

#include "JournalFilter.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

// One row per bank operation. `subject` is the identity number the operation
// was about: the journal stores it masked (last 4 characters), never whole.
// No secrets ever go in here (tokens, client secrets, OTPs, answers).
struct JournalEntry
{
    QDateTime time;          // UTC
    QString operatorId;      // X-Invoker-User of the session
    QString environment;     // Training, Sandbox, QA, Live
    QString operation;       // e.g. "customers.basicData.v4"
    QString transactionId;   // X-Invoker-TxId
    QString outcome;         // "ok" or ApiError::outcomeCode()
    QString errorCode;       // bank error code, kept for support
    QStringList references;  // bank reference numbers of the result
    QString subject;         // masked identity number
    qint64 id = 0;           // row id once written (0 before)
};

// The values the journal holds, for the viewer's pick lists (sorted), and
// the time span of its rows (invalid when it is empty).
struct JournalChoices
{
    QStringList operations;
    QStringList outcomes;
    QStringList operators;
    QDateTime earliest; // UTC
    QDateTime latest;   // UTC
};

// The newest row as last written by this application, kept OUTSIDE the
// journal file (in the user's settings): deleting the newest rows, or
// rewriting the whole chain, cannot be seen from the file alone.
struct JournalAnchor
{
    qint64 lastId = 0;
    QString lastHash;

    bool isNull() const { return lastId <= 0 || lastHash.isEmpty(); }
    // "<id>:<sha256 hex>", for a settings value; fromString() of anything
    // else gives a null anchor.
    QString toString() const;
    static JournalAnchor fromString(const QString &text);
};

// One row where the hash chain fails.
struct JournalRowFault
{
    qint64 id = 0;
    bool contentAltered = false;    // its own hash does not match its fields: edited
    bool linkBroken = false;        // it does not follow the row before it
    qint64 missingBefore = 0;       // rows absent right before it (deleted)
    bool differsFromAnchor = false; // the anchored newest row, now with another hash: rewritten
};

// Ids that are absent from the journal's 1, 2, 3... sequence.
struct JournalIdRange
{
    qint64 first = 0;
    qint64 last = 0;
    bool operator==(const JournalIdRange &other) const { return first == other.first && last == other.last; }
};

// The result of checking the whole journal.
struct JournalIntegrity
{
    bool checked = false;          // false: it could not be read (see error)
    qint64 rowsVerified = 0;       // rows in the file
    qint64 lastRowId = 0;          // the newest row checked (rows after it came later)
    QList<JournalRowFault> faults; // ascending id
    QList<JournalIdRange> missing; // deleted rows, the anchor's newest ones included
    QString error;

    // True when rows the anchor knows of are gone from the end of the file.
    bool newestRowsMissing = false;

    bool isIntact() const { return checked && faults.isEmpty() && missing.isEmpty(); }
    QList<qint64> brokenRowIds() const;
};

// Where the anchor lives. The composition root wires these to QSettings (or
// AppSettings) so the journal itself never reaches for global settings.
struct JournalAnchorStore
{
    std::function<JournalAnchor()> load;
    std::function<void(const JournalAnchor &)> save;

    bool isSet() const { return load && save; }
};

// The operation journal: an SQLite file in the user's data directory.
// Rows are hash-chained (each row's SHA-256 covers the previous row's hash)
// so that edited or deleted rows can be detected.
class Journal : public QObject
{
    Q_OBJECT
public:
    explicit Journal(QObject *parent = nullptr);
    ~Journal() override;

    // <AppDataLocation>/journal.sqlite, e.g. ~/.local/share/BranchDesk/journal.sqlite
    static QString defaultPath();

    // Opens (and creates when missing) the journal file. On failure returns
    // false and a reason fit for the user in *error.
    bool open(const QString &filePath, QString *error = nullptr);
    bool isOpen() const;
    QString filePath() const;
    void close();

    // Writes one row; masks entry.subject before it reaches the file (and the
    // unmasked number anywhere else in the entry). An invalid time means now.
    bool record(const JournalEntry &entry);

    // Newest first.
    QList<JournalEntry> entries(int limit = 1000) const;

    // The rows matching `filter`, newest first, at most filter.limit of them;
    // how many matched in all goes to *totalMatching.
    QList<JournalEntry> entries(const JournalFilter &filter, qint64 *totalMatching = nullptr) const;

    // Distinct operations, outcomes and operators, and the rows' time span.
    JournalChoices choices() const;

    // Recomputes the hash chain. False when a row was edited, or a row before
    // it deleted; the ids of the rows where the chain breaks go to
    // *brokenRowIds (a deleted row shows as the row after the gap). Deleting
    // the newest rows cannot be seen from the file alone.
    // With an anchor store set, deleting the newest rows is caught too (the
    // result is false; no row is there to be named).
    bool verifyChain(QList<qint64> *brokenRowIds = nullptr) const;

    // The whole check, with why each row fails and which ids are missing.
    // About 1.5 s per 100,000 rows: a window uses checkIntegrityInBackground().
    JournalIntegrity checkIntegrity() const;
    // The same check on a pool thread with its own connection to the file;
    // the anchor is read now, on the caller's thread. Never blocks.
    QFuture<JournalIntegrity> checkIntegrityInBackground() const;

    // Keeps the newest row's id and hash outside the file after every
    // record(). An empty store takes the current newest row when it is set
    // (or at the next open()); the anchor never moves backwards, and never
    // past a file that no longer matches it, so the evidence stays.
    void setAnchorStore(const JournalAnchorStore &store);

    // Why the last open(), record() or verifyChain() failed.
    QString errorString() const { return m_errorString; }

signals:
    void recorded(const JournalEntry &entry);

private:
    void adoptAnchorIfMissing();
    void advanceAnchor(qint64 id, const QString &hash);

    JournalAnchorStore m_anchorStore;
    QString m_connectionName;
    QString m_filePath;
    mutable QString m_errorString;
};
