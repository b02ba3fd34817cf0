#include "Journal.h"

#include "Masking.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace {

constexpr int kHashLength = 64;
// Bumped if the canonical form of a row ever changes; part of every hash.
constexpr QLatin1String kChainVersion("branchdesk-journal-v1");

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

QString genesisHash()
{
    return QString(kHashLength, QLatin1Char('0'));
}

// A JSON array keeps field boundaries unambiguous ("a","bc" vs "ab","c").
QByteArray canonical(const StoredRow &row)
{
    const QJsonArray fields{kChainVersion,     QString::number(row.id), row.time,
                            row.operatorId,    row.environment,         row.operation,
                            row.transactionId, row.outcome,             row.errorCode,
                            row.references,    row.subject};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QString rowHash(const QString &prevHash, const StoredRow &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toUtf8());
    hash.addData(canonical(row));
    return QString::fromLatin1(hash.result().toHex());
}

QString referencesJson(const QStringList &references)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(references)).toJson(QJsonDocument::Compact));
}

QStringList referencesFromJson(const QString &json)
{
    QStringList references;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        references << value.toString();
    return references;
}

// The subject is masked; the whole number must not slip in through another
// field either (an error text or reference that quotes it).
JournalEntry maskedEntry(const JournalEntry &entry)
{
    JournalEntry masked = entry;
    const QString number = entry.subject.trimmed();
    masked.subject = Masking::identity(number);
    if (number.size() > 4) {
        const QString mask = masked.subject;
        for (QString *field : {&masked.operatorId, &masked.environment, &masked.operation, &masked.transactionId,
                               &masked.outcome, &masked.errorCode})
            field->replace(number, mask);
        for (QString &reference : masked.references)
            reference.replace(number, mask);
    }
    masked.time = entry.time.isValid() ? entry.time.toUTC() : QDateTime::currentDateTimeUtc();
    return masked;
}

StoredRow storedRow(const JournalEntry &entry)
{
    StoredRow row;
    row.time = entry.time.toUTC().toString(Qt::ISODateWithMs);
    row.operatorId = entry.operatorId;
    row.environment = entry.environment;
    row.operation = entry.operation;
    row.transactionId = entry.transactionId;
    row.outcome = entry.outcome;
    row.errorCode = entry.errorCode;
    row.references = referencesJson(entry.references);
    row.subject = entry.subject;
    return row;
}

StoredRow readRow(const QSqlQuery &query)
{
    StoredRow row;
    row.id = query.value(0).toLongLong();
    row.time = query.value(1).toString();
    row.operatorId = query.value(2).toString();
    row.environment = query.value(3).toString();
    row.operation = query.value(4).toString();
    row.transactionId = query.value(5).toString();
    row.outcome = query.value(6).toString();
    row.errorCode = query.value(7).toString();
    row.references = query.value(8).toString();
    row.subject = query.value(9).toString();
    row.prevHash = query.value(10).toString();
    row.rowHash = query.value(11).toString();
    return row;
}

const QString &selectColumns()
{
    static const QString columns = QStringLiteral(
        "SELECT id, time, operator, environment, operation, transaction_id, outcome, error_code, "
        "reference_numbers, subject, prev_hash, row_hash FROM journal ");
    return columns;
}

// SQLite's own words ("file is not a database") without Qt's generic suffix.
QString reasonOf(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

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

std::atomic<quint64> g_connectionCounter{0};

} // namespace

Journal::Journal(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("branchdesk-journal-%1").arg(++g_connectionCounter))
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

