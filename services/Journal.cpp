#include "Journal.h"

#include "Masking.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThreadPool>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <memory>
#include <utility>

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

JournalEntry entryOf(const StoredRow &row)
{
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
    return entry;
}

// The start of a local calendar day as stored: times are UTC ISO 8601 text of
// one fixed width, so text order is time order and SQLite compares directly.
QString storedTimeOf(const QDate &localDay)
{
    return localDay.startOfDay(Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);
}

struct WhereClause
{
    QString sql;
    QVariantList values;
};

WhereClause whereClause(const JournalFilter &filter)
{
    QStringList conditions;
    WhereClause clause;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("time >= ?");
        clause.values << storedTimeOf(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("time < ?");
        clause.values << storedTimeOf(filter.to.addDays(1));
    }
    const std::pair<QLatin1String, const QString *> exact[] = {
        {QLatin1String("operation"), &filter.operation},
        {QLatin1String("outcome"), &filter.outcome},
        {QLatin1String("operator"), &filter.operatorId},
    };
    for (const auto &[column, value] : exact) {
        if (value->isEmpty())
            continue;
        conditions << column + QStringLiteral(" = ?");
        clause.values << *value;
    }
    if (!conditions.isEmpty())
        clause.sql = QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    return clause;
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != kHashLength)
        return false;
    for (const QChar c : text) {
        if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f')))
            return false;
    }
    return true;
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

// Recomputes the chain over every row of `db`, oldest first, and compares
// the newest rows with the anchor kept outside the file.
JournalIntegrity checkRows(const QSqlDatabase &db, const JournalAnchor &anchor)
{
    JournalIntegrity result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(selectColumns() + QStringLiteral("ORDER BY id ASC"))) {
        result.error = query.lastError().text();
        return result;
    }
    QString anchoredRowHash;
    bool anchoredRowFound = false;

    QString expectedPrev = genesisHash();
    qint64 expectedId = 1; // record() numbers rows 1, 2, 3... without gaps
    while (query.next()) {
        const StoredRow row = readRow(query);
        ++result.rowsVerified;
        JournalRowFault fault;
        fault.id = row.id;
        if (row.id > expectedId) {
            result.missing.append({expectedId, row.id - 1});
            fault.missingBefore = row.id - expectedId;
        }
        // A wrong link means the row before was deleted or its hash rewritten;
        // a wrong own hash means this row was edited.
        fault.linkBroken = row.prevHash != expectedPrev;
        fault.contentAltered = row.rowHash != rowHash(row.prevHash, row);
        if (fault.linkBroken || fault.contentAltered || fault.missingBefore > 0)
            result.faults.append(fault);
        if (row.id == anchor.lastId) {
            anchoredRowFound = true;
            anchoredRowHash = row.rowHash;
        }
        expectedPrev = row.rowHash;
        expectedId = std::max(expectedId, row.id + 1);
        result.lastRowId = row.id;
    }
    result.checked = true;

    if (!anchor.isNull()) {
        if (anchor.lastId > result.lastRowId) {
            // The file ends before the newest row this application wrote.
            result.missing.append({std::max(result.lastRowId + 1, expectedId), anchor.lastId});
            result.newestRowsMissing = true;
        } else if (anchoredRowFound && anchoredRowHash != anchor.lastHash) {
            // Same id, other hash: the chain up to here was rebuilt.
            auto it = std::find_if(result.faults.begin(), result.faults.end(),
                                   [&anchor](const JournalRowFault &fault) { return fault.id >= anchor.lastId; });
            if (it == result.faults.end() || it->id != anchor.lastId) {
                JournalRowFault fault;
                fault.id = anchor.lastId;
                it = result.faults.insert(it, fault);
            }
            it->differsFromAnchor = true;
        }
    }
    return result;
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
    advanceAnchor(row.id, row.rowHash);
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
    while (query.next())
        result << entryOf(readRow(query));
    return result;
}

QList<JournalEntry> Journal::entries(const JournalFilter &filter, qint64 *totalMatching) const
{
    QList<JournalEntry> result;
    if (totalMatching)
        *totalMatching = 0;
    if (!isOpen()) {
        m_errorString = tr("The operation journal is not open.");
        return result;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const WhereClause where = whereClause(filter);
    // One read transaction: the count and the rows come from the same
    // snapshot even while another window writes.
    QSqlQuery transaction(db);
    const bool inTransaction = transaction.exec(QStringLiteral("BEGIN"));
    bool ok = true;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        ok = query.prepare(selectColumns() + where.sql + QStringLiteral("ORDER BY id DESC LIMIT ?"));
        for (const QVariant &value : where.values)
            query.addBindValue(value);
        // SQLite reads a negative limit as "no limit".
        query.addBindValue(filter.limit > 0 ? filter.limit : -1);
        ok = ok && query.exec();
        if (!ok)
            m_errorString = query.lastError().text();
        while (ok && query.next())
            result << entryOf(readRow(query));
    }
    if (ok && totalMatching) {
        QSqlQuery count(db);
        count.setForwardOnly(true);
        ok = count.prepare(QStringLiteral("SELECT COUNT(*) FROM journal ") + where.sql);
        for (const QVariant &value : where.values)
            count.addBindValue(value);
        ok = ok && count.exec() && count.next();
        if (ok)
            *totalMatching = count.value(0).toLongLong();
        else
            m_errorString = count.lastError().text();
    }
    if (inTransaction)
        transaction.exec(QStringLiteral("COMMIT"));
    if (!ok)
        result.clear();
    return result;
}

