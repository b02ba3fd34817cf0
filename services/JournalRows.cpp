#include "JournalRows.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace JournalRows {

namespace {

// Bumped if the canonical form of a row ever changes; part of every hash.
constexpr QLatin1String kChainVersion("branchdesk-journal-v1");

// A JSON array keeps field boundaries unambiguous ("a","bc" vs "ab","c").
QByteArray canonical(const StoredRow &row)
{
    const QJsonArray fields{kChainVersion,     QString::number(row.id), row.time,
                            row.operatorId,    row.environment,         row.operation,
                            row.transactionId, row.outcome,             row.errorCode,
                            row.references,    row.subject};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
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

std::atomic<quint64> g_connectionCounter{0};

} // namespace

QString genesisHash()
{
    return QString(kHashLength, QLatin1Char('0'));
}

QString rowHash(const QString &prevHash, const StoredRow &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toUtf8());
    hash.addData(canonical(row));
    return QString::fromLatin1(hash.result().toHex());
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

QString reasonOf(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

quint64 nextConnectionNumber()
{
    return ++g_connectionCounter;
}

} // namespace JournalRows
