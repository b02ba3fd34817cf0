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
};

// The operation journal: an SQLite file in the user's data directory.
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

    // Writes one row; masks entry.subject before it reaches the file.
    bool record(const JournalEntry &entry);

    // Newest first.
    QList<JournalEntry> entries(int limit = 1000) const;

signals:
    void recorded(const JournalEntry &entry);

private:
    QString m_connectionName;
    QString m_filePath;
};
