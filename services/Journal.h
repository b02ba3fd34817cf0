#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

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

    // Recomputes the hash chain. False when a row was edited, or a row before
    // it deleted; the ids of the rows where the chain breaks go to
    // *brokenRowIds (a deleted row shows as the row after the gap). Deleting
    // the newest rows cannot be seen from the file alone.
    bool verifyChain(QList<qint64> *brokenRowIds = nullptr) const;

    // Why the last open(), record() or verifyChain() failed.
    QString errorString() const { return m_errorString; }

signals:
    void recorded(const JournalEntry &entry);

private:
    QString m_connectionName;
    QString m_filePath;
    mutable QString m_errorString;
};
