#include "Journal.h"

#include "JournalRows.h"

#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>

#include <algorithm>
#include <memory>

// Checking the hash chain (and the anchor) over the whole file.

using namespace JournalRows;

namespace {

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

} // namespace

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
    const QString connectionName = QStringLiteral("branchdesk-journal-check-%1").arg(nextConnectionNumber());
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

QList<qint64> JournalIntegrity::brokenRowIds() const
{
    QList<qint64> ids;
    ids.reserve(faults.size());
    for (const JournalRowFault &fault : faults)
        ids.append(fault.id);
    return ids;
}
