// Reading rows back: the viewer's filters, limit and pick lists.
#include "JournalTestSupport.h"

namespace {

// A day in the teller's own time zone, at a local time of day, as UTC.
QDateTime localTime(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, Qt::LocalTime).toUTC();
}

JournalEntry entryAt(const QDateTime &time, const QString &operation, const QString &outcome,
                     const QString &operatorId)
{
    JournalEntry entry = sampleEntry();
    entry.time = time;
    entry.operation = operation;
    entry.outcome = outcome;
    entry.operatorId = operatorId;
    return entry;
}

QList<qint64> idsOf(const QList<JournalEntry> &entries)
{
    QList<qint64> ids;
    for (const JournalEntry &entry : entries)
        ids << entry.id;
    return ids;
}

class JournalQueryTest : public JournalTest
{
protected:
    void SetUp() override
    {
        JournalTest::SetUp();
        ASSERT_TRUE(m_journal.open(m_path));
        const QDate day1(2026, 3, 9);
        const QDate day2(2026, 3, 10);
        const QString lookup = QStringLiteral("customers.basicData.v4");
        const QString create = QStringLiteral("customers.create.v4");
        // Just inside and just outside local days: "a day" is the teller's day.
        const QList<JournalEntry> rows = {
            entryAt(localTime(day1, QTime(0, 0, 0)), lookup, QStringLiteral("ok"), QStringLiteral("DEMO01")),
            entryAt(localTime(day1, QTime(12, 0, 0)), create, QStringLiteral("refused"), QStringLiteral("DEMO01")),
            entryAt(localTime(day1, QTime(23, 59, 59)), lookup, QStringLiteral("not-found"), QStringLiteral("ANA02")),
            entryAt(localTime(day2, QTime(0, 0, 0)), lookup, QStringLiteral("ok"), QStringLiteral("ANA02")),
            entryAt(localTime(day2, QTime(9, 15, 0)), create, QStringLiteral("ok"), QStringLiteral("DEMO01")),
        };
        for (const JournalEntry &row : rows)
            ASSERT_TRUE(m_journal.record(row)) << m_journal.errorString().toStdString();
    }

    QList<qint64> idsFor(const JournalFilter &filter, qint64 *total = nullptr)
    {
        return idsOf(m_journal.entries(filter, total));
    }

    Journal m_journal;
};

TEST_F(JournalQueryTest, AnEmptyFilterGivesEveryRowNewestFirst)
{
    qint64 total = -1;
    EXPECT_EQ(idsFor(JournalFilter(), &total), (QList<qint64>{5, 4, 3, 2, 1}));
    EXPECT_EQ(total, 5);
    const QList<JournalEntry> rows = m_journal.entries(JournalFilter());
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows.first().subject, kMasked);
    EXPECT_EQ(rows.first().references, sampleEntry().references);
}

TEST_F(JournalQueryTest, FiltersByLocalDaysBothInclusive)
{
    JournalFilter filter;
    filter.from = QDate(2026, 3, 9);
    filter.to = QDate(2026, 3, 9);
    EXPECT_EQ(idsFor(filter), (QList<qint64>{3, 2, 1}));
    filter.from = filter.to = QDate(2026, 3, 10);
    EXPECT_EQ(idsFor(filter), (QList<qint64>{5, 4}));
    filter.from = QDate(2026, 3, 9);
    EXPECT_EQ(idsFor(filter), (QList<qint64>{5, 4, 3, 2, 1}));
    filter.from = filter.to = QDate(2026, 3, 11);
    EXPECT_TRUE(idsFor(filter).isEmpty());
    // One bound only.
    filter = {};
    filter.from = QDate(2026, 3, 10);
    EXPECT_EQ(idsFor(filter), (QList<qint64>{5, 4}));
    filter = {};
    filter.to = QDate(2026, 3, 9);
    EXPECT_EQ(idsFor(filter), (QList<qint64>{3, 2, 1}));
}

TEST_F(JournalQueryTest, FiltersByOperationOutcomeAndOperatorTogether)
{
    JournalFilter filter;
    filter.operation = QStringLiteral("customers.create.v4");
    EXPECT_EQ(idsFor(filter), (QList<qint64>{5, 2}));
    filter.outcome = QStringLiteral("ok");
    EXPECT_EQ(idsFor(filter), QList<qint64>{5});
    filter = {};
    filter.operatorId = QStringLiteral("ANA02");
    EXPECT_EQ(idsFor(filter), (QList<qint64>{4, 3}));
    filter.outcome = QStringLiteral("not-found");
    EXPECT_EQ(idsFor(filter), QList<qint64>{3});
    filter.from = QDate(2026, 3, 10);
    qint64 total = -1;
    EXPECT_TRUE(idsFor(filter, &total).isEmpty());
    EXPECT_EQ(total, 0);
    // Values are data, never SQL.
    filter = {};
    filter.operatorId = QStringLiteral("x' OR '1'='1");
    EXPECT_TRUE(idsFor(filter).isEmpty());
}

TEST_F(JournalQueryTest, TheLimitKeepsTheNewestAndTheTotalCountsEveryMatch)
{
    JournalFilter filter;
    filter.limit = 2;
    qint64 total = 0;
    EXPECT_EQ(idsFor(filter, &total), (QList<qint64>{5, 4}));
    EXPECT_EQ(total, 5);
    filter.operation = QStringLiteral("customers.basicData.v4");
    EXPECT_EQ(idsFor(filter, &total), (QList<qint64>{4, 3}));
    EXPECT_EQ(total, 3);
    filter.limit = 0; // no limit
    EXPECT_EQ(idsFor(filter, &total), (QList<qint64>{4, 3, 1}));
}

TEST_F(JournalQueryTest, ChoicesAreTheDistinctValuesSortedAndTheTimeSpan)
{
    const JournalChoices choices = m_journal.choices();
    EXPECT_EQ(choices.operations,
              (QStringList{QStringLiteral("customers.basicData.v4"), QStringLiteral("customers.create.v4")}));
    EXPECT_EQ(choices.outcomes,
              (QStringList{QStringLiteral("not-found"), QStringLiteral("ok"), QStringLiteral("refused")}));
    EXPECT_EQ(choices.operators, (QStringList{QStringLiteral("ANA02"), QStringLiteral("DEMO01")}));
    EXPECT_EQ(choices.earliest, localTime(QDate(2026, 3, 9), QTime(0, 0, 0)));
    EXPECT_EQ(choices.latest, localTime(QDate(2026, 3, 10), QTime(9, 15, 0)));

    Journal empty;
    ASSERT_TRUE(empty.open(m_dir.filePath(QStringLiteral("empty/journal.sqlite"))));
    const JournalChoices none = empty.choices();
    EXPECT_TRUE(none.operations.isEmpty());
    EXPECT_FALSE(none.earliest.isValid());
}

TEST_F(JournalQueryTest, AClosedJournalAnswersNothing)
{
    Journal closed;
    qint64 total = 7;
    EXPECT_TRUE(closed.entries(JournalFilter(), &total).isEmpty());
    EXPECT_EQ(total, 0);
    EXPECT_TRUE(closed.choices().operators.isEmpty());
    const JournalIntegrity integrity = closed.checkIntegrity();
    EXPECT_FALSE(integrity.checked);
    EXPECT_FALSE(integrity.isIntact());
    EXPECT_FALSE(integrity.error.isEmpty());
}

} // namespace
