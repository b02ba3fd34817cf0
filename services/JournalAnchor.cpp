#include "Journal.h"

#include "JournalRows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// The newest row's id and hash, kept outside the file by the anchor store.

using namespace JournalRows;

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