JournalChoices Journal::choices() const
{
    JournalChoices choices;
    if (!isOpen())
        return choices;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const std::pair<QLatin1String, QStringList *> lists[] = {
        {QLatin1String("operation"), &choices.operations},
        {QLatin1String("outcome"), &choices.outcomes},
        {QLatin1String("operator"), &choices.operators},
    };
    for (const auto &[column, list] : lists) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // Hops from one value to the next through the column's index: a few
        // lookups per distinct value instead of reading every row.
        if (!query.exec(QStringLiteral("WITH RECURSIVE d(v) AS ("
                                       "SELECT MIN(%1) FROM journal WHERE %1 > '' "
                                       "UNION ALL SELECT (SELECT MIN(%1) FROM journal WHERE %1 > d.v) "
                                       "FROM d WHERE d.v IS NOT NULL) "
                                       "SELECT v FROM d WHERE v IS NOT NULL")
                            .arg(column))) {
            m_errorString = query.lastError().text();
            continue;
        }
        while (query.next())
            list->append(query.value(0).toString());
    }
    // Two statements: SQLite answers a lone MIN or MAX from the index.
    const std::pair<QLatin1String, QDateTime *> span[] = {
        {QLatin1String("MIN"), &choices.earliest},
        {QLatin1String("MAX"), &choices.latest},
    };
    for (const auto &[aggregate, time] : span) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT %1(time) FROM journal").arg(aggregate)) && query.next()
            && !query.isNull(0))
            *time = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs).toUTC();
    }
    return choices;
}

bool Journal::verifyChain(QList<qint64> *brokenRowIds) const
{
    const JournalIntegrity integrity = checkIntegrity();
    if (brokenRowIds)
        *brokenRowIds = integrity.brokenRowIds();
    if (!integrity.checked)
        return false;
    if (!integrity.isIntact())
        m_errorString = tr("The operation journal was altered: rows were edited or deleted.");
    return integrity.isIntact();
}

JournalIntegrity Journal::checkIntegrity() const
{
    JournalIntegrity result;
    if (!isOpen()) {
        m_errorString = result.error = tr("The operation journal is not open.");
        return result;
    }
    result = checkRows(QSqlDatabase::database(m_connectionName, false),
                       m_anchorStore.isSet() ? m_anchorStore.load() : JournalAnchor());
    if (!result.checked)
        m_errorString = result.error;
    return result;
}

QFuture<JournalIntegrity> Journal::checkIntegrityInBackground() const
{
    auto promise = std::make_shared<QPromise<JournalIntegrity>>();
    QFuture<JournalIntegrity> future = promise->future();
    promise->start();
    if (!isOpen()) {
        JournalIntegrity result;
        result.error = tr("The operation journal is not open.");
        promise->addResult(result);
        promise->finish();
        return future;
    }
    const JournalAnchor anchor = m_anchorStore.isSet() ? m_anchorStore.load() : JournalAnchor();
    const QString connectionName = QStringLiteral("branchdesk-journal-check-%1").arg(++g_connectionCounter);
    QThreadPool::globalInstance()->start([promise, path = m_filePath, anchor, connectionName] {
        JournalIntegrity result;
        {
            // SQLite connections belong to the thread that opens them.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            db.setDatabaseName(path);
            if (db.open())
                result = checkRows(db, anchor);
            else
                result.error = reasonOf(db.lastError());
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

void Journal::setAnchorStore(const JournalAnchorStore &store)
{
    m_anchorStore = store;
    adoptAnchorIfMissing();
}

void Journal::adoptAnchorIfMissing()
{
    if (!m_anchorStore.isSet() || !isOpen() || !m_anchorStore.load().isNull())
        return;
    QSqlQuery tail(QSqlDatabase::database(m_connectionName, false));
    tail.setForwardOnly(true);
    if (tail.exec(QStringLiteral("SELECT id, row_hash FROM journal ORDER BY id DESC LIMIT 1")) && tail.next())
        m_anchorStore.save({tail.value(0).toLongLong(), tail.value(1).toString()});
}

void Journal::advanceAnchor(qint64 id, const QString &hash)
{
    if (!m_anchorStore.isSet())
        return;
    const JournalAnchor anchor = m_anchorStore.load();
    if (!anchor.isNull()) {
        // Never backwards (another window may be ahead), and never past a
        // file whose anchored row is gone or different: the anchor is the
        // evidence of that and must stay until someone looks at it.
        if (id <= anchor.lastId)
            return;
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT row_hash FROM journal WHERE id = ?"));
        query.addBindValue(anchor.lastId);
        if (!query.exec() || !query.next() || query.value(0).toString() != anchor.lastHash)
            return;
    }
    m_anchorStore.save({id, hash});
}

QString JournalAnchor::toString() const
{
    if (isNull())
        return {};
    return QString::number(lastId) + QLatin1Char(':') + lastHash;
}

JournalAnchor JournalAnchor::fromString(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    bool ok = false;
    const qint64 id = text.left(colon).toLongLong(&ok);
    const QString hash = text.mid(colon + 1);
    if (!ok || id <= 0 || !isSha256Hex(hash))
        return {};
    return {id, hash};
}

QList<qint64> JournalIntegrity::brokenRowIds() const
{
    QList<qint64> ids;
    ids.reserve(faults.size());
    for (const JournalRowFault &fault : faults)
        ids.append(fault.id);
    return ids;
}