bool Journal::record(const JournalEntry &entry)
{
    if (!isOpen()) {
        m_errorString = tr("The operation journal is not open.");
        return false;
    }
    JournalEntry masked = maskedEntry(entry);
    StoredRow row = storedRow(masked);

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery transaction(db);
    // IMMEDIATE takes the write lock before reading the chain's tail, so two
    // writers (a second window, a second instance) cannot fork the chain.
    if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_errorString = tr("The operation journal is busy or read-only: %1").arg(transaction.lastError().text());
        return false;
    }
    bool ok = false;
    {
        QSqlQuery tail(db);
        tail.setForwardOnly(true);
        ok = tail.exec(QStringLiteral("SELECT id, row_hash FROM journal ORDER BY id DESC LIMIT 1"));
        if (ok) {
            row.id = 1;
            row.prevHash = genesisHash();
            if (tail.next()) {
                row.id = tail.value(0).toLongLong() + 1;
                row.prevHash = tail.value(1).toString();
            }
            row.rowHash = rowHash(row.prevHash, row);
        } else {
            m_errorString = tail.lastError().text();
        }
    }
    if (ok) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO journal (id, time, operator, environment, operation, transaction_id, outcome, "
            "error_code, reference_numbers, subject, prev_hash, row_hash) "
            "VALUES (:id, :time, :operator, :environment, :operation, :transaction_id, :outcome, "
            ":error_code, :reference_numbers, :subject, :prev_hash, :row_hash)"));
        insert.bindValue(QStringLiteral(":id"), row.id);
        insert.bindValue(QStringLiteral(":time"), row.time);
        insert.bindValue(QStringLiteral(":operator"), row.operatorId);
        insert.bindValue(QStringLiteral(":environment"), row.environment);
        insert.bindValue(QStringLiteral(":operation"), row.operation);
        insert.bindValue(QStringLiteral(":transaction_id"), row.transactionId);
        insert.bindValue(QStringLiteral(":outcome"), row.outcome);
        insert.bindValue(QStringLiteral(":error_code"), row.errorCode);
        insert.bindValue(QStringLiteral(":reference_numbers"), row.references);
        insert.bindValue(QStringLiteral(":subject"), row.subject);
        insert.bindValue(QStringLiteral(":prev_hash"), row.prevHash);
        insert.bindValue(QStringLiteral(":row_hash"), row.rowHash);
        ok = insert.exec();
        if (!ok)
            m_errorString = insert.lastError().text();
    }
    if (ok) {
        ok = transaction.exec(QStringLiteral("COMMIT"));
        if (!ok)
            m_errorString = transaction.lastError().text();
    }
    if (!ok) {
        m_errorString = tr("The operation could not be written to the journal: %1").arg(m_errorString);
        transaction.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    masked.id = row.id;
    emit recorded(masked);
    return true;
}

QList<JournalEntry> Journal::entries(int limit) const
{
    QList<JournalEntry> result;
    if (!isOpen())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(selectColumns() + QStringLiteral("ORDER BY id DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return result;
    }
    while (query.next()) {
        const StoredRow row = readRow(query);
        JournalEntry entry;
        entry.id = row.id;
        entry.time = QDateTime::fromString(row.time, Qt::ISODateWithMs).toUTC();
        entry.operatorId = row.operatorId;
        entry.environment = row.environment;
        entry.operation = row.operation;
        entry.transactionId = row.transactionId;
        entry.outcome = row.outcome;
        entry.errorCode = row.errorCode;
        entry.references = referencesFromJson(row.references);
        entry.subject = row.subject;
        result << entry;
    }
    return result;
}

bool Journal::verifyChain(QList<qint64> *brokenRowIds) const
{
    if (brokenRowIds)
        brokenRowIds->clear();
    if (!isOpen()) {
        m_errorString = tr("The operation journal is not open.");
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(selectColumns() + QStringLiteral("ORDER BY id ASC"))) {
        m_errorString = query.lastError().text();
        return false;
    }
    bool intact = true;
    QString expectedPrev = genesisHash();
    while (query.next()) {
        const StoredRow row = readRow(query);
        // A wrong link means the row before was deleted or its hash rewritten;
        // a wrong own hash means this row was edited.
        if (row.prevHash != expectedPrev || row.rowHash != rowHash(row.prevHash, row)) {
            intact = false;
            if (brokenRowIds)
                brokenRowIds->append(row.id);
        }
        expectedPrev = row.rowHash;
    }
    if (!intact)
        m_errorString = tr("The operation journal was altered: rows were edited or deleted.");
    return intact;
}
