#include "Journal.h"

#include "JournalRows.h"
#include "Masking.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Writing rows: masking, then the next link of the hash chain.

using namespace JournalRows;

namespace {

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

} // namespace

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
