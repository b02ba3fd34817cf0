#include "Journal.h"

#include "JournalRows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

// Reading rows back: all of them, the viewer's filters, its pick lists.

using namespace JournalRows;

namespace {

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

} // namespace

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
