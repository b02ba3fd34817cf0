#include "Journal.h"

#include "JournalRows.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

// Opening and closing the file, and its schema. Writing rows is in
// JournalWriting.cpp, reading them in JournalReading.cpp, checking the chain
// in JournalIntegrity.cpp, the anchor outside the file in JournalAnchor.cpp.

using namespace JournalRows;

namespace {

bool createSchema(QSqlDatabase &db, QString *reason)
{
    const QString statements[] = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS journal ("
                       "id INTEGER PRIMARY KEY, "
                       "time TEXT NOT NULL, "
                       "operator TEXT, "
                       "environment TEXT, "
                       "operation TEXT, "
                       "transaction_id TEXT, "
                       "outcome TEXT, "
                       "error_code TEXT, "
                       "reference_numbers TEXT, "
                       "subject TEXT, "
                       "prev_hash TEXT NOT NULL, "
                       "row_hash TEXT NOT NULL)"),
        // For the viewer's filters and pick lists; not part of the chain, so
        // an older file simply gains them on open.
        QStringLiteral("CREATE INDEX IF NOT EXISTS journal_time ON journal (time)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS journal_operation ON journal (operation)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS journal_outcome ON journal (outcome)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS journal_operator ON journal (operator)"),
        QStringLiteral("PRAGMA user_version=1"),
    };
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *reason = reasonOf(query.lastError());
            return false;
        }
    }
    return true;
}

} // namespace

Journal::Journal(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("branchdesk-journal-%1").arg(nextConnectionNumber()))
{
}

Journal::~Journal()
{
    close();
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

bool Journal::open(const QString &filePath, QString *error)
{
    close();
    m_errorString.clear();
    const auto fail = [this, error](const QString &reason) {
        close();
        m_errorString = reason;
        if (error)
            *error = reason;
        return false;
    };

    if (filePath.isEmpty())
        return fail(tr("No file was given for the operation journal."));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("The operation journal cannot be written: Qt's SQLite driver is not installed. Ask IT to "
                       "install it (package libqt6sql6-sqlite)."));

    const QFileInfo info(filePath);
    const QString path = info.absoluteFilePath();
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder)) {
        return fail(tr("The operation journal cannot be written: the folder %1 could not be created. Check that "
                       "it is writable or ask IT.")
                        .arg(QDir::toNativeSeparators(folder)));
    }

    // Owner-only from the first byte; SQLite gives its -wal and -shm files the
    // same mode as the database file.
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
            return fail(tr("The operation journal cannot be written: the file %1 could not be created (%2). Check "
                           "that the folder is writable or ask IT.")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        file.close();
    } else if (!file.setPermissions(ownerOnly)) {
        return fail(tr("The operation journal %1 belongs to another user or cannot be protected (%2). Ask IT.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }

    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open())
            reason = reasonOf(db.lastError());
        else if (!createSchema(db, &reason) && reason.isEmpty())
            reason = tr("unknown SQLite error");
    }
    if (!reason.isEmpty()) {
        return fail(tr("The operation journal %1 could not be opened: %2. If the file is damaged, ask IT to move "
                       "it aside.")
                        .arg(QDir::toNativeSeparators(path), reason));
    }
    m_filePath = path;
    adoptAnchorIfMissing();
    return true;
}

bool Journal::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString Journal::filePath() const
{
    return m_filePath;
}

void Journal::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_filePath.clear();
}
